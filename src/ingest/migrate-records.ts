import type { Executor } from '../db/executor';
import { LOADED_DOCUMENT, NODE, SHARE, STORAGE_FORMAT } from '../graph/labels';
import { REL_TYPES, type RelType } from '../graph/relationships';
import { toWriteProps } from './load';
import { legacyStatements } from './legacy-ownership';
import { entityAfter, shareOf, type Stored } from './ownership';
import { shareId } from './shares';

// Graphs loaded before evidence became records keep every document's evidence and values
// in lists on the entity. Once, at start-up, each such entity is rewritten as a load
// gives it today: its documents' statements replayed through the ownership rules (the
// result does not depend on their order), one record per document, the lists dropped.
// Batches of entities, each batch one transaction. A graph migrated (or made new) is marked,
// so later starts skip the scan.

const BATCH = 500;

const LEGACY_NODES = `// legacyNodes
MATCH (n:${NODE})
WHERE n.docs IS NOT NULL OR n.doc IS NOT NULL
RETURN n.id AS id, properties(n) AS props
LIMIT $batch`;

const legacyRels = (type: RelType) => `// legacy${type}Rels
MATCH (a:${NODE})-[r:${type}]->(b:${NODE})
WHERE r.docs IS NOT NULL OR r.doc IS NOT NULL
RETURN r.id AS id, a.id AS from, b.id AS to, properties(r) AS props
LIMIT $batch`;

const REWRITE_NODES = `// rewriteLegacyNodes
UNWIND $rows AS row
MATCH (n:${NODE} {id: row.id})
SET n = row.props`;

const rewriteRels = (type: RelType) => `// rewriteLegacy${type}Rels
UNWIND $rows AS row
MATCH (:${NODE} {id: row.from})-[r:${type} {id: row.id}]->(:${NODE} {id: row.to})
SET r = row.props`;

const WRITE_RECORDS = `// writeMigratedRecords
UNWIND $rows AS row
MERGE (s:${SHARE} {id: row.id})
SET s = row.props
WITH DISTINCT row.props.doc AS doc
MERGE (:${LOADED_DOCUMENT} {id: doc})`;

const DROP_RECORD_LISTS = `// dropRecordLists
MATCH (d:${LOADED_DOCUMENT})
WHERE d.statedNodes IS NOT NULL
REMOVE d.statedNodes, d.statedRelTypes, d.statedRelIds`;

/** An entity as a load gives it today, and its documents' records. */
function replay(id: string, stored: Stored, extra: Record<string, string>) {
  let props: Record<string, unknown> | null = null;
  const records: { id: string; props: Record<string, unknown> }[] = [];
  for (const { doc, planned } of legacyStatements(stored)) {
    const share = shareOf(planned);
    const after = entityAfter(props, null, doc, share, () => doc, props ?? undefined);
    if (!after) continue;
    props = { ...(after.values ?? props ?? {}), ...after.tallies };
    records.push({
      id: shareId(doc, id),
      props: { ...share.record, id: shareId(doc, id), of: id, doc, ...extra },
    });
  }
  const kept = Object.fromEntries(
    Object.entries(props ?? {}).filter(([, v]) => v !== null && v !== undefined),
  );
  return { props: toWriteProps(kept as never), records };
}

const MIGRATED = `// recordsMigrated
MATCH (f:${STORAGE_FORMAT} {id: 'storage'})
RETURN f.records AS records`;
const MARK_MIGRATED = `// markRecordsMigrated
MERGE (f:${STORAGE_FORMAT} {id: 'storage'})
SET f.records = true`;

/** Rewrites every entity still holding its documents' lists; returns how many it rewrote. */
export async function migrateToRecords(executor: Executor): Promise<number> {
  const [mark] = await executor.read(MIGRATED);
  if (mark?.records === true) return 0;
  let migrated = 0;
  for (;;) {
    const rows = await executor.read(LEGACY_NODES, { batch: BATCH });
    if (rows.length === 0) break;
    const done = rows.map((row) => ({
      id: String(row.id),
      ...replay(String(row.id), row.props as Stored, {}),
    }));
    await executor.writeTransaction(async (tx) => {
      await tx.run(REWRITE_NODES, { rows: done.map(({ id, props }) => ({ id, props })) });
      await tx.run(WRITE_RECORDS, { rows: done.flatMap((d) => d.records) });
    });
    migrated += rows.length;
  }
  for (const type of REL_TYPES) {
    for (;;) {
      const rows = await executor.read(legacyRels(type), { batch: BATCH });
      if (rows.length === 0) break;
      const done = rows.map((row) => {
        const ends = { type, from: String(row.from), to: String(row.to) };
        return { id: String(row.id), ...ends, ...replay(String(row.id), row.props as Stored, ends) };
      });
      await executor.writeTransaction(async (tx) => {
        await tx.run(rewriteRels(type), {
          rows: done.map(({ id, from, to, props }) => ({ id, from, to, props })),
        });
        await tx.run(WRITE_RECORDS, { rows: done.flatMap((d) => d.records) });
      });
      migrated += rows.length;
    }
  }
  await executor.write(DROP_RECORD_LISTS);
  await executor.write(MARK_MIGRATED);
  return migrated;
}
