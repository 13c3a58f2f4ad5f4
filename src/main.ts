import cluster, { type Worker } from 'node:cluster';
import { resolve } from 'node:path';
import { ConfigError, corsOrigins, loadConfig, productionSettings, type Config } from './config';
import { retryWhileUnavailable } from './db/availability';
import { connectDatabase, StartError, type Database } from './db/connect';
import type { Executor } from './db/executor';
import { ensureSchema } from './db/schema-setup';
import { IngestError } from './ingest/format';
import { loadFiles } from './ingest/load';
import { logger } from './logger';
import { QUERIES } from './repositories/entities';
import { precomputeOutcomeStats } from './repositories/stats-snapshot';
import { seedFiles } from './ingest/seed-files';
import { ensureExplorerBuilt } from './server/explorer';
import { warmExplorerPages } from './server/warm-explorer';
import {
  assertPortFree,
  PortInUseError,
  ROOT,
  startServer,
  type RunningServer,
  type ServerOptions,
} from './server/server';

const COUNT_NODES = `// countEntities
MATCH (n:Node) RETURN count(n) AS n`;

/** Constraints and indexes, then the seed when `seed` asks for it: idempotent, so safe to retry. */
async function prepareGraph(
  executor: Executor,
  seed: Config['SEED'],
  say: (m: string) => void,
): Promise<void> {
  await ensureSchema(executor);
  const [row] = await executor.read(COUNT_NODES);
  const empty = row?.n === 0;
  if (seed === 'always' || (seed === 'if-empty' && empty)) {
    const reports = await loadFiles(executor, seedFiles(resolve(ROOT, 'seed')));
    for (const r of reports) say(`seeded ${r.docId}: ${r.nodes} nodes, ${r.relationships} relationships`);
  } else {
    say(`graph already holds ${String(row?.n)} entities; seed not reloaded (SEED=${seed})`);
  }
}

/** The HTTP server's options, as the configuration sets them. */
function serverOptions(config: Config): ServerOptions {
  return {
    port: config.PORT,
    host: config.HOST,
    introspection: config.INTROSPECTION ?? !config.isProduction,
    playground: config.PLAYGROUND ?? !config.isProduction,
    corsOrigins: corsOrigins(config),
    maxCost: config.MAX_QUERY_COST,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
    apiToken: config.API_TOKEN,
    writeBodyLimitBytes: config.MAX_WRITE_BODY_BYTES,
    ...productionSettings(config),
  };
}

/** API_WORKERS > 1: processes forked with node:cluster, serving on the one port the primary shares. */
interface WorkerPool {
  /** The URL served, once every worker listens; rejects when one stops before it serves. */
  ready: Promise<string>;
  pids(): number[];
  /** Stops every worker (SIGTERM, SIGKILL after the grace period) and waits for their exit. */
  stop(): Promise<void>;
}

/** A worker's message to the primary once it serves. */
interface Serving {
  serving: string;
}

const WORKER_STOP_GRACE_MS = 15_000;

/**
 * What a worker needs to reach the Neo4j the primary prepared. The local Neo4j's generated
 * password goes in the workers' environment (readable by this user only, like the password
 * file), never on a command line; with NEO4J_URI the workers inherit the primary's settings.
 */
function workerEnv(db: Database): Record<string, string> {
  return db.local
    ? { NEO4J_URI: db.local.uri, NEO4J_USER: db.local.user, NEO4J_PASSWORD: db.local.password }
    : {};
}

function stopWorker(worker: Worker, graceMs: number): Promise<void> {
  return new Promise((done) => {
    if (worker.isDead()) {
      done();
      return;
    }
    const timer = setTimeout(() => worker.process.kill('SIGKILL'), graceMs);
    worker.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    worker.process.kill('SIGTERM');
  });
}

/**
 * Forks `count` workers. A worker that dies after serving is logged and replaced; one that dies
 * before serving fails the start (or, later, is not replaced); `onEmpty` when none is left.
 */
function startWorkers(count: number, env: Record<string, string>, onEmpty: () => void): WorkerPool {
  let stopping = false;
  const served = new Set<number>();
  let url: string | undefined;
  const ready = new Promise<string>((resolveReady, reject) => {
    cluster.on('message', (worker, message: Partial<Serving>) => {
      if (typeof message?.serving !== 'string') return;
      served.add(worker.id);
      url = message.serving;
      if (served.size === count) resolveReady(url);
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `exit code ${String(code)}`;
      if (!served.has(worker.id)) {
        logger.error(`worker ${String(worker.process.pid)} stopped (${how}) before it served`);
        reject(new StartError(`a worker stopped (${how}) before it served; see its error above`));
      } else {
        const next = cluster.fork(env);
        logger.error(
          `worker ${String(worker.process.pid)} died (${how}); started ${String(next.process.pid)}`,
        );
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) onEmpty();
    });
  });
  for (let i = 0; i < count; i += 1) cluster.fork(env);
  const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  return {
    ready,
    pids: () => alive().map((w) => w.process.pid!),
    async stop() {
      stopping = true;
      await Promise.all(alive().map((w) => stopWorker(w, WORKER_STOP_GRACE_MS)));
    },
  };
}

/** A cluster worker serves with its own connection to the Neo4j the primary prepared, nothing more. */
async function serveAsWorker(config: Config): Promise<{ db: Database; server: RunningServer }> {
  const db = await connectDatabase(config, (m) => logger.debug(m));
  try {
    const server = await startServer(db.executor, serverOptions(config));
    process.send?.({ serving: server.url } satisfies Serving);
    return { db, server };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    // One line on stderr, no stack: the variable and what is wrong with it.
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const say = (m: string) => logger.info(m);
  let db: Database | undefined;
  let server: RunningServer | undefined;
  let workers: WorkerPool | undefined;
  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await server?.stop();
    // Before the local Neo4j (db.close), which outlives every connection to it.
    await workers?.stop();
    await db?.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A closed terminal: without a handler Node dies at once and the local Neo4j is left running.
  process.on('SIGHUP', () => void stop('SIGHUP'));
  // Stop the local Neo4j cleanly rather than leave it to the 'exit' handler's SIGTERM.
  const crashed = (error: unknown) => {
    logger.fatal({ err: error }, 'unexpected error; stopping');
    void stop('unexpected error', 1);
  };
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);

  try {
    if (cluster.isWorker) {
      ({ db, server } = await serveAsWorker(config));
      return;
    }
    await assertPortFree(config.PORT, config.HOST);
    db = await connectDatabase(config, say);
    say(`connected to ${db.description}`);
    const { executor } = db;
    await retryWhileUnavailable(executor.availability, () => prepareGraph(executor, config.SEED, say), {
      withinMs: 120_000,
      onRetry: (reason) => say(`database not answering yet (${reason}); retrying the start-up step`),
    });
    await precomputeOutcomeStats(executor, say);
    const settings = productionSettings(config);
    let url: string;
    if (config.API_WORKERS > 1) {
      // Built once here, not by every worker at the same time.
      await ensureExplorerBuilt();
      workers = startWorkers(config.API_WORKERS, workerEnv(db), () => void stop('no worker left', 1));
      url = await workers.ready;
      say(`${config.API_WORKERS} workers serve (node:cluster, pids ${workers.pids().join(', ')})`);
    } else {
      server = await startServer(db.executor, serverOptions(config));
      url = server.url;
    }
    say(
      config.API_TOKEN
        ? 'mutations (loadDocument, removeDocument) enabled for requests with the API_TOKEN'
        : 'mutations disabled (set API_TOKEN to enable loadDocument and removeDocument)',
    );
    say(
      settings.metrics === 'token'
        ? settings.metricsToken
          ? `/metrics for requests with the ${config.METRICS_TOKEN ? 'METRICS_TOKEN' : 'API_TOKEN'}`
          : '/metrics refused: METRICS=token but neither METRICS_TOKEN nor API_TOKEN is set'
        : settings.metrics === 'on'
          ? `/metrics public${config.METRICS ? '' : ' (outside production; METRICS=token to require a token)'}`
          : '/metrics off (METRICS=off)',
    );
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL and playground at ${url}`);
    // The document statements are large; Neo4j plans each on first use, which can take
    // seconds. Running each once on no ids now, then each explorer page's operation
    // (server/warm-explorer.ts), fills the plan cache and spares the first users.
    const warming = Date.now();
    const database = db;
    void (async () => {
      // One at a time: planned side by side on two cores, they starve each other past the timeout.
      for (const q of Object.values(QUERIES)) await database.executor.read(q.cypher, { ids: [] });
      return warmExplorerPages(url, database.executor);
    })()
      .then(({ asked, failed }) => {
        say(
          `query plans warmed in ${((Date.now() - warming) / 1000).toFixed(1)} s (${asked} explorer operations)`,
        );
        if (failed.length > 0) logger.warn({ failed }, 'explorer operations that could not be warmed');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'warming query plans failed'));
  } catch (error) {
    await workers?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    const known =
      error instanceof ConfigError ||
      error instanceof PortInUseError ||
      error instanceof IngestError ||
      error instanceof StartError;
    logger.fatal(known ? (error as Error).message : { err: error }, known ? undefined : 'start failed');
    if (!known && error instanceof Error) process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
}

void main();
