import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neo4jLayout, renderNeo4jConf } from '../../src/neo4j-local/config';
import {
  claimLocalNeo4j,
  configuredBoltPort,
  DataDirInUseError,
  findRunningLocalNeo4j,
  ownerFile,
  processStartTime,
} from '../../src/neo4j-local/running';

// Finding the local Neo4j another process runs: stale pid and owner files (their
// process is gone, or the pid now belongs to another process) mean "not running".

function folder() {
  const home = mkdtempSync(join(tmpdir(), 'running-neo4j-'));
  const layout = neo4jLayout(home);
  mkdirSync(layout.runDir, { recursive: true });
  mkdirSync(layout.confDir, { recursive: true });
  return { home, layout };
}

/** A pid whose process has exited. */
function deadPid(): number {
  const child = spawnSync('true');
  return child.pid;
}

describe('findRunningLocalNeo4j', () => {
  it('finds nothing in an empty or fresh folder', async () => {
    const { home } = folder();
    await expect(findRunningLocalNeo4j(home)).resolves.toBeUndefined();
    await expect(findRunningLocalNeo4j(join(home, 'never-created'))).resolves.toBeUndefined();
  });

  it('ignores a pid file whose process is dead, or is not a Neo4j on this folder', async () => {
    const { home, layout } = folder();
    writeFileSync(layout.confFile, renderNeo4jConf({ home, boltPort: 7999 }));
    writeFileSync(layout.passwordFile, 'secret\n');
    writeFileSync(layout.pidFile, `${deadPid()}\n`);
    await expect(findRunningLocalNeo4j(home)).resolves.toBeUndefined();
    // This jest process is alive but is no Neo4j.
    writeFileSync(layout.pidFile, `${process.pid}\n`);
    await expect(findRunningLocalNeo4j(home)).resolves.toBeUndefined();
    writeFileSync(layout.pidFile, 'garbage');
    await expect(findRunningLocalNeo4j(home)).resolves.toBeUndefined();
  });

  it('ignores an owner record whose process is dead or whose pid was reused', async () => {
    const { home, layout } = folder();
    writeFileSync(ownerFile(layout), JSON.stringify({ pid: deadPid(), port: 7999 }));
    await expect(findRunningLocalNeo4j(home, { waitMs: 0 })).resolves.toBeUndefined();
    // The pid is alive (this process) but started at another time: not the owner that wrote it.
    writeFileSync(ownerFile(layout), JSON.stringify({ pid: process.pid, started: '1', port: 7999 }));
    await expect(findRunningLocalNeo4j(home, { waitMs: 0 })).resolves.toBeUndefined();
    writeFileSync(ownerFile(layout), '{"pid": "x"');
    await expect(findRunningLocalNeo4j(home, { waitMs: 0 })).resolves.toBeUndefined();
  });

  it('waits for a live owner whose Neo4j is not up, then gives up with a message; it never starts one', async () => {
    const { home } = folder();
    const claim = await claimLocalNeo4j(home);
    try {
      const said: string[] = [];
      await expect(findRunningLocalNeo4j(home, { waitMs: 600, log: (m) => said.push(m) })).rejects.toThrow(
        new RegExp(`local Neo4j of process ${process.pid} .* is not up .*try again once it answers`),
      );
      expect(said).toHaveLength(1);
    } finally {
      await claim.release();
    }
  });
});

describe('claimLocalNeo4j', () => {
  it('lets one live process hold a folder, replaces a stale record, and releases only its own', async () => {
    const { home, layout } = folder();
    writeFileSync(ownerFile(layout), JSON.stringify({ pid: deadPid(), port: 1234 }));
    const claim = await claimLocalNeo4j(home);
    expect(JSON.parse(readFileSync(ownerFile(layout), 'utf8'))).toEqual({
      pid: process.pid,
      started: processStartTime(process.pid),
    });
    await expect(claimLocalNeo4j(home)).rejects.toThrow(DataDirInUseError);
    await expect(claimLocalNeo4j(home)).rejects.toThrow(/already run by process \d+/);
    await claim.record(7687);
    expect(JSON.parse(readFileSync(ownerFile(layout), 'utf8'))).toMatchObject({
      pid: process.pid,
      port: 7687,
    });
    await claim.release();
    expect(existsSync(ownerFile(layout))).toBe(false);
    const again = await claimLocalNeo4j(home);
    // A claim released twice, or after another took the folder, removes nothing of the other's.
    await claim.release();
    expect(existsSync(ownerFile(layout))).toBe(true);
    await again.release();
  });
});

describe('configuredBoltPort', () => {
  it('reads the Bolt port from the generated neo4j.conf', async () => {
    const { home, layout } = folder();
    await expect(configuredBoltPort(layout)).resolves.toBeUndefined();
    writeFileSync(layout.confFile, renderNeo4jConf({ home, boltPort: 41234 }));
    await expect(configuredBoltPort(layout)).resolves.toBe(41234);
  });
});
