import { createHash } from 'node:crypto';
import type { Executor } from '../../src/db/executor';

// Read-only views of the whole graph for invariant tests.

export const FINGERPRINT_NODES = `// fingerprintNodes
MATCH (n)
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
  const hash = createHash('sha256')
    .update(
      JSON.stringify(
        canonical({ nodes: nodes.map((n) => ({ ...n, labels: [...(n.labels as string[])].sort() })), rels }),
      ),
    )
    .digest('hex');
  // Entity nodes are counted; the hash also covers the records of loaded documents.
  const entities = nodes.filter((n) => (n.labels as string[]).includes('Node'));
  return { nodes: entities.length, rels: rels.length, hash };
}
