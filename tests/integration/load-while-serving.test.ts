import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/db/connect';
import { connectForCli } from '../../src/db/connect-cli';
import { Executor } from '../../src/db/executor';
import { ensureSchema } from '../../src/db/schema-setup';
import { loadChecked } from '../../src/ingest/load';
import { checkDocumentData } from '../../src/ingest/validate';
import { neo4jLayout } from '../../src/neo4j-local/config';
import { DataDirInUseError, findRunningLocalNeo4j, ownerFile } from '../../src/neo4j-local/running';
import { isAlive } from '../../src/neo4j-local/server';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../../src/neo4j-local/supervisor';
import { startServer, type RunningServer } from '../../src/server/server';
import { postGraphQL, sentDocument } from '../support/sent-document';

// `npm run ingest` while `npm start` runs: the CLI finds the server's local Neo4j
// (same data folder) and loads into it; the running server answers at once; no
// second Neo4j is ever started on that folder. With nothing running, the CLI starts
// Neo4j itself and stops it at the end.

const ROOT = resolve(__dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'load-while-serving-'));
const quiet = { down: () => undefined, up: () => undefined, error: () => undefined, info: () => undefined };
const memory = { heap: '512m', pageCache: '128m' };
const cliEnv = {
  NEO4J_DATA_DIR: dataDir,
  NEO4J_HEAP: memory.heap,
  NEO4J_PAGECACHE: memory.pageCache,
  QUERY_TIMEOUT_MS: '120000',
};

let supervised: SupervisedNeo4j | undefined;
let driver: Driver | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  supervised = await superviseLocalNeo4j({ dataDir, ...memory }, quiet);
  driver = neo4j.driver(supervised.uri, neo4j.auth.basic(supervised.user, supervised.password));
  const executor = new Executor(driver, 'neo4j', undefined, 120_000);
  await ensureSchema(executor);
  server = await startServer(executor, { port: 0, host: '127.0.0.1' });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await supervised?.stop();
}, 120_000);

const CASE = `query Case($id: ID!) { case(id: $id) { caption parties { edges { node { role party { id } } } } } }`;
const caseAnswer = async (id: string) =>
  (await postGraphQL(server!.port, { query: CASE, variables: { id } })).body.data?.case;

/** Runs `npm run ingest` (tsx src/cli/ingest.ts) as a separate process, as a person would. */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...cliEnv };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/ingest.ts', ...args],
      { cwd: ROOT, env, timeout: 240_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function writeDocumentFile(docId: string): { file: string; caseId: string } {
  const sent = sentDocument(docId);
  const dir = mkdtempSync(join(tmpdir(), `${docId}-`));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'text.txt'), sent.sources[0]!.text);
  const document = {
    ...sent.document,
    sources: (sent.document.sources as Record<string, unknown>[]).map((s) => ({
      ...s,
      file: 'sources/text.txt',
    })),
  };
  const file = join(dir, `${docId}.json`);
  writeFileSync(file, JSON.stringify(document));
  return { file, caseId: sent.caseId };
}

describe('a CLI while the server runs on the local Neo4j', () => {
  it('connectForCli finds the running server (pid, port, password) and loads into it; the server answers without a restart', async () => {
    const config = loadConfig(cliEnv);
    const db = await connectForCli(config, () => undefined);
    try {
      expect(db.mode).toBe('running');
      expect(db.running).toMatchObject({
        uri: supervised!.uri,
        pid: supervised!.pid(),
        ownerPid: process.pid,
      });
      const sent = sentDocument('cli-fn-doc');
      const texts = new Map(sent.sources.map((s) => [s.id, s.text]));
      await loadChecked(db.executor, checkDocumentData('cli-fn-doc', sent.document, texts));
      expect(await caseAnswer(sent.caseId)).toEqual({
        caption: 'Roe v. Baldwin',
        parties: {
          edges: expect.arrayContaining([{ node: { role: 'PLAINTIFF', party: { id: sent.plaintiffId } } }]),
        },
      });
    } finally {
      await db.close();
    }
    // Closing the CLI's connection leaves the server's Neo4j as it was.
    expect(supervised!.restarts()).toBe(0);
    expect(isAlive(supervised!.pid())).toBe(true);
    expect(await caseAnswer('case:cli-fn-doc-roe-v-baldwin')).not.toBeNull();
  });

  it('never starts a second Neo4j on the same data folder', async () => {
    const pidBefore = supervised!.pid();
    await expect(superviseLocalNeo4j({ dataDir, ...memory }, quiet)).rejects.toThrow(DataDirInUseError);
    await expect(connectDatabase(loadConfig(cliEnv), () => undefined)).rejects.toThrow(
      new RegExp(`already run by process ${process.pid}`),
    );
    expect(supervised!.pid()).toBe(pidBefore);
    expect(supervised!.restarts()).toBe(0);
    // The refused attempts left the owner record alone.
    expect(await findRunningLocalNeo4j(dataDir)).toMatchObject({
      uri: supervised!.uri,
      ownerPid: process.pid,
    });
  });

  it('npm run ingest (a separate process) loads and removes through the running server’s Neo4j', async () => {
    const { file, caseId } = writeDocumentFile('cli-process-doc');
    const loaded = await runCli([file]);
    expect(loaded).toMatchObject({ code: 0 });
    expect(loaded.stderr).toContain(
      `using the running local Neo4j of process ${process.pid} at ${supervised!.uri}`,
    );
    expect(loaded.stdout).toMatch(
      /loaded .*cli-process-doc\.json \(cli-process-doc\): 4 nodes, 2 relationships/,
    );
    expect((await caseAnswer(caseId))?.caption).toBe('Roe v. Baldwin');

    const removed = await runCli(['--remove', 'cli-process-doc']);
    expect(removed).toMatchObject({ code: 0 });
    expect(removed.stdout).toMatch(/removed cli-process-doc: deleted 3 nodes and 2 relationships/);
    expect(await caseAnswer(caseId)).toBeNull();
    expect(supervised!.restarts()).toBe(0);
  }, 240_000);
});

describe('a CLI with nothing running', () => {
  it('starts the local Neo4j itself, loads, and stops it at the end', async () => {
    await server?.stop();
    await driver?.close();
    await supervised?.stop();
    server = undefined;
    driver = undefined;
    supervised = undefined;
    const layout = neo4jLayout(resolve(dataDir));
    expect(await findRunningLocalNeo4j(dataDir)).toBeUndefined();

    const { file } = writeDocumentFile('cli-alone-doc');
    const loaded = await runCli([file]);
    expect(loaded).toMatchObject({ code: 0 });
    expect(loaded.stderr).toMatch(/using local Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(loaded.stdout).toContain('(cli-alone-doc): 4 nodes, 2 relationships');
    // Stopped and given up: no Neo4j, no owner left on the folder.
    expect(await findRunningLocalNeo4j(dataDir)).toBeUndefined();
    expect(existsSync(ownerFile(layout))).toBe(false);
    expect(existsSync(layout.pidFile)).toBe(false);
  }, 300_000);
});
