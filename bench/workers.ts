import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { ensureSchema } from '../src/db/schema-setup';
import { freePort } from '../src/server/server';
import { growGraph, worldCases } from './graph-source';
import { chooseTargets, forgetPlans, openBenchDatabase, RESULTS_DIR, type Connection } from './harness';
import { checkAnswer, cpuMs, measureHttp, warmUp, type Figures } from './measure';
import { operations, type Operation } from './operations';
import { writePretty } from './pretty';
import { parseSize } from './sizes';
import { isAlive } from '../src/neo4j-local/processes';

// `npm run bench:workers`: the server as `npm start` runs it (src/main.ts), once with
// API_WORKERS=1 and once with API_WORKERS=2, over the same generated graph and Neo4j.
// Both servers run side by side and are measured in turn, cell by cell and round by
// round (the order alternating), so a change in the machine's other load falls on both.
// Writes bench/results/workers.json and prints the table.
//   BENCH_SIZE=100k  BENCH_OPS=caseDetail,partyProfile,casesFiltered  BENCH_CONCURRENCY=1,16
//   BENCH_SECONDS=4  BENCH_WARMUP=1  BENCH_ROUNDS=3  BENCH_WORKERS=1,2
//   NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): that Neo4j instead of a temporary one

const ROOT = resolve(__dirname, '..');
const list = (text: string | undefined, fallback: string) => (text ?? fallback).split(',').filter(Boolean);
const log = (m: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);
const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Options {
  size: number;
  ops: string[];
  concurrencies: number[];
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  workers: number[];
}

/** src/main.ts serving the benchmark's graph with `workers` processes. */
interface MainServer {
  workers: number;
  url: string;
  /** The primary and, with workers, every worker. */
  pids: number[];
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Resolves once the server is ready and its query plans are warmed (as logged, JSON lines). */
async function startMain(db: Connection, workers: number): Promise<MainServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      NEO4J_DATABASE: db.database,
      API_WORKERS: String(workers),
      PORT: String(await freePort()),
      SEED: 'never',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let pids = [child.pid!];
  const url = await new Promise<string>((resolveUrl, reject) => {
    let ready: string | undefined;
    child.once('exit', (code) => reject(new Error(`src/main.ts (API_WORKERS=${workers}) exited (${code})`)));
    lines.on('line', (text) => {
      const msg = (/"msg":"([^"]*)"/.exec(text) ?? [])[1] ?? '';
      const serving = /workers serve \(node:cluster, pids ([\d, ]+)\)/.exec(msg);
      if (serving) pids = [child.pid!, ...serving[1]!.split(', ').map(Number)];
      ready ??= /^ready in .* at (http:\/\/\S+)$/.exec(msg)?.[1];
      if (ready && /^(query plans warmed|warming query plans failed)/.test(msg)) resolveUrl(ready);
    });
  });
  // From here on only the request log: drained unread.
  lines.close();
  child.stdout!.resume();
  return {
    workers,
    url: url.replace('localhost', '127.0.0.1'),
    pids,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited(child);
      clearTimeout(timer);
      for (const pid of pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    },
  };
}

/** Busy CPU time of the whole machine, ms (/proc/stat: all but idle and iowait). */
function machineBusyMs(): number {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const ticks = fields.slice(0, 8).map(Number);
    return (ticks.reduce((a, b) => a + b, 0) - ticks[3]! - ticks[4]!) * 10;
  } catch {
    return Number.NaN;
  }
}

interface RoundResult extends Figures {
  /** CPU of the server's processes (primary and workers), percent of one core. */
  nodeCpuPercent: number;
  /** CPU of the database process, percent of one core (null when not ours to watch). */
  dbCpuPercent: number | null;
  /**
   * CPU of everything else on the machine (other people's work; this load generator excluded),
   * percent of one core over the wall time of the run (autocannon ends on a one-second tick, so
   * the wall time is longer than `seconds`, which the other percentages are of).
   */
  otherCpuPercent: number | null;
}

/** One timed run of `op` against `server`, with the CPU every party used meanwhile. */
async function timedRun(
  server: MainServer,
  op: Operation,
  concurrency: number,
  seconds: number,
  dbPid: number | undefined,
): Promise<RoundResult> {
  const nodeMs = () => server.pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
  const selfMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const wallStart = performance.now();
  const before = {
    node: nodeMs(),
    db: dbPid ? cpuMs(dbPid) : Number.NaN,
    self: selfMs(),
    all: machineBusyMs(),
  };
  const figures = await measureHttp(server.url, op.ours, concurrency, seconds);
  const node = nodeMs() - before.node;
  const db = dbPid ? cpuMs(dbPid) - before.db : Number.NaN;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const other =
    machineBusyMs() - before.all - node - (Number.isFinite(db) ? db : 0) - (selfMs() - before.self);
  const percent = (ms: number) => (Number.isFinite(ms) ? Math.round(ms / figures.seconds / 10) : null);
  return {
    ...figures,
    nodeCpuPercent: percent(node) ?? Number.NaN,
    dbCpuPercent: percent(db),
    otherCpuPercent: dbPid ? Math.round(Math.max(0, other) / wallSeconds / 10) : null,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface Cell {
  op: string;
  concurrency: number;
  /** Per worker count: every round, and the medians. */
  byWorkers: Record<
    string,
    {
      rounds: RoundResult[];
      rps: number;
      p50: number;
      p99: number;
      nodeCpuPercent: number;
      dbCpuPercent: number | null;
      otherCpuPercent: number | null;
    }
  >;
}

function summarize(rounds: RoundResult[]): Cell['byWorkers'][string] {
  const of = (pick: (r: RoundResult) => number | null) => {
    const values = rounds.map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
    return values.length ? round3(median(values)) : null;
  };
  return {
    rounds,
    rps: of((r) => r.rps) ?? 0,
    p50: of((r) => r.p50) ?? Number.NaN,
    p99: of((r) => r.p99) ?? Number.NaN,
    nodeCpuPercent: of((r) => r.nodeCpuPercent) ?? Number.NaN,
    dbCpuPercent: of((r) => r.dbCpuPercent),
    otherCpuPercent: of((r) => r.otherCpuPercent),
  };
}

/** Every operation at every concurrency, the servers in turn, `rounds` times. */
async function measureCells(
  servers: MainServer[],
  ops: Operation[],
  opts: Options,
  dbPid: number | undefined,
): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const op of ops) {
    for (const server of servers) await checkAnswer(server.url, op.ours);
    for (const concurrency of opts.concurrencies) {
      const rounds = new Map<MainServer, RoundResult[]>(servers.map((s) => [s, []]));
      for (const server of servers) {
        await warmUp(
          (s) => measureHttp(server.url, op.ours, concurrency, s),
          opts.warmupSeconds,
          concurrency,
        );
      }
      for (let r = 0; r < opts.rounds; r += 1) {
        const order = r % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) {
          const result = await timedRun(server, op, concurrency, opts.seconds, dbPid);
          rounds.get(server)!.push(result);
          log(
            `${op.name} c=${concurrency} workers=${server.workers} round ${r + 1}: ${result.rps}/s p50 ${result.p50} ms` +
              ` (node ${result.nodeCpuPercent}%, neo4j ${String(result.dbCpuPercent)}%, others ${String(result.otherCpuPercent)}%, ${result.errors} errors)`,
          );
        }
      }
      cells.push({
        op: op.name,
        concurrency,
        byWorkers: Object.fromEntries(servers.map((s) => [String(s.workers), summarize(rounds.get(s)!)])),
      });
    }
  }
  return cells;
}

/** The table: req/s and p50 per worker count, and the ratio of the last to the first. */
export function workersTable(cells: Cell[], workers: number[]): string {
  const [a, b] = [String(workers[0]), String(workers[workers.length - 1])];
  const ratio = (x: number, y: number) => (y > 0 && Number.isFinite(x) ? (x / y).toFixed(2) : '—');
  const head =
    `| operation | c | req/s ${a}w | req/s ${b}w | ${b}w/${a}w | p50 ms ${a}w | p50 ms ${b}w | ${b}w/${a}w | node CPU % ${a}w / ${b}w | Neo4j CPU % ${a}w / ${b}w | others' CPU % ${a}w / ${b}w |\n` +
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const rows = cells.map((c) => {
    const x = c.byWorkers[a]!;
    const y = c.byWorkers[b]!;
    return `| ${c.op} | ${c.concurrency} | ${x.rps} | ${y.rps} | ${ratio(y.rps, x.rps)} | ${round1(x.p50)} | ${round1(y.p50)} | ${ratio(y.p50, x.p50)} | ${x.nodeCpuPercent} / ${y.nodeCpuPercent} | ${String(x.dbCpuPercent)} / ${String(y.dbCpuPercent)} | ${String(x.otherCpuPercent)} / ${String(y.otherCpuPercent)} |`;
  });
  return [head, ...rows].join('\n');
}

function options(): Options {
  return {
    size: parseSize(process.env.BENCH_SIZE ?? '100k'),
    ops: list(process.env.BENCH_OPS, 'caseDetail,partyProfile,casesFiltered'),
    concurrencies: list(process.env.BENCH_CONCURRENCY, '1,16').map(Number),
    seconds: Number(process.env.BENCH_SECONDS ?? 4),
    warmupSeconds: Number(process.env.BENCH_WARMUP ?? 1),
    rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    workers: list(process.env.BENCH_WORKERS, '1,2').map(Number),
  };
}

const loadAverage = () => loadavg().map((x) => Math.round(x * 100) / 100);

async function main(): Promise<void> {
  const opts = options();
  const { db, close } = await openBenchDatabase('lg-bench-workers-', '2g');
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  const executor = new Executor(driver, db.database);
  const servers: MainServer[] = [];
  try {
    await ensureSchema(executor);
    const graph = await growGraph(
      executor,
      worldCases([opts.size], 0),
      { prefix: 'bench', chunkCases: 1000, progress: log },
      [],
      0,
    );
    await forgetPlans(driver, db.database, log);
    log(
      `graph: ${graph.nodes} nodes, ${graph.relationships} relationships, loaded in ${graph.loadSeconds} s`,
    );
    const targets = await chooseTargets(executor, 'bench');
    const ops = operations(targets).filter((o) => opts.ops.includes(o.name));
    // One after the other: each primary's start (schema check, plan warming) has the machine to itself.
    for (const workers of opts.workers) {
      servers.push(await startMain(db, workers));
      log(`API_WORKERS=${workers}: pids ${servers.at(-1)!.pids.join(', ')}`);
    }
    const loadBefore = loadAverage();
    const started = new Date().toISOString();
    const cells = await measureCells(servers, ops, opts, db.pid);
    const loadAfter = loadAverage();
    const table = workersTable(cells, opts.workers);
    const result = {
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
      },
      date: started,
      options: opts,
      graph: { nodes: graph.nodes, relationships: graph.relationships, cases: graph.cases },
      targets,
      cells,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    await writePretty(join(RESULTS_DIR, 'workers.json'), JSON.stringify(result));
    process.stdout.write(
      `\n${table}\n\nmedians of ${opts.rounds} rounds of ${opts.seconds} s; graph ${graph.nodes} nodes; ` +
        `load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')} (${cpus().length} cores)\n` +
        `results in ${join(RESULTS_DIR, 'workers.json')}\n`,
    );
  } finally {
    for (const server of servers) await server.stop().catch(() => undefined);
    await driver.close();
    await close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
