import { cpus, tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { Bench } from 'tinybench';
import { Executor } from '../src/db/executor';
import { ensureSchema } from '../src/db/schema-setup';
import { loadFiles } from '../src/ingest/load';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { QUERIES } from '../src/repositories/entities';
import { caseDocument } from '../src/repositories/projections';
import { seedFiles } from '../src/seed-files';
import { generateLitigation } from '../tests/support/generate';

// `npm run bench`: each measurement runs side by side with a reference in the
// same process, against the same database, and is reported as a ratio.
// BENCH_CASES sets the size of the generated graph (default 5000 cases).

const CASES = Number(process.env.BENCH_CASES ?? 5000);
const PARTIES = 4;
const PAGE = 100;
const DEEP = Math.floor((CASES * 0.8) / PAGE) * PAGE;

const KEYSET_PAGE = `// benchKeysetPage
MATCH (c:Case)
WITH c, c.caption AS sortKey
WHERE sortKey > $key OR (sortKey = $key AND c.id > $id)
ORDER BY sortKey, c.id
LIMIT $limit
RETURN ${caseDocument('c')} AS doc`;

const OFFSET_PAGE = `// benchOffsetPage
MATCH (c:Case)
WITH c ORDER BY c.caption, c.id
SKIP $skip LIMIT $limit
RETURN ${caseDocument('c')} AS doc`;

// The N+1 shape a naive resolver tree produces: the case, then one statement per related item.
const CASE_ONLY = `// benchCaseOnly
MATCH (c:Case {id: $id}) RETURN c {.*} AS doc`;
const PARTY_IDS = `// benchPartyIdsOfCase
MATCH (p:Party)-[:PARTY_TO]->(:Case {id: $id}) RETURN p.id AS id`;
const EVENT_IDS = `// benchEventIdsOfCase
MATCH (:Case {id: $id})-[:HAS_EVENT]->(e:Event) RETURN e.id AS id`;
const ONE_PARTY = `// benchOneParty
MATCH (p:Party {id: $id}) RETURN p {.*} AS doc`;
const ONE_EVENT = `// benchOneEvent
MATCH (e:Event {id: $id}) RETURN e {.*} AS doc`;

async function main(): Promise<void> {
  const local = process.env.NEO4J_URI
    ? undefined
    : await startLocalNeo4j({
        dataDir: mkdtempSync(join(tmpdir(), 'lg-bench-')),
        heap: '1g',
        pageCache: '512m',
      });
  const uri = process.env.NEO4J_URI ?? local!.uri;
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? local!.password),
  );
  const executor = new Executor(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
  try {
    await ensureSchema(executor);
    const loadStart = Date.now();
    await loadFiles(executor, seedFiles(resolve(__dirname, '../seed')));
    await loadFiles(executor, [
      generateLitigation({ docId: 'bench', cases: CASES, partiesPerCase: PARTIES, distinctFilingDays: 28 })
        .file,
    ]);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const [anchor] = await executor.read(
      `// benchAnchor
      MATCH (c:Case) WITH c ORDER BY c.caption, c.id SKIP $skip LIMIT 1 RETURN c.caption AS key, c.id AS id`,
      { skip: DEEP - 1 },
    );

    const bench = new Bench({ time: 3000, warmup: true, warmupTime: 1000 });
    bench
      .add(`page ${DEEP / PAGE + 1} of ${PAGE} cases, keyset cursor`, () =>
        executor.read(KEYSET_PAGE, { key: anchor!.key, id: anchor!.id, limit: PAGE }),
      )
      .add(`page ${DEEP / PAGE + 1} of ${PAGE} cases, SKIP offset (reference)`, () =>
        executor.read(OFFSET_PAGE, { skip: DEEP, limit: PAGE }),
      )
      .add(`case with ${PARTIES} parties and its events, one statement`, () =>
        executor.read(QUERIES.casesById, { ids: ['case:bench-7'] }),
      )
      .add(`case with ${PARTIES} parties and its events, N+1 statements (reference)`, async () => {
        await executor.read(CASE_ONLY, { id: 'case:bench-7' });
        const parties = await executor.read(PARTY_IDS, { id: 'case:bench-7' });
        const events = await executor.read(EVENT_IDS, { id: 'case:bench-7' });
        await Promise.all([
          ...parties.map((p) => executor.read(ONE_PARTY, { id: p.id })),
          ...events.map((e) => executor.read(ONE_EVENT, { id: e.id })),
        ]);
      });
    await bench.run();

    const median = (i: number) => {
      const r = bench.tasks[i]?.result as { latency?: { p50?: number } } | undefined;
      return r?.latency?.p50 ?? Number.NaN;
    };
    const rows = bench.tasks.map((t, i) => ({ task: t.name, 'median ms': median(i).toFixed(2) }));
    console.log(`\nmachine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
    console.log(
      `graph: seed + ${CASES} generated cases x ${PARTIES} parties; load took ${loadSeconds.toFixed(1)} s`,
    );
    console.table(rows);
    console.log(
      `keyset vs offset at item ${DEEP}: ${(median(0) / median(1)).toFixed(2)}x the reference's time`,
    );
    console.log(`one statement vs N+1: ${(median(2) / median(3)).toFixed(2)}x the reference's time`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}

void main();
