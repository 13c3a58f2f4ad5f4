import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { ensureSchema } from '../src/db/schema-setup';
import { startLocalNeo4j } from '../src/neo4j-local/server';
import { growGraph, removeGraph, worldCases, worldPrefix, type GraphSize } from './graph-source';
import {
  checkAnswer,
  cpuMs,
  measureHttp,
  measureRaw,
  roundTripCounter,
  runRaw,
  startChild,
  warmUp,
  watched,
  type Figures,
  type ProcessFigures,
  type ServerChild,
} from './measure';
import { operations, type Targets } from './operations';
import { readPathFigures, type ReadPathFigures } from './read-path';

// The side-by-side run: for each graph size, each operation and each
// concurrency, ours, raw and the @neo4j/graphql reference one after the other
// against the same database (servers are child processes, load comes from this one).

/**
 * The benchmark's database: NEO4J_URI's when set, else a local Neo4j of its own in a
 * temporary folder (`heap` for its JVM); `close` stops and removes the local one.
 */
export async function openBenchDatabase(
  prefix: string,
  heap: string,
): Promise<{ db: Connection; close: () => Promise<void> }> {
  if (process.env.NEO4J_URI) {
    return {
      db: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE ?? 'neo4j',
      },
      close: async () => undefined,
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const local = await startLocalNeo4j({ dataDir, heap, pageCache: '1g' });
  return {
    db: { uri: local.uri, user: local.user, password: local.password, database: 'neo4j', pid: local.pid },
    close: async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** The database's process when it is ours (its CPU is reported), else undefined. */
  pid?: number;
}

export interface BenchOptions {
  /** Node counts the graph grows to, smallest first. */
  sizes: number[];
  concurrencies: number[];
  seconds: number;
  warmupSeconds: number;
  /** Cases per loaded document. */
  chunkCases: number;
  /** Prefix of the generated documents' ids. */
  prefix: string;
  /** CPU profiles of both servers into this folder (node --cpu-prof). */
  profileDir?: string;
  /** Remove the generated documents afterwards (a shared database). */
  cleanup?: boolean;
  /** Only these operations (names), all when absent. */
  only?: string[];
  log?: (message: string) => void;
}

export interface SideResult extends Figures {
  server: ProcessFigures | null;
  /** CPU of the database process per request, ms (null when not ours to watch). */
  dbCpuMsPerRequest: number | null;
  /** Mean Cypher statements per request (ours only, from /metrics). */
  roundTrips?: number;
}

export interface ResultRow {
  op: string;
  size: number;
  nodes: number;
  relationships: number;
  concurrency: number;
  wholeGraph: boolean;
  ours: SideResult;
  raw: SideResult;
  neo4jGraphql: SideResult | null;
  /** Why this cell has no figures (an operation that failed on a side at this size). */
  failure?: string;
}

/** The figures of a side in a cell that could not be measured (see `ResultRow.failure`). */
export const FAILED: SideResult = {
  p50: Number.NaN,
  p99: Number.NaN,
  rps: 0,
  requests: 0,
  errors: 0,
  seconds: 0,
  server: null,
  dbCpuMsPerRequest: null,
};

export interface BenchReport {
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: number[] };
  date: string;
  options: Omit<BenchOptions, 'log'>;
  graphs: (GraphSize & { target: number; readPath?: ReadPathFigures })[];
  targets: Targets;
  results: ResultRow[];
}

const TARGETS = `// benchTargets
MATCH (c:Case)<-[:PARTY_TO]-(first:Person) WHERE c.id STARTS WITH $casePrefix
  AND EXISTS {
    MATCH (c)<-[:PARTY_TO]-(m:Party)-[:PARTY_TO]->(c2:Case)<-[:PARTY_TO]-(b:Person)
    WHERE m <> first AND c2 <> c AND b <> first AND NOT (b)-[:PARTY_TO]->(c)
  }
WITH c, first, COUNT { (c)<-[:PARTY_TO|COUNSEL_IN|JUDGE_IN]-() } + COUNT { (c)-[:HAS_EVENT|HAS_OUTCOME|HAS_CLAIM]->() } AS degree
ORDER BY degree DESC, c.id, first.id LIMIT 1
CALL () {
  MATCH (p:Party)-[:PARTY_TO]->(x:Case) WHERE any(pre IN $partyPrefixes WHERE p.id STARTS WITH pre)
  WITH p, count(x) AS n ORDER BY n DESC, p.id LIMIT 1
  RETURN p.id AS partyId, n AS partyCases
}
CALL () {
  MATCH (p:Party)-[:PARTY_TO]->(x:Case) WHERE any(pre IN $partyPrefixes WHERE p.id STARTS WITH pre)
  WITH p, count(x) AS n ORDER BY abs(n - 10), p.id LIMIT 1
  RETURN p.id AS smallPartyId, n AS smallPartyCases
}
CALL () {
  MATCH (k:Court)<-[:IN_COURT]-(x:Case {kind: 'CIVIL'}) WHERE k.id STARTS WITH $courtPrefix
  WITH k, count(x) AS n ORDER BY n DESC, k.id LIMIT 1
  RETURN k.id AS courtId
}
CALL (c, first) {
  MATCH (first)-[:PARTY_TO]->(c)<-[:PARTY_TO]-(m:Party)-[:PARTY_TO]->(c2:Case)<-[:PARTY_TO]-(b:Person)
  WHERE c2 <> c AND b <> first AND NOT (b)-[:PARTY_TO]->(c)
  RETURN b.id AS pathTo ORDER BY b.id LIMIT 1
}
RETURN c.id AS caseId, partyId, partyCases, smallPartyId, smallPartyCases, courtId, first.id AS pathFrom, pathTo, last(split(first.displayName, ' ')) AS searchText`;

export async function chooseTargets(executor: Executor, prefix: string): Promise<Targets> {
  const doc = worldPrefix(prefix, 0);
  const [row] = await executor.read(TARGETS, {
    casePrefix: `case:${doc}-`,
    partyPrefixes: ['person', 'organization', 'group'].map((kind) => `${kind}:${doc}-`),
    courtPrefix: `court:${doc}-`,
  });
  if (!row) throw new Error(`no targets found in generated world ${doc}`);
  return {
    caseId: String(row.caseId),
    partyId: String(row.partyId),
    partyCases: Number(row.partyCases),
    smallPartyId: String(row.smallPartyId),
    smallPartyCases: Number(row.smallPartyCases),
    courtId: String(row.courtId),
    caseKind: 'CIVIL',
    searchText: String(row.searchText),
    pathFrom: String(row.pathFrom),
    pathTo: String(row.pathTo),
  };
}

/**
 * Neo4j keeps a plan until, used 10 s or more after it was made, the graph's statistics have
 * drifted from those it was planned on; then it plans again, in the middle of whichever run is
 * timing it (seconds for a large statement on a cold server: a side once completed no request).
 * After loading, every plan is made against the graph being measured.
 */
export async function forgetPlans(driver: Driver, database: string, log: (m: string) => void): Promise<void> {
  try {
    await driver.executeQuery('// clearQueryCaches\nCALL db.clearQueryCaches()', {}, { database });
  } catch (error) {
    log(
      `could not clear Neo4j's query caches (${(error as Error).message}); plans made before loading may be replanned while timed`,
    );
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function runBench(db: Connection, opts: BenchOptions): Promise<BenchReport> {
  const log = opts.log ?? (() => undefined);
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), {
    maxConnectionPoolSize: 100,
  });
  const executor = new Executor(driver, db.database);
  const loaded: string[] = [];
  const children: ServerChild[] = [];
  const report: BenchReport = {
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: [],
    },
    date: new Date().toISOString(),
    options: { ...opts, log: undefined } as Omit<BenchOptions, 'log'>,
    graphs: [],
    targets: undefined as unknown as Targets,
    results: [],
  };
  try {
    await ensureSchema(executor);
    const env = {
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      NEO4J_DATABASE: db.database,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      LOG_FORMAT: 'json',
    };
    // One folder per server: the main thread and tsx's loader thread each write a profile.
    const profile = (name: string) =>
      opts.profileDir ? ['--cpu-prof', '--cpu-prof-dir', join(opts.profileDir, name)] : [];
    const ours = await startChild(resolve(__dirname, 'ours-server.ts'), env, profile('ours'));
    children.push(ours);
    const reference = await startChild(
      resolve(__dirname, 'neo4j-graphql/server.ts'),
      env,
      profile('neo4j-graphql'),
    );
    children.push(reference);

    for (const [world, target] of opts.sizes.entries()) {
      const graph = await growGraph(
        executor,
        worldCases(opts.sizes, world),
        { prefix: opts.prefix, chunkCases: opts.chunkCases, progress: log },
        loaded,
        world,
      );
      const sized: GraphSize & { target: number; readPath?: ReadPathFigures } = { ...graph, target };
      report.graphs.push(sized);
      await forgetPlans(driver, db.database, log);
      log(
        `graph ${target}: ${graph.nodes} nodes, ${graph.relationships} relationships, ${graph.records} records, loaded in ${graph.loadSeconds.toFixed(1)} s, statistics precomputed in ${graph.statsSeconds.toFixed(1)} s`,
      );
      report.targets ??= await chooseTargets(executor, opts.prefix);
      sized.readPath = await readPathFigures(executor, report.targets);
      log(`graph ${target}: read path ${JSON.stringify(sized.readPath)}`);
      const ops = operations(report.targets).filter((o) => !opts.only || opts.only.includes(o.name));
      for (const op of ops) {
        const pushed = report.results.length;
        const cell = (
          concurrency: number,
          sides: Pick<ResultRow, 'ours' | 'raw' | 'neo4jGraphql' | 'failure'>,
        ) => ({
          op: op.name,
          size: target,
          nodes: graph.nodes,
          relationships: graph.relationships,
          concurrency,
          wholeGraph: op.wholeGraph ?? false,
          ...sides,
        });
        try {
          // Every side answers once without error before it is timed.
          await checkAnswer(ours.url, op.ours);
          if (op.neo4jGraphql) await checkAnswer(reference.url, op.neo4jGraphql);
          await runRaw(driver, db.database, op.raw.cypher, op.raw.params);
          const operationName = /query (\w+)/.exec(op.ours.query)?.[1] ?? '(anonymous)';
          for (const concurrency of opts.concurrencies) {
            const side = async (
              name: string,
              pid: number | undefined,
              run: (seconds: number) => Promise<Figures>,
            ): Promise<SideResult> => {
              if (opts.warmupSeconds > 0) {
                const rounds = await warmUp(run, opts.warmupSeconds, concurrency);
                if (rounds > 1)
                  log(`${op.name} ${name}: warm after ${rounds} rounds of ${opts.warmupSeconds} s`);
              }
              const dbBefore = db.pid ? cpuMs(db.pid) : Number.NaN;
              const { result, process } = await watched(pid, () => run(opts.seconds));
              if (result.requests === 0) {
                throw new Error(
                  `${op.name}: the ${name} side completed no request in ${opts.seconds} s (${result.errors} errors)`,
                );
              }
              const dbCpu = db.pid ? cpuMs(db.pid) - dbBefore : Number.NaN;
              return {
                ...result,
                server: process,
                dbCpuMsPerRequest: Number.isFinite(dbCpu)
                  ? round(dbCpu / Math.max(1, result.requests))
                  : null,
              };
            };
            const before = await roundTripCounter(ours.url, operationName);
            const oursResult = await side('ours', ours.pid, (s) =>
              measureHttp(ours.url, op.ours, concurrency, s),
            );
            const after = await roundTripCounter(ours.url, operationName);
            oursResult.roundTrips = round((after.sum - before.sum) / Math.max(1, after.count - before.count));
            const rawResult = await side('raw', undefined, (s) =>
              measureRaw(driver, db.database, op.raw.cypher, op.raw.params, concurrency, s),
            );
            const refRequest = op.neo4jGraphql;
            const refResult = refRequest
              ? await side('neo4jGraphql', reference.pid, (s) =>
                  measureHttp(reference.url, refRequest, concurrency, s),
                )
              : null;
            report.results.push(
              cell(concurrency, { ours: oursResult, raw: rawResult, neo4jGraphql: refResult }),
            );
            log(
              `${op.name} @${graph.nodes} c=${concurrency}: ours p50 ${oursResult.p50} ms ${oursResult.rps}/s` +
                ` (${String(oursResult.roundTrips)} round trips) | raw p50 ${rawResult.p50} ms ${rawResult.rps}/s` +
                (refResult ? ` | neo4jGraphql p50 ${refResult.p50} ms ${refResult.rps}/s` : ''),
            );
          }
        } catch (error) {
          // An operation that fails (e.g. the server's statement deadline at this size) is a
          // result too: its remaining cells say why, and the run goes on.
          const failure = (error instanceof Error ? error.message : String(error)).slice(0, 300);
          log(`${op.name} @${graph.nodes}: failed: ${failure}`);
          const done = new Set(report.results.slice(pushed).map((r) => r.concurrency));
          for (const concurrency of opts.concurrencies.filter((c) => !done.has(c)))
            report.results.push(
              cell(concurrency, {
                ours: FAILED,
                raw: FAILED,
                neo4jGraphql: op.neo4jGraphql ? FAILED : null,
                failure,
              }),
            );
        }
      }
    }
    report.machine.loadAverage = loadavg().map((x) => Math.round(x * 100) / 100);
    return report;
  } finally {
    for (const child of children) await child.stop().catch(() => undefined);
    if (opts.cleanup) await removeGraph(executor, loaded).catch(() => undefined);
    await driver.close();
  }
}

export const RESULTS_DIR = resolve(__dirname, 'results');
export const profileDir = () => join(RESULTS_DIR, 'profiles');
