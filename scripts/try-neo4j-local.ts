// Throwaway manual check of src/neo4j-local: cold start, write, stop, warm start, read back.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/server';

const log = (m: string): void => console.log(`[neo4j-local] ${m}`);

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await fn();
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function query(server: LocalNeo4j, cypher: string): Promise<unknown[]> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'neo4j-local-try-'));
  console.log(`dataDir ${dataDir}`);
  let server: LocalNeo4j | undefined;
  try {
    const cold = await timed('cold start', () => startLocalNeo4j({ dataDir, log }));
    server = cold;
    console.log('RETURN 1 ->', await query(cold, 'RETURN 1 AS one'));
    await query(cold, "CREATE (:Probe {name: 'persisted'})");
    const mode = ((await stat(join(dataDir, 'password'))).mode & 0o777).toString(8);
    console.log(`password file mode ${mode}`);
    await timed('stop', () => cold.stop());
    await cold.stop(); // idempotent

    const warm = await timed('warm start', () => startLocalNeo4j({ dataDir, log }));
    server = warm;
    const rows = await query(warm, "MATCH (p:Probe {name: 'persisted'}) RETURN count(p) AS n");
    console.log('node after restart ->', rows);
    const stored = (await readFile(join(dataDir, 'password'), 'utf8')).trim();
    console.log(`password reused: ${warm.password === cold.password && stored === cold.password}`);
    await timed('stop', () => warm.stop());
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
