import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { ensureSchema } from '../src/db/schema-setup';
import { writeGenerated } from '../src/generate/write';
import { documentFiles, loadDocument } from '../src/ingest/bulk';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { growGraph, worldCases } from './graph-source';
import { timedExecutor } from './import-profile';

// Where the bulk load's time goes (`npm run bench:load-profile -- [--base N] [--cases N]`): a
// graph of `base` nodes built as `npm run bench` builds its graphs, then one more generated
// world of `cases` cases loaded through a timed executor, one document (1,000 cases) at a time.
// Prints each statement's share of a document's time; writes nothing else.

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const base = arg('base', 100_000);
  const cases = arg('cases', 3000);
  const work = mkdtempSync(join(tmpdir(), 'lg-load-profile-'));
  const db = await startLocalNeo4j({ dataDir: join(work, 'neo4j'), heap: '2g', pageCache: '1g' });
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  const executor = new Executor(driver, 'neo4j', undefined, 10 * 60_000);
  try {
    await ensureSchema(executor);
    const built = await growGraph(
      executor,
      worldCases([base], 0),
      { prefix: 'profile', chunkCases: 1000 },
      [],
      0,
    );
    console.log(
      `base graph: ${built.nodes} nodes, ${built.relationships} relationships, ${built.records} records in ${built.loadSeconds.toFixed(1)} s`,
    );
    const dir = join(work, 'world');
    writeGenerated({ cases, seed: 2001, out: dir, chunk: 1000, prefix: 'profile-1' });
    const { timed, statements, overheadMs } = timedExecutor(executor);
    const files = documentFiles([dir]);
    const started = performance.now();
    for (const file of files) await loadDocument(timed, file);
    const ms = (performance.now() - started - overheadMs()) / files.length;
    const waited = statements().reduce((sum, s) => sum + s.ms, 0) / files.length;
    console.log(
      `${files.length} documents of 1,000 cases: ${ms.toFixed(0)} ms each, ${waited.toFixed(0)} ms of it waiting on statements`,
    );
    console.log('| Statement | Calls per document | ms per document | Share | Read per document |');
    console.log('|---|---|---|---|---|');
    for (const s of statements().slice(0, 12))
      console.log(
        `| \`${s.name}\` | ${(s.calls / files.length).toFixed(1)} | ${(s.ms / files.length).toFixed(0)} | ${((s.ms / files.length / ms) * 100).toFixed(0)}% | ${(s.resultChars / files.length / 1024).toFixed(0)} KB |`,
      );
  } finally {
    await driver.close();
    await db.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
