import { createHash } from 'node:crypto';
import {
  ANNOTATED_PREFIXES,
  evidenceEntryKeys,
  evidencePrefixes,
  TALLY_KEYS,
  textCountsKey,
  type StoredProps,
  type StoredValue,
} from '../graph/codecs';

// Facts belong to the documents that state them. Each document's statement of a node
// or relationship is a record of its own (a `Share`: its evidence entries, its
// annotated texts, a key of its values), written and removed with that document alone.
// The entity keeps what it shows and small tallies, never a list that grows with the
// number of documents naming it:
// - the values shown are chosen by a rule of the documents alone (`shownGroup`): among
//   the documents that state the entity in full (not as a stub; only stubs: among
//   those), the values the most documents state (all of a document's scalar values
//   compared as a whole); on a tie, those whose smallest document id is smallest;
// - one tally per distinct set of values (`valueKeys`, `valueCounts`, `valueFirstDocs`,
//   `valueJsons`: the values as JSON, '' for the shown set, whose values are the live
//   properties): as many as the documents disagree, not as many as they are;
// - annotated lists (descriptors, offices…) keep their distinct texts, sorted, with how
//   many documents state each (`<prefix>TextCounts`), so search and filters see them.
// Evidence is read from the records, by document id (ids compare by UTF-16 code units,
// JavaScript's `<`, never by locale), each document's entries in its own order.
// Pure functions: the loader reads the entity and the document's record, calls these, writes.

/** Properties as read back from the graph (dates as ISO strings). */
export type Stored = { readonly [key: string]: unknown };

/** The planner marks a stub's properties with this key; it is never stored. */
export const STUB_MARK = '__stub';

/** Document ids in their canonical order: by UTF-16 code units, the same on every machine. */
export const byDocumentId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One document's statement of an entity: the values it gives and the record of its evidence. */
export interface DocumentShare {
  /** Its scalar values (no nulls). */
  scalars: Record<string, StoredValue>;
  /** `f:` or `s:` (stated in full, or as a stub) and a hash of the values. */
  valuesKey: string;
  /** The record's own properties: the key, the stub flag, the evidence arrays and annotated texts. */
  record: StoredProps;
}

/** A set of values some documents state, and how many. */
interface Group {
  key: string;
  count: number;
  firstDoc: string;
  /** The values as JSON; '' for the shown set (its values are the live properties). */
  json: string;
}

const SHOWN = '';

/** A document's values as JSON with keys sorted, so equal values give equal text wherever they come from. */
function stableJson(values: Record<string, StoredValue>): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(values)
        .sort()
        .map((k) => [k, values[k]]),
    ),
  );
}

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String(v))) : [];
const asNumbers = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number) : []);

const TALLY_KEY_SET: ReadonlySet<string> = new Set([
  ...Object.values(TALLY_KEYS),
  ...ANNOTATED_PREFIXES.flatMap((p) => [p, textCountsKey(p)]),
]);

/** The scalar values among planned or stored properties: no evidence, no tallies, no nulls. */
function scalarsOf(props: Stored): Record<string, StoredValue> {
  const entryKeys = new Set(evidencePrefixes(props).flatMap((p) => evidenceEntryKeys(props, p)));
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === STUB_MARK || entryKeys.has(key) || TALLY_KEY_SET.has(key)) continue;
    // Neo4j stores no nulls: a planned null and a value read back without that key are the same.
    if (value === null || value === undefined) continue;
    out[key] = value as StoredValue;
  }
  return out;
}

/** Splits what a document plans for an entity into the values it states and its record. */
export function shareOf(planned: StoredProps): DocumentShare {
  const stub = planned[STUB_MARK] === true;
  const scalars = scalarsOf(planned);
  const hash = createHash('sha256').update(stableJson(scalars)).digest('base64url').slice(0, 22);
  const valuesKey = `${stub ? 's' : 'f'}:${hash}`;
  const record: StoredProps = { valuesKey };
  for (const prefix of evidencePrefixes(planned))
    for (const key of evidenceEntryKeys(planned, prefix))
      if (planned[key] !== undefined && planned[key] !== null) record[key] = planned[key];
  return { scalars, valuesKey, record };
}

/** The distinct texts a record states under each annotated prefix. */
function recordTexts(record: Stored | null): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!record) return out;
  for (const prefix of ANNOTATED_PREFIXES) {
    if (Array.isArray(record[prefix])) out.set(prefix, new Set(asStrings(record[prefix])));
  }
  return out;
}

function groupsOf(entity: Stored | null): Group[] {
  if (!entity) return [];
  const keys = asStrings(entity[TALLY_KEYS.valueKeys]);
  const counts = asNumbers(entity[TALLY_KEYS.valueCounts]);
  const firsts = asStrings(entity[TALLY_KEYS.valueFirstDocs]);
  const jsons = asStrings(entity[TALLY_KEYS.valueJsons]);
  return keys.map((key, i) => ({
    key,
    count: counts[i] ?? 0,
    firstDoc: firsts[i] ?? '',
    json: jsons[i] ?? '',
  }));
}

function textCountsOf(entity: Stored | null): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  if (!entity) return out;
  for (const prefix of ANNOTATED_PREFIXES) {
    const texts = asStrings(entity[prefix]);
    const counts = asNumbers(entity[textCountsKey(prefix)]);
    if (texts.length > 0) out.set(prefix, new Map(texts.map((t, i) => [t, counts[i] ?? 0])));
  }
  return out;
}

/**
 * The shown set: among sets stated in full (only stubs: among all), the one most documents
 * state; on a tie, the one whose first document id is smallest.
 */
function shownGroup(groups: Group[]): Group | undefined {
  const full = groups.filter((g) => g.key.startsWith('f:'));
  const candidates = full.length > 0 ? full : groups;
  let best: Group | undefined;
  for (const g of candidates) {
    if (
      !best ||
      g.count > best.count ||
      (g.count === best.count && byDocumentId(g.firstDoc, best.firstDoc) < 0)
    )
      best = g;
  }
  return best;
}

/**
 * The smallest id among the other documents stating a set, for a document that leaves it
 * while being its first: found by the caller from the records (by the entity's index).
 */
export type FirstDocAfter = (valuesKey: string) => string;

/** The group key a document leaves whose first document it is (so the caller finds the next), or null. */
export function recountNeeded(
  entity: Stored | null,
  old: Stored | null,
  doc: string,
  newKey: string | null,
): string | null {
  const oldKey = typeof old?.valuesKey === 'string' ? old.valuesKey : null;
  if (oldKey === null || oldKey === newKey) return null;
  const group = groupsOf(entity).find((g) => g.key === oldKey);
  return group && group.firstDoc === doc && group.count > 1 ? oldKey : null;
}

function tallyGroups(
  groups: Group[],
  old: Stored | null,
  doc: string,
  share: DocumentShare | null,
  firstDocAfter: FirstDocAfter,
): Group[] {
  const oldKey = typeof old?.valuesKey === 'string' ? old.valuesKey : null;
  const newKey = share?.valuesKey ?? null;
  if (oldKey === newKey) return groups;
  let out = groups.map((g) => ({ ...g }));
  if (oldKey !== null) {
    out = out
      .map((g) =>
        g.key !== oldKey
          ? g
          : {
              ...g,
              count: g.count - 1,
              firstDoc: g.firstDoc === doc && g.count > 1 ? firstDocAfter(g.key) : g.firstDoc,
            },
      )
      .filter((g) => g.count > 0);
  }
  if (share && newKey !== null) {
    const existing = out.find((g) => g.key === newKey);
    if (existing) {
      existing.count += 1;
      if (byDocumentId(doc, existing.firstDoc) < 0) existing.firstDoc = doc;
    } else out.push({ key: newKey, count: 1, firstDoc: doc, json: stableJson(share.scalars) });
  }
  return out.sort((a, b) => byDocumentId(a.key, b.key));
}

function tallyTexts(
  counts: Map<string, Map<string, number>>,
  old: Stored | null,
  share: DocumentShare | null,
): Map<string, Map<string, number>> {
  const out = new Map([...counts].map(([p, m]) => [p, new Map(m)]));
  const bump = (texts: Map<string, Set<string>>, by: number) => {
    for (const [prefix, set] of texts) {
      const m = out.get(prefix) ?? new Map<string, number>();
      for (const text of set) {
        const n = (m.get(text) ?? 0) + by;
        if (n > 0) m.set(text, n);
        else m.delete(text);
      }
      out.set(prefix, m);
    }
  };
  bump(recordTexts(old), -1);
  bump(recordTexts(share?.record ?? null), 1);
  return out;
}

/** What an entity becomes when a document states it anew, changes its statement or withdraws it. */
export interface EntityAfter {
  /** Its tallies (value sets, annotated texts): every tally key, null for one that goes. */
  tallies: StoredProps;
  /** Its new scalar values, when the values shown change (absent: they stay as they are). */
  values?: Record<string, StoredValue>;
}

/** `doc`'s statement worked out against an entity's tallies, once: what it needs, what it gives. */
export interface Tallied {
  /**
   * The live values are needed: the shown set changes (`after` keeps the former one's JSON
   * when it stays stated; the loader removes the keys the new values lack).
   */
  needsLive: boolean;
  /** The entity after the statement (null: no document states it any more). */
  after(live?: Stored): EntityAfter | null;
}

/**
 * `doc` states the entity with `share` (null: no longer states it), given its tallies
 * before (`entity`) and `doc`'s record before (`old`). When the shown set changes to
 * another one, `after` must be given the entity's current properties (`needsLive`).
 */
export function tally(
  entity: Stored | null,
  old: Stored | null,
  doc: string,
  share: DocumentShare | null,
  firstDocAfter: FirstDocAfter,
): Tallied {
  const before = groupsOf(entity);
  const previous = shownGroup(before);
  const groups = tallyGroups(before, old, doc, share, firstDocAfter);
  const shown = shownGroup(groups);
  return {
    needsLive: previous !== undefined && shown !== undefined && shown.key !== previous.key,
    after: (live) => {
      if (!shown) return null;
      const jsonOf = (g: Group): string => {
        if (g.json !== SHOWN) return g.json;
        if (!live) throw new Error("the shown values change: the entity's live values are needed");
        return stableJson(scalarsOf(live));
      };
      const tallies: StoredProps = {
        [TALLY_KEYS.valueKeys]: groups.map((g) => g.key),
        [TALLY_KEYS.valueCounts]: groups.map((g) => g.count),
        [TALLY_KEYS.valueFirstDocs]: groups.map((g) => g.firstDoc),
        [TALLY_KEYS.valueJsons]: groups.map((g) => (g.key === shown.key ? SHOWN : jsonOf(g))),
      };
      const texts = tallyTexts(textCountsOf(entity), old, share);
      for (const prefix of ANNOTATED_PREFIXES) {
        const counts = texts.get(prefix);
        const sorted = counts ? [...counts.keys()].sort(byDocumentId) : [];
        tallies[prefix] = sorted.length > 0 ? sorted : null;
        tallies[textCountsKey(prefix)] = sorted.length > 0 ? sorted.map((t) => counts?.get(t) ?? 0) : null;
      }
      if (previous && shown.key === previous.key) return { tallies };
      return { tallies, values: JSON.parse(jsonOf(shown)) as Record<string, StoredValue> };
    },
  };
}

/** `tally(…).after(live)` in one call: the entity after `doc`'s statement. */
export function entityAfter(
  entity: Stored | null,
  old: Stored | null,
  doc: string,
  share: DocumentShare | null,
  firstDocAfter: FirstDocAfter,
  live?: Stored,
): EntityAfter | null {
  return tally(entity, old, doc, share, firstDocAfter).after(live);
}

/** How many documents state the entity, from its tallies. */
export function documentCount(entity: Stored): number {
  return groupsOf(entity).reduce((sum, g) => sum + g.count, 0);
}
