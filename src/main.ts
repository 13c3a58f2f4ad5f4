import { resolve } from 'node:path';
import { ConfigError, corsOrigins, loadConfig } from './config';
import { connectDatabase, StartError, type Database } from './db/connect';
import { ensureSchema } from './db/schema-setup';
import { IngestError } from './ingest/format';
import { loadFiles } from './ingest/load';
import { logger } from './logger';
import { QUERIES } from './repositories/entities';
import { seedFiles } from './ingest/seed-files';
import { assertPortFree, PortInUseError, ROOT, startServer, type RunningServer } from './server/server';

const COUNT_NODES = `// countEntities
MATCH (n:Node) RETURN count(n) AS n`;

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
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    await server?.stop();
    await db?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await assertPortFree(config.PORT, config.HOST);
    db = await connectDatabase(config, say);
    say(`connected to ${db.description}`);
    await ensureSchema(db.executor);
    const [row] = await db.executor.read(COUNT_NODES);
    const empty = row?.n === 0;
    if (config.SEED === 'always' || (config.SEED === 'if-empty' && empty)) {
      const reports = await loadFiles(db.executor, seedFiles(resolve(ROOT, 'seed')));
      for (const r of reports) say(`seeded ${r.docId}: ${r.nodes} nodes, ${r.relationships} relationships`);
    } else {
      say(`graph already holds ${String(row?.n)} entities; seed not reloaded (SEED=${config.SEED})`);
    }
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
    });
    say(
      config.API_TOKEN
        ? 'mutations (loadDocument, removeDocument) enabled for requests with the API_TOKEN'
        : 'mutations disabled (set API_TOKEN to enable loadDocument and removeDocument)',
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
