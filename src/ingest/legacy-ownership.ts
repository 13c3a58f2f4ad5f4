import {
  evidenceEntryKeys,
  evidenceKeys,
  evidencePrefixes,
  OWNERSHIP_KEYS,
  type StoredProps,
  type StoredValue,
} from '../graph/codecs';
import { STUB_MARK } from './ownership';

// How graphs stored ownership before evidence became records, read once to migrate them
// (db/migrate-records.ts). Facts belong to the documents that state them. A node or relationship records
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

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String(v))) : [];
}

function docsOf(stored: Stored): string[] {
  const docs = asStrings(stored[OWNERSHIP_KEYS.docs]);
  // Graphs loaded before ownership was recorded carry a single `doc`.
  if (docs.length === 0 && typeof stored[LEGACY_DOC] === 'string') return [stored[LEGACY_DOC]];
  return docs;
}

function isEntryKey(props: Stored, key: string): boolean {
  return evidencePrefixes(props).some((p) => evidenceEntryKeys(props, p).includes(key));
}

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

/**
 * Each document's statement of a legacy entity, as the planner would give it (scalar
 * values, evidence arrays, annotated texts, the stub mark): replayed through the
 * current ownership rules, they give the entity and records a load gives today.
 */
export function legacyStatements(stored: Stored): { doc: string; planned: StoredProps }[] {
  const { order, shares } = sharesOf(stored);
  return order.map((doc) => {
    const share = shares.get(doc);
    const planned: StoredProps = { ...(share?.scalars ?? {}) };
    if (share?.stub) planned[STUB_MARK] = true;
    for (const [prefix, entries] of share?.entries ?? []) {
      const keys = evidenceKeys(prefix);
      planned[keys.sources] = entries.map((e) => String(e.values[keys.sources]));
      planned[keys.quotes] = entries.map((e) => String(e.values[keys.quotes]));
      const locators = entries.map((e) => String(e.values[keys.locators] ?? ''));
      if (locators.some((l) => l !== '')) planned[keys.locators] = locators;
      if (share?.annotated.has(prefix)) planned[prefix] = entries.map((e) => String(e.values[prefix] ?? ''));
    }
    return { doc, planned };
  });
}

/** Whether an entity still stores its ownership the legacy way. */
export const isLegacy = (stored: Stored): boolean =>
  Array.isArray(stored[OWNERSHIP_KEYS.docs]) || typeof stored[LEGACY_DOC] === 'string';
