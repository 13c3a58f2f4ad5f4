import neo4j, { type Driver } from 'neo4j-driver';
import { logger } from '../logger';

// Whether the database answers, as the watchdog and the local supervisor see it.
// While it is down, the executor answers DATABASE_UNAVAILABLE at once instead of
// letting requests wait on a dead or frozen server; going down also fails the
// statements already waiting, so none of them waits out its deadline.

export class Availability {
  private downSince: number | undefined;
  private why = '';
  private readonly listeners = new Set<(reason: string) => void>();

  constructor(private readonly log: (level: 'info' | 'warn', msg: string) => void = defaultLog) {}

  get up(): boolean {
    return this.downSince === undefined;
  }

  get reason(): string {
    return this.why;
  }

  /** Calls `listener` when the database goes down; returns the unsubscribe function. */
  onLost(listener: (reason: string) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  markDown(reason: string): void {
    if (this.downSince !== undefined) return;
    this.downSince = Date.now();
    this.why = reason;
    this.log('warn', `database unavailable: ${reason}; answering DATABASE_UNAVAILABLE until it is back`);
    for (const listener of [...this.listeners]) listener(reason);
  }

  markUp(): void {
    if (this.downSince === undefined) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = undefined;
    this.why = '';
    this.log('info', `database available again after ${seconds} s`);
  }
}

function defaultLog(level: 'info' | 'warn', msg: string): void {
  logger[level](msg);
}

/** Always up: for executors nobody watches (tests, the ingest command). */
export const ALWAYS_UP = new Availability();

export interface WatchdogOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Between probes; default 1 s. */
  intervalMs?: number;
  /** A probe that has not answered by then counts as down; default 3 s. */
  timeoutMs?: number;
}

/**
 * Probes the database (`RETURN 1`) on its own small driver, so a pool full of busy
 * requests never looks like an outage, and marks it down when a probe fails or
 * hangs (a frozen server accepts connections but never answers), up when one answers.
 */
export function startWatchdog(availability: Availability, opts: WatchdogOptions): { stop(): Promise<void> } {
  const timeoutMs = opts.timeoutMs ?? 3_000;
  const intervalMs = opts.intervalMs ?? 1_000;
  let driver = newProbeDriver(opts, timeoutMs);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const probe = async (): Promise<void> => {
    const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
    const answer = session.executeRead((tx) => tx.run('RETURN 1'), { timeout: timeoutMs });
    let timeout: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => {
      timeout = setTimeout(() => resolve('hung'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([answer.then(() => 'ok' as const), hung]);
      if (stopped) return;
      if (outcome === 'ok') availability.markUp();
      else {
        availability.markDown(`no answer to a probe within ${timeoutMs} ms`);
        // A hung connection would hold the probe's pool; start over with a fresh driver.
        const old = driver;
        driver = newProbeDriver(opts, timeoutMs);
        void answer.catch(() => undefined).finally(() => old.close().catch(() => undefined));
      }
    } catch (error) {
      if (!stopped)
        availability.markDown(`probe failed: ${(error as Error).message.split('\n')[0] ?? 'unknown error'}`);
    } finally {
      clearTimeout(timeout);
      void answer.catch(() => undefined).finally(() => session.close().catch(() => undefined));
    }
  };

  const loop = async (): Promise<void> => {
    if (stopped) return;
    await probe();
    if (!stopped) timer = setTimeout(() => void loop(), intervalMs);
  };
  timer = setTimeout(() => void loop(), intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await driver.close().catch(() => undefined);
    },
  };
}

function newProbeDriver(opts: WatchdogOptions, timeoutMs: number): Driver {
  return neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
    maxConnectionPoolSize: 2,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
    userAgent: 'litigation-graph-watchdog/0.1',
  });
}

const isUnavailable = (error: unknown): boolean =>
  (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code === 'DATABASE_UNAVAILABLE';

/**
 * Runs a start-up step, and runs it again while the database is briefly unavailable: a Neo4j
 * that has just started on a busy machine can miss the watchdog's first probes, and the step
 * (creating indexes, loading the seed) is idempotent. Gives up after `withinMs`.
 */
export async function retryWhileUnavailable<T>(
  availability: Availability,
  step: () => Promise<T>,
  opts: { withinMs: number; onRetry: (reason: string) => void },
): Promise<T> {
  const deadline = Date.now() + opts.withinMs;
  for (;;) {
    try {
      return await step();
    } catch (error) {
      if (!isUnavailable(error) || Date.now() >= deadline) throw error;
      opts.onRetry(availability.reason || 'the database did not answer');
      while (!availability.up && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    }
  }
}
