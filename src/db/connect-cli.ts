import neo4j from 'neo4j-driver';
import type { Config } from '../config';
import { stopOnDeath } from '../neo4j-local/on-death';
import { DataDirInUseError, findRunningLocalNeo4j, type RunningLocalNeo4j } from '../neo4j-local/running';
import { connectDatabase, driverConfig, StartError, type Database } from './connect';
import { Executor } from './executor';

// The database of a command-line tool (`npm run ingest`, later `npm run import`):
// NEO4J_URI when set; else the local Neo4j already running on NEO4J_DATA_DIR
// (`npm start`'s, found through its pid and owner files), used and left running;
// else the tool starts the local Neo4j itself and stops it when it closes, and
// when it dies: Ctrl-C, SIGTERM, SIGHUP, an uncaught error (on-death.ts). A Neo4j
// left running by a tool killed with SIGKILL is stopped by its watchdog, or taken
// over by the next start (neo4j-local/ownership.ts).

export interface CliDatabase {
  executor: Executor;
  /** How the tool reached the database. */
  mode: 'uri' | 'running' | 'started';
  /** The running server used (mode `running`). */
  running?: RunningLocalNeo4j;
  /** For messages; never the password. */
  description: string;
  /** Closes the connection; stops Neo4j only when this tool started it. */
  close(): Promise<void>;
}

export interface CliConnectOptions {
  /** How long to wait for a running server's Neo4j that is restarting; default 120 s. */
  waitMs?: number;
  /** Stop a Neo4j this tool starts on SIGINT, SIGTERM, SIGHUP and uncaught errors, then exit; default true. */
  stopOnDeath?: boolean;
}

export async function connectForCli(
  config: Config,
  log: (m: string) => void,
  opts: CliConnectOptions = {},
): Promise<CliDatabase> {
  if (config.NEO4J_URI) {
    const db = await connectDatabase(config, log);
    return { executor: db.executor, mode: 'uri', description: db.description, close: () => db.close() };
  }
  const find = () =>
    findRunningLocalNeo4j(config.NEO4J_DATA_DIR, { waitMs: opts.waitMs, log }).catch((error: unknown) => {
      throw new StartError((error as Error).message);
    });
  const running = await find();
  if (running) return connectToRunning(config, running, opts.waitMs ?? 120_000);
  let started: Database | undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> | undefined => (started ? (closing ??= started.close()) : undefined);
  // From here on this process may start Neo4j: whatever ends it stops that Neo4j.
  const dispose = opts.stopOnDeath === false ? () => undefined : stopOnDeath({ stop: close, say: log });
  try {
    started = await connectDatabase(config, log);
  } catch (error) {
    dispose();
    // Another process started it meanwhile: use that one.
    if (error instanceof StartError || error instanceof DataDirInUseError) {
      const winner = await find();
      if (winner) return connectToRunning(config, winner, opts.waitMs ?? 120_000);
    }
    throw error;
  }
  return {
    executor: started.executor,
    mode: 'started',
    description: started.description,
    close: async () => {
      await close();
      dispose();
    },
  };
}

async function connectToRunning(
  config: Config,
  running: RunningLocalNeo4j,
  waitMs: number,
): Promise<CliDatabase> {
  const driver = neo4j.driver(
    running.uri,
    neo4j.auth.basic(running.user, running.password),
    driverConfig(config),
  );
  // A server that was just (re)started may take a moment to open its database.
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        await driver.close();
        throw new StartError(
          `Cannot reach the running local Neo4j at ${running.uri}: ${(error as Error).message}`,
        );
      }
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  const by = running.ownerPid !== undefined ? ` of process ${running.ownerPid}` : '';
  return {
    executor: new Executor(driver, config.NEO4J_DATABASE, undefined, config.QUERY_TIMEOUT_MS),
    mode: 'running',
    running,
    description: `the running local Neo4j${by} at ${running.uri} (data in ${config.NEO4J_DATA_DIR}), left running`,
    close: () => driver.close(),
  };
}
