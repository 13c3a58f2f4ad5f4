import type { TxRunner } from '../db/executor';
import { ANNOTATED_PREFIXES, TALLY_KEYS, textCountsKey } from '../graph/codecs';
import { NODE, SHARE } from '../graph/labels';
import { chunks } from './chunks';
import type { Stored } from './ownership';

// The Cypher around share records (ingest/ownership.ts): each document's statement of
// a node or relationship is a `Share` node, found by its id (document and entity), by
// the entity's id (`of`) or by the document (`doc`), each through its own index.

/** The id of `doc`'s record of the entity `of`: both ids, unambiguous whatever they hold. */
export const shareId = (doc: string, of: string): string => JSON.stringify([of, doc]);

const READ_SHARES = `// readShares
UNWIND $ids AS id
MATCH (s:${SHARE} {id: id})
RETURN s.of AS of, properties(s) AS props`;

/** `doc`'s records of these entities, by entity id. */
export async function readShares(tx: TxRunner, doc: string, ofs: string[]): Promise<Map<string, Stored>> {
  const found = new Map<string, Stored>();
  if (ofs.length === 0) return found;
  for (const chunk of chunks(ofs))
    for (const row of await tx.run(READ_SHARES, { ids: chunk.map((of) => shareId(doc, of)) }))
      found.set(row.of as string, row.props as Stored);
  return found;
}

const FIRST_DOCS_AFTER = `// firstDocsAfter
UNWIND $rows AS row
MATCH (s:${SHARE} {of: row.of})
WHERE s.valuesKey = row.key AND s.doc <> $doc
RETURN row.of AS of, row.key AS key, min(s.doc) AS first`;

/** For entities whose set of values `doc` leaves as its first document: the next first one. */
export async function firstDocsAfter(
  tx: TxRunner,
  doc: string,
  rows: { of: string; key: string }[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (rows.length === 0) return found;
  for (const chunk of chunks(rows))
    for (const row of await tx.run(FIRST_DOCS_AFTER, { doc, rows: chunk }))
      found.set(`${String(row.of)} ${String(row.key)}`, String(row.first));
  return found;
}

/** The node properties ownership reads: labels and tallies, never the values or evidence. */
const READ_NODE_TALLIES = `// readNodeTallies
UNWIND $ids AS id
MATCH (n:${NODE} {id: id})
RETURN n.id AS id, labels(n) AS labels, n {${[
  ...Object.values(TALLY_KEYS),
  ...ANNOTATED_PREFIXES.flatMap((p) => [p, textCountsKey(p)]),
]
  .map((k) => `.${k}`)
  .join(', ')}} AS props`;

export async function readNodeTallies(
  tx: TxRunner,
  ids: string[],
): Promise<Map<string, { labels: string[]; props: Stored }>> {
  const found = new Map<string, { labels: string[]; props: Stored }>();
  if (ids.length === 0) return found;
  for (const chunk of chunks(ids))
    for (const row of await tx.run(READ_NODE_TALLIES, { ids: chunk }))
      found.set(row.id as string, { labels: row.labels as string[], props: row.props as Stored });
  return found;
}

const READ_NODE_PROPS = `// readNodeValues
UNWIND $ids AS id
MATCH (n:${NODE} {id: id})
RETURN n.id AS id, properties(n) AS props`;

/** Whole properties of a few nodes: those whose shown values change. */
export async function readNodeProps(tx: TxRunner, ids: string[]): Promise<Map<string, Stored>> {
  const found = new Map<string, Stored>();
  if (ids.length === 0) return found;
  for (const chunk of chunks(ids))
    for (const row of await tx.run(READ_NODE_PROPS, { ids: chunk }))
      found.set(row.id as string, row.props as Stored);
  return found;
}

const UPSERT_SHARES = `// upsertShares
UNWIND $rows AS row
MERGE (s:${SHARE} {id: row.id})
SET s = row.props`;

const DELETE_SHARES = `// deleteShares
UNWIND $ids AS id
MATCH (s:${SHARE} {id: id})
DELETE s`;

export async function upsertShares(tx: TxRunner, rows: { id: string; props: Record<string, unknown> }[]) {
  for (const chunk of chunks(rows)) await tx.run(UPSERT_SHARES, { rows: chunk });
}

export async function deleteShares(tx: TxRunner, ids: string[]) {
  for (const chunk of chunks(ids)) await tx.run(DELETE_SHARES, { ids: chunk });
}

const STATING_DOCS = `// statingDocuments
UNWIND $ids AS id
RETURN id, COLLECT { MATCH (s:${SHARE} {of: id}) RETURN s.doc ORDER BY s.doc LIMIT 5 } AS docs`;

/** Up to five documents stating each entity, for messages. */
export async function statingDocs(tx: TxRunner, ids: string[]): Promise<Map<string, string[]>> {
  const rows = ids.length > 0 ? await tx.run(STATING_DOCS, { ids }) : [];
  return new Map(rows.map((row) => [row.id as string, (row.docs as unknown[]).map(String)]));
}
