import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Start-and-query smoke test of the README's `npm start`, on whichever Node is first on the PATH
// (CI runs it on Node 24 LTS beside the suite on the machine's Node): starts the server with its
// own Neo4j on a fresh data folder, waits until it is ready, asks the seeded graph a question, opens
// the explorer and GraphiQL, then stops it with SIGTERM and checks that Neo4j stopped with it.
//   npx tsx scripts/smoke.ts

const READY_WITHIN_MS = 240_000;
const QUERY = `query Smoke {
  case(id: "case:baldwin-v-morrissey") { caption parties { totalCount } judges { judge { displayName } } }
  party(id: "person:alec-baldwin") { displayName }
}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Processes whose command line names `dir` (Linux /proc): a Neo4j left running on the smoke's data. */
function processesUsing(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntilReady(base: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('npm start exited before it was ready (its output is above)');
    const ok = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`not ready within ${READY_WITHIN_MS / 1000} s`);
}

type Check = [name: string, run: () => Promise<void>];

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function checks(base: string): Check[] {
  return [
    [
      'the seeded graph answers a case with its parties and judge',
      async () => {
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        });
        const body = (await res.json()) as {
          data?: {
            case: {
              caption: string;
              parties: { totalCount: number };
              judges: { judge: { displayName: string } }[];
            };
            party: { displayName: string };
          };
          errors?: unknown;
        };
        if (!body.data?.case || body.errors) throw new Error(`answered ${JSON.stringify(body)}`);
        expectEqual(body.data.case.parties.totalCount, 4, 'parties of Baldwin v. Morrissey');
        expectEqual(
          body.data.case.judges.map((j) => j.judge.displayName),
          ['Casey Fitch'],
          'judges of Baldwin v. Morrissey',
        );
        expectEqual(body.data.party.displayName, 'Alec Baldwin', 'person:alec-baldwin');
      },
    ],
    [
      'the explorer is served at /',
      async () => {
        const res = await fetch(`${base}/`);
        const html = await res.text();
        expectEqual([res.status, html.includes('<div id="root">')], [200, true], 'GET /');
      },
    ],
    [
      'GraphiQL is served at /graphql',
      async () => {
        const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
        const html = await res.text();
        expectEqual([res.status, /graphiql/i.test(html)], [200, true], 'GET /graphql (text/html)');
      },
    ],
  ];
}

async function main(): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'smoke-neo4j-'));
  const base = `http://127.0.0.1:${port}`;
  console.log(`smoke: node ${process.version}, npm start on port ${port}, Neo4j data in a fresh folder`);
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: String(port), NEO4J_DATA_DIR: dataDir, SEED: 'always' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );
  let passed = 0;
  let failed = 0;
  try {
    await waitUntilReady(base, () => exitCode !== undefined);
    for (const [name, run] of checks(base)) {
      try {
        await run();
        passed += 1;
        console.log(`  ✓ ${name}`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } catch (error) {
    failed += 1;
    console.log(`  ✗ start: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (exitCode === undefined && child.pid) process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, sleep(60_000)]);
    if (exitCode === undefined && child.pid) {
      failed += 1;
      console.log('  ✗ npm start did not stop within 60 s of SIGTERM; killed');
      process.kill(-child.pid, 'SIGKILL');
    }
    // npm itself ends first; the server is still stopping its Neo4j, as after a Ctrl-C.
    for (let waited = 0; waited < 60_000 && processesUsing(dataDir).length > 0; waited += 250)
      await sleep(250);
    const left = processesUsing(dataDir);
    if (left.length > 0) {
      failed += 1;
      console.log(`  ✗ processes still use the data folder 60 s after SIGTERM: ${left.join(', ')}; killed`);
      for (const pid of left) process.kill(pid, 'SIGKILL');
    } else if (exitCode !== undefined) {
      passed += 1;
      console.log(`  ✓ SIGTERM stopped the server and its Neo4j (exit code ${String(exitCode)})`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`smoke: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
