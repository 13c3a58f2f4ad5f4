import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { example } from '../support/examples';
import { startHarness, type Harness } from '../support/harness';

// The questions the graph must answer, asked through the real server with the
// example operations the playground preloads and docs/examples.md shows.

const ARTICLE = readFileSync(resolve(__dirname, '../../seed/sources/000_5585b8dd8960c38c.txt'), 'utf8');
const SOURCE_ID = 'source:000_5585b8dd8960c38c';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function run(name: string, variables?: Record<string, unknown>) {
  const ex = example(name);
  const res = await h.gql(ex.query, variables ?? ex.variables);
  expect(res.errors).toBeUndefined();
  return res;
}

/** Every quote in a response is verbatim in the article and names its source. */
function expectVerbatimEvidence(value: unknown): number {
  let count = 0;
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.quote === 'string') {
        expect(ARTICLE).toContain(o.quote);
        count += 1;
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(value);
  return count;
}

describe('1. Who did Alec Baldwin sue, and what office does each defendant hold?', () => {
  it('finds his civil suit against the special prosecutor, the District Attorney and other defendants', async () => {
    const res = await run('01-baldwin-suit-defendants');
    const suits = res.data.cases.edges.map((e: any) => e.node);
    expect(suits.map((s: any) => s.id)).toEqual(['case:baldwin-v-morrissey']);
    const defendants = suits[0].defendants.edges.map((e: any) => ({
      name: e.node.party.displayName,
      offices: e.node.party.offices.map((o: any) => o.title),
    }));
    expect(defendants).toEqual([
      { name: 'Kari Morrissey', offices: ['special prosecutor'] },
      { name: 'Mary Carmack-Altwies', offices: ['District Attorney'] },
      { name: 'other defendants', offices: [] },
    ]);
    const officeQuotes = suits[0].defendants.edges.flatMap((e: any) =>
      e.node.party.offices.flatMap((o: any) => o.evidence.map((ev: any) => ev.quote)),
    );
    expect(officeQuotes).toEqual([
      'special prosecutor Kari Morrissey',
      'District Attorney Mary Carmack-Altwies',
    ]);
    expect(expectVerbatimEvidence(res.data)).toBeGreaterThanOrEqual(5);
  });
});

describe('2. What happened to that suit?', () => {
  it('was dismissed without prejudice by Judge Casey Fitch for inactivity, and can be revived', async () => {
    const res = await run('02-baldwin-suit-outcome');
    const c = res.data.case;
    expect(c.status).toBe('DISMISSED');
    expect(c.outcomes).toHaveLength(1);
    const [o] = c.outcomes;
    expect(o).toMatchObject({
      kind: 'DISMISSAL',
      withPrejudice: false,
      canBeRevived: true,
      reason: 'a lack of "significant action" in the case over the past 180 days',
      decidedBy: { displayName: 'Casey Fitch' },
    });
    // "on Wednesday", resolved against the article's date (a Wednesday) and marked derived.
    expect(o.date).toMatchObject({
      value: '2025-01-01',
      precision: 'DAY',
      wording: 'on Wednesday',
      derived: true,
    });
    expect(o.date.derivation).toContain('Wednesday');
    expect(c.filed).toMatchObject({
      value: '2025-01',
      precision: 'MONTH',
      wording: 'in January',
      derived: true,
    });
    expect(o.evidence.map((e: any) => e.quote)).toEqual([
      'However, Judge Casey Fitch dismissed Baldwin\'s lawsuit on Wednesday due to a lack of "significant action" in the case over the past 180 days.',
      'He ordered the case to be dismissed without prejudice, meaning it could be revived at a later date.',
    ]);
    expect(o.evidence[0].source).toMatchObject({ id: SOURCE_ID, date: { value: '2025-01-01' } });
    expect(c.events.edges.map((e: any) => e.node.kind)).toEqual([
      'FILED',
      'DISMISSED',
      'SETTLEMENT_TALKS',
      'REFILING_ANNOUNCED',
    ]);
    expectVerbatimEvidence(res.data);
  });
});

describe('3. How did the criminal case against Baldwin end?', () => {
  it('was dismissed three days into the trial because the prosecution withheld evidence', async () => {
    const res = await run('03-baldwin-criminal-case');
    const cases = res.data.cases.edges.map((e: any) => e.node);
    expect(cases).toHaveLength(1);
    const [c] = cases;
    expect(c).toMatchObject({ caption: 'Criminal case against Alec Baldwin', status: 'DISMISSED' });
    expect(c.charges).toEqual([{ label: 'involuntary manslaughter' }]);
    expect(c.counsel.map((k: any) => [k.lawyer.displayName, k.capacity])).toEqual([
      ['Kari Morrissey', 'SPECIAL_PROSECUTOR'],
      ['Mary Carmack-Altwies', 'DISTRICT_ATTORNEY'],
    ]);
    const [o] = c.outcomes;
    expect(o).toMatchObject({
      kind: 'DISMISSAL',
      stage: 'TRIAL',
      stageText: 'three days into the trial',
      reason: 'the prosecution had improperly withheld evidence from the defence',
      withPrejudice: null,
      // The article never names the trial judge: the party is kept by its descriptor.
      decidedBy: { name: null, displayName: 'the judge' },
    });
    // Three days after a trial begun in July 2024: between 2024-07-04 and 2024-08-03.
    expect(o.date).toMatchObject({ value: '2024-07-04/2024-08-03', precision: 'RANGE', derived: true });
    expectVerbatimEvidence(res.data);
  });
});

describe('4. Hannah Gutierrez Reed', () => {
  it('was convicted of involuntary manslaughter in March 2024, sentenced to 18 months, paroled in May', async () => {
    const res = await run('04-gutierrez-reed');
    const p = res.data.party;
    expect(p.displayName).toBe('Hannah Gutierrez Reed');
    const [c] = p.cases.edges.map((e: any) => e.node);
    expect(c.charges).toEqual([{ label: 'involuntary manslaughter' }]);
    expect(c.outcomes.map((o: any) => o.kind)).toEqual(['CONVICTION', 'SENTENCE', 'PAROLE']);
    const [conviction, sentence, parole] = c.outcomes;
    expect(conviction.date).toMatchObject({
      value: '2024-03',
      precision: 'MONTH',
      wording: 'in March 2024',
      derived: false,
    });
    expect(conviction.resolves).toEqual([{ label: 'involuntary manslaughter' }]);
    expect(sentence.sentence).toEqual({ term: '18 months', months: 18, custody: 'prison' });
    expect(sentence.date).toBeNull();
    expect(parole.date).toMatchObject({ value: '2025-05', wording: 'in May this year', derived: true });
    expect(parole.evidence[0].quote).toBe('She was released on parole in May this year.');
    expectVerbatimEvidence(res.data);
  });
});

describe('5. Which cases are still pending?', () => {
  it("are the suits by Hutchins' widower and by her parents, against Baldwin and other Rust producers", async () => {
    const res = await run('05-pending-cases');
    expect(res.data.cases.totalCount).toBe(2);
    const rows = res.data.cases.edges.map((e: any) => ({
      caption: e.node.caption,
      plaintiffs: e.node.plaintiffs.edges.map((x: any) => x.node.party.displayName),
      defendants: e.node.defendants.edges.map((x: any) => x.node.party.displayName),
    }));
    expect(rows).toEqual([
      {
        caption: "Hutchins' parents v. Baldwin et al.",
        plaintiffs: ['her parents'],
        defendants: ['Alec Baldwin', 'other Rust producers'],
      },
      {
        caption: "Hutchins' widower v. Baldwin et al.",
        plaintiffs: ["Hutchins' widower"],
        defendants: ['Alec Baldwin', 'other Rust producers'],
      },
    ]);
    expectVerbatimEvidence(res.data);
  });
});

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { score node { __typename ... on Node { id } } matches { field } }
}`;

describe('7. search', () => {
  const hits = async (text: string) => {
    const res = await h.gql(SEARCH, { text });
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    return res.data.search.map((hit: any) => hit.node.id);
  };
  // Hits by their own texts (names, captions…), before those found through a quote.
  const byOwnText = async (text: string) => {
    const res = await h.gql(SEARCH, { text });
    const hits = res.data.search;
    const own = hits.filter((hit: any) => hit.matches.some((m: any) => m.field !== 'EVIDENCE'));
    expect(hits.slice(0, own.length)).toEqual(own);
    return own.map((hit: any) => hit.node.id);
  };

  it('answers the example: "gutierrez", "Rust" and "Fitch" find the right entities', async () => {
    const res = await run('06-search');
    const ids = (key: string) => res.data[key].map((hit: any) => hit.node.id);
    expect(ids('gutierrez')[0]).toBe('person:hannah-gutierrez-reed');
    expect(ids('gutierrez')).toContain('case:gutierrez-reed-criminal');
    expect(ids('rust')).toEqual(
      expect.arrayContaining(['production:rust', 'incident:rust-shooting', 'group:other-rust-producers']),
    );
    // Fitch himself first; then the dismissal he decided, found through its description and quote.
    expect(ids('fitch')[0]).toBe('person:casey-fitch');
    expect(ids('fitch')).toEqual(
      expect.arrayContaining(['case:baldwin-v-morrissey', 'outcome:baldwin-v-morrissey-dismissal']),
    );
  });

  it('is case-insensitive and finds word beginnings', async () => {
    expect(await hits('MORRIS')).toEqual(
      expect.arrayContaining(['person:kari-morrissey', 'case:baldwin-v-morrissey']),
    );
    // Every word must match: her person and the case whose caption names her, then facts
    // found through the sentences that state them.
    const own = await byOwnText('hannah GUTIERREZ');
    expect(own[0]).toBe('person:hannah-gutierrez-reed');
    // Her person, the case whose caption names her and the events whose descriptions do.
    expect([...own].sort()).toEqual([
      'case:gutierrez-reed-criminal',
      'event:gutierrez-reed-convicted',
      'event:gutierrez-reed-paroled',
      'event:gutierrez-reed-sentenced',
      'person:hannah-gutierrez-reed',
    ]);
    expect(await hits('hannah fitch')).toEqual([]);
  });

  it.each(['"', 'AND', '(*:~', '\\', 'OR NOT ]', '/regex/', 'a"b OR c', '', "Baldwin's"])(
    'treats %j as plain text: no error',
    async (text) => {
      const res = await h.gql(SEARCH, { text });
      expect(res.errors).toBeUndefined();
      expect(Array.isArray(res.data?.search)).toBe(true);
    },
  );
});

describe('6. Every answer carries its source and exact sentence', () => {
  it('resolves sources through Query.node, with title and date', async () => {
    const res = await h.gql(
      `{ node(id: "${SOURCE_ID}") { ... on Source { title kind identifier date { value } } } }`,
    );
    expect(res.data?.node).toEqual({
      title:
        "A judge has dismissed Alec Baldwin's misconduct lawsuit against the prosecutors in the Rust trial.",
      kind: 'ARTICLE',
      identifier: '000_5585b8dd8960c38c',
      date: { value: '2025-01-01' },
    });
  });
});

describe('a case reached through a party is the case itself', () => {
  // The report that opened "one truth per entity": through `party.cases`, Baldwin v.
  // Morrissey had one party and no counsel, judges or related cases.
  const CASE_FIELDS = `id
    parties { totalCount edges { node { role party { displayName } } } }
    counsel { lawyer { displayName } } judges { judge { displayName } }
    relatedCases { kind case { id } }`;

  it('answers party(id) { cases } as case(id) does', async () => {
    const viaParty = await h.gql(
      `{ party(id: "person:alec-baldwin") { cases { edges { node { ${CASE_FIELDS} } } } } }`,
    );
    const direct = await h.gql(`{ case(id: "case:baldwin-v-morrissey") { ${CASE_FIELDS} } }`);
    expect(viaParty.errors).toBeUndefined();
    expect(direct.errors).toBeUndefined();
    const suit = viaParty.data.party.cases.edges
      .map((e: { node: { id: string } }) => e.node)
      .find((c: { id: string }) => c.id === 'case:baldwin-v-morrissey');
    expect(suit).toEqual(direct.data.case);
    expect(direct.data.case.parties.totalCount).toBe(4);
    expect(
      direct.data.case.counsel.map((c: { lawyer: { displayName: string } }) => c.lawyer.displayName),
    ).toContain('Luke Nikas');
    expect(
      direct.data.case.judges.map((j: { judge: { displayName: string } }) => j.judge.displayName),
    ).toContain('Casey Fitch');
    expect(direct.data.case.relatedCases.length).toBeGreaterThan(0);
  });
});
