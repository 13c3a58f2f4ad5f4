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
import { assertPortFree, PortInUseError, ROOT, startServer, type RunningServer } from './server/server';

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
  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await server?.stop();
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
    server = await startServer(db.executor, {
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
      ...settings,
    });
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
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL and playground at ${server.url}`);
    // The document statements are large; Neo4j plans each on first use, which can take
    // seconds. Running each once on no ids now fills the plan cache and spares the first users.
    const warming = Date.now();
    const database = db;
    void (async () => {
      // One at a time: planned side by side on two cores, they starve each other past the timeout.
      for (const q of Object.values(QUERIES)) await database.executor.read(q.cypher, { ids: [] });
    })()
      .then(() => say(`query plans warmed in ${((Date.now() - warming) / 1000).toFixed(1)} s`))
      .catch((error: unknown) => logger.warn({ err: error }, 'warming query plans failed'));
  } catch (error) {
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
