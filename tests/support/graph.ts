import { createHash } from 'node:crypto';
import type { Executor } from '../../src/db/executor';

// Read-only views of the whole graph for invariant tests.

// Bookkeeping (the graph's version, precomputed statistics) is not part of what the graph states.
export const FINGERPRINT_NODES = `// fingerprintNodes
MATCH (n) WHERE NOT n:GraphVersion AND NOT n:StatsSnapshot AND NOT n:StorageFormat
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id`;

export const FINGERPRINT_RELS = `// fingerprintRels
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to, r.id`;

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
): Promise<{ nodes: number; rels: number; hash: string }> {
  const nodes = await executor.read(FINGERPRINT_NODES);
  const rels = await executor.read(FINGERPRINT_RELS);
  // The hash of `{"nodes":[…],"rels":[…]}` in canonical JSON, fed row by row: a large graph
  // as one string passes V8's limit on a string's length.
  const hash = createHash('sha256');
  const feed = (rows: unknown[]) =>
    rows.forEach((row, i) => hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(canonical(row))}`));
  hash.update('{"nodes":[');
  feed(nodes.map((n) => ({ ...n, labels: [...(n.labels as string[])].sort() })));
  hash.update('],"rels":[');
  feed(rels);
  hash.update(']}');
  // Entity nodes are counted; the hash also covers the records of loaded documents.
  const entities = nodes.filter((n) => (n.labels as string[]).includes('Node'));
  return { nodes: entities.length, rels: rels.length, hash: hash.digest('hex') };
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
