import type { AnnotatedTextModel, EvidenceModel, PartialDateModel, Precision } from '../domain/models';

// How values that have no Neo4j type of their own are stored as properties, and
// read back: partial dates (seven properties under a prefix), evidence (parallel
// arrays of source ids and quotes, on each document's record: ingest/ownership.ts)
// and annotated lists (texts with evidence each).
// Loading (ingest/plan.ts) writes with `encode*`; reading (cypher/mappers.ts) uses `decode*`.

export type StoredValue = string | number | boolean | string[] | number[] | null;
export type StoredProps = Record<string, StoredValue>;
type Read = { readonly [key: string]: unknown };

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const optStr = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => str(x)) : []);

export const DATE_SUFFIXES = [
  'Value',
  'Precision',
  'Earliest',
  'Latest',
  'Wording',
  'Derived',
  'Derivation',
  'AfterSource',
  'Warning',
] as const;

export function encodeDate(prefix: string, date: PartialDateModel | null): StoredProps {
  return {
    [`${prefix}Value`]: date?.value ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
    [`${prefix}Earliest`]: date?.earliest ?? null,
    [`${prefix}Latest`]: date?.latest ?? null,
    [`${prefix}Wording`]: date?.wording ?? null,
    [`${prefix}Derived`]: date ? date.derived : null,
    [`${prefix}Derivation`]: date?.derivation ?? null,
    [`${prefix}AfterSource`]: date ? (date.afterSource ?? false) : null,
    [`${prefix}Warning`]: date?.warning ?? null,
  };
}

export function decodeDate(p: Read, prefix: string): PartialDateModel | null {
  const value = optStr(p[`${prefix}Value`]);
  if (value === null) return null;
  return {
    value,
    precision: str(p[`${prefix}Precision`]) as Precision,
    earliest: str(p[`${prefix}Earliest`]),
    latest: str(p[`${prefix}Latest`]),
    wording: optStr(p[`${prefix}Wording`]),
    derived: p[`${prefix}Derived`] === true,
    derivation: optStr(p[`${prefix}Derivation`]),
    afterSource: p[`${prefix}AfterSource`] === true,
    warning: optStr(p[`${prefix}Warning`]),
  };
}

/**
 * Stored keyset sort keys for a date, one per direction, so that undated cases
 * sort last both ways and a (key, id) index can give the order.
 */
export function encodeSortKeys(prefix: string, date: PartialDateModel | null): StoredProps {
  return {
    [`${prefix}SortAsc`]: date?.earliest ?? '9999-12-31',
    [`${prefix}SortDesc`]: date?.earliest ?? '0001-01-01',
  };
}

/** Properties stored as Neo4j DATEs (the bounds of partial dates and the keys derived from them). */
export function isDateProperty(key: string): boolean {
  return (
    key.endsWith('Earliest') ||
    key.endsWith('Latest') ||
    key.endsWith('SortAsc') ||
    key.endsWith('SortDesc') ||
    key === 'closesOn'
  );
}

export interface EvidenceInput {
  source: string;
  quote: string;
  locator?: string;
}

/**
 * The parallel arrays holding evidence under `prefix` (`evidence`, `descriptors`, `offices`):
 * source ids, quotes and the document that contributed each entry (written by the loader).
 */
export const evidenceKeys = (prefix = 'evidence') =>
  ({
    sources: `${prefix}Sources`,
    quotes: `${prefix}Quotes`,
    docs: `${prefix}Docs`,
    // JSON pointers into structured sources ('' for none); absent when no entry has one.
    locators: `${prefix}Locators`,
  }) as const;

/**
 * Ownership as stored before evidence became records (ingest/legacy-ownership.ts reads it
 * to migrate such a graph): `docs` listed the documents stating a node or relationship,
 * `docValues` their values, `stubDocs` those stating it as a stub.
 */
export const OWNERSHIP_KEYS = { docs: 'docs', docValues: 'docValues', stubDocs: 'stubDocs' } as const;

/**
 * An entity's tallies of what documents state of it (ingest/ownership.ts): one entry per
 * distinct set of values, with how many documents state it, the smallest of their ids and
 * the values as JSON ('' for the set shown, whose values are the live properties).
 */
export const TALLY_KEYS = {
  valueKeys: 'valueKeys',
  valueCounts: 'valueCounts',
  valueFirstDocs: 'valueFirstDocs',
  valueJsons: 'valueJsons',
} as const;

/** How many documents state each of an annotated list's texts (parallel to the sorted texts). */
export const textCountsKey = (prefix: string): string => `${prefix}TextCounts`;

/** The evidence prefixes a set of stored properties holds (`evidence`, `descriptors`…). */
export function evidencePrefixes(props: Read): string[] {
  return Object.keys(props)
    .filter((k) => k.endsWith('Sources') && `${k.slice(0, -'Sources'.length)}Quotes` in props)
    .map((k) => k.slice(0, -'Sources'.length))
    .sort();
}

/** Every key that belongs to the evidence entries under `prefix`, the annotated texts included. */
export function evidenceEntryKeys(props: Read, prefix: string): string[] {
  const keys = evidenceKeys(prefix);
  return [
    keys.sources,
    keys.quotes,
    keys.docs,
    keys.locators,
    ...(Array.isArray(props[prefix]) ? [prefix] : []),
  ];
}

export function encodeEvidence(evidence: readonly EvidenceInput[], prefix = 'evidence'): StoredProps {
  const keys = evidenceKeys(prefix);
  return {
    [keys.sources]: evidence.map((e) => e.source),
    [keys.quotes]: evidence.map((e) => e.quote),
    ...(evidence.some((e) => e.locator) ? { [keys.locators]: evidence.map((e) => e.locator ?? '') } : {}),
  };
}

/** Evidence as stored (source ids only); projections that resolve sources inline are read by the mappers. */
export function decodeEvidence(p: Read, prefix = 'evidence'): EvidenceModel[] {
  const keys = evidenceKeys(prefix);
  const quotes = strList(p[keys.quotes]);
  const locators = strList(p[keys.locators]);
  return strList(p[keys.sources]).map((sourceId, i) => ({
    sourceId,
    quote: quotes[i] ?? '',
    ...(locators[i] ? { locator: locators[i] } : {}),
  }));
}

/** Annotated lists (descriptors, offices) flatten to parallel arrays: one entry per piece of evidence. */
export function encodeAnnotated(
  prefix: string,
  items: readonly { text: string; evidence: readonly EvidenceInput[] }[] | undefined,
): StoredProps {
  const texts: string[] = [];
  const evidence: EvidenceInput[] = [];
  for (const item of items ?? []) {
    for (const ev of item.evidence) {
      texts.push(item.text);
      evidence.push(ev);
    }
  }
  return { [prefix]: texts, ...encodeEvidence(evidence, prefix) };
}

/** The texts under `prefix`, each once, with the evidence of every entry stating it. */
export function decodeAnnotated(texts: unknown, evidence: readonly EvidenceModel[]): AnnotatedTextModel[] {
  const byText = new Map<string, AnnotatedTextModel>();
  strList(texts).forEach((text, i) => {
    const item = byText.get(text) ?? { text, evidence: [] };
    const ev = evidence[i];
    if (ev) item.evidence.push(ev);
    byText.set(text, item);
  });
  return [...byText.values()];
}

/** Case facts a docket states as one text each, stored as single-text annotated lists. */
export const CASE_DETAIL_TEXTS = [
  'natureOfSuit',
  'cause',
  'jurisdictionBasis',
  'juryDemand',
  'demand',
] as const;

/** Every annotated list: texts, each with evidence (an entity keeps the distinct texts). */
export const ANNOTATED_PREFIXES = ['descriptors', 'offices', 'contacts', ...CASE_DETAIL_TEXTS] as const;

/** Contact points are stored as one annotated list (`contacts`), each text `KIND:value`. */
export const contactText = (kind: string, value: string) => `${kind}:${value}`;
