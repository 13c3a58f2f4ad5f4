import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { GqlRequest } from './operations';

// Load generation and measurement: HTTP sides through autocannon, the raw side
// as the same closed loop (N clients, each sending its next request when the
// previous one is answered) through neo4j-driver. Latencies are kept exactly
// (autocannon's own histogram rounds to whole milliseconds).

export interface Figures {
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Requests per second. */
  rps: number;
  requests: number;
  errors: number;
  /** Wall time of the run, seconds. */
  seconds: number;
}

export interface ProcessFigures {
  /** CPU time of the process per request, milliseconds. */
  cpuMsPerRequest: number;
  /** CPU use over the run, percent of one core. */
  cpuPercent: number;
  /** Peak resident set during the run, MB. */
  peakRssMb: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function figures(latencies: number[], seconds: number, errors: number): Figures {
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    requests: latencies.length,
    errors,
    seconds: round(seconds),
  };
}

/** A request's answer may take this long before it counts as an error (slow operations at concurrency 16). */
const REQUEST_TIMEOUT_S = 120;

/** `connections` clients posting `request` to `url` until `amount` requests have been answered. */
async function httpRun(
  url: string,
  request: GqlRequest,
  connections: number,
  amount: number,
): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolveRun, reject) => {
    instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        connections,
        pipelining: 1,
        amount,
        timeout: REQUEST_TIMEOUT_S,
      },
      (error, result) => (error ? reject(error as Error) : resolveRun(result)),
    );
  });
  // A GraphQL error answers 200 with `errors`: `checkAnswer` rules that out before any run.
  let last = started;
  instance!.on('response', (_client, statusCode, _bytes, responseTime) => {
    last = process.hrtime.bigint();
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else errors += 1;
  });
  const result = await done;
  errors += result.errors + result.timeouts;
  // Until the last answer: autocannon itself ends on its next one-second tick.
  return { latencies, errors, seconds: Number(last - started) / 1e9 };
}

/**
 * `connections` clients posting `request` to `url` for about `seconds` seconds, closed loop,
 * every request sent answered and counted (as the raw loop does). autocannon's `duration` drops
 * the requests still in flight when it ends, so a side slower than the run would show none:
 * instead a pilot of one request per connection gives the rate, and the run then sends as many
 * requests as that rate answers in the rest of `seconds` (at least one more per connection).
 */
export async function measureHttp(
  url: string,
  request: GqlRequest,
  connections: number,
  seconds: number,
): Promise<Figures> {
  const pilot = await httpRun(url, request, connections, connections);
  const perSecond = pilot.latencies.length / Math.max(0.001, pilot.seconds);
  const amount = Math.max(connections, Math.round(perSecond * Math.max(0, seconds - pilot.seconds)));
  const run = await httpRun(url, request, connections, amount);
  // The pilot is part of the run: same loop, same clients.
  return figures(
    [...pilot.latencies, ...run.latencies],
    pilot.seconds + run.seconds,
    pilot.errors + run.errors,
  );
}

/**
 * Warm-up rounds until one completes at least `connections` requests without error, at most
 * `maxSeconds`; returns the rounds taken. Neo4j plans a statement again once the graph's
 * statistics have changed enough (as they have after loading a graph), which on a cold server
 * takes seconds: a side still waiting on that would be timed at zero requests.
 */
export async function warmUp(
  run: (seconds: number) => Promise<Figures>,
  seconds: number,
  connections: number,
  maxSeconds = 120,
): Promise<number> {
  const started = performance.now();
  for (let rounds = 1; ; rounds += 1) {
    const result = await run(seconds);
    if (result.requests >= connections && result.errors === 0) return rounds;
    if (performance.now() - started > maxSeconds * 1000) {
      throw new Error(
        `still not answering after ${rounds} warm-up rounds (${maxSeconds} s): last round ${result.requests} requests, ${result.errors} errors`,
      );
    }
  }
}

/** The same closed loop through neo4j-driver: a read transaction per request, rows as plain objects. */
export async function measureRaw(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
  connections: number,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await runRaw(driver, database, cypher, params);
        latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return figures(latencies, (performance.now() - started) / 1000, errors);
}

export async function runRaw(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** One request; fails on an HTTP error or any GraphQL error, so no side is timed answering errors. */
export async function checkAnswer(url: string, request: GqlRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    throw new Error(
      `${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  }
  return body.data;
}

/** CPU time (user + system) of a process, in milliseconds, from /proc (Linux). */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 Hz).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Peak RSS since the last `resetPeakRss`, MB (VmHWM). */
export function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Restarts the peak RSS count of a process of ours (Linux clear_refs). */
export function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux or not allowed: the peak is then the process's whole life.
  }
}

/** CPU and peak RSS of a process over a measured run. */
export async function watched<T extends { requests: number }>(
  pid: number | undefined,
  run: () => Promise<T>,
): Promise<{ result: T; process: ProcessFigures | null; seconds: number }> {
  if (pid) resetPeakRss(pid);
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  if (!pid) return { result, process: null, seconds };
  const cpu = cpuMs(pid) - cpuBefore;
  return {
    result,
    seconds,
    process: {
      cpuMsPerRequest: Math.round((cpu / Math.max(1, result.requests)) * 1000) / 1000,
      cpuPercent: Math.round(cpu / seconds / 10),
      peakRssMb: peakRssMb(pid),
    },
  };
}

export interface ServerChild {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A server entry run as a child of this process; resolves once it listens. */
export async function startChild(
  entry: string,
  env: Record<string, string>,
  execArgv: string[] = [],
): Promise<ServerChild> {
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--import', 'tsx', ...execArgv],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once('message', (m) => resolvePort((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${entry} exited (${String(code)}) before listening`)));
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Mean Cypher round trips per request of an operation, from the server's /metrics between two reads. */
export async function roundTripCounter(
  baseUrl: string,
  operation: string,
): Promise<{ sum: number; count: number }> {
  const text = await (await fetch(baseUrl.replace(/\/graphql$/, '/metrics'))).text();
  const read = (suffix: string) => {
    const line = text
      .split('\n')
      .find((l) => l.startsWith(`graphql_cypher_round_trips_${suffix}{operation="${operation}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  };
  return { sum: read('sum'), count: read('count') };
}

export type { Driver };
