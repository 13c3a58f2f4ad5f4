import { dateInput, draftDate, type DateInput, type DraftDate } from './dates';
import { ID_PATTERN, proposeId, slugOf } from './ids';
import { findQuote, matches, ordered, type Span } from './spans';

// The draft of the authoring workspace: a source and the facts read from it, each with
// the spans of the text that state it. `toDocument` writes the draft in the ingest format
// (seed/README.md), `fromDocument` reads such a document back; both are pure.

export type FactKind =
  | 'party'
  | 'case'
  | 'role'
  | 'counsel'
  | 'judge'
  | 'charge'
  | 'claim'
  | 'event'
  | 'outcome'
  | 'statement'
  | 'relationship';

export type FieldType = 'text' | 'enum' | 'ref' | 'refs' | 'bool' | 'date' | 'int';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: readonly string[];
  /** For ids: the kinds (id prefixes) it may name. */
  refKinds?: readonly string[];
  hint?: string;
}

export type Value = string | string[] | DraftDate | undefined;

export interface Fact {
  /** The fact's key in the draft (stable across edits, not part of the document). */
  key: string;
  kind: FactKind;
  spans: Span[];
  values: Record<string, Value>;
  /** A suggestion not confirmed yet: left out of the document. */
  suggested?: boolean;
  /** An entity the graph already holds (linked through search): referred to, not restated. */
  existing?: boolean;
  /** The id is the proposed one: it follows the fact's name until edited. */
  autoId?: boolean;
}

export interface DraftSource {
  id: string;
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Where it was published (a URL); kept as the source's identifier. */
  address: string;
  text: string;
}

export interface Draft {
  version: 1;
  documentId: string;
  documentTitle: string;
  source: DraftSource;
  facts: Fact[];
}

export const PARTY_KINDS = ['person', 'organization', 'group'] as const;
const ENTITY_KINDS = [...PARTY_KINDS, 'case', 'court', 'incident', 'production', 'charge', 'claim', 'event'];

export const KIND_LABELS: Record<FactKind, string> = {
  party: 'Party',
  case: 'Case',
  role: "Party's role in a case",
  counsel: 'Counsel',
  judge: 'Judge',
  charge: 'Charge',
  claim: 'Claim',
  event: 'Event',
  outcome: 'Outcome',
  statement: 'Statement',
  relationship: 'Relationship',
};

/** Kinds of fact that have an id of their own, with its prefix (a party's follows its kind). */
export const ID_PREFIX: Partial<Record<FactKind, string>> = {
  case: 'case',
  charge: 'charge',
  claim: 'claim',
  event: 'event',
  outcome: 'outcome',
  statement: 'statement',
};

const id: FieldSpec = { name: 'id', label: 'Id', type: 'text', required: true };
const inCase: FieldSpec = { name: 'case', label: 'Case', type: 'ref', required: true, refKinds: ['case'] };
const party = (name: string, label: string, required = false): FieldSpec => ({
  name,
  label,
  type: 'ref',
  required,
  refKinds: PARTY_KINDS,
});
const date = (name = 'date', label = 'Date'): FieldSpec => ({ name, label, type: 'date' });

export const FIELDS: Record<FactKind, readonly FieldSpec[]> = {
  party: [
    {
      name: 'partyKind',
      label: 'Kind',
      type: 'enum',
      required: true,
      options: ['PERSON', 'ORGANIZATION', 'GROUP'],
    },
    { name: 'name', label: 'Name', type: 'text', hint: 'leave empty when the text does not name it' },
    { name: 'descriptor', label: 'Descriptor', type: 'text', hint: 'the words the text uses ("the judge")' },
    { name: 'office', label: 'Office', type: 'text', hint: 'a title the text gives ("District Attorney")' },
    id,
  ],
  case: [
    {
      name: 'caseKind',
      label: 'Kind',
      type: 'enum',
      required: true,
      options: ['CRIMINAL', 'CIVIL', 'ADMINISTRATIVE', 'APPEAL', 'BANKRUPTCY', 'OTHER'],
    },
    { name: 'caption', label: 'Caption', type: 'text', required: true },
    {
      name: 'captionKind',
      label: 'Caption is',
      type: 'enum',
      required: true,
      options: ['DESCRIPTIVE', 'OFFICIAL'],
    },
    {
      name: 'status',
      label: 'Status',
      type: 'enum',
      required: true,
      options: ['UNKNOWN', 'PENDING', 'DISMISSED', 'DECIDED', 'SETTLED', 'CLOSED'],
    },
    { name: 'court', label: 'Court', type: 'ref', refKinds: ['court'] },
    date('filed', 'Filed'),
    date('closed', 'Closed'),
    id,
  ],
  role: [
    inCase,
    party('party', 'Party', true),
    {
      name: 'role',
      label: 'Role',
      type: 'enum',
      required: true,
      options: [
        'PLAINTIFF',
        'DEFENDANT',
        'PROSECUTION',
        'PETITIONER',
        'RESPONDENT',
        'APPELLANT',
        'APPELLEE',
        'MOVANT',
        'INTERVENOR',
        'AMICUS_CURIAE',
        'INTERESTED_PARTY',
        'OTHER',
      ],
    },
  ],
  counsel: [
    inCase,
    { name: 'lawyer', label: 'Lawyer', type: 'ref', required: true, refKinds: ['person'] },
    party('client', 'Client'),
    {
      name: 'capacity',
      label: 'Capacity',
      type: 'enum',
      required: true,
      options: [
        'PRIVATE_COUNSEL',
        'SPECIAL_PROSECUTOR',
        'DISTRICT_ATTORNEY',
        'PUBLIC_DEFENDER',
        'GOVERNMENT_COUNSEL',
        'COURT_APPOINTED',
        'OTHER',
      ],
    },
  ],
  judge: [inCase, { name: 'judge', label: 'Judge', type: 'ref', required: true, refKinds: ['person'] }],
  charge: [
    inCase,
    { name: 'label', label: 'Charge', type: 'text', required: true },
    party('defendant', 'Defendant'),
    id,
  ],
  claim: [inCase, { name: 'label', label: 'Claim', type: 'text', required: true }, id],
  event: [
    inCase,
    {
      name: 'eventKind',
      label: 'Kind',
      type: 'enum',
      required: true,
      options: [
        'FILED',
        'TRIAL_STARTED',
        'DISMISSED',
        'CONVICTED',
        'SENTENCED',
        'RELEASED_ON_PAROLE',
        'SETTLEMENT_TALKS',
        'REFILING_ANNOUNCED',
        'SETTLED',
        'NOTICE_OF_APPEAL',
        'VERDICT',
        'PLEA',
        'INDICTMENT',
        'ARRAIGNMENT',
        'HEARING',
        'MOTION',
        'ORDER',
        'JUDGMENT',
        'OTHER',
      ],
    },
    { name: 'description', label: 'Description', type: 'text', required: true },
    date(),
    id,
  ],
  outcome: [
    inCase,
    {
      name: 'outcomeKind',
      label: 'Kind',
      type: 'enum',
      required: true,
      options: [
        'DISMISSAL',
        'CONVICTION',
        'ACQUITTAL',
        'SENTENCE',
        'PAROLE',
        'SETTLEMENT',
        'JUDGMENT',
        'VERDICT',
        'OTHER',
      ],
    },
    {
      name: 'resolves',
      label: 'Resolves',
      type: 'refs',
      refKinds: ['charge', 'claim'],
      hint: 'charge or claim ids',
    },
    { name: 'decidedBy', label: 'Decided by', type: 'ref', refKinds: ['person'] },
    { name: 'withPrejudice', label: 'With prejudice', type: 'bool' },
    date(),
    { name: 'sentenceTerm', label: 'Sentence', type: 'text', hint: 'as worded ("18 months")' },
    { name: 'sentenceMonths', label: 'Sentence in months', type: 'int' },
    { name: 'custody', label: 'Custody', type: 'text', hint: '"prison", "probation"' },
    id,
  ],
  statement: [
    {
      name: 'statementKind',
      label: 'Kind',
      type: 'enum',
      required: true,
      options: ['DENIAL', 'ALLEGATION', 'ADMISSION', 'ANNOUNCEMENT', 'POSITION', 'QUOTE'],
    },
    party('speaker', 'Speaker', true),
    party('onBehalfOf', 'On behalf of'),
    { name: 'content', label: 'Content', type: 'text', required: true, hint: 'verbatim, within a quote' },
    { name: 'directQuote', label: 'Direct quote', type: 'bool' },
    { name: 'attribution', label: 'Attribution', type: 'text', hint: 'verbatim ("he said in a statement")' },
    {
      name: 'about',
      label: 'About',
      type: 'refs',
      required: true,
      refKinds: ENTITY_KINDS,
      hint: 'ids of what it is about',
    },
    date(),
    id,
  ],
  relationship: [
    { name: 'relKind', label: 'Kind', type: 'enum', required: true, options: ['SPOUSE_OF', 'PARENT_OF'] },
    { name: 'from', label: 'From', type: 'ref', required: true, refKinds: ['person', 'group'] },
    { name: 'to', label: 'To', type: 'ref', required: true, refKinds: ['person', 'group'] },
    { name: 'detail', label: 'Detail', type: 'text', hint: '"widower"' },
  ],
};

export const emptyDraft = (): Draft => ({
  version: 1,
  documentId: '',
  documentTitle: '',
  source: { id: '', title: '', publisher: '', date: '', address: '', text: '' },
  facts: [],
});

// ---- reading values ----

export const text = (fact: Fact, name: string): string => {
  const v = fact.values[name];
  return typeof v === 'string' ? v.trim() : '';
};
export const texts = (fact: Fact, name: string): string[] => {
  const v = fact.values[name];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[\s,]+/) : [];
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
};
export const dateOf = (fact: Fact, name = 'date'): DraftDate | undefined => {
  const v = fact.values[name];
  return v && typeof v === 'object' && !Array.isArray(v) && v.wording + ('value' in v ? v.value : '') !== ''
    ? v
    : undefined;
};

/** The id a fact defines (parties, cases, charges…), or '' for links. */
export const idOf = (fact: Fact): string => text(fact, 'id');

/** A short label of a fact for lists: its name, caption, label or description. */
export function labelOf(fact: Fact): string {
  const first = ['name', 'descriptor', 'caption', 'label', 'description', 'content']
    .map((n) => text(fact, n))
    .find((t) => t !== '');
  if (first) return first;
  switch (fact.kind) {
    case 'role':
      return `${text(fact, 'party')} ${text(fact, 'role').toLowerCase()} in ${text(fact, 'case')}`;
    case 'counsel':
      return `${text(fact, 'lawyer')} for ${text(fact, 'client') || '…'} in ${text(fact, 'case')}`;
    case 'judge':
      return `${text(fact, 'judge')} judge in ${text(fact, 'case')}`;
    case 'outcome':
      return `${text(fact, 'outcomeKind').toLowerCase()} in ${text(fact, 'case')}`;
    case 'relationship':
      return `${text(fact, 'from')} ${text(fact, 'relKind').toLowerCase()} ${text(fact, 'to')}`;
    default:
      return KIND_LABELS[fact.kind];
  }
}

/** The prefix of the id a fact of this kind defines. */
export function idPrefix(fact: Fact): string | undefined {
  if (fact.kind === 'party') return (text(fact, 'partyKind') || 'PERSON').toLowerCase();
  return ID_PREFIX[fact.kind];
}

/** Every id the draft defines or links, with the kind of fact that does. */
export function knownIds(draft: Draft): Map<string, Fact> {
  const ids = new Map<string, Fact>();
  for (const f of draft.facts) if (idOf(f)) ids.set(idOf(f), f);
  return ids;
}

/** A readable id for a fact from its name, caption or label, unique in the draft. */
export function proposeFactId(draft: Draft, fact: Fact): string {
  const prefix = idPrefix(fact);
  if (!prefix) return '';
  const taken = new Set([...knownIds(draft).keys()].filter((k) => k !== idOf(fact)));
  let name = labelOf(fact);
  if (fact.kind === 'event' || fact.kind === 'outcome') {
    const caseSlug = text(fact, 'case').replace(/^case:/, '');
    const kind = text(fact, fact.kind === 'event' ? 'eventKind' : 'outcomeKind').toLowerCase();
    name = [caseSlug, kind].filter(Boolean).join('-') || name;
  } else if (fact.kind === 'statement') {
    const speaker = text(fact, 'speaker').replace(/^[a-z]+:/, '');
    name = [
      speaker,
      text(fact, 'statementKind').toLowerCase(),
      text(fact, 'content').split(/\s+/).slice(0, 4).join(' '),
    ]
      .filter(Boolean)
      .join(' ');
  } else if (fact.kind === 'charge' || fact.kind === 'claim') {
    const who = (text(fact, 'defendant') || text(fact, 'case')).replace(/^[a-z]+:/, '');
    name = [who, text(fact, 'label')].filter(Boolean).join(' ');
  }
  return proposeId(prefix, name, taken);
}

// ---- draft → document ----

export interface Built {
  /** The document in the ingest format. */
  document: Record<string, unknown>;
  /** The texts `loadDocument` takes with it. */
  sources: { id: string; text: string }[];
  /** Where each fact stands in the document: JSON pointer → fact key ('source' for the source). */
  pointers: Map<string, string>;
  /** What keeps a fact out of the document, by fact key. */
  problems: Map<string, string[]>;
}

const DATE_SOURCE = 'source';

function evidence(draft: Draft, spans: readonly Span[]) {
  return ordered(spans).map((s) => ({ source: draft.source.id, quote: s.quote }));
}

const omitEmpty = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );

const boolOf = (fact: Fact, name: string): boolean | undefined => {
  const t = text(fact, name);
  return t === 'yes' ? true : t === 'no' ? false : undefined;
};

/** The document id proposed from the source's title. */
export const documentIdOf = (draft: Draft): string =>
  draft.documentId.trim() ||
  slugOf(draft.source.title || draft.source.id.replace(/^source:/, '')) ||
  'article';

/** Local checks of one fact (before the server's): missing fields, spans off the text, bad ids. */
export function factProblems(draft: Draft, fact: Fact): string[] {
  const problems: string[] = [];
  if (fact.spans.length === 0) problems.push('select the words that state it');
  for (const s of fact.spans) {
    if (!matches(draft.source.text, s)) problems.push(`the quote “${s.quote}” is not in the source text`);
  }
  for (const f of FIELDS[fact.kind]) {
    const v =
      f.type === 'date'
        ? dateOf(fact, f.name)
        : f.type === 'refs'
          ? texts(fact, f.name).join()
          : text(fact, f.name);
    if (f.required && !v) problems.push(`${f.label.toLowerCase()} is missing`);
    if ((f.type === 'ref' || f.name === 'id') && typeof v === 'string' && v && !ID_PATTERN.test(v)) {
      problems.push(`${f.label.toLowerCase()} “${v}” is not an id (kind:words, e.g. person:jane-doe)`);
    }
  }
  if (fact.kind === 'party' && !text(fact, 'name') && !text(fact, 'descriptor') && !fact.existing) {
    problems.push('a party needs a name or the descriptor the text uses');
  }
  return problems;
}

export function toDocument(draft: Draft): Built {
  const pointers = new Map<string, string>();
  const problems = new Map<string, string[]>();
  const src = draft.source;
  const sourceId = src.id;
  const identifier = src.address.trim() || sourceId.replace(/^source:/, '');
  const source = omitEmpty({
    id: sourceId,
    kind: 'ARTICLE',
    title: src.title.trim(),
    publisher: src.publisher.trim() || null,
    date: src.date.trim() ? { value: src.date.trim(), wording: src.date.trim() } : undefined,
    identifier,
    file: `sources/${slugOf(sourceId.replace(/^source:/, '')) || 'article'}.txt`,
  });
  pointers.set('/sources/0', DATE_SOURCE);
  pointers.set('/document', DATE_SOURCE);
  const dateIn = (d: DraftDate | undefined): DateInput | undefined =>
    d ? dateInput(d, sourceId) : undefined;

  const facts = draft.facts.filter((f) => !f.suggested);
  const parties: Record<string, unknown>[] = [];
  const cases: Record<string, unknown>[] = [];
  const statements: Record<string, unknown>[] = [];
  const relationships: Record<string, unknown>[] = [];
  const caseIndex = new Map<string, number>();
  type Nest = 'parties' | 'counsel' | 'judges' | 'charges' | 'claims' | 'outcomes' | 'events';

  for (const f of facts) {
    const ev = evidence(draft, f.spans);
    if (f.kind === 'party') {
      if (f.existing) continue;
      pointers.set(`/parties/${parties.length}`, f.key);
      const descriptor = text(f, 'descriptor');
      const office = text(f, 'office');
      parties.push(
        omitEmpty({
          id: idOf(f),
          kind: text(f, 'partyKind') || 'PERSON',
          name: text(f, 'name'),
          descriptors: descriptor ? [{ text: descriptor, evidence: ev }] : undefined,
          offices: office ? [{ title: office, evidence: ev }] : undefined,
          evidence: ev,
        }),
      );
    } else if (f.kind === 'case') {
      pointers.set(`/cases/${cases.length}`, f.key);
      caseIndex.set(idOf(f), cases.length);
      cases.push(
        omitEmpty({
          id: idOf(f),
          caption: text(f, 'caption'),
          captionKind: text(f, 'captionKind') || 'DESCRIPTIVE',
          kind: text(f, 'caseKind'),
          status: text(f, 'status') || 'UNKNOWN',
          court: text(f, 'court'),
          filed: dateIn(dateOf(f, 'filed')),
          closed: dateIn(dateOf(f, 'closed')),
          evidence: ev,
        }),
      );
    } else if (f.kind === 'statement') {
      pointers.set(`/statements/${statements.length}`, f.key);
      statements.push(
        omitEmpty({
          id: idOf(f),
          kind: text(f, 'statementKind'),
          speaker: text(f, 'speaker'),
          onBehalfOf: text(f, 'onBehalfOf'),
          content: text(f, 'content'),
          directQuote: boolOf(f, 'directQuote') ?? false,
          attribution: text(f, 'attribution'),
          date: dateIn(dateOf(f)),
          about: texts(f, 'about'),
          evidence: ev,
        }),
      );
    } else if (f.kind === 'relationship') {
      pointers.set(`/relationships/${relationships.length}`, f.key);
      relationships.push(
        omitEmpty({
          kind: text(f, 'relKind'),
          from: text(f, 'from'),
          to: text(f, 'to'),
          detail: text(f, 'detail'),
          evidence: ev,
        }),
      );
    }
  }

  // Facts of a case go inside it: the case must be a fact of the draft.
  const nestOf: Partial<Record<FactKind, Nest>> = {
    role: 'parties',
    counsel: 'counsel',
    judge: 'judges',
    charge: 'charges',
    claim: 'claims',
    outcome: 'outcomes',
    event: 'events',
  };
  for (const f of facts) {
    const nest = nestOf[f.kind];
    if (!nest) continue;
    const caseId = text(f, 'case');
    const at = caseIndex.get(caseId);
    if (at === undefined) {
      problems.set(f.key, [
        caseId
          ? `${caseId} is not a case of this draft: add it (or link it from the graph) as a Case fact`
          : 'name its case',
      ]);
      continue;
    }
    const c = cases[at]!;
    const list = ((c[nest] as Record<string, unknown>[] | undefined) ?? []) as Record<string, unknown>[];
    c[nest] = list;
    pointers.set(`/cases/${at}/${nest}/${list.length}`, f.key);
    const ev = evidence(draft, f.spans);
    let entry: Record<string, unknown>;
    switch (f.kind) {
      case 'role':
        entry = { party: text(f, 'party'), role: text(f, 'role'), evidence: ev };
        break;
      case 'counsel':
        entry = {
          lawyer: text(f, 'lawyer'),
          client: text(f, 'client'),
          capacity: text(f, 'capacity'),
          evidence: ev,
        };
        break;
      case 'judge':
        entry = { judge: text(f, 'judge'), evidence: ev };
        break;
      case 'charge':
        entry = { id: idOf(f), label: text(f, 'label'), defendant: text(f, 'defendant'), evidence: ev };
        break;
      case 'claim':
        entry = { id: idOf(f), label: text(f, 'label'), evidence: ev };
        break;
      case 'event':
        entry = {
          id: idOf(f),
          kind: text(f, 'eventKind'),
          description: text(f, 'description'),
          date: dateIn(dateOf(f)),
          evidence: ev,
        };
        break;
      default: {
        const term = text(f, 'sentenceTerm');
        const months = text(f, 'sentenceMonths');
        entry = {
          id: idOf(f),
          kind: text(f, 'outcomeKind'),
          withPrejudice: boolOf(f, 'withPrejudice'),
          date: dateIn(dateOf(f)),
          decidedBy: text(f, 'decidedBy'),
          sentence: term
            ? omitEmpty({
                term,
                months: /^\d+$/.test(months) ? Number(months) : undefined,
                custody: text(f, 'custody'),
              })
            : undefined,
          resolves: texts(f, 'resolves'),
          evidence: ev,
        };
      }
    }
    list.push(omitEmpty(entry));
  }

  const document = omitEmpty({
    format: 'litigation-graph',
    formatVersion: 1,
    document: {
      id: documentIdOf(draft),
      title: draft.documentTitle.trim() || src.title.trim() || documentIdOf(draft),
    },
    sources: [source],
    parties,
    relationships,
    cases,
    statements,
  });
  return { document, sources: [{ id: sourceId, text: src.text }], pointers, problems };
}

/** The fact an issue's JSON pointer falls in ('source' for the source; undefined when none). */
export function factOfPointer(built: Built, path: string): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [pointer, key] of built.pointers) {
    if ((path === pointer || path.startsWith(`${pointer}/`)) && pointer.length > bestLength) {
      best = key;
      bestLength = pointer.length;
    }
  }
  return best;
}

// ---- document → draft ----

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const dateValue = (v: unknown): DraftDate | undefined =>
  v && typeof v === 'object' ? draftDate(v as DateInput) : undefined;
const yesNo = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : '');

/**
 * Reads a document in the ingest format back into a draft, its quotes found again in
 * `text` (the source's text). Only the first source and the kinds of fact the workspace
 * writes are read; `skipped` names the rest.
 */
export function fromDocument(doc: Json, text: string): { draft: Draft; skipped: string[] } {
  const skipped: string[] = [];
  const src = arr(doc.sources)[0] ?? {};
  const sourceId = str(src.id);
  const meta = (doc.document ?? {}) as Json;
  let n = 0;
  const key = () => `f${(n += 1)}`;
  const spansOf = (ev: unknown): Span[] =>
    arr(ev)
      .filter((e) => str(e.source) === sourceId)
      .map((e) => findQuote(text, str(e.quote)));
  const fact = (kind: FactKind, values: Record<string, Value>, ev: unknown): Fact => ({
    key: key(),
    kind,
    spans: spansOf(ev),
    values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')),
  });
  const facts: Fact[] = [];
  for (const p of arr(doc.parties)) {
    const d = arr(p.descriptors)[0];
    const o = arr(p.offices)[0];
    facts.push(
      fact(
        'party',
        {
          id: str(p.id),
          partyKind: str(p.kind),
          name: str(p.name),
          descriptor: str(d?.text),
          office: str(o?.title),
        },
        p.evidence,
      ),
    );
  }
  for (const c of arr(doc.cases)) {
    const caseId = str(c.id);
    facts.push(
      fact(
        'case',
        {
          id: caseId,
          caseKind: str(c.kind),
          caption: str(c.caption),
          captionKind: str(c.captionKind),
          status: str(c.status),
          court: str(c.court),
          filed: dateValue(c.filed),
          closed: dateValue(c.closed),
        },
        c.evidence,
      ),
    );
    for (const e of arr(c.parties))
      facts.push(fact('role', { case: caseId, party: str(e.party), role: str(e.role) }, e.evidence));
    for (const e of arr(c.counsel))
      facts.push(
        fact(
          'counsel',
          { case: caseId, lawyer: str(e.lawyer), client: str(e.client), capacity: str(e.capacity) },
          e.evidence,
        ),
      );
    for (const e of arr(c.judges))
      facts.push(fact('judge', { case: caseId, judge: str(e.judge) }, e.evidence));
    for (const e of arr(c.charges))
      facts.push(
        fact(
          'charge',
          { case: caseId, id: str(e.id), label: str(e.label), defendant: str(e.defendant) },
          e.evidence,
        ),
      );
    for (const e of arr(c.claims))
      facts.push(fact('claim', { case: caseId, id: str(e.id), label: str(e.label) }, e.evidence));
    for (const e of arr(c.events))
      facts.push(
        fact(
          'event',
          {
            case: caseId,
            id: str(e.id),
            eventKind: str(e.kind),
            description: str(e.description),
            date: dateValue(e.date),
          },
          e.evidence,
        ),
      );
    for (const e of arr(c.outcomes)) {
      const sentence = (e.sentence ?? {}) as Json;
      facts.push(
        fact(
          'outcome',
          {
            case: caseId,
            id: str(e.id),
            outcomeKind: str(e.kind),
            resolves: arr(e.resolves).map(str),
            decidedBy: str(e.decidedBy),
            withPrejudice: yesNo(e.withPrejudice),
            date: dateValue(e.date),
            sentenceTerm: str(sentence.term),
            sentenceMonths: str(sentence.months),
            custody: str(sentence.custody),
          },
          e.evidence,
        ),
      );
    }
    for (const k of ['related', 'incident', 'natureOfSuit', 'cause', 'docketNumber'])
      if (c[k] !== undefined) skipped.push(`${caseId} ${k}`);
  }
  for (const s of arr(doc.statements))
    facts.push(
      fact(
        'statement',
        {
          id: str(s.id),
          statementKind: str(s.kind),
          speaker: str(s.speaker),
          onBehalfOf: str(s.onBehalfOf),
          content: str(s.content),
          directQuote: yesNo(s.directQuote),
          attribution: str(s.attribution),
          about: arr(s.about).map(str),
          date: dateValue(s.date),
        },
        s.evidence,
      ),
    );
  for (const r of arr(doc.relationships))
    facts.push(
      fact(
        'relationship',
        { relKind: str(r.kind), from: str(r.from), to: str(r.to), detail: str(r.detail) },
        r.evidence,
      ),
    );
  for (const k of ['courts', 'productions', 'incidents', 'credits', 'involvements'])
    if (arr(doc[k]).length > 0) skipped.push(k);
  const srcDate = (src.date ?? {}) as Json;
  const identifier = str(src.identifier);
  return {
    draft: {
      version: 1,
      documentId: str(meta.id),
      documentTitle: str(meta.title),
      source: {
        id: sourceId,
        title: str(src.title),
        publisher: str(src.publisher),
        date: str(srcDate.value),
        address: identifier === sourceId.replace(/^source:/, '') ? '' : identifier,
        text,
      },
      facts,
    },
    skipped,
  };
}

/** A draft read from storage, or null when it is not one. */
export function parseDraft(json: string | null): Draft | null {
  if (!json) return null;
  try {
    const d = JSON.parse(json) as Partial<Draft>;
    if (d.version !== 1 || !d.source || !Array.isArray(d.facts)) return null;
    return d as Draft;
  } catch {
    return null;
  }
}
