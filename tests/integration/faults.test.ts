import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config';
import { connectDatabase, type Database } from '../../src/db/connect';
import { ensureSchema } from '../../src/db/schema-setup';
import { loadFiles } from '../../src/ingest/load';
import { seedFiles } from '../../src/ingest/seed-files';
import { logger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server/server';

// Outages of the local Neo4j, on a Neo4j and a server of this test's own (not the
// shared test database): killed (kill -9), the server answers 503 at once, restarts
// it and serves again; frozen (kill -STOP), no request waits past its deadline.
// The times are printed for the record; the assertions are on behaviour and bounds.

// Long enough for a cold plan of the query on a loaded 2-core machine.
const QUERY_TIMEOUT_MS = 10_000;
const DEADLINE_MS = QUERY_TIMEOUT_MS + 2_000;
/** Slack for a loaded 2-core machine on top of a deadline. */
const SLACK_MS = 1_500;
/** Longer than the watchdog needs to notice (3 s), shorter than a deadline. */
const FREEZE_MS = 8_000;
const QUERY = '{ case(id: "case:baldwin-v-morrissey") { caption } }';

let dataDir: string;
let db: Database | undefined;
let server: RunningServer | undefined;
let frozenPid: number | undefined;
const errors: string[] = [];

const cont = () => {
  if (frozenPid !== undefined) {
    try {
      process.kill(frozenPid, 'SIGCONT');
    } catch {
      // already gone
    }
  }
};

interface Answer {
  status: number;
  code: string | undefined;
  ms: number;
  caption: string | undefined;
}

async function ask(path = '/graphql'): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${server!.port}${path}`, {
    method: path === '/graphql' ? 'POST' : 'GET',
    ...(path === '/graphql'
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) }
      : {}),
  });
  const body = (await response.json()) as any;
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    ms: Date.now() - started,
    caption: body.data?.case?.caption,
  };
}

async function until(what: string, done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  process.once('exit', cont);
  jest.spyOn(logger, 'error').mockImplementation(((m: unknown) => {
    errors.push(typeof m === 'string' ? m : JSON.stringify(m));
  }) as never);
  dataDir = mkdtempSync(join(tmpdir(), 'litigation-graph-faults-'));
  // Its own Neo4j whatever the environment says (no NEO4J_URI), with short timeouts.
  const config = loadConfig({
    NEO4J_DATA_DIR: join(dataDir, 'neo4j'),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  });
  db = await connectDatabase(config, () => undefined);
  await ensureSchema(db.executor);
  await loadFiles(db.executor, seedFiles(resolve(__dirname, '../../seed')));
  server = await startServer(db.executor, { port: 0, host: '127.0.0.1' });
  // The first answer plans the query; the tests time what follows.
  await until('the first answer', async () => (await ask()).status === 200, 60_000);
}, 240_000);

afterAll(async () => {
  cont();
  process.removeListener('exit', cont);
  await server?.stop();
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
  jest.restoreAllMocks();
}, 90_000);

it('keeps the data folder to its owner: folders 0700, files 0600', () => {
  const home = join(dataDir, 'neo4j');
  expect(statSync(home).mode & 0o777).toBe(0o700);
  expect(statSync(join(home, 'data')).mode & 0o777).toBe(0o700);
  expect(statSync(join(home, 'password')).mode & 0o777).toBe(0o600);
  expect(statSync(join(home, 'conf', 'neo4j.conf')).mode & 0o777).toBe(0o600);
  expect(statSync(join(home, 'logs', 'neo4j.log')).mode & 0o077).toBe(0);
});

it('kill -9: answers 503 DATABASE_UNAVAILABLE at once, restarts Neo4j and serves again', async () => {
  expect(await ask()).toMatchObject({ status: 200, caption: expect.stringContaining('Baldwin') });
  expect((await ask('/ready')).status).toBe(200);
  const pid = db!.local!.pid();
  const killed = Date.now();
  process.kill(pid, 'SIGKILL');

  await until('the outage to be noticed', async () => (await ask('/ready')).status === 503, 10_000);
  const noticedMs = Date.now() - killed;
  const during = await ask();
  expect(during).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(during.ms).toBeLessThan(1_000);
  expect((await ask('/health')).status).toBe(200);
  expect(errors.some((m) => m.includes(`local Neo4j (pid ${pid}) was killed (SIGKILL)`))).toBe(true);

  let last: Answer | undefined;
  const recovery: Record<string, number> = {};
  let dbBackMs: number | undefined;
  await until(
    'serving again',
    async () => {
      if (dbBackMs === undefined && (await ask('/ready')).status === 200) dbBackMs = Date.now() - killed;
      last = await ask();
      const key = `${last.status} ${last.code ?? 'ok'}`;
      recovery[key] = (recovery[key] ?? 0) + 1;
      expect(last.ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      if (last.status !== 200) expect(last.code).toMatch(/^DATABASE_(UNAVAILABLE|BUSY|TIMEOUT)$/);
      return last.status === 200;
    },
    150_000,
  );
  const servingMs = Date.now() - killed;
  expect(last).toMatchObject({ status: 200, caption: expect.stringContaining('Baldwin') });
  expect((await ask('/ready')).status).toBe(200);
  expect(db!.local!.pid()).not.toBe(pid);
  process.stdout.write(
    `faults: kill -9 of Neo4j noticed after ${noticedMs} ms; Neo4j answering again (/ready 200) after ${((dbBackMs ?? servingMs) / 1000).toFixed(1)} s; the case query answered again after ${(servingMs / 1000).toFixed(1)} s; answers meanwhile: ${JSON.stringify(recovery)}\n`,
  );
}, 180_000);

it('kill -STOP: no request waits past its deadline; serves again after kill -CONT', async () => {
  await until('serving', async () => (await ask()).status === 200, 30_000);
  frozenPid = db!.local!.pid();
  process.kill(frozenPid, 'SIGSTOP');
  const frozen = Date.now();
  // Requests arrive throughout the freeze, several at once.
  const answers: Promise<Answer>[] = [];
  while (Date.now() - frozen < FREEZE_MS) {
    answers.push(ask(), ask());
    await new Promise((r) => setTimeout(r, 250));
  }
  const during = await Promise.all(answers);
  const ready = await ask('/ready');
  process.kill(frozenPid, 'SIGCONT');
  const thawed = Date.now();
  frozenPid = undefined;

  const longest = Math.max(...during.map((a) => a.ms));
  const byOutcome = during.reduce<Record<string, number>>((acc, a) => {
    const key = `${a.status} ${a.code ?? 'ok'}`;
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});
  process.stdout.write(
    `faults: ${during.length} requests during a ${((thawed - frozen) / 1000).toFixed(1)} s freeze; longest ${longest} ms; ${JSON.stringify(byOutcome)}\n`,
  );
  expect(longest).toBeLessThan(DEADLINE_MS + SLACK_MS);
  for (const a of during) {
    if (a.status !== 200) {
      expect([503, 504]).toContain(a.status);
      expect(a.code).toMatch(/^DATABASE_(UNAVAILABLE|BUSY|TIMEOUT)$/);
    }
  }
  // Once the watchdog has seen the freeze, requests are refused at once.
  expect(ready.status).toBe(503);
  expect(during.filter((a) => a.status === 503).length).toBeGreaterThan(0);

  await until('serving after the freeze', async () => (await ask()).status === 200, 30_000);
  process.stdout.write(`faults: serving again ${Date.now() - thawed} ms after kill -CONT\n`);
}, 120_000);
