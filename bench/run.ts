import { cpus, tmpdir } from 'node:os';
import Cypher from '@neo4j/cypher-builder';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { Bench } from 'tinybench';
import { Executor } from '../src/db/executor';
import { ensureSchema } from '../src/db/schema-setup';
import { loadFiles } from '../src/ingest/load';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { QUERIES } from '../src/repositories/entities';
import { caseDocument } from '../src/cypher/projections';
import { caseListQuery, orderName } from '../src/repositories/cases';
import { keysetCypher } from '../src/cypher/keyset';
import { encodeCursor, pageWindow } from '../src/cypher/paging';
import { seedFiles } from '../src/ingest/seed-files';
import { named, type Statement } from '../src/cypher/statement';
import { generateLitigation } from '../tests/support/generate';

// `npm run bench`: each measurement runs side by side with a reference in the
// same process, against the same database, and is reported as a ratio.
// BENCH_CASES sets the size of the generated graph (default 5000 cases).

const CASES = Number(process.env.BENCH_CASES ?? 5000);
const PARTIES = 4;
const PAGE = 100;
const DEEP = Math.floor((CASES * 0.8) / PAGE) * PAGE;

const ORDER = { field: 'CAPTION', direction: 'ASC' } as const;

type Projection = (c: Cypher.Node) => Cypher.Expr;

/** The API's own statement for a page after `cursor` (or the first page). */
function keysetPage(after: string | null, projection?: Projection): Statement {
  const query = caseListQuery({}, ORDER, false);
  if (projection) query.projection = projection(query.node);
  return keysetCypher(query, pageWindow({ first: PAGE, after }, orderName(ORDER)));
}

// The reference: the same order and projection, paged with SKIP (what offset cursors do).
function offsetPage(projection: Projection): string {
  const c = new Cypher.Node();
  return named(
    'benchOffsetPage',
    new Cypher.Match(new Cypher.Pattern(c, { labels: ['Case'] }))
      .with(c)
      .orderBy([c.property('caption'), 'ASC'], [c.property('id'), 'ASC'])
      .skip(new Cypher.NamedParam('skip'))
      .limit(new Cypher.NamedParam('limit'))
      .return([projection(c), 'doc']),
  ).cypher;
}

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
        heap: '4g',
        pageCache: '1g',
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
    const cursor = encodeCursor({
      order: orderName(ORDER),
      key: anchor!.key as string,
      id: anchor!.id as string,
    });
    const idsOnly: Projection = (c) => c.property('id');
    const keysetFull = keysetPage(cursor);
    const keysetIds = keysetPage(cursor, idsOnly);
    // Same rows from both, or the comparison means nothing.
    const [a, b] = await Promise.all([
      executor.read(keysetIds.cypher, keysetIds.params),
      executor.read(offsetPage(idsOnly), { skip: DEEP, limit: PAGE }),
    ]);
    const keysetIdsRows = a.map((r) => r.doc as string);
    const offsetIdsRows = b.map((r) => r.doc as string);
    if (JSON.stringify(keysetIdsRows.slice(0, PAGE)) !== JSON.stringify(offsetIdsRows)) {
      throw new Error('keyset and offset pages differ');
    }
    const plan = (await executor.explain(keysetIds.cypher, keysetIds.params)).filter((o) =>
      /Index|Scan/.test(o),
    );

    const bench = new Bench({ time: 3000, warmup: true, warmupTime: 1000 });
    bench
      .add(`page at item ${DEEP}, ids only, keyset cursor`, () =>
        executor.read(keysetIds.cypher, keysetIds.params),
      )
      .add(`page at item ${DEEP}, ids only, SKIP offset (reference)`, () =>
        executor.read(offsetPage(idsOnly), { skip: DEEP, limit: PAGE }),
      )
      .add(`page at item ${DEEP}, full case documents, keyset cursor`, () =>
        executor.read(keysetFull.cypher, keysetFull.params),
      )
      .add(`page at item ${DEEP}, full case documents, SKIP offset (reference)`, () =>
        executor.read(offsetPage(caseDocument), { skip: DEEP, limit: PAGE }),
      )
      .add(`case with ${PARTIES} parties and its events, one statement`, () =>
        executor.read(QUERIES.casesById.cypher, { ids: ['case:bench-7'] }),
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
    const ratio = (i: number, j: number) => `${(median(i) / median(j)).toFixed(2)}x the reference's time`;
    console.log(`keyset page plan, index operators: ${plan.join(', ')}`);
    console.log(`keyset vs offset at item ${DEEP}, ids only: ${ratio(0, 1)}`);
    console.log(`keyset vs offset at item ${DEEP}, full case documents: ${ratio(2, 3)}`);
    console.log(`one statement vs N+1: ${ratio(4, 5)}`);
  } finally {
    await driver.close();
    await local?.stop();
  }
}

void main();
