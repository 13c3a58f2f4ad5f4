import {
  evidenceEntryKeys,
  evidenceKeys,
  evidencePrefixes,
  OWNERSHIP_KEYS,
  type StoredProps,
  type StoredValue,
} from '../graph/codecs';

// Facts belong to the documents that state them. A node or relationship records
// which documents state it (`docs`), every evidence entry records the document that
// gave it (`<prefix>Docs`), and the scalar values shown are one document's; the
// others' values are kept (`docValues`, parallel to `docs`) so that removing that
// document shows the next one's. What is stored never depends on the order the
// documents were loaded in (nor on which of two loaders committed first):
// - `docs` is sorted by document id; every evidence list holds its entries by
//   document id, each document's entries in the order that document gives them;
// - the values shown are chosen by `shownDoc`: among the documents that state the
//   entity in full (not as a stub; only stubs: among those), the values the most
//   documents state (all of a document's scalar values compared as a whole); on a
//   tie, those of the smallest document id. That document's `docValues` entry is
//   '', a document stating the same values '=', any other its values as JSON (keys
//   sorted).
// Document ids compare by UTF-16 code units (JavaScript's `<`), never by locale.
// Pure functions over stored properties: the loader reads, calls these, writes.

/** Properties as read back from the graph (dates as ISO strings). */
export type Stored = { readonly [key: string]: unknown };

interface Entry {
  values: Record<string, StoredValue>;
}

/** One document's share of an entity: its scalar values and its evidence entries per prefix. */
interface Share {
  /** A stub's values (a case known only from another case's docket) yield to any full share's. */
  stub: boolean;
  scalars: Record<string, StoredValue>;
  /** prefix → the entries (source, quote and, for annotated lists, the text) */
  entries: Map<string, Entry[]>;
  /** Prefixes that are annotated lists (texts under the prefix itself). */
  annotated: Set<string>;
}

const LEGACY_DOC = 'doc';
/** In `docValues`: this document states the same values as the shown one. */
const SAME_AS_SHOWN = '=';

/** Document ids in their canonical order: by UTF-16 code units, the same on every machine. */
export const byDocumentId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const sortedDocs = (docs: Iterable<string>): string[] => [...new Set(docs)].sort(byDocumentId);

/**
 * A document's values as JSON with keys sorted: to compare two documents' values, and
 * as stored in `docValues` (so the text does not depend on where the values were read
 * from). Memoised per object: the documents that state the shown values share one
 * object, which may hold a long text.
 */
const stableJsonOf = new WeakMap<object, string>();
function stableJson(values: Record<string, StoredValue>): string {
  let json = stableJsonOf.get(values);
  if (json === undefined) {
    json = JSON.stringify(
      Object.fromEntries(
        Object.keys(values)
          .sort()
          .map((k) => [k, values[k]]),
      ),
    );
    stableJsonOf.set(values, json);
  }
  return json;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String(v))) : [];
}

function docsOf(stored: Stored): string[] {
  const docs = asStrings(stored[OWNERSHIP_KEYS.docs]);
  // Graphs loaded before ownership was recorded carry a single `doc`.
  if (docs.length === 0 && typeof stored[LEGACY_DOC] === 'string') return [stored[LEGACY_DOC]];
  return docs;
}

/** The documents that state an entity (by document id, as stored). */
export function owners(stored: Stored): string[] {
  return docsOf(stored);
}

function isEntryKey(props: Stored, key: string): boolean {
  return evidencePrefixes(props).some((p) => evidenceEntryKeys(props, p).includes(key));
}

/** The planner marks a stub's properties with this key; it is never stored. */
export const STUB_MARK = '__stub';

const isOwnershipKey = (key: string) =>
  key === OWNERSHIP_KEYS.docs ||
  key === OWNERSHIP_KEYS.docValues ||
  key === OWNERSHIP_KEYS.stubDocs ||
  key === LEGACY_DOC ||
  key === STUB_MARK;

function scalarsOf(props: Stored): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (isOwnershipKey(key)) continue;
    if (isEntryKey(props, key)) continue;
    // Neo4j stores no nulls: a planned null and a value read back without that key are the
    // same value (otherwise every document re-stating a shared entity kept a copy of it).
    if (value === null || value === undefined) continue;
    out[key] = value as StoredValue;
  }
  return out;
}

/** Evidence entries by document, for every prefix; entries without a document belong to `fallback`. */
function entriesByDoc(props: Stored, fallback: string): Map<string, Map<string, Entry[]>> {
  const byDoc = new Map<string, Map<string, Entry[]>>();
  for (const prefix of evidencePrefixes(props)) {
    const keys = evidenceKeys(prefix);
    const sources = asStrings(props[keys.sources]);
    const quotes = asStrings(props[keys.quotes]);
    const docs = asStrings(props[keys.docs]);
    const locators = asStrings(props[keys.locators]);
    const texts = Array.isArray(props[prefix]) ? asStrings(props[prefix]) : undefined;
    sources.forEach((source, i) => {
      const doc = docs[i] ?? fallback;
      const perDoc = byDoc.get(doc) ?? new Map<string, Entry[]>();
      const values: Record<string, StoredValue> = {
        [keys.sources]: source,
        [keys.quotes]: quotes[i] ?? '',
        [keys.locators]: locators[i] ?? '',
      };
      if (texts) values[prefix] = texts[i] ?? '';
      perDoc.set(prefix, [...(perDoc.get(prefix) ?? []), { values }]);
      byDoc.set(doc, perDoc);
    });
  }
  return byDoc;
}

const annotatedPrefixes = (props: Stored): Set<string> =>
  new Set(evidencePrefixes(props).filter((p) => Array.isArray(props[p])));

function plannedShare(planned: StoredProps): Share {
  const entries = entriesByDoc(planned, '').get('') ?? new Map<string, Entry[]>();
  // Prefixes the document states with no entries still need their (empty) arrays.
  for (const prefix of evidencePrefixes(planned)) if (!entries.has(prefix)) entries.set(prefix, []);
  return {
    stub: planned[STUB_MARK] === true,
    scalars: scalarsOf(planned),
    entries,
    annotated: annotatedPrefixes(planned),
  };
}

/**
 * The document whose values are shown, whatever the load order: among the documents
 * that state the entity in full (only stubs: among those), the values stated by the
 * most documents; on a tie, those of the smallest document id. `order` is sorted.
 */
function shownDoc(order: string[], shares: Map<string, Share>): string | undefined {
  const full = order.filter((doc) => shares.get(doc)?.stub === false);
  const candidates = full.length > 0 ? full : order;
  // Groups in the order of their smallest document id: on a tie the first one stays.
  const groups = new Map<string, string[]>();
  for (const doc of candidates) {
    const share = shares.get(doc);
    const key = share ? stableJson(share.scalars) : '';
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  let best: string[] | undefined;
  for (const docs of groups.values()) if (!best || docs.length > best.length) best = docs;
  return best?.[0];
}

function sharesOf(stored: Stored): { order: string[]; shares: Map<string, Share> } {
  const order = docsOf(stored);
  const last = order[order.length - 1] ?? '';
  const values = asStrings(stored[OWNERSHIP_KEYS.docValues]);
  const stubs = new Set(asStrings(stored[OWNERSHIP_KEYS.stubDocs]));
  const entries = entriesByDoc(stored, last);
  const live = scalarsOf(stored);
  const prefixes = evidencePrefixes(stored);
  const shares = new Map<string, Share>();
  order.forEach((doc, i) => {
    const json = values[i];
    // The live values are those of the doc whose docValues entry is '' (the shown one);
    // SAME_AS_SHOWN marks a document that states exactly those values.
    const scalars =
      !json || json === SAME_AS_SHOWN ? live : (JSON.parse(json) as Record<string, StoredValue>);
    const own = entries.get(doc) ?? new Map<string, Entry[]>();
    for (const prefix of prefixes) if (!own.has(prefix)) own.set(prefix, []);
    shares.set(doc, { stub: stubs.has(doc), scalars, entries: own, annotated: annotatedPrefixes(stored) });
  });
  return { order, shares };
}

function compose(order: string[], shares: Map<string, Share>): StoredProps {
  const shown = shownDoc(order, shares);
  const shownShare = shown === undefined ? undefined : shares.get(shown);
  if (shown === undefined || !shownShare) throw new Error('an entity needs at least one document');
  const out: StoredProps = { ...shownShare.scalars };
  out[OWNERSHIP_KEYS.docs] = [...order];
  const shownValues = stableJson(shownShare.scalars);
  out[OWNERSHIP_KEYS.docValues] = order.map((doc) => {
    if (doc === shown) return '';
    const scalars = shares.get(doc)?.scalars ?? {};
    // Many documents state a shared entity (a court, the court table) with the same values:
    // one marker each, not a copy each (a copy of a source's text per docket grew without bound).
    const json = scalars === shownShare.scalars ? shownValues : stableJson(scalars);
    return json === shownValues ? SAME_AS_SHOWN : json;
  });
  const stubDocs = order.filter((doc) => shares.get(doc)?.stub);
  if (stubDocs.length > 0) out[OWNERSHIP_KEYS.stubDocs] = stubDocs;
  const prefixes = new Set<string>();
  const annotatedOnes = new Set<string>();
  for (const doc of order) {
    const share = shares.get(doc);
    share?.entries.forEach((_, prefix) => prefixes.add(prefix));
    share?.annotated.forEach((prefix) => annotatedOnes.add(prefix));
  }
  for (const prefix of [...prefixes].sort()) {
    const keys = evidenceKeys(prefix);
    const annotated = annotatedOnes.has(prefix);
    const sources: string[] = [];
    const quotes: string[] = [];
    const docs: string[] = [];
    const texts: string[] = [];
    const locators: string[] = [];
    for (const doc of order) {
      for (const entry of shares.get(doc)?.entries.get(prefix) ?? []) {
        sources.push(String(entry.values[keys.sources]));
        quotes.push(String(entry.values[keys.quotes]));
        locators.push(String(entry.values[keys.locators] ?? ''));
        docs.push(doc);
        if (annotated) texts.push(String(entry.values[prefix] ?? ''));
      }
    }
    out[keys.sources] = sources;
    out[keys.quotes] = quotes;
    out[keys.docs] = docs;
    if (locators.some((l) => l !== '')) out[keys.locators] = locators;
    if (annotated) out[prefix] = texts;
  }
  return out;
}

/**
 * `doc` states the entity with `planned` (its properties and evidence, without
 * ownership): its share (values and evidence) replaces what it stated before and
 * every other document's is kept; the values shown follow `shownDoc`.
 */
export function assertBy(existing: Stored | null, doc: string, planned: StoredProps): StoredProps {
  const { order, shares } = existing ? sharesOf(existing) : { order: [], shares: new Map<string, Share>() };
  shares.set(doc, plannedShare(planned));
  return compose(sortedDocs([...order, doc]), shares);
}

/**
 * `doc` no longer states the entity: its evidence and values go; the entity keeps
 * the others' (the values shown follow `shownDoc` among them). Null when no
 * document states it any more, so it is to be deleted.
 */
export function withdrawBy(existing: Stored, doc: string): StoredProps | null {
  const { order, shares } = sharesOf(existing);
  const rest = sortedDocs(order.filter((d) => d !== doc));
  if (rest.length === 0) return null;
  shares.delete(doc);
  return compose(rest, shares);
}
