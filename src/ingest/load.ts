import { CalendarDate } from '../db/convert';
import type { Executor, TxRunner } from '../db/executor';
import { IngestError, type Issue } from './format';
import { isDateProperty } from '../graph/codecs';
import {
  GRAPH_VERSION,
  LOADED_DOCUMENT,
  NODE,
  NODE_LABELS,
  PARTY,
  PARTY_LABELS,
  type NodeLabel,
} from '../graph/labels';
import { REL_TYPES, type RelType } from '../graph/relationships';
import { propChanges } from './changes';
import { assertBy, byDocumentId, owners, withdrawBy, type Stored } from './ownership';
import { buildPlan, PlanError, type GraphPlan, type PlannedNode, type PlannedRel, type Props } from './plan';
import { checkDocumentFile, type CheckedDocument } from './validate';

// Writes a plan in ONE write transaction: either the whole document lands or
// nothing does. Each node and relationship records the documents that state it
// (ingest/ownership.ts): loading merges this document's share into what the graph
// holds, and what this document stated before but no longer states loses only
// this document's share; it is deleted when no document states it any more.
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
  MATCH (a)-[r:${type} {id: id}]->(b)
  RETURN r.id AS id, '${type}' AS type, a.id AS from, b.id AS to, properties(r) AS props`,
  )
  .join('\n  UNION ALL\n')}
}
RETURN id, type, from, to, props`;
}

/** What the graph holds of these relationships, by id: one statement per batch. */
interface FoundRel {
  id: string;
  type: RelType;
  from: string;
  to: string;
  props: Stored;
}

async function existingRels(
  tx: TxRunner,
  ids: Iterable<[RelType, string[]]>,
): Promise<Map<string, FoundRel>> {
  const found = new Map<string, FoundRel>();
  for (const parts of batches(ids)) {
    for (const row of await tx.run(findRelsCypher(parts), partParams(parts)))
      found.set(row.id as string, row as unknown as FoundRel);
  }
  return found;
}

function ownedRelsCypher(type: RelType): string {
  return `// owned${type}Rels
MATCH ()-[r:${type}]->()
WHERE $doc IN coalesce(r.docs, [r.doc]) AND NOT r.id IN $keep
RETURN r.id AS id, startNode(r).id AS from, endNode(r).id AS to`;
}

function updateRelsCypher(type: RelType): string {
  return `// update${type}Rels
UNWIND $rows AS row
MATCH ()-[r:${type} {id: row.id}]->()
SET r = row.props`;
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
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`;

const OWNED_NODES = `// ownedNodes
MATCH (n:Node)
WHERE $doc IN coalesce(n.docs, [n.doc]) AND NOT n.id IN $keep
RETURN n.id AS id`;

const UPDATE_NODES = `// updateNodes
UNWIND $rows AS row
MATCH (n:Node {id: row.id})
SET n = row.props`;

const STILL_CONNECTED = `// stillConnectedNodes
UNWIND $ids AS id
MATCH (n:Node {id: id})-[r]-()
RETURN n.id AS id, r.id AS rel, r.docs AS docs
LIMIT 20`;

const DELETE_NODES = `// deleteNodes
UNWIND $ids AS id
MATCH (n:Node {id: id})
DELETE n`;

function toWriteProps(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = isDateProperty(key) && typeof value === 'string' ? new CalendarDate(value) : value;
  }
  return out;
}

// Large documents go in bounded statements (still one transaction), so no single
// statement has to hold every row of a kind at once.
const CHUNK = 2000;
function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function groupBy<T, K extends string>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** What this document's statement of an entity changes on it (`SET += `: null removes). */
const changesFor = (before: Stored | null, doc: string, planned: Props): Props =>
  propChanges(before, assertBy(before, doc, planned));

async function checkExternalReferences(tx: TxRunner, file: string, plan: GraphPlan): Promise<void> {
  if (plan.references.length === 0) return;
  const rows = await tx.run(FIND_NODES, { ids: [...new Set(plan.references.map((r) => r.id))] });
  const found = new Map(rows.map((row) => [row.id as string, row.labels as string[]]));
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
  if (issues.length > 0) throw new IngestError(file, issues);
}

/** What the graph holds for these node ids (labels and properties), read in bounded statements. */
async function existingNodes(
  tx: TxRunner,
  ids: string[],
): Promise<Map<string, { labels: string[]; props: Stored }>> {
  const found = new Map<string, { labels: string[]; props: Stored }>();
  for (const chunk of chunks(ids)) {
    for (const row of await tx.run(FIND_NODES, { ids: chunk })) {
      found.set(row.id as string, { labels: row.labels as string[], props: row.props as Stored });
    }
  }
  return found;
}

async function writeNodes(tx: TxRunner, file: string, plan: GraphPlan): Promise<void> {
  const existing = await existingNodes(
    tx,
    plan.nodes.map((n) => n.id),
  );
  const issues: Issue[] = [];
  for (const n of plan.nodes) {
    const before = existing.get(n.id);
    const kind = before?.labels.find((l) => (NODE_LABELS as readonly string[]).includes(l));
    if (kind && kind !== n.label) {
      issues.push({
        path: '',
        message: `"${n.id}" is a ${kind} in the graph (stated by ${owners(before?.props ?? {}).join(', ')}); this document states a ${n.label}`,
      });
    }
  }
  if (issues.length > 0) throw new IngestError(file, issues);
  const nodesByLabel = groupBy<PlannedNode, NodeLabel>(plan.nodes, (n) => n.label);
  const rowsByLabel = NODE_LABELS.map((label): [NodeLabel, { id: string; props: unknown }[]] => [
    label,
    writeRows(nodesByLabel.get(label) ?? [], (id) => existing.get(id)?.props, plan.docId).map(
      ({ id, props }) => ({ id, props }),
    ),
  ]).filter(([, rows]) => rows.length > 0);
  for (const parts of batches(rowsByLabel)) await tx.run(upsertNodesCypher(parts), partParams(parts));
}

/**
 * Rows for the upsert statements: what each entity's properties must change. Entities the
 * graph holds already and this document leaves as they are need no write at all.
 */
function writeRows<T extends { id: string; props: Props }>(
  planned: T[],
  before: (id: string) => Stored | undefined,
  doc: string,
): (Omit<T, 'props'> & { props: Record<string, unknown> })[] {
  const rows: (Omit<T, 'props'> & { props: Record<string, unknown> })[] = [];
  for (const item of planned) {
    const stored = before(item.id) ?? null;
    const changes = changesFor(stored, doc, item.props);
    if (stored && Object.keys(changes).length === 0) continue;
    rows.push({ ...item, props: toWriteProps(changes) });
  }
  return rows;
}

async function writeRels(tx: TxRunner, plan: GraphPlan): Promise<void> {
  const relsByType = groupBy<PlannedRel, RelType>(plan.rels, (r) => r.type);
  const types = REL_TYPES.filter((type) => relsByType.has(type));
  const existing = await existingRels(
    tx,
    types.map((type): [RelType, string[]] => [type, (relsByType.get(type) ?? []).map((r) => r.id)]),
  );
  const rowsByType = types
    .map((type): [RelType, { id: string; from: string; to: string; props: unknown }[]] => [
      type,
      writeRows(relsByType.get(type) ?? [], (id) => existing.get(id)?.props, plan.docId).map((r) => ({
        id: r.id,
        from: r.from,
        to: r.to,
        props: r.props,
      })),
    ])
    .filter(([, rows]) => rows.length > 0);
  for (const parts of batches(rowsByType)) await tx.run(upsertRelsCypher(parts), partParams(parts));
}

/** What a document stated before and no longer states: node ids, and relationships with their ends. */
interface Stale {
  nodes: string[];
  rels: Map<RelType, { id: string; from: string; to: string }[]>;
}

const NOTHING_STALE: Stale = { nodes: [], rels: new Map() };

/** What a document's record lists as stated by it (null: recorded before records listed it). */
const STATED_BY_RECORD = `// statedByRecord
MATCH (d:${LOADED_DOCUMENT} {id: $doc})
RETURN d.statedNodes AS nodes, d.statedRelTypes AS relTypes, d.statedRelIds AS relIds`;

/**
 * Every node and relationship `doc` states except those in `keep`, from the list its
 * record keeps (an index seek, then the relationships by their id indexes). Read before
 * their locks are taken: which entities name `doc` changes only when `doc` itself is
 * loaded or removed, and those wait for its record's lock, which the caller holds;
 * their properties are read again once locked.
 */
async function statedBefore(
  tx: TxRunner,
  doc: string,
  keep: { nodes: string[]; rels: string[] },
): Promise<Stale> {
  const [record] = await tx.run(STATED_BY_RECORD, { doc });
  if (!Array.isArray(record?.nodes)) return statedBeforeByScan(tx, doc, keep);
  const keepNodes = new Set(keep.nodes);
  const keepRels = new Set(keep.rels);
  const nodes = asList(record.nodes).filter((id) => !keepNodes.has(id));
  const relIds = asList(record.relIds);
  const idsByType = groupBy(
    asList(record.relTypes)
      .map((type, i) => ({ type: type as RelType, id: relIds[i] ?? '' }))
      .filter((r) => !keepRels.has(r.id) && (REL_TYPES as readonly string[]).includes(r.type)),
    (r) => r.type,
  );
  const found = await existingRels(
    tx,
    [...idsByType].map(([type, stated]): [RelType, string[]] => [type, stated.map((r) => r.id)]),
  );
  return { nodes, rels: groupBy([...found.values()], (r) => r.type) };
}

/** The same, for a document recorded before records listed what it states: a scan of the graph. */
async function statedBeforeByScan(
  tx: TxRunner,
  doc: string,
  keep: { nodes: string[]; rels: string[] },
): Promise<Stale> {
  const rels = new Map<RelType, { id: string; from: string; to: string }[]>();
  for (const type of REL_TYPES) {
    const rows = await tx.run(ownedRelsCypher(type), { doc, keep: keep.rels });
    if (rows.length > 0)
      rels.set(
        type,
        rows.map((row) => ({ id: row.id as string, from: row.from as string, to: row.to as string })),
      );
  }
  const nodes = (await tx.run(OWNED_NODES, { doc, keep: keep.nodes })).map((row) => row.id as string);
  return { nodes, rels };
}

/**
 * `doc` stops stating the `stale` nodes and relationships (locked by the caller):
 * its share goes; what no document states any more is deleted. A node that would
 * go while another document still states a relationship to it stops the load
 * (that document would lose a fact).
 */
async function withdrawDocument(
  tx: TxRunner,
  fail: (issues: Issue[]) => Error,
  doc: string,
  stale: Stale,
): Promise<{ nodes: number; relationships: number }> {
  let relsGone = 0;
  for (const [type, staleRels] of stale.rels) {
    for (const chunk of chunks(staleRels)) {
      const rows = await existingRels(tx, [[type, chunk.map((r) => r.id)]]);
      const updates: { id: string; props: Record<string, unknown> }[] = [];
      const gone: string[] = [];
      for (const [id, { props }] of rows) {
        const after = withdrawBy(props, doc);
        if (after) updates.push({ id, props: toWriteProps(after) });
        else gone.push(id);
      }
      if (updates.length > 0) await tx.run(updateRelsCypher(type), { rows: updates });
      if (gone.length > 0) await tx.run(deleteRelsCypher(type), { ids: gone });
      relsGone += gone.length;
    }
  }
  const updates: { id: string; props: Record<string, unknown> }[] = [];
  const gone: string[] = [];
  for (const [id, { props }] of await existingNodes(tx, stale.nodes)) {
    const after = withdrawBy(props, doc);
    if (after) updates.push({ id, props: toWriteProps(after) });
    else gone.push(id);
  }
  for (const chunk of chunks(updates)) await tx.run(UPDATE_NODES, { rows: chunk });
  const connected = gone.length > 0 ? await tx.run(STILL_CONNECTED, { ids: gone }) : [];
  if (connected.length > 0) {
    throw fail(
      connected.map((row) => ({
        path: '',
        message: `"${String(row.id)}" would go, but ${String(row.rel)} (stated by ${asList(row.docs).join(', ')}) still uses it; change or remove that document first`,
      })),
    );
  }
  for (const chunk of chunks(gone)) await tx.run(DELETE_NODES, { ids: chunk });
  return { nodes: gone.length, relationships: relsGone };
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
// (null when the loader was given none: a later bulk load then reloads it).
// What the document states is listed on its record (in proportion to the document), so
// a later load or removal finds its earlier share by the record's id, never by a scan.
const RECORD_DOCUMENT = `// recordDocument
MERGE (d:${LOADED_DOCUMENT} {id: $doc})
SET d.contentHash = $hash, d.statedNodes = $nodes, d.statedRelTypes = $relTypes, d.statedRelIds = $relIds`;
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
  await writeNodes(tx, file, plan);
  await writeRels(tx, plan);
  await withdrawDocument(tx, (issues) => new IngestError(file, issues), plan.docId, stale);
  await tx.run(RECORD_DOCUMENT, {
    doc: plan.docId,
    hash: contentHash,
    nodes: plan.nodes.map((n) => n.id),
    relTypes: plan.rels.map((r) => r.type),
    relIds: plan.rels.map((r) => r.id),
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
    const deleted = await withdrawDocument(tx, fail, docId, stale);
    await tx.run(FORGET_DOCUMENT, { doc: docId });
    await tx.run(RAISE_GRAPH_VERSION);
    return deleted;
  });
  return { docId, deleted };
}

export function planDocument(checked: CheckedDocument): GraphPlan {
  try {
    return buildPlan(checked);
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
