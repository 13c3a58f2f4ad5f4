import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { ensureSchema } from '../../src/db/schema-setup';
import { loadFiles } from '../../src/ingest/load';
import { seedFiles } from '../../src/ingest/seed-files';
import { neo4jLayout } from '../../src/neo4j-local/config';
import { BackupError, backupLocalNeo4j, restoreLocalNeo4j } from '../../src/neo4j-local/dump';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/server';
import { fingerprint } from '../support/graph';

// npm run backup / npm run restore, through the functions the commands call, on a
// Neo4j of this test's own (a temporary folder, a small heap): the seed graph is
// dumped while Neo4j is stopped, the graph is wiped, the dump is loaded back, and
// the whole graph (every node, relationship, label and property) hashes the same.

const ROOT = resolve(__dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'backup-restore-'));
const backups = join(dataDir, '..', `${dataDir.split('/').pop()!}-backups`);
const dump = join(backups, 'seed.dump');
const layout = neo4jLayout(resolve(dataDir));
const storeDir = join(layout.dataDir, 'databases', 'neo4j');
const memory = { heap: '512m', pageCache: '128m' };
const adminHeap = '256m';

let local: LocalNeo4j | undefined;
let driver: Driver | undefined;
let executor: Executor;

async function start(): Promise<void> {
  local = await startLocalNeo4j({ dataDir, ...memory });
  driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password));
  executor = new Executor(driver, 'neo4j', undefined, 120_000);
}

async function stop(): Promise<void> {
  await driver?.close();
  await local?.stop();
  driver = undefined;
  local = undefined;
}

const SCHEMA = `// schemaNames
SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names`;
const schemaNames = async () => ((await executor.read(SCHEMA))[0]?.names as string[]).sort();

/** File names and sizes under the store: "unchanged" means exactly these. */
function storeListing(): string[] {
  return readdirSync(storeDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${join(e.parentPath, e.name)} ${statSync(join(e.parentPath, e.name)).size}`)
    .sort();
}

let original: { nodes: number; rels: number; hash: string };
let originalSchema: string[];

beforeAll(async () => {
  await start();
  await ensureSchema(executor);
  await loadFiles(executor, seedFiles(resolve(ROOT, 'seed')));
  original = await fingerprint(executor);
  originalSchema = await schemaNames();
  expect(original.nodes).toBeGreaterThan(10);
}, 300_000);

afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(backups, { recursive: true, force: true });
}, 120_000);

describe('backup and restore of the local Neo4j', () => {
  it('refuses to back up while a live process runs the Neo4j, naming both pids; writes nothing', async () => {
    const error = await backupLocalNeo4j({ dataDir, file: dump, heap: adminHeap }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const message = (error as Error).message;
    expect(message).toMatch(/^npm run backup needs the local Neo4j stopped/);
    expect(message).toContain(`Neo4j (pid ${local!.pid})`);
    expect(message).toContain(`process (${process.pid})`);
    expect(existsSync(dump)).toBe(false);
    expect(existsSync(backups)).toBe(false);
  });

  it('dumps the stopped database into an owner-only file and never replaces a dump', async () => {
    await stop();
    const result = await backupLocalNeo4j({ dataDir, file: dump, heap: adminHeap });
    expect(result.file).toBe(dump);
    expect(result.bytes).toBeGreaterThan(1000);
    expect(statSync(dump).mode & 0o777).toBe(0o600);
    expect(statSync(backups).mode & 0o777).toBe(0o700);
    console.log(`backup of the seed graph: ${result.bytes} bytes in ${result.seconds.toFixed(1)} s`);

    const again = await backupLocalNeo4j({ dataDir, file: dump, heap: adminHeap }).catch((e: unknown) => e);
    expect((again as Error).message).toMatch(/already exists/);
    expect(statSync(dump).size).toBe(result.bytes);
    expect(readdirSync(backups)).toEqual(['seed.dump']);
  }, 120_000);

  it('after the graph is wiped, restore refuses without --force, and a missing, empty or cut-short dump changes nothing', async () => {
    await start();
    await executor.write(`// wipeForRestoreTest
MATCH (n) DETACH DELETE n`);
    expect((await fingerprint(executor)).nodes).toBe(0);
    await stop();
    const before = storeListing();

    const unforced = await restoreLocalNeo4j({ dataDir, file: dump, heap: adminHeap }).catch(
      (e: unknown) => e,
    );
    expect(unforced).toBeInstanceOf(BackupError);
    expect((unforced as Error).message).toMatch(/already holds database "neo4j".*--force/);

    const missing = join(backups, 'missing.dump');
    await expect(restoreLocalNeo4j({ dataDir, file: missing, force: true })).rejects.toThrow(
      `${missing} does not exist`,
    );
    const empty = join(backups, 'empty.dump');
    writeFileSync(empty, '', { mode: 0o600 });
    await expect(restoreLocalNeo4j({ dataDir, file: empty, force: true })).rejects.toThrow(/is empty/);
    // A dump cut short: the load fails half-way, and the database set aside is put back.
    const truncated = join(backups, 'truncated.dump');
    writeFileSync(truncated, readFileSync(dump).subarray(0, Math.floor(statSync(dump).size / 2)), {
      mode: 0o600,
    });
    const failed = await restoreLocalNeo4j({ dataDir, file: truncated, force: true, heap: adminHeap }).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(BackupError);
    expect((failed as Error).message).toMatch(/^neo4j-admin failed loading truncated\.dump/);
    expect(storeListing()).toEqual(before);
    expect(readdirSync(layout.runDir).filter((f) => f.startsWith('restore-'))).toEqual([]);
  }, 120_000);

  it('restores the dump: the whole graph and its constraints are back, identical', async () => {
    const result = await restoreLocalNeo4j({ dataDir, file: dump, force: true, heap: adminHeap });
    expect(result.replaced).toBe(true);
    console.log(`restore of the seed graph: ${result.seconds.toFixed(1)} s`);
    await start();
    expect(await fingerprint(executor)).toEqual(original);
    expect(await schemaNames()).toEqual(originalSchema);
  }, 300_000);

  it('the commands exit 1 with the reason: a missing dump, a remote database', async () => {
    const run = (script: string, args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number; stderr: string }>((done) => {
        const childEnv: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir, ...env };
        if (!env.NEO4J_URI) delete childEnv.NEO4J_URI;
        execFile(
          join(ROOT, 'node_modules/.bin/tsx'),
          [script, ...args],
          { cwd: ROOT, env: childEnv, timeout: 60_000 },
          (error, _stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stderr }),
        );
      });
    const missing = await run('src/cli/restore.ts', ['--force', join(backups, 'nope.dump')]);
    expect(missing).toEqual({ code: 1, stderr: `${join(backups, 'nope.dump')} does not exist\n` });
    const remote = await run('src/cli/backup.ts', [], { NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' });
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/NEO4J_URI is set .*server's own tools/);
  }, 120_000);
});
