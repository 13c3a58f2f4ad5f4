import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Executor } from '../src/db/executor';
import { loadFiles, removeDocument } from '../src/ingest/load';
import { generateRichLitigation } from '../tests/support/generate-rich';

// Where the benchmark's graphs come from: the one function to replace with the
// streaming bulk load and the synthetic docket generator. Today: documents of
// `chunkCases` generated cases each (tests/support/generate-rich.ts, about 10
// nodes a case with their sources), loaded with the project's loader until the
// graph holds `nodes` nodes. Graphs grow: each size adds to the previous one.

export interface GraphSize {
  nodes: number;
  relationships: number;
  cases: number;
  documents: string[];
  loadSeconds: number;
}

const COUNT = `// benchGraphSize
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (c:Case) RETURN count(c) AS cases }
RETURN nodes, relationships, cases`;

export async function graphSize(executor: Executor): Promise<Omit<GraphSize, 'documents' | 'loadSeconds'>> {
  const [row] = await executor.read(COUNT);
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships), cases: Number(row?.cases) };
}

export interface GrowOptions {
  /** Document ids are `<prefix>-<k>`; the first one holds the entities the operations ask about. */
  prefix: string;
  chunkCases: number;
  /** Called after each document. */
  progress?: (message: string) => void;
}

export async function growGraph(
  executor: Executor,
  nodes: number,
  opts: GrowOptions,
  loaded: string[],
): Promise<GraphSize> {
  const started = Date.now();
  let size = await graphSize(executor);
  while (size.nodes < nodes || loaded.length === 0) {
    const docId = `${opts.prefix}-${loaded.length}`;
    const missingCases = Math.ceil((nodes - size.nodes) / 10);
    const cases = Math.max(10, Math.min(opts.chunkCases, missingCases));
    const doc = generateRichLitigation({ docId, cases, seed: 1000 + loaded.length });
    // The generated document and its sources live in a temporary folder of their own.
    await loadFiles(executor, [doc.file]).finally(() =>
      rmSync(dirname(doc.file), { recursive: true, force: true }),
    );
    loaded.push(docId);
    size = await graphSize(executor);
    opts.progress?.(
      `loaded ${docId} (${cases} cases): ${size.nodes} nodes, ${size.relationships} relationships`,
    );
  }
  return { ...size, documents: [...loaded], loadSeconds: (Date.now() - started) / 1000 };
}

/** Removes what `growGraph` loaded (the smoke run, over a shared test database). */
export async function removeGraph(executor: Executor, loaded: readonly string[]): Promise<void> {
  for (const docId of [...loaded].reverse()) await removeDocument(executor, docId);
}
