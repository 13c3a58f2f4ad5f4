import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { ensureSchema } from '../src/db/schema-setup';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/server';
import { fingerprint } from '../tests/support/graph';
import { parseCommand } from '../src/cli/args';
import { profileImport, renderProfile, type ImportProfile } from './import-profile';
import { writePretty } from './pretty';

// The importer at scale, as a user runs it: `npm run import` processes against one Neo4j.
//   npm run bench:import -- [--count 10000] [--window 1000] [--overlap-set 2000]
// 1. `count` generated dockets into an empty graph, one import process per window of `window`
//    dockets: the rate of each window (does the last window run as fast as the second?), and the
//    peak resident memory of the importer and of Neo4j.
// 2. The same dockets again, unchanged; then again with 10% of them changed (one entry added).
// 3. A profile: more dockets imported in this process into the graph of `count`, each statement
//    timed (where a late docket's time goes).
// 4. Two importers at once over overlapping halves of the first `overlap-set` dockets, against
//    one importer doing both halves in turn on an empty graph: time, and the canonical hash of
//    the whole graph (they must be equal).
// Results: bench/results/import.json and the section of BENCHMARKS.md between the markers.
// Measurements, never a test: CI runs none of this.

const ROOT = resolve(__dirname, '..');
const HELP = `usage: npm run bench:import -- [--count N] [--window N] [--overlap-set N] [--seed N]

  --count        generated dockets for the first import (default 10000)
  --window       dockets per import process, the unit of the rate figures (default 1000)
  --overlap-set  dockets of the concurrent-importers comparison (default 2000)
  --seed         generator seed (default 7)
  --profile      dockets of the profile after the re-imports (default 200)
`;

interface Window {
  dockets: number;
  seconds: number;
  perSecond: number;
}

interface ImportRun {
  seconds: number;
  /** Largest resident set of the importer's processes (tsx's node included), MB. */
  importerPeakMb: number;
}

const toMb = (kb: number) => Math.round(kb / 1024);

/** VmHWM (peak resident set) of a process, in kB; 0 once it is gone. */
function peakKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process and its descendants (Linux /proc). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone while we looked
    }
  }
  const out: number[] = [];
  const visit = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return out;
}

/** Runs `npm run import` over `files` against `db`; fails on a non-zero exit. */
function runImport(db: LocalNeo4j, files: string[]): Promise<ImportRun> {
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/.bin/tsx'), 'src/cli/import.ts', ...files],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid) for (const pid of processTree(child.pid)) peak = Math.max(peak, peakKb(pid));
    }, 250);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`npm run import exited ${String(code)}:\n${output.slice(-3000)}`));
      else resolveRun({ seconds, importerPeakMb: toMb(peak) });
    });
  });
}

const WIPE = `// benchImportWipe
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`;

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  await session.run(WIPE).finally(() => session.close());
}

/** One more entry at the end of a docket's JSON: a changed docket, as a later report of it is. */
function changeDocket(file: string): void {
  const docket = JSON.parse(readFileSync(file, 'utf8')) as { docket_entries?: Record<string, unknown>[] };
  const entries = docket.docket_entries ?? [];
  const last = entries[entries.length - 1];
  if (!last) return;
  entries.push({
    ...last,
    entry_number: Number(last.entry_number ?? entries.length) + 1,
    description: `NOTICE of appearance (benchmark change) ${String(last.description ?? '')}`.slice(0, 400),
  });
  docket.docket_entries = entries;
  writeFileSync(file, JSON.stringify(docket));
}

function generate(count: number, seed: number, out: string): string[] {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/.bin/tsx'),
      'scripts/generate-dockets.ts',
      '--count',
      String(count),
      '--seed',
      String(seed),
      '--out',
      out,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`generate-dockets failed: ${r.stderr}`);
  return readdirSync(out)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(out, f));
}

const windowsOf = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

type ImportResult = {
  date: string;
  machine: { cores: number; node: string };
  count: number;
  firstImport: {
    seconds: number;
    perSecond: number;
    windows: Window[];
    nodes: number;
    relationships: number;
  };
  reimportUnchanged: { seconds: number; ofFirst: number };
  reimportTenPercentChanged: { changed: number; seconds: number; ofFirst: number };
  peakMb: { importer: number; neo4j: number };
  concurrent: {
    dockets: number[];
    inBoth: number;
    oneImporterSeconds: number;
    twoImportersSeconds: number;
    sameHash: boolean;
  };
  profile: ImportProfile;
};

const met = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The BENCHMARKS.md section: each target of the write path with its figure. */
export function renderImportSection(r: ImportResult): string {
  const w = r.firstImport.windows;
  const second = w[1] ?? w[0];
  const last = w[w.length - 1];
  const lastRatio = second && last ? last.seconds / last.dockets / (second.seconds / second.dockets) : NaN;
  const rows: [string, string, string][] = [
    [
      `${r.count} generated dockets into an empty graph: ≥ 20 dockets/s`,
      `${r.firstImport.perSecond.toFixed(1)}/s (${r.firstImport.seconds.toFixed(0)} s; ${r.firstImport.nodes} nodes, ${r.firstImport.relationships} relationships)`,
      met(r.firstImport.perSecond >= 20),
    ],
    [
      'the last window within 1.25× the time per docket of the second',
      `${lastRatio.toFixed(2)}× (windows: ${w.map((x) => x.perSecond.toFixed(1)).join(', ')} dockets/s)`,
      met(lastRatio <= 1.25),
    ],
    ['peak resident memory', `importer ${r.peakMb.importer} MB, Neo4j ${r.peakMb.neo4j} MB`, 'reported'],
    [
      're-import, unchanged: ≤ 10% of the first',
      `${r.reimportUnchanged.seconds.toFixed(1)} s (${(r.reimportUnchanged.ofFirst * 100).toFixed(0)}%)`,
      met(r.reimportUnchanged.ofFirst <= 0.1),
    ],
    [
      `re-import, ${r.reimportTenPercentChanged.changed} changed: ≤ 20%`,
      `${r.reimportTenPercentChanged.seconds.toFixed(1)} s (${(r.reimportTenPercentChanged.ofFirst * 100).toFixed(0)}%)`,
      met(r.reimportTenPercentChanged.ofFirst <= 0.2),
    ],
    [
      `two importers at once (${r.concurrent.dockets.join(' + ')} dockets, ${r.concurrent.inBoth} in both): same hash, no slower than one`,
      `one ${r.concurrent.oneImporterSeconds.toFixed(1)} s, two ${r.concurrent.twoImportersSeconds.toFixed(1)} s; hash ${r.concurrent.sameHash ? 'equal' : 'DIFFERENT'}`,
      met(r.concurrent.sameHash && r.concurrent.twoImportersSeconds <= r.concurrent.oneImporterSeconds),
    ],
  ];
  return [
    `Run of ${r.date.slice(0, 10)} (\`npm run bench:import\`, ${r.machine.cores} cores, Node ${r.machine.node}; \`bench/results/import.json\`).`,
    '',
    '| Target | Figure | |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    renderProfile(r.profile, r.count),
  ].join('\n');
}

const START = '<!-- import:start -->';
const END = '<!-- import:end -->';

async function writeSection(section: string): Promise<void> {
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const block = `${START}\n\n${section}\n\n${END}`;
  await writePretty(
    file,
    start >= 0 && end > start
      ? `${text.slice(0, start)}${block}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n## Importing dockets\n\n${block}\n`,
  );
}

const say = (m: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`);

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    {
      args: argv,
      options: {
        count: { type: 'string' },
        window: { type: 'string' },
        'overlap-set': { type: 'string' },
        seed: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const count = Number(parsed.values.count ?? 10_000);
  const windowSize = Number(parsed.values.window ?? 1000);
  const overlapSet = Math.min(count, Number(parsed.values['overlap-set'] ?? 2000));
  const seed = Number(parsed.values.seed ?? 7);
  const profileCount = Number(parsed.values.profile ?? 200);
  for (const [name, v] of Object.entries({
    count,
    window: windowSize,
    'overlap-set': overlapSet,
    seed,
    profile: profileCount,
  })) {
    if (!Number.isInteger(v) || v <= 0) {
      process.stderr.write(`--${name} must be a positive whole number\n${HELP}`);
      return 2;
    }
  }

  const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
  say(`generating ${count} + ${profileCount} dockets (seed ${seed})`);
  const generated = generate(count + profileCount, seed, join(work, 'dockets'));
  const files = generated.slice(0, count);
  const profileFiles = generated.slice(count);
  const db = await startLocalNeo4j({ dataDir: join(work, 'neo4j'), heap: '2g', pageCache: '1g' });
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  // The whole graph's hash reads every node and record: minutes at 10,000 dockets, not seconds.
  const executor = new Executor(driver, 'neo4j', undefined, 30 * 60_000);
  try {
    await ensureSchema(executor);
    const windows: Window[] = [];
    let importerPeakMb = 0;
    const firstStart = Date.now();
    for (const [i, batch] of windowsOf(files, windowSize).entries()) {
      const run = await runImport(db, batch);
      importerPeakMb = Math.max(importerPeakMb, run.importerPeakMb);
      windows.push({ dockets: batch.length, seconds: run.seconds, perSecond: batch.length / run.seconds });
      say(
        `window ${i + 1}: ${batch.length} dockets in ${run.seconds.toFixed(1)} s (${(batch.length / run.seconds).toFixed(1)}/s)`,
      );
    }
    const firstSeconds = (Date.now() - firstStart) / 1000;
    const size = await fingerprint(executor);
    say(
      `first import: ${count} dockets in ${firstSeconds.toFixed(1)} s; ${size.nodes} nodes, ${size.rels} relationships`,
    );

    const unchanged = await runImport(db, files);
    say(`re-import, unchanged: ${unchanged.seconds.toFixed(1)} s`);
    const changed = files.filter((_, i) => i % 10 === 0);
    changed.forEach(changeDocket);
    const tenPercent = await runImport(db, files);
    say(`re-import, ${changed.length} changed: ${tenPercent.seconds.toFixed(1)} s`);
    const profile = await profileImport(executor, profileFiles);
    say(
      `profile: ${profile.dockets} dockets, ${profile.msPerDocket.toFixed(1)} ms each; ${profile.statements
        .slice(0, 3)
        .map((s) => `${s.name} ${(s.ms / Math.max(profile.dockets, 1)).toFixed(1)} ms`)
        .join(', ')}`,
    );
    const neo4jPeakMb = toMb(peakKb(db.pid));

    // Concurrent importers: halves overlapping by a third of the set, on an empty graph each time.
    const set = files.slice(0, overlapSet);
    const a = set.slice(0, Math.ceil((overlapSet * 2) / 3));
    const b = set.slice(Math.floor(overlapSet / 3));
    await wipe(driver);
    const oneStart = Date.now();
    await runImport(db, a);
    await runImport(db, b);
    const oneSeconds = (Date.now() - oneStart) / 1000;
    const sequential = await fingerprint(executor);
    await wipe(driver);
    const twoStart = Date.now();
    await Promise.all([runImport(db, a), runImport(db, b)]);
    const twoSeconds = (Date.now() - twoStart) / 1000;
    const concurrent = await fingerprint(executor);
    say(
      `${a.length} + ${b.length} dockets (${a.length + b.length - set.length} in both): one importer ${oneSeconds.toFixed(1)} s, two at once ${twoSeconds.toFixed(1)} s; hashes ${sequential.hash === concurrent.hash ? 'equal' : 'DIFFER'}`,
    );

    const result: ImportResult = {
      date: new Date().toISOString(),
      machine: { cores: (await import('node:os')).cpus().length, node: process.version },
      count,
      firstImport: {
        seconds: firstSeconds,
        perSecond: count / firstSeconds,
        windows,
        nodes: size.nodes,
        relationships: size.rels,
      },
      reimportUnchanged: { seconds: unchanged.seconds, ofFirst: unchanged.seconds / firstSeconds },
      reimportTenPercentChanged: {
        changed: changed.length,
        seconds: tenPercent.seconds,
        ofFirst: tenPercent.seconds / firstSeconds,
      },
      peakMb: { importer: importerPeakMb, neo4j: neo4jPeakMb },
      concurrent: {
        dockets: [a.length, b.length],
        inBoth: a.length + b.length - set.length,
        oneImporterSeconds: oneSeconds,
        twoImportersSeconds: twoSeconds,
        sameHash: sequential.hash === concurrent.hash,
      },
      profile,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    await writePretty(join(ROOT, 'bench/results/import.json'), JSON.stringify(result));
    await writeSection(renderImportSection(result));
    say('wrote bench/results/import.json and the import section of BENCHMARKS.md');
    return 0;
  } finally {
    await driver.close();
    await db.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
