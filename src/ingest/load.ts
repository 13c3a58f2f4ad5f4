import { CalendarDate } from '../db/convert';
import type { Executor, TxRunner } from '../db/executor';
import { IngestError, type Issue } from './format';
import { isDateProperty, TALLY_KEYS } from '../graph/codecs';
import {
  GRAPH_VERSION,
  LOADED_DOCUMENT,
  NODE,
  NODE_LABELS,
  PARTY,
  PARTY_LABELS,
  SHARE,
  type NodeLabel,
} from '../graph/labels';
import { REL_TYPES, type RelType } from '../graph/relationships';
import { propChanges } from './changes';
import { chunks, CHUNK } from './chunks';
import {
  byDocumentId,
  recountNeeded,
  shareOf,
  tally,
  type DocumentShare,
  type EntityAfter,
  type FirstDocAfter,
  type Stored,
} from './ownership';
import { buildPlan, documentContent, PlanError, type GraphPlan, type Props } from './plan';
import {
  deleteShares,
  firstDocsAfter,
  readNodeProps,
  readNodeTallies,
  readShares,
  shareId,
  statingDocs,
  upsertShares,
} from './shares';
import { checkDocumentFile, type CheckedDocument } from './validate';

// Writes a plan in ONE write transaction: either the whole document lands or
// nothing does. Each document's statement of a node or relationship is its own
// record (ingest/ownership.ts): loading writes this document's records and the
// entities' tallies; what this document stated before but no longer states loses
// only this document's record; it is deleted when no document states it any more.
// Loading the same document twice changes nothing.
//
// Loaders may run at once (CLI processes, the loadDocument mutation): every
// read-modify-write of an entity's ownership lists happens under that entity's
// write lock (`lockEntities`), taken before anything of it is read, so the graph
// they leave is the one a sequential load gives. See `writePlan`.

export interface LoadReport {
  file: string;
  docId: string;
  nodes: number;
  relationships: number;
}

const isPartyLabel = (label: NodeLabel): boolean => (PARTY_LABELS as readonly string[]).includes(label);

/** Rows of one label or relationship type, as one part of a batched statement. */
interface Part<K extends string, T> {
  key: K;
  rows: T[];
}

/**
 * The groups' rows packed into statements of at most CHUNK rows each, every group a part
 * (a large group split over several): one round trip for what would be one per label or
 * type. Labels and types are fixed names (never input); the rows travel as `$p0`, `$p1`….
 */
function batches<K extends string, T>(groups: Iterable<[K, T[]]>): Part<K, T>[][] {
  const out: Part<K, T>[][] = [];
  let current: Part<K, T>[] = [];
  let size = 0;
  for (const [key, rows] of groups) {
    for (const chunk of chunks(rows)) {
      if (size + chunk.length > CHUNK && current.length > 0) {
        out.push(current);
        current = [];
        size = 0;
      }
      current.push({ key, rows: chunk });
      size += chunk.length;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

const partParams = <K extends string, T>(parts: Part<K, T>[]): Record<string, T[]> =>
  Object.fromEntries(parts.map((p, i) => [`p${i}`, p.rows]));

function upsertNodesCypher(parts: Part<NodeLabel, unknown>[]): string {
  return `// upsertNodes
${parts
  .map(
    ({ key: label }, i) => `CALL () {
  UNWIND $p${i} AS row
  MERGE (n:${NODE} {id: row.id})
  SET n += row.props
  SET n:${label}${isPartyLabel(label) ? `:${PARTY}` : ''}
}`,
  )
  .join('\n')}`;
}

function upsertRelsCypher(parts: Part<RelType, unknown>[]): string {
  return `// upsertRels
${parts
  .map(
    ({ key: type }, i) => `CALL () {
  UNWIND $p${i} AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  MERGE (a)-[r:${type} {id: row.id}]->(b)
  SET r += row.props
}`,
  )
  .join('\n')}`;
}

function findRelsCypher(parts: Part<RelType, unknown>[]): string {
  return `// findRels
CALL () {
${parts
  .map(
    ({ key: type }, i) => `  UNWIND $p${i} AS id
  MATCH ()-[r:${type} {id: id}]->()
  RETURN r.id AS id, properties(r) AS props`,
  )
  .join('\n  UNION ALL\n')}
}
RETURN id, props`;
}

/** The properties the graph holds of these relationships, by id: one statement per batch. */
async function existingRels(tx: TxRunner, ids: Iterable<[RelType, string[]]>): Promise<Map<string, Stored>> {
  const found = new Map<string, Stored>();
  for (const parts of batches(ids)) {
    for (const row of await tx.run(findRelsCypher(parts), partParams(parts)))
      found.set(row.id as string, row.props as Stored);
  }
  return found;
}

function deleteRelsCypher(type: RelType): string {
  return `// delete${type}Rels
UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->()
DELETE r`;
}

const FIND_NODES = `// findNodesById
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, labels(n) AS labels`;

const STILL_CONNECTED = `// stillConnectedNodes
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-()
RETURN n.id AS id, r.id AS rel
LIMIT 20`;

const DELETE_NODES = `// deleteNodes
UNWIND $ids AS id
MATCH (n:Node {id: id})
DELETE n`;

export function toWriteProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = isDateProperty(key) && typeof value === 'string' ? new CalendarDate(value) : value;
  }
  return out;
}

/** Items by key, each as `value` gives it (the item itself by default), in the order met. */
function groupBy<T, K extends string, V = T>(
  items: T[],
  key: (item: T) => K,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(value(item));
    else groups.set(k, [value(item)]);
  }
  return groups;
}

async function checkExternalReferences(tx: TxRunner, file: string, plan: GraphPlan): Promise<void> {
  if (plan.references.length === 0) return;
  const rows = await tx.run(FIND_NODES, { ids: [...new Set(plan.references.map((r) => r.id))] });
  const issues = referenceIssues(
    plan,
    new Map(rows.map((row) => [row.id as string, row.labels as string[]])),
  );
  if (issues.length > 0) throw new IngestError(file, issues);
}

/** The plan's references to other documents' ids that the graph does not hold, or holds as another kind. */
function referenceIssues(plan: GraphPlan, found: Map<string, string[]>): Issue[] {
  const issues: Issue[] = [];
  for (const ref of plan.references) {
    const labels = found.get(ref.id);
    if (!labels)
      issues.push({
        path: ref.path,
        message: `"${ref.id}" is defined neither in this document nor in the graph`,
      });
    else if (!ref.labels.some((l) => labels.includes(l))) {
      issues.push({ path: ref.path, message: `"${ref.id}" is not a ${ref.labels.join(' or ')}` });
    }
  }
  return issues;
}

/**
 * What a load would check against the graph, read without writing: the references to
 * other documents' ids, and the nodes the graph holds as another kind. Throws the
 * same IngestError the load would.
 */
export async function checkPlanAgainstGraph(
  executor: Executor,
  file: string,
  plan: GraphPlan,
): Promise<void> {
  // One read for both: the ids referred to and the ids stated.
  const ids = [...new Set([...plan.references.map((r) => r.id), ...plan.nodes.map((n) => n.id)])];
  const rows = ids.length > 0 ? await executor.read(FIND_NODES, { ids }) : [];
  const labels = new Map(rows.map((row) => [row.id as string, row.labels as string[]]));
  const issues = referenceIssues(plan, labels);
  if (issues.length > 0) throw new IngestError(file, issues);
  const reader: TxRunner = { run: (cypher, params) => executor.read(cypher, params) };
  const found = new Map([...labels].map(([id, l]) => [id, { labels: l }]));
  await checkKinds(reader, file, plan, found);
}

/** A node or relationship this load touches: `doc` states it anew (`share`) or no longer (null). */
interface Touched {
  id: string;
  share: DocumentShare | null;
}

/** One touched entity worked out: what it was, `doc`'s record of it before, what it becomes. */
interface Settled extends Touched {
  /** Its tallies as stored (for a relationship: all its properties); null when new. */
  before: Stored | null;
  /** All its properties, read when the values it shows change. */
  live: Stored | undefined;
  /** `doc`'s record of it before this load; null when `doc` did not state it. */
  record: Stored | null;
  /** Null: no document states it any more. */
  after: EntityAfter | null;
}

/**
 * The entities' states after `doc`'s statements: `doc`'s earlier records read by id, the
 * rare recounts of a value set's first document and the live values of the few entities
 * whose shown values change, each one statement for all. Nothing here grows with the
 * number of other documents naming an entity.
 */
async function settle(
  tx: TxRunner,
  doc: string,
  firstLoad: boolean,
  items: Touched[],
  before: (id: string) => Stored | null,
  liveOf: (ids: string[]) => Promise<Map<string, Stored>>,
): Promise<Settled[]> {
  const records = firstLoad
    ? new Map<string, Stored>()
    : await readShares(
        tx,
        doc,
        items.map((i) => i.id),
      );
  const recordOf = (id: string) => records.get(id) ?? null;
  const recounts = items.flatMap(({ id, share }) => {
    const key = recountNeeded(before(id), recordOf(id), doc, share?.valuesKey ?? null);
    return key ? [{ of: id, key }] : [];
  });
  const firsts = await firstDocsAfter(tx, doc, recounts);
  const firstAfter =
    (id: string): FirstDocAfter =>
    (key) => {
      const first = firsts.get(`${id} ${key}`);
      if (first === undefined) throw new Error(`no other record of ${id} states its values ${key}`);
      return first;
    };
  const worked = items.map(({ id, share }) => {
    const stored = before(id);
    const record = recordOf(id);
    return { id, share, before: stored, record, tallied: tally(stored, record, doc, share, firstAfter(id)) };
  });
  const live = await liveOf(worked.filter((w) => w.tallied.needsLive).map((w) => w.id));
  return worked.map(({ tallied, ...w }) => ({
    ...w,
    live: live.get(w.id),
    after: tallied.after(live.get(w.id)),
  }));
}

const withoutNulls = (props: Props): Props =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));

/** What to `SET x += ` on a settled entity (null removes a key); null when nothing changes. */
function entityChanges(s: Settled): Record<string, unknown> | null {
  if (!s.after) return null;
  const { tallies, values } = s.after;
  let changes: Props;
  if (!s.before) changes = withoutNulls({ ...values, ...tallies });
  else if (values) {
    if (!s.live) throw new Error(`the values of ${s.id} change but were not read`);
    changes = propChanges(s.live, withoutNulls({ ...values, ...tallies }));
  } else {
    const stored = Object.fromEntries(Object.keys(tallies).map((k) => [k, s.before?.[k] ?? null]));
    changes = propChanges(stored, tallies);
  }
  return Object.keys(changes).length > 0 ? toWriteProps(changes) : null;
}

/** `doc`'s record of a settled entity to write, when it is new or differs from the one stored. */
function recordRow(
  doc: string,
  s: Settled,
  extra: Record<string, string> = {},
): { id: string; props: Record<string, unknown> } | null {
  if (!s.share) return null;
  const id = shareId(doc, s.id);
  const props: Props = { ...s.share.record, id, of: s.id, doc, ...extra };
  if (s.record && Object.keys(propChanges(s.record, props)).length === 0) return null;
  return { id, props };
}

/** A node the graph holds as another kind than this document states stops the load. */
async function checkKinds(
  tx: TxRunner,
  file: string,
  plan: GraphPlan,
  found: Map<string, { labels: string[] }>,
): Promise<void> {
  const clashes = plan.nodes.flatMap((n) => {
    const kind = found.get(n.id)?.labels.find((l) => (NODE_LABELS as readonly string[]).includes(l));
    return kind && kind !== n.label ? [{ node: n, kind }] : [];
  });
  if (clashes.length === 0) return;
  const docs = await statingDocs(
    tx,
    clashes.map((c) => c.node.id),
  );
  throw new IngestError(
    file,
    clashes.map(({ node, kind }) => ({
      path: '',
      message: `"${node.id}" is a ${kind} in the graph (stated by ${(docs.get(node.id) ?? []).join(', ')}); this document states a ${node.label}`,
    })),
  );
}

const kindOf = (labels: string[] | undefined): NodeLabel | undefined =>
  labels?.find((l): l is NodeLabel => (NODE_LABELS as readonly string[]).includes(l));

/**
 * Writes `doc`'s statements: the plan's nodes and relationships (none for a removal) and
 * the withdrawal of the stale ones (locked by the caller). Each entity's tallies and
 * values change as `entityAfter` says, `doc`'s records are written or deleted, and what
 * no document states any more is deleted. A node that would go while another document
 * still states a relationship to it stops the load (that document would lose a fact).
 */
async function writeStatements(
  tx: TxRunner,
  file: string,
  fail: (issues: Issue[]) => Error,
  doc: string,
  plan: GraphPlan | null,
  stale: Stale,
  firstLoad: boolean,
): Promise<{ nodes: number; relationships: number }> {
  const planned = plan ?? { docId: doc, nodes: [], rels: [], references: [] };
  const nodeItems: Touched[] = [
    ...planned.nodes.map((n) => ({ id: n.id, share: shareOf(n.props) })),
    ...stale.nodes.map((id) => ({ id, share: null })),
  ];
  const tallies = await readNodeTallies(
    tx,
    nodeItems.map((i) => i.id),
  );
  await checkKinds(tx, file, planned, tallies);
  const nodes = await settle(
    tx,
    doc,
    firstLoad,
    nodeItems,
    // A node this load creates is there already, bare (locked by `lockEntities`): no tallies.
    (id) => {
      const props = tallies.get(id)?.props;
      return props && props[TALLY_KEYS.valueKeys] != null ? props : null;
    },
    (ids) => readNodeProps(tx, ids),
  );

  const staleRels = [...stale.rels].flatMap(([type, rels]) => rels.map((r) => ({ ...r, type })));
  const relEnds = new Map<string, { type: RelType; from: string; to: string }>(
    [...planned.rels, ...staleRels].map((r) => [r.id, { type: r.type, from: r.from, to: r.to }]),
  );
  const endsOf = (id: string) => {
    const ends = relEnds.get(id);
    if (!ends) throw new Error(`relationship ${id} has no recorded ends`);
    return ends;
  };
  const found = await existingRels(
    tx,
    groupBy(
      [...relEnds],
      ([, r]) => r.type,
      ([id]) => id,
    ),
  );
  const rels = await settle(
    tx,
    doc,
    firstLoad,
    [
      ...planned.rels.map((r) => ({ id: r.id, share: shareOf(r.props) })),
      ...staleRels.map((r) => ({ id: r.id, share: null })),
    ],
    (id) => found.get(id) ?? null,
    async (ids) => new Map(ids.map((id) => [id, found.get(id) ?? {}])),
  );

  const labelOf = new Map<string, NodeLabel | undefined>([
    ...nodes.map((n): [string, NodeLabel | undefined] => [n.id, kindOf(tallies.get(n.id)?.labels)]),
    ...planned.nodes.map((n): [string, NodeLabel] => [n.id, n.label]),
  ]);
  const nodeRows = nodes.flatMap((n) => {
    const props = entityChanges(n);
    const label = labelOf.get(n.id);
    return props && label ? [{ label, id: n.id, props }] : [];
  });
  for (const parts of batches(
    groupBy(
      nodeRows,
      (r) => r.label,
      ({ id, props }) => ({ id, props }),
    ),
  ))
    await tx.run(upsertNodesCypher(parts), partParams(parts));

  const relRows = rels.flatMap((r) => {
    const props = entityChanges(r);
    return props ? [{ ...endsOf(r.id), id: r.id, props }] : [];
  });
  for (const parts of batches(
    groupBy(
      relRows,
      (r) => r.type,
      ({ id, from, to, props }) => ({ id, from, to, props }),
    ),
  ))
    await tx.run(upsertRelsCypher(parts), partParams(parts));

  const goneRels = rels.filter((r) => !r.after);
  for (const [type, ids] of groupBy(
    goneRels,
    (r) => endsOf(r.id).type,
    (r) => r.id,
  ))
    for (const chunk of chunks(ids)) await tx.run(deleteRelsCypher(type), { ids: chunk });
  const goneNodes = nodes.filter((n) => !n.after).map((n) => n.id);
  const connected = goneNodes.length > 0 ? await tx.run(STILL_CONNECTED, { ids: goneNodes }) : [];
  if (connected.length > 0) {
    const docs = await statingDocs(
      tx,
      connected.map((row) => String(row.rel)),
    );
    throw fail(
      connected.map((row) => ({
        path: '',
        message: `"${String(row.id)}" would go, but ${String(row.rel)} (stated by ${(docs.get(String(row.rel)) ?? []).join(', ')}) still uses it; change or remove that document first`,
      })),
    );
  }
  for (const chunk of chunks(goneNodes)) await tx.run(DELETE_NODES, { ids: chunk });

  await upsertShares(tx, [
    ...nodes.flatMap((n) => recordRow(doc, n) ?? []),
    ...rels.flatMap((r) => {
      const { type, from, to } = endsOf(r.id);
      return recordRow(doc, r, { type, from, to }) ?? [];
    }),
  ]);
  await deleteShares(
    tx,
    [...nodes, ...rels].filter((x) => !x.share && x.record).map((x) => shareId(doc, x.id)),
  );
  return { nodes: goneNodes.length, relationships: goneRels.length };
}

/** What a document stated before and no longer states: node ids, and relationships with their ends. */
interface Stale {
  nodes: string[];
  rels: Map<RelType, { id: string; from: string; to: string }[]>;
}

const NOTHING_STALE: Stale = { nodes: [], rels: new Map() };

/** What a document's records say it states: an index seek on the document's id. */
const STATED_BY_RECORDS = `// statedByRecords
MATCH (s:${SHARE} {doc: $doc})
RETURN s.of AS id, s.type AS type, s.from AS from, s.to AS to`;

/**
 * Every node and relationship `doc` states except those in `keep`, from its records (in
 * proportion to the document). Read before their locks are taken: which entities `doc`
 * states changes only when `doc` itself is loaded or removed, and those wait for its
 * document record's lock, which the caller holds; their properties are read once locked.
 */
async function statedBefore(
  tx: TxRunner,
  doc: string,
  keep: { nodes: string[]; rels: string[] },
): Promise<Stale> {
  const keeping = new Set([...keep.nodes, ...keep.rels]);
  const rows = (await tx.run(STATED_BY_RECORDS, { doc })).filter((row) => !keeping.has(String(row.id)));
  const nodes = rows.filter((row) => row.type === null).map((row) => String(row.id));
  const rels = rows
    .filter((row) => (REL_TYPES as readonly unknown[]).includes(row.type))
    .map((row) => ({
      id: String(row.id),
      type: row.type as RelType,
      from: String(row.from),
      to: String(row.to),
    }));
  return { nodes, rels: groupBy(rels, (r) => r.type) };
}

// Locks. Writing a property takes the entity's write lock until the transaction ends
// (Neo4j's documented idiom); setting and removing a marker in one statement takes
// it and leaves nothing behind. Under READ COMMITTED, what is read after the lock is
// the latest committed value, and no other loader can change it before this commit.
// A node found, then deleted by the transaction whose lock it waited for, is locked
// all the same but is gone (no property left, not even its id): it is looked up and
// locked again, which finds the one that replaced it or creates it.

/** Enough for any real contention: each attempt follows another transaction's commit. */
const LOCK_ATTEMPTS = 100;

/**
 * The record of a loaded document, created if new, and its lock: two loads (or a load
 * and a removal) of one document run one after the other. `created`: loaded for the first time.
 */
const LOCK_DOCUMENT = `// lockDocumentRecord
MERGE (d:${LOADED_DOCUMENT} {id: $doc})
ON CREATE SET d.__created = true
WITH d, d.__created IS NOT NULL AS created
SET d.__lock = true
REMOVE d.__lock, d.__created
RETURN created, size(keys(d)) = 0 AS gone`;

/** Locks the document's record; true when the document was never loaded before. */
async function lockDocument(tx: TxRunner, doc: string): Promise<boolean> {
  for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt += 1) {
    const [row] = await tx.run(LOCK_DOCUMENT, { doc });
    if (row?.gone !== true) return row?.created === true;
  }
  throw new Error(`could not lock the record of document ${doc}: removed again and again meanwhile`);
}

/**
 * Write locks on entities, in the order given (sorted by id: loaders that need the
 * same ones queue instead of deadlocking). `create`: the document states the node, so
 * it is created if new (a bare node that gets its labels and properties later in the
 * same transaction, or goes with it on rollback); otherwise only an existing one is
 * locked. Returns the rows whose node was deleted while this waited for its lock.
 */
const LOCK_ENTITIES = `// lockEntities
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.create
  MERGE (n:${NODE} {id: row.id})
  RETURN n
  UNION
  WITH row WHERE NOT row.create
  MATCH (n:${NODE} {id: row.id})
  RETURN n
}
SET n.__lock = true
REMOVE n.__lock
WITH row, n WHERE size(keys(n)) = 0
RETURN row.id AS id, row.create AS create`;

/**
 * Locks every node whose properties or relationships this transaction reads to
 * change: the plan's nodes, the nodes it refers to, and both ends of every
 * relationship it writes or withdraws (a relationship is only ever written with
 * both its ends locked, so those locks guard it too).
 */
async function lockEntities(tx: TxRunner, plan: GraphPlan | null, stale: Stale): Promise<void> {
  const create = new Set(plan?.nodes.map((n) => n.id) ?? []);
  const ids = new Set<string>(create);
  for (const r of plan?.references ?? []) ids.add(r.id);
  for (const r of plan?.rels ?? []) ids.add(r.from).add(r.to);
  for (const id of stale.nodes) ids.add(id);
  for (const rels of stale.rels.values()) for (const r of rels) ids.add(r.from).add(r.to);
  let rows = [...ids].sort(byDocumentId).map((id) => ({ id, create: create.has(id) }));
  for (let attempt = 0; rows.length > 0; attempt += 1) {
    if (attempt === LOCK_ATTEMPTS)
      throw new Error(`could not lock ${rows[0]?.id}: deleted again and again meanwhile`);
    const vanished: typeof rows = [];
    for (const chunk of chunks(rows)) {
      for (const row of await tx.run(LOCK_ENTITIES, { rows: chunk }))
        vanished.push({ id: row.id as string, create: row.create === true });
    }
    // Gone and not stated by this document: nothing to lock (a reference to it fails its check).
    rows = vanished.filter((row) => row.create);
  }
}

// The content hash lets a bulk load skip a document loaded before unchanged
// (null when the loader was given none: a later bulk load then reloads it). The
// document's JSON and its sources' texts are kept for the ingest-format export
// (src/export/ingest.ts); `loadOrder`, the graph version its first load made, orders
// that export so that every document comes after those it refers to. `loadOrder` is
// bookkeeping: it depends on the order of loading, not on what the documents state.
const RECORD_DOCUMENT = `// recordDocument
MERGE (d:${LOADED_DOCUMENT} {id: $doc})
SET d.contentHash = $hash, d.document = $document, d.sourceTexts = $sourceTexts
WITH d
OPTIONAL MATCH (v:${GRAPH_VERSION} {id: 'graph'})
SET d.loadOrder = coalesce(d.loadOrder, coalesce(v.version, 0) + 1)`;
const LOADED_HASH = `// loadedDocumentHash
MATCH (d:${LOADED_DOCUMENT} {id: $doc})
RETURN d.contentHash AS hash`;
const FORGET_DOCUMENT = `// forgetDocument
MATCH (d:${LOADED_DOCUMENT} {id: $doc})
DELETE d`;

/**
 * The last statement of every load and removal: the graph's version goes up with this
 * transaction's commit. Its lock is taken last and held only until the commit, so
 * loaders queue on it for the commit alone.
 */
const RAISE_GRAPH_VERSION = `// raiseGraphVersion
MERGE (v:${GRAPH_VERSION} {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1`;

/**
 * One document's load, in order: lock its record (another load or removal of it
 * waits); find what it stated before and no longer states (skipped on a first
 * load); lock, sorted by id, every node it touches; only then read, check, merge
 * its share and withdraw the stale one, each entity as committed by whoever held
 * its lock before.
 */
async function writePlan(
  tx: TxRunner,
  file: string,
  plan: GraphPlan,
  contentHash: string | null,
): Promise<void> {
  const firstLoad = await lockDocument(tx, plan.docId);
  // A document loaded for the first time has stated nothing it could now withdraw:
  // the scan of every node and relationship for its earlier share is skipped.
  const stale = firstLoad
    ? NOTHING_STALE
    : await statedBefore(tx, plan.docId, {
        nodes: plan.nodes.map((n) => n.id),
        rels: plan.rels.map((r) => r.id),
      });
  await lockEntities(tx, plan, stale);
  await checkExternalReferences(tx, file, plan);
  await writeStatements(
    tx,
    file,
    (issues) => new IngestError(file, issues),
    plan.docId,
    plan,
    stale,
    firstLoad,
  );
  await tx.run(RECORD_DOCUMENT, {
    doc: plan.docId,
    hash: contentHash,
    document: plan.content?.document ?? null,
    sourceTexts: plan.content?.sourceTexts ?? null,
  });
  await tx.run(RAISE_GRAPH_VERSION);
}

/** The content hash recorded when the document was last loaded, if any. */
export async function loadedContentHash(executor: Executor, docId: string): Promise<string | null> {
  const [row] = await executor.read(LOADED_HASH, { doc: docId });
  return typeof row?.hash === 'string' ? row.hash : null;
}

export interface RemovalReport {
  docId: string;
  /** Nodes and relationships deleted because no other document states them. */
  deleted: { nodes: number; relationships: number };
}

export const NO_SUCH_DOCUMENT = 'no such document in the graph';

/** A document that cannot be removed; the graph is unchanged. */
export class RemovalError extends IngestError {
  constructor(docId: string, issues: Issue[]) {
    super(`document ${docId}`, issues);
    this.name = 'RemovalError';
    this.message = `cannot remove document ${docId}; nothing was changed\n${issues.map((i) => `  ${i.message}`).join('\n')}`;
  }
}

/**
 * Removes a document in one write transaction: what it alone states is deleted,
 * what other documents also state keeps their evidence and values.
 */
export async function removeDocument(executor: Executor, docId: string): Promise<RemovalReport> {
  const fail = (issues: Issue[]) => new RemovalError(docId, issues);
  const deleted = await executor.writeTransaction(async (tx) => {
    // A record is made by a load and goes with its removal: a new one means no such document.
    if (await lockDocument(tx, docId)) throw fail([{ path: '', message: NO_SUCH_DOCUMENT }]);
    const stale = await statedBefore(tx, docId, { nodes: [], rels: [] });
    await lockEntities(tx, null, stale);
    const deleted = await writeStatements(tx, `document ${docId}`, fail, docId, null, stale, false);
    await tx.run(FORGET_DOCUMENT, { doc: docId });
    await tx.run(RAISE_GRAPH_VERSION);
    return deleted;
  });
  return { docId, deleted };
}

export function planDocument(checked: CheckedDocument): GraphPlan {
  try {
    // The content first: planning reads the document and must not be able to change what is kept.
    const content = documentContent(checked);
    return { ...buildPlan(checked), content };
  } catch (error) {
    if (error instanceof PlanError) throw new IngestError(checked.file, error.issues);
    throw error;
  }
}

export async function loadChecked(
  executor: Executor,
  checked: CheckedDocument,
  options: { contentHash?: string } = {},
): Promise<LoadReport> {
  return loadPlanned(executor, checked.file, planDocument(checked), options);
}

/** Writes a document already planned (`file` names it in errors). */
export async function loadPlanned(
  executor: Executor,
  file: string,
  plan: GraphPlan,
  options: { contentHash?: string } = {},
): Promise<LoadReport> {
  await executor.writeTransaction((tx) => writePlan(tx, file, plan, options.contentHash ?? null));
  return { file, docId: plan.docId, nodes: plan.nodes.length, relationships: plan.rels.length };
}

/** Checks every file first, then loads each in its own transaction; a bad file stops the run before any write. */
export async function loadFiles(executor: Executor, files: string[]): Promise<LoadReport[]> {
  const checked = files.map((file) => checkDocumentFile(file));
  checked.forEach(planDocument);
  const reports: LoadReport[] = [];
  for (const doc of checked) reports.push(await loadChecked(executor, doc));
  return reports;
}
