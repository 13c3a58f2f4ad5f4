import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../../src/server/server';
import { TEST_ENV } from '../support/env';
import { isAlive } from '../../src/neo4j-local/processes';

// API_WORKERS=2: `npm start`'s entry (src/main.ts) as a child process over the test Neo4j.
// The primary prepares the graph once and forks two node:cluster workers sharing one port;
// both serve GraphQL, and SIGTERM to the primary leaves no worker behind.

const ROOT = resolve(__dirname, '../..');

interface LogLine {
  msg?: string;
  level?: number;
}

interface Started {
  child: ChildProcess;
  lines: LogLine[];
  url: string;
  pids: number[];
}

/** Starts src/main.ts and resolves once it logs that it is ready (JSON log lines on stdout). */
function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: LogLine[] = [];
  return new Promise((resolveStart, reject) => {
    let pids: number[] = [];
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `src/main.ts exited (${String(code ?? signal)}) before it was ready:\n${lines.map((l) => l.msg).join('\n')}`,
        ),
      ),
    );
    createInterface({ input: child.stdout! }).on('line', (text) => {
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        return;
      }
      lines.push(line);
      const workers = /^(\d+) workers serve \(node:cluster, pids ([\d, ]+)\)$/.exec(line.msg ?? '');
      if (workers) pids = workers[2]!.split(', ').map(Number);
      const ready = /^ready in .* at (http:\/\/\S+)$/.exec(line.msg ?? '');
      if (ready) resolveStart({ child, lines, url: ready[1]!, pids });
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

let started: Started | undefined;

beforeAll(async () => {
  started = await startMain({
    NEO4J_URI: process.env[TEST_ENV.uri]!,
    NEO4J_USER: process.env[TEST_ENV.user]!,
    NEO4J_PASSWORD: process.env[TEST_ENV.password]!,
    NEO4J_DATABASE: process.env[TEST_ENV.database]!,
    API_WORKERS: '2',
    PORT: String(await freePort()),
    SEED: 'never',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  });
}, 60_000);

afterAll(async () => {
  // Whatever a failed test left running.
  if (!started) return;
  started.child.kill('SIGKILL');
  for (const pid of started.pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
});

test('two workers, each its own process, answer GraphQL on one port', async () => {
  const { url, pids, child } = started!;
  expect(pids).toHaveLength(2);
  expect(new Set(pids).size).toBe(2);
  for (const pid of pids) {
    expect(pid).not.toBe(child.pid);
    expect(isAlive(pid)).toBe(true);
  }
  // Separate connections, which the primary hands to the workers in turn.
  const answers = await Promise.all(
    Array.from({ length: 8 }, () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> })),
    ),
  );
  for (const { status, body } of answers) {
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.cases.totalCount).toBeGreaterThan(0);
  }
  // Each worker counts its own requests: whichever answers /metrics served some, not all.
  for (let i = 0; i < 4; i += 1) {
    const text = await (
      await fetch(url.replace(/\/graphql$/, '/metrics'), { headers: { connection: 'close' } })
    ).text();
    const line = text.split('\n').find((l) => l.startsWith('graphql_requests_total{operation="(anonymous)"'));
    const served = Number(line?.split(' ').pop() ?? 0);
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThan(answers.length);
  }
});

test('SIGTERM stops the workers, then the primary; no process is left', async () => {
  const { child, pids, lines } = started!;
  child.kill('SIGTERM');
  expect(await exited(child)).toBe(0);
  expect(await waitUntil(() => pids.every((pid) => !isAlive(pid)), 5_000)).toBe(true);
  expect(lines.some((l) => /worker .* (died|stopped)/.test(l.msg ?? ''))).toBe(false);
});
