import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Executor } from '../src/db/executor';
import { writeGenerated } from '../src/generate/write';
import { documentFiles, loadDocument } from '../src/ingest/bulk';
import { removeDocument } from '../src/ingest/load';
import { refreshOutcomeStats } from '../src/repositories/stats-snapshot';

// Where the benchmark's graphs come from: `npm run generate`'s synthetic
// litigation (courts, judges, firms and heavy-tailed repeat parties, shared by
// the cases of one generated world) loaded with `npm run load`'s bulk loader.
// Graphs grow: each size adds a world of its own (`<prefix>-<k>`) of the cases
// it adds to the size before, so world 0, where the operations' targets are
// chosen, is in every graph and every size asks the same questions.

export interface GraphSize {
  /** Entities (`Node`): what the sizes count. */
  nodes: number;
  relationships: number;
  /** The documents' records of what they state (`Share`), one per document and fact. */
  records: number;
  cases: number;
  documents: string[];
  loadSeconds: number;
  /** The whole graph's statistics precomputed after the load, as the loaders' commands do. */
  statsSeconds: number;
}

/** Nodes per generated case, with its events, outcomes, sources and a share of the registry (1M run: 9.55). */
const NODES_PER_CASE = 9.5;

const COUNT = `// benchGraphSize
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (s:Share) RETURN count(s) AS records }
CALL () { MATCH (c:Case) RETURN count(c) AS cases }
RETURN nodes, relationships, records, cases`;

export async function graphSize(
  executor: Executor,
): Promise<Omit<GraphSize, 'documents' | 'loadSeconds' | 'statsSeconds'>> {
  const [row] = await executor.read(COUNT);
  return {
    nodes: Number(row?.nodes),
    relationships: Number(row?.relationships),
    records: Number(row?.records),
    cases: Number(row?.cases),
  };
}

export interface GrowOptions {
  /** World k's ids are `<kind>:<prefix>-<k>-…`; world 0 holds the entities the operations ask about. */
  prefix: string;
  /** Cases per generated document (one transaction each). */
  chunkCases: number;
  /** Called after each document. */
  progress?: (message: string) => void;
}

/** The id prefix of world `k` (its cases are `case:<worldPrefix>-<n>`). */
export const worldPrefix = (prefix: string, k: number) => `${prefix}-${k}`;

/**
 * The cases of world `k`, from the sizes alone (never from what the database holds):
 * the same sizes generate the same worlds, so a second run over the same database
 * (`NEO4J_URI`) finds every document already loaded and skips it.
 */
export function worldCases(sizes: readonly number[], k: number): number {
  const from = k > 0 ? sizes[k - 1]! : 0;
  return Math.max(10, Math.ceil((sizes[k]! - from) / NODES_PER_CASE));
}

/** Adds generated world `world` of `cases` cases to the graph; `loaded` collects document ids. */
export async function growGraph(
  executor: Executor,
  cases: number,
  opts: GrowOptions,
  loaded: string[],
  world: number,
): Promise<GraphSize> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'lg-bench-graph-'));
  try {
    writeGenerated({
      cases,
      seed: 1000 + world,
      out: dir,
      chunk: opts.chunkCases,
      prefix: worldPrefix(opts.prefix, world),
    });
    for (const file of documentFiles([dir])) {
      const r = await loadDocument(executor, file);
      loaded.push(r.docId);
      opts.progress?.(`loaded ${r.docId}: ${r.nodes} nodes, ${r.relationships} relationships`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const loadSeconds = (Date.now() - started) / 1000;
  const stats = await refreshOutcomeStats(executor);
  const size = await graphSize(executor);
  return { ...size, documents: [...loaded], loadSeconds, statsSeconds: stats.ms / 1000 };
}

/** Removes what `growGraph` loaded, last first (the smoke run, over a shared test database). */
export async function removeGraph(executor: Executor, loaded: readonly string[]): Promise<void> {
  for (const docId of [...loaded].reverse()) await removeDocument(executor, docId);
}
