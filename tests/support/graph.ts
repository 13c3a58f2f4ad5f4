import { createHash } from 'node:crypto';
import type { Executor } from '../../src/db/executor';
import { REL_TYPES } from '../../src/graph/relationships';

// Read-only views of the whole graph for invariant tests.

// Bookkeeping (the graph's version, precomputed statistics, the storage mark) is not part
// of what the graph states. Every other node is an entity (`Node`), a document's record of a
// fact (`Share`) or a loaded document's record (`LoadedDocument`); every relationship has an
// id. All are read in pages in the order of their id indexes: a graph of 10,000 dockets is
// millions of rows, which one sorted statement would hold in the database's heap at once.
const HASHED_LABELS = ['Node', 'Share', 'LoadedDocument'] as const;
// A record's `loadOrder` says when its document was first loaded (the order of loading),
// not what it states: two graphs loaded from the same documents in different orders
// differ in it alone. Its `contentHash` says how it was last loaded (a bulk load or a docket
// import keeps one to skip an unchanged file next time; a single load keeps none): the seed
// loaded by the export test's bulk reload, then once more by `npm run ingest`, states the same.
const BOOKKEEPING_KEYS: Record<string, readonly string[]> = { LoadedDocument: ['loadOrder', 'contentHash'] };
const PAGE = 5000;

const nodePage = (label: string) => `// fingerprint${label}s
MATCH (n:${label}) WHERE n.id > $after
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY n.id LIMIT ${PAGE}`;

const relPage = (type: string) => `// fingerprint${type}Rels
MATCH (a)-[r:${type}]->(b) WHERE r.id > $after
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props, r.id AS id
ORDER BY r.id LIMIT ${PAGE}`;

const OTHER_NODES = `// fingerprintUnhashedNodes
MATCH (n) WHERE NOT (n:GraphVersion OR n:StatsSnapshot OR n:StorageFormat OR ${HASHED_LABELS.map((l) => `n:${l}`).join(' OR ')})
RETURN count(n) AS n`;

/** Every row of a keyset-paged statement, page by page. */
async function eachPage(
  executor: Executor,
  cypher: string,
  visit: (rows: Record<string, unknown>[]) => void,
): Promise<void> {
  for (let after = ''; ;) {
    const rows = await executor.read(cypher, { after });
    visit(rows);
    if (rows.length < PAGE) return;
    after = String(rows[rows.length - 1]?.id);
  }
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Counts of entities and relationships, and a hash of every node, relationship, label and property. */
export async function fingerprint(
  executor: Executor,
  /** Record properties also left out, by label: `contentHash` says how a document was loaded (bulk, import, API). */
  ignore: Record<string, readonly string[]> = {},
): Promise<{ nodes: number; rels: number; hash: string }> {
  const [other] = await executor.read(OTHER_NODES);
  if (Number(other?.n) > 0) throw new Error(`${String(other?.n)} nodes have none of the labels hashed`);
  // The hash of `{"nodes":[…],"rels":[…]}` in canonical JSON, fed row by row.
  const hash = createHash('sha256');
  let first = true;
  const feed = (row: unknown) => {
    hash.update(`${first ? '' : ','}${JSON.stringify(canonical(row))}`);
    first = false;
  };
  let entities = 0;
  hash.update('{"nodes":[');
  for (const label of HASHED_LABELS)
    await eachPage(executor, nodePage(label), (rows) => {
      const left = new Set([...(BOOKKEEPING_KEYS[label] ?? []), ...(ignore[label] ?? [])]);
      for (const n of rows) {
        const props = Object.fromEntries(
          Object.entries(n.props as Record<string, unknown>).filter(([k]) => !left.has(k)),
        );
        feed({ ...n, props, labels: [...(n.labels as string[])].sort() });
      }
      if (label === 'Node') entities += rows.length;
    });
  hash.update('],"rels":[');
  first = true;
  let rels = 0;
  for (const type of REL_TYPES)
    await eachPage(executor, relPage(type), (rows) => {
      rows.forEach(feed);
      rels += rows.length;
    });
  hash.update(']}');
  const [all] = await executor.read('// fingerprintRelCount\nMATCH ()-[r]->() RETURN count(r) AS n');
  if (Number(all?.n) !== rels)
    throw new Error(`${Number(all?.n) - rels} relationships have no id or type hashed`);
  return { nodes: entities, rels, hash: hash.digest('hex') };
}

const SHARES = `// fingerprintShares
MATCH (s:Share)
RETURN properties(s) AS props`;

/**
 * Every record of which document states what, counted: `entity id␟list␟document` → how
 * many entries (`record`: the record itself; `<prefix>Sources`: its evidence entries).
 * Two graphs that should be equal but are not: what one lacks.
 */
export async function statedBy(executor: Executor): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (const { props } of await executor.read(SHARES)) {
    const record = props as Record<string, unknown>;
    const at = (list: string) => `${String(record.of)}\u241f${list}\u241f${String(record.doc)}`;
    add(at('record'), 1);
    for (const [key, value] of Object.entries(record))
      if (key.endsWith('Sources') && Array.isArray(value)) add(at(key), value.length);
  }
  return counts;
}

/** The entries of `expected` that `actual` lacks, and on how many entities (nodes or relationships). */
export function missingStatements(
  expected: Map<string, number>,
  actual: Map<string, number>,
): { entries: number; entities: number; examples: string[] } {
  let entries = 0;
  const entities = new Set<string>();
  const examples: string[] = [];
  for (const [key, count] of expected) {
    const lost = count - (actual.get(key) ?? 0);
    if (lost <= 0) continue;
    entries += lost;
    const [entity] = key.split('\u241f');
    entities.add(entity ?? key);
    if (examples.length < 5) examples.push(key.split('\u241f').join(' / '));
  }
  return { entries, entities: entities.size, examples };
}
