import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../neo4j-local/supervisor';
import { logger } from '../logger';
import { Availability, startWatchdog } from './availability';
import { DEADLINE_MARGIN_MS, Executor } from './executor';

/** A start-up failure with a message meant for the person starting the server. */
export class StartError extends Error {}

export interface Database {
  driver: Driver;
  executor: Executor;
  /** Whether the database answers (watchdog, and the supervisor of the local Neo4j). */
  availability: Availability;
  /** The local Neo4j, when the project runs its own. */
  local?: SupervisedNeo4j;
  /** Where the data lives, for the start-up message (never the password). */
  description: string;
  close(): Promise<void>;
}

/**
 * Driver settings that keep every statement within its deadline: a bounded pool,
 * no wait for a connection longer than the deadline, a short connect timeout,
 * and retries of transient failures bounded well below it.
 */
export function driverConfig(config: Pick<Config, 'QUERY_TIMEOUT_MS' | 'NEO4J_POOL_SIZE'>) {
  return {
    userAgent: 'litigation-graph/0.1',
    maxConnectionPoolSize: config.NEO4J_POOL_SIZE,
    connectionAcquisitionTimeout: config.QUERY_TIMEOUT_MS + DEADLINE_MARGIN_MS,
    connectionTimeout: Math.min(5_000, config.QUERY_TIMEOUT_MS),
    maxTransactionRetryTime: Math.min(5_000, config.QUERY_TIMEOUT_MS),
  };
}

/**
 * With NEO4J_URI, connects to that Neo4j (Aura, a cluster through neo4j:// routing,
 * Desktop…); otherwise starts the project's own local Neo4j and connects to it.
 */
export async function connectDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let local: SupervisedNeo4j | undefined;
  const availability = new Availability();
  let uri = config.NEO4J_URI;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD;
  if (!uri) {
    try {
      local = await superviseLocalNeo4j(
        {
          dataDir: config.NEO4J_DATA_DIR,
          port: config.NEO4J_BOLT_PORT === 0 ? undefined : config.NEO4J_BOLT_PORT,
          heap: config.NEO4J_HEAP,
          pageCache: config.NEO4J_PAGECACHE,
          log,
        },
        {
          down: (reason) => availability.markDown(reason),
          up: () => availability.markUp(),
          error: (m) => logger.error(m),
          info: (m) => logger.info(m),
        },
      );
    } catch (error) {
      // The local server's errors are written for people (missing JDK, port taken…).
      throw new StartError((error as Error).message);
    }
    ({ uri, user, password } = local);
  } else if (password === undefined) {
    throw new StartError(
      'NEO4J_URI is set but NEO4J_PASSWORD is not; set both (and NEO4J_USER if not "neo4j")',
    );
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password ?? ''), driverConfig(config));
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new StartError(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  // With NEO4J_URI the driver reconnects by itself; the watchdog only tells requests
  // not to wait while nothing answers.
  const watchdog = startWatchdog(availability, {
    uri,
    user,
    password: password ?? '',
    database: config.NEO4J_DATABASE,
  });
  return {
    driver,
    executor: new Executor(driver, config.NEO4J_DATABASE, undefined, config.QUERY_TIMEOUT_MS, availability),
    availability,
    ...(local ? { local } : {}),
    description: local ? `local Neo4j at ${uri} (data in ${config.NEO4J_DATA_DIR})` : `Neo4j at ${uri}`,
    close: async () => {
      await watchdog.stop();
      await driver.close();
      await local?.stop();
    },
  };
}
