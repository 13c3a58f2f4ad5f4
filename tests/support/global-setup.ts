import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { ensureSchema } from '../../src/db/schema-setup';
import { loadFiles } from '../../src/ingest/load';
import { startLocalNeo4j } from '../../src/neo4j-local/server';
import { seedFiles } from '../../src/ingest/seed-files';
import { TEST_ENV } from './env';

const WIPE = `// wipeTestDatabase
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`;

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  let uri = process.env.NEO4J_URI;
  let user = process.env.NEO4J_USER ?? 'neo4j';
  let password = process.env.NEO4J_PASSWORD ?? '';
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  if (uri) {
    if (process.env.NEO4J_TEST_WIPE !== '1') {
      throw new Error(
        `Tests empty the database at NEO4J_URI (${uri}). Set NEO4J_TEST_WIPE=1 to confirm it is disposable, or unset NEO4J_URI to use a temporary local Neo4j.`,
      );
    }
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'litigation-graph-test-'));
    const local = await startLocalNeo4j({ dataDir, heap: '768m', pageCache: '256m' });
    (globalThis as { __LOCAL_NEO4J__?: typeof local }).__LOCAL_NEO4J__ = local;
    ({ uri, user, password } = local);
  }
  process.env[TEST_ENV.uri] = uri;
  process.env[TEST_ENV.user] = user;
  process.env[TEST_ENV.password] = password;
  process.env[TEST_ENV.database] = database;

  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const executor = new Executor(driver, database);
    // CALL … IN TRANSACTIONS needs an implicit transaction, so it runs through a plain session.
    const session = driver.session({ database });
    await session.run(WIPE).finally(() => session.close());
    await ensureSchema(executor);
    await loadFiles(executor, seedFiles(resolve(__dirname, '../../seed')));
  } finally {
    await driver.close();
  }
}
