import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/server';
import { Executor } from './executor';

/** A start-up failure with a message meant for the person starting the server. */
export class StartError extends Error {}

export interface Database {
  driver: Driver;
  executor: Executor;
  /** Where the data lives, for the start-up message (never the password). */
  description: string;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI, connects to that Neo4j (Aura, a cluster through neo4j:// routing,
 * Desktop…); otherwise starts the project's own local Neo4j and connects to it.
 */
export async function connectDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  let user = config.NEO4J_USER;
  let password = config.NEO4J_PASSWORD;
  if (!uri) {
    try {
      local = await startLocalNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        port: config.NEO4J_BOLT_PORT === 0 ? undefined : config.NEO4J_BOLT_PORT,
        heap: config.NEO4J_HEAP,
        pageCache: config.NEO4J_PAGECACHE,
        log,
      });
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
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password ?? ''), {
    userAgent: 'litigation-graph/0.1',
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new StartError(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return {
    driver,
    executor: new Executor(driver, config.NEO4J_DATABASE, undefined, config.QUERY_TIMEOUT_MS),
    description: local ? `local Neo4j at ${uri} (data in ${config.NEO4J_DATA_DIR})` : `Neo4j at ${uri}`,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}
