import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMUNITY_MAIN_CLASS, neo4jLayout } from '../../src/neo4j-local/config';
import {
  decideDataDir,
  inspectDataDir,
  Neo4jRunningError,
  refusalMessage,
  serverRecordFile,
  takeOverDataDir,
  type DataDirFacts,
} from '../../src/neo4j-local/ownership';
import { isAlive, neo4jIdentity, processStartTime } from '../../src/neo4j-local/processes';
import { findRunningLocalNeo4j } from '../../src/neo4j-local/running';

// A Neo4j found running on the data folder before a start: taken over (stopped) when
// the process that started it is gone, never when it is alive, never when the pid
// cannot be shown to be that folder's Neo4j.

const SELF = 1000;
const facts = (f: Partial<DataDirFacts>): DataDirFacts => ({ selfPid: SELF, ...f });

describe('decideDataDir (pure)', () => {
  it('starts when no Neo4j runs on the folder', () => {
    expect(decideDataDir(facts({}))).toEqual({ action: 'start' });
    // An owner recorded for a Neo4j that is gone changes nothing.
    expect(decideDataDir(facts({ owner: { pid: 7, alive: true } }))).toEqual({ action: 'start' });
  });

  it('takes over a Neo4j whose owner is dead', () => {
    expect(
      decideDataDir(facts({ neo4j: { pid: 42, identity: 'ours' }, owner: { pid: 41, alive: false } })),
    ).toEqual({ action: 'take-over', pid: 42, ownerPid: 41 });
  });

  it('refuses while the owner is alive, or is this very process', () => {
    expect(
      decideDataDir(facts({ neo4j: { pid: 42, identity: 'ours' }, owner: { pid: 41, alive: true } })),
    ).toEqual({ action: 'refuse', reason: 'owner-alive', pid: 42, ownerPid: 41 });
    expect(
      decideDataDir(facts({ neo4j: { pid: 42, identity: 'ours' }, owner: { pid: SELF, alive: true } })),
    ).toEqual({ action: 'refuse', reason: 'self', pid: 42, ownerPid: SELF });
  });

  it('refuses when nothing records an owner, or the pid cannot be checked to be our Neo4j', () => {
    expect(decideDataDir(facts({ neo4j: { pid: 42, identity: 'ours' } }))).toEqual({
      action: 'refuse',
      reason: 'no-owner',
      pid: 42,
    });
    // Even with a dead owner: a process that cannot be identified is never signalled.
    expect(
      decideDataDir(facts({ neo4j: { pid: 42, identity: 'unknown' }, owner: { pid: 41, alive: false } })),
    ).toEqual({ action: 'refuse', reason: 'unverified', pid: 42 });
  });

  it('says which pids and what to do', () => {
    const message = refusalMessage(
      { action: 'refuse', reason: 'owner-alive', pid: 42, ownerPid: 41 },
      '/data',
      'node tsx src/main.ts',
    );
    expect(message).toBe(
      'A Neo4j (pid 42) already runs on /data, started by process 41 (node tsx src/main.ts), which is still running. ' +
        'Stop that process (Ctrl-C in its terminal, or kill 41): it stops its Neo4j. Or set NEO4J_DATA_DIR to another folder.',
    );
    expect(refusalMessage({ action: 'refuse', reason: 'no-owner', pid: 42 }, '/data')).toMatch(
      /Neo4j \(pid 42\) already runs on \/data .*kill 42/,
    );
    expect(refusalMessage({ action: 'refuse', reason: 'unverified', pid: 42 }, '/data')).toMatch(
      /Process 42, .*cannot be read.*delete \/data\/run\/neo4j\.pid/,
    );
  });
});

/** A stand-in Neo4j: a shell whose command line looks like our server's on `home`. */
function fakeNeo4j(home: string, opts: { ignoreTerm?: boolean } = {}): ChildProcess {
  const script = `${opts.ignoreTerm ? "trap '' TERM; " : ''}while :; do sleep 0.2; done`;
  const child = spawn('sh', ['-c', script, 'sh', COMMUNITY_MAIN_CLASS, `--home-dir=${home}`], {
    stdio: 'ignore',
  });
  return child;
}

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function folder() {
  const home = mkdtempSync(join(tmpdir(), 'takeover-'));
  folders.push(home);
  const layout = neo4jLayout(home);
  mkdirSync(layout.runDir, { recursive: true });
  return { home, layout };
}

function deadPid(): number {
  return spawnSync('true').pid;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });

describe('takeOverDataDir (with a stand-in process)', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
  });
  const fake = (home: string, opts?: { ignoreTerm?: boolean }) => {
    const child = fakeNeo4j(home, opts);
    children.push(child);
    return child;
  };

  it('recognises the stand-in as the folder’s Neo4j, and nothing else', async () => {
    const { home } = folder();
    const child = fake(home);
    await new Promise((done) => setTimeout(done, 100));
    expect(await neo4jIdentity(child.pid!, home)).toBe('ours');
    expect(await neo4jIdentity(child.pid!, `${home}-other`)).toBe('other');
    expect(await neo4jIdentity(process.pid, home)).toBe('other');
    expect(await neo4jIdentity(deadPid(), home)).toBe('gone');
  });

  it('stops a Neo4j whose recorded owner is dead, then clears the run files', async () => {
    const { home, layout } = folder();
    const child = fake(home);
    writeFileSync(layout.pidFile, `${child.pid}\n`);
    writeFileSync(
      serverRecordFile(layout),
      JSON.stringify({ pid: child.pid, started: processStartTime(child.pid!), ownerPid: deadPid() }),
    );
    const said: string[] = [];
    await takeOverDataDir(layout, { log: (m) => said.push(m) });
    await exited(child);
    expect(child.signalCode).toBe('SIGTERM');
    expect(said[0]).toMatch(new RegExp(`Neo4j \\(pid ${child.pid}\\) was left running on .* which is gone`));
    expect(existsSync(layout.pidFile)).toBe(false);
    expect(existsSync(serverRecordFile(layout))).toBe(false);
  });

  it('escalates to SIGKILL when the left-behind Neo4j ignores SIGTERM past the grace period', async () => {
    const { layout, home } = folder();
    const child = fake(home, { ignoreTerm: true });
    await new Promise((done) => setTimeout(done, 100));
    writeFileSync(serverRecordFile(layout), JSON.stringify({ pid: child.pid, ownerPid: deadPid() }));
    await takeOverDataDir(layout, { graceMs: 500 });
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');
  });

  it('refuses, and leaves it running, while its owner is alive; findRunning still offers it', async () => {
    const { home, layout } = folder();
    const owner = fake(`${home}-owner`);
    const child = fake(home);
    writeFileSync(layout.pidFile, `${child.pid}\n`);
    writeFileSync(
      serverRecordFile(layout),
      JSON.stringify({ pid: child.pid, ownerPid: owner.pid, ownerStarted: processStartTime(owner.pid!) }),
    );
    const error = await takeOverDataDir(layout).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jRunningError);
    expect((error as Error).message).toContain(
      `A Neo4j (pid ${child.pid}) already runs on ${home}, started by process ${owner.pid} (sh -c`,
    );
    expect((error as Error).message).toContain(`kill ${owner.pid}`);
    expect(isAlive(child.pid!)).toBe(true);
    expect(existsSync(layout.pidFile)).toBe(true);
  });

  it('refuses a Neo4j with no recorded owner (started by hand)', async () => {
    const { home, layout } = folder();
    const child = fake(home);
    writeFileSync(layout.pidFile, `${child.pid}\n`);
    await expect(takeOverDataDir(layout)).rejects.toThrow(/no process is recorded as its owner/);
    expect(isAlive(child.pid!)).toBe(true);
  });

  it('a reused owner pid (another start time) counts as dead', async () => {
    const { home, layout } = folder();
    const child = fake(home);
    writeFileSync(
      serverRecordFile(layout),
      JSON.stringify({ pid: child.pid, ownerPid: process.pid, ownerStarted: '1' }),
    );
    expect((await inspectDataDir(layout)).owner).toMatchObject({ pid: process.pid, alive: false });
    // Nobody's server: a CLI does not connect to it (its next start takes the folder over).
    writeFileSync(layout.pidFile, `${child.pid}\n`);
    await expect(findRunningLocalNeo4j(home, { waitMs: 0 })).resolves.toBeUndefined();
    await takeOverDataDir(layout);
    await exited(child);
  });

  it('ignores stale files naming dead or foreign processes', async () => {
    const { layout } = folder();
    writeFileSync(layout.pidFile, `${process.pid}\n`);
    writeFileSync(serverRecordFile(layout), JSON.stringify({ pid: deadPid(), ownerPid: deadPid() }));
    expect(decideDataDir(await inspectDataDir(layout))).toEqual({ action: 'start' });
    await takeOverDataDir(layout);
    expect(isAlive(process.pid)).toBe(true);
    expect(existsSync(layout.pidFile)).toBe(false);
  });
});
