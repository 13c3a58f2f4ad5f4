import { readFileSync } from 'node:fs';
import { resolveRelativeDate } from '../../src/domain/dates';
import { checkDocumentData } from '../../src/ingest/validate';
import { dateInput, proposeDate, readDate, readRelative, statedValue } from '../../web/src/author/dates';
import { proposeId, slugOf } from '../../web/src/author/ids';
import {
  emptyDraft,
  factOfPointer,
  factProblems,
  fromDocument,
  proposeFactId,
  toDocument,
  type Draft,
  type Fact,
} from '../../web/src/author/model';
import { findQuote, matches, sentenceAround, spanOf, storedText } from '../../web/src/author/spans';
import { suggest } from '../../web/src/author/suggest';

// The pure part of the authoring workspace (web/src/author/): ids, dates, spans, the
// draft written in the ingest format and read back, and the NLP suggestions.

const TEXT = readFileSync('seed/sources/000_5585b8dd8960c38c.txt', 'utf8');
const SOURCE = 'source:author-test';

const span = (quote: string) => findQuote(TEXT, quote);

function draftOf(facts: Omit<Fact, 'key'>[]): Draft {
  return {
    ...emptyDraft(),
    source: {
      id: SOURCE,
      title: 'A judge has dismissed',
      publisher: 'Example',
      date: '2025-01-01',
      address: '',
      text: TEXT,
    },
    facts: facts.map((f, i) => ({ ...f, key: `k${i}` })),
  };
}

const CHAIN: Omit<Fact, 'key'>[] = [
  {
    kind: 'party',
    spans: [span("The film's armourer, Hannah Gutierrez Reed")],
    values: {
      id: 'person:hgr',
      partyKind: 'PERSON',
      name: 'Hannah Gutierrez Reed',
      descriptor: "The film's armourer",
    },
  },
  {
    kind: 'case',
    spans: [span('Hannah Gutierrez Reed, was convicted of involuntary manslaughter in March 2024')],
    values: {
      id: 'case:hgr',
      caseKind: 'CRIMINAL',
      caption: 'State v. Gutierrez Reed',
      captionKind: 'DESCRIPTIVE',
      status: 'DECIDED',
    },
  },
  {
    kind: 'charge',
    spans: [span('convicted of involuntary manslaughter')],
    values: {
      id: 'charge:hgr-im',
      case: 'case:hgr',
      label: 'involuntary manslaughter',
      defendant: 'person:hgr',
    },
  },
  {
    kind: 'outcome',
    spans: [
      span(
        "The film's armourer, Hannah Gutierrez Reed, was convicted of involuntary manslaughter in March 2024",
      ),
    ],
    values: {
      id: 'outcome:hgr-conviction',
      case: 'case:hgr',
      outcomeKind: 'CONVICTION',
      resolves: ['charge:hgr-im'],
      date: { mode: 'stated', wording: 'in March 2024', value: '2024-03' },
    },
  },
  {
    kind: 'outcome',
    spans: [span('sentenced to 18 months in prison')],
    values: {
      id: 'outcome:hgr-sentence',
      case: 'case:hgr',
      outcomeKind: 'SENTENCE',
      sentenceTerm: '18 months',
      sentenceMonths: '18',
      custody: 'prison',
    },
  },
  {
    kind: 'event',
    spans: [span('She was released on parole in May this year.')],
    values: {
      id: 'event:hgr-parole',
      case: 'case:hgr',
      eventKind: 'RELEASED_ON_PAROLE',
      description: 'Released on parole.',
      date: { mode: 'source', wording: 'in May this year' },
    },
  },
  {
    kind: 'statement',
    spans: [span('Baldwin, who has always denied pulling the trigger on the prop gun')],
    values: {
      id: 'statement:baldwin-denial',
      statementKind: 'DENIAL',
      speaker: 'person:baldwin',
      content: 'has always denied pulling the trigger on the prop gun',
      directQuote: 'no',
      about: ['incident:rust-shooting'],
    },
  },
  {
    kind: 'party',
    spans: [span('Baldwin')],
    values: { id: 'person:baldwin', partyKind: 'PERSON', name: 'Alec Baldwin' },
  },
];

describe('ids', () => {
  test('a readable id from a name, unique in the draft', () => {
    expect(slugOf('Jane Doe')).toBe('jane-doe');
    expect(slugOf("Hutchins' widower")).toBe('hutchins-widower');
    expect(slugOf('Mary Carmack-Altwies')).toBe('mary-carmack-altwies');
    expect(slugOf('José Núñez')).toBe('jose-nunez');
    expect(proposeId('person', 'Jane Doe')).toBe('person:jane-doe');
    expect(proposeId('person', 'Jane Doe', new Set(['person:jane-doe']))).toBe('person:jane-doe-2');
    expect(proposeId('group', '')).toBe('group:unnamed');
  });
  test("a fact's id from what it says", () => {
    const d = draftOf(CHAIN);
    expect(proposeFactId(d, d.facts[3]!)).toBe('outcome:hgr-conviction');
    expect(
      proposeFactId(d, {
        key: 'n',
        kind: 'event',
        spans: [],
        values: { case: 'case:hgr', eventKind: 'SENTENCED' },
      }),
    ).toBe('event:hgr-sentenced');
    expect(
      proposeFactId(d, {
        key: 'n',
        kind: 'party',
        spans: [],
        values: { partyKind: 'GROUP', descriptor: 'her parents' },
      }),
    ).toBe('group:her-parents');
  });
});

describe('dates', () => {
  test('stated wording gives its value', () => {
    expect(statedValue('in March 2024')).toBe('2024-03');
    expect(statedValue('2024-03')).toBe('2024-03');
    expect(statedValue('in 2021')).toBe('2021');
    expect(statedValue('on 5 March 2024')).toBe('2024-03-05');
    expect(statedValue('March 5, 2024')).toBe('2024-03-05');
    expect(statedValue('last spring')).toBeNull();
    expect(proposeDate('in March 2024')).toEqual({
      mode: 'stated',
      wording: 'in March 2024',
      value: '2024-03',
    });
    expect(proposeDate('in May this year')).toEqual({ mode: 'source', wording: 'in May this year' });
    expect(proposeDate('three days into the trial')).toEqual({
      mode: 'after',
      wording: 'three days into the trial',
      after: '',
      offsetDays: 3,
    });
    expect(proposeDate('last spring')).toBeNull();
  });
  test.each([
    'in May this year',
    'in January',
    'on Wednesday',
    'on Monday',
    'this year',
    'today',
    'yesterday',
  ])('reads %p against the source as the loader does', (wording) => {
    const loader = resolveRelativeDate(wording, '2025-01-01', SOURCE);
    const here = readRelative(wording, '2025-01-01');
    expect([here.value, here.earliest, here.latest, here.afterSource ?? false]).toEqual([
      loader.value,
      loader.earliest,
      loader.latest,
      loader.afterSource ?? false,
    ]);
  });
  test('what the loader cannot read is said', () => {
    expect(() => readRelative('last spring', '2025-01-01')).toThrow(/cannot read "last spring"/);
    expect(() => readRelative('in May', '2025-01')).toThrow(/not dated to a day/);
    expect(() => readDate({ mode: 'stated', wording: 'x', value: '2024-3' }, '2025-01-01')).toThrow(
      /YYYY-MM/,
    );
  });
  test('a date counted from another event shifts its interval', () => {
    const july = readDate({ mode: 'stated', wording: 'in July 2024', value: '2024-07' }, '2025-01-01');
    const r = readDate(
      { mode: 'after', wording: 'three days into the trial', after: 'event:t', offsetDays: 3 },
      '2025-01-01',
      () => july,
    );
    expect([r.earliest, r.latest]).toEqual(['2024-07-04', '2024-08-03']);
    expect(dateInput({ mode: 'after', wording: 'w', after: 'event:t', offsetDays: 3 }, SOURCE)).toEqual({
      wording: 'w',
      after: 'event:t',
      offsetDays: 3,
    });
  });
});

describe('spans', () => {
  test('a span is verbatim by construction, trimmed', () => {
    const at = TEXT.indexOf('Judge Casey Fitch');
    expect(spanOf(TEXT, at - 1, at + 'Judge Casey Fitch'.length + 1)).toEqual({
      start: at,
      end: at + 17,
      quote: 'Judge Casey Fitch',
    });
    expect(spanOf(TEXT, 5, 5)).toBeNull();
  });
  test('an edited quote is found again, or flagged', () => {
    const s = findQuote(TEXT, 'Baldwin', TEXT.indexOf('Baldwin, who'));
    expect(s.start).toBe(TEXT.indexOf('Baldwin, who'));
    expect(matches(TEXT, s)).toBe(true);
    const off = findQuote(TEXT, 'Baldwin was acquitted');
    expect(off.start).toBe(-1);
    expect(matches(TEXT, off)).toBe(false);
  });
  test('the sentence around a word; line ends stored as \\n', () => {
    const at = TEXT.indexOf('parole');
    expect(sentenceAround(TEXT, at)?.quote).toBe('She was released on parole in May this year.');
    expect(storedText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});

describe('the draft as a document', () => {
  test('passes the loader checks and reads back to the same draft', () => {
    const draft = draftOf(CHAIN);
    const built = toDocument(draft);
    expect(built.problems.size).toBe(0);
    const checked = checkDocumentData('document', built.document, new Map([[SOURCE, TEXT]]));
    expect(checked.doc.cases?.[0]?.outcomes?.map((o) => o.id)).toEqual([
      'outcome:hgr-conviction',
      'outcome:hgr-sentence',
    ]);
    const back = fromDocument(built.document, TEXT);
    expect(toDocument(back.draft).document).toEqual(built.document);
    expect(back.skipped).toEqual([]);
  });
  test('issues point at their facts', () => {
    const draft = draftOf(CHAIN);
    const built = toDocument(draft);
    expect(factOfPointer(built, '/cases/0/outcomes/1/sentence/term')).toBe('k4');
    expect(factOfPointer(built, '/cases/0')).toBe('k1');
    expect(factOfPointer(built, '/statements/0/speaker')).toBe('k6');
    expect(factOfPointer(built, '/sources/0/date')).toBe('source');
  });
  test('local problems: a quote off the text, a missing field, a case not in the draft', () => {
    const draft = draftOf(CHAIN);
    const bad: Fact = {
      key: 'x',
      kind: 'event',
      spans: [findQuote(TEXT, 'not in the text')],
      values: { case: 'case:other' },
    };
    expect(factProblems(draft, bad)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/not in the source text/),
        'kind is missing',
        'description is missing',
      ]),
    );
    const built = toDocument({ ...draft, facts: [...draft.facts, bad] });
    expect(built.problems.get('x')?.[0]).toMatch(/case:other is not a case of this draft/);
  });
  test('suggested facts stay out until confirmed; linked parties are referred to, not restated', () => {
    const facts = CHAIN.map((f) => (f.values.id === 'person:baldwin' ? { ...f, existing: true } : f));
    const draft = draftOf([
      ...facts,
      { kind: 'party', spans: [span('Luke Nikas')], values: { name: 'Luke Nikas' }, suggested: true },
    ]);
    const doc = toDocument(draft).document as { parties: { id: string }[] };
    expect(doc.parties.map((p) => p.id)).toEqual(['person:hgr']);
  });
});

describe('every kind of fact', () => {
  test('counsel, judge, claim, relationship, a group by descriptor, an official caption, a dismissal counted from an event', () => {
    const civil = span('filed a civil lawsuit against special prosecutor Kari Morrissey');
    const draft = draftOf([
      {
        kind: 'party',
        spans: [span('special prosecutor Kari Morrissey')],
        values: {
          id: 'person:km',
          partyKind: 'PERSON',
          name: 'Kari Morrissey',
          office: 'special prosecutor',
        },
      },
      {
        kind: 'party',
        spans: [span('Judge Casey Fitch')],
        values: { id: 'person:cf', partyKind: 'PERSON', name: 'Casey Fitch' },
      },
      {
        kind: 'party',
        spans: [span("The Beetlejuice actor's lawyer, Luke Nikas")],
        values: { id: 'person:ln', partyKind: 'PERSON', name: 'Luke Nikas' },
      },
      {
        kind: 'party',
        spans: [span('Alec Baldwin')],
        values: { id: 'person:ab', partyKind: 'PERSON', name: 'Alec Baldwin' },
      },
      {
        kind: 'party',
        spans: [span("filed by Hutchins' widower and her parents")],
        values: { id: 'group:parents', partyKind: 'GROUP', descriptor: 'her parents' },
      },
      {
        kind: 'party',
        spans: [span('cinematographer Halyna Hutchins')],
        values: { id: 'person:hh', partyKind: 'PERSON', name: 'Halyna Hutchins' },
      },
      {
        kind: 'case',
        spans: [civil],
        values: {
          id: 'case:civil',
          caseKind: 'CIVIL',
          caption: 'Baldwin v. Morrissey',
          captionKind: 'OFFICIAL',
          status: 'DISMISSED',
          filed: { mode: 'source', wording: 'in January' },
        },
      },
      {
        kind: 'counsel',
        spans: [span("The Beetlejuice actor's lawyer, Luke Nikas")],
        values: { case: 'case:civil', lawyer: 'person:ln', client: 'person:ab', capacity: 'PRIVATE_COUNSEL' },
      },
      {
        kind: 'judge',
        spans: [span('Judge Casey Fitch dismissed Baldwin')],
        values: { case: 'case:civil', judge: 'person:cf' },
      },
      {
        kind: 'claim',
        spans: [span('malicious abuse of process')],
        values: { id: 'claim:abuse', case: 'case:civil', label: 'malicious abuse of process' },
      },
      {
        kind: 'event',
        spans: [civil],
        values: {
          id: 'event:filed',
          case: 'case:civil',
          eventKind: 'FILED',
          description: 'Filed.',
          date: { mode: 'source', wording: 'in January' },
        },
      },
      {
        kind: 'outcome',
        spans: [span('He ordered the case to be dismissed without prejudice')],
        values: {
          id: 'outcome:dismissal',
          case: 'case:civil',
          outcomeKind: 'DISMISSAL',
          decidedBy: 'person:cf',
          withPrejudice: 'no',
          resolves: ['claim:abuse'],
          date: { mode: 'after', wording: 'three days later', after: 'event:filed', offsetDays: 3 },
        },
      },
      {
        kind: 'relationship',
        spans: [span("filed by Hutchins' widower and her parents")],
        values: { relKind: 'PARENT_OF', from: 'group:parents', to: 'person:hh' },
      },
    ]);
    const built = toDocument(draft);
    expect(built.problems).toEqual(new Map());
    for (const f of draft.facts) expect(factProblems(draft, f)).toEqual([]);
    const checked = checkDocumentData('document', built.document, new Map([[SOURCE, TEXT]]));
    const c = checked.doc.cases?.[0];
    expect(c?.counsel?.[0]).toMatchObject({
      lawyer: 'person:ln',
      client: 'person:ab',
      capacity: 'PRIVATE_COUNSEL',
    });
    expect(c?.judges?.[0]?.judge).toBe('person:cf');
    expect(c?.outcomes?.[0]).toMatchObject({
      withPrejudice: false,
      decidedBy: 'person:cf',
      date: { after: 'event:filed', offsetDays: 3 },
    });
    expect(checked.doc.relationships?.[0]).toMatchObject({ kind: 'PARENT_OF', from: 'group:parents' });
    expect(checked.doc.parties?.find((p) => p.id === 'group:parents')).toMatchObject({
      descriptors: [{ text: 'her parents' }],
    });
    expect(toDocument(fromDocument(built.document, TEXT).draft).document).toEqual(built.document);
  });
});

describe('suggestions', () => {
  test('people, dates as the loader reads them and litigation verbs in the article', () => {
    const found = suggest(TEXT);
    const of = (kind: string) => found.filter((s) => s.kind === kind).map((s) => s.text);
    expect(of('person')).toEqual(
      expect.arrayContaining(['Hannah Gutierrez Reed', 'Kari Morrissey', 'Luke Nikas']),
    );
    expect(of('date')).toEqual(
      expect.arrayContaining(['in March 2024', 'in May this year', 'on Wednesday', 'in July 2024']),
    );
    expect(found.filter((s) => s.kind === 'verb').map((s) => s.lemma)).toEqual(
      expect.arrayContaining(['dismiss', 'file', 'convict', 'sentence', 'deny']),
    );
    for (const s of found) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });
});
