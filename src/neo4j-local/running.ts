import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { neo4jLayout, type Neo4jLayout } from './config';
import { inspectDataDir } from './ownership';
import {
  describeCommandLine,
  isAlive,
  isNeo4jProcess,
  processCommandLine,
  processStartTime,
  readPid,
  sleep,
} from './processes';

export { processStartTime };

// One local Neo4j per data folder, and one owner: the process that started and
// supervises it (`npm start`, or a CLI when nothing else runs). The owner holds
// run/owner.json, created exclusively (a lock) with its pid and, once known, the
// Bolt port. Other processes (`npm run ingest`) find the running server through it
// and connect instead of starting a second one on the same data. A record or pid
// file whose process is gone (or is another process by now) is stale and ignored,
// and so is a Neo4j left running by an owner that died (the next start stops it).
// A process that works on the folder with Neo4j stopped (npm run backup, restore)
// holds the same lock with a `task`, so that the others wait for it rather than start one.

const USER = 'neo4j';

export interface OwnerRecord {
  pid: number;
  /** The owner's start time (/proc/<pid>/stat), so that a reused pid is not taken for it. */
  started?: string;
  /** Bolt port of the owner's Neo4j; absent until it first answers. */
  port?: number;
  /** What the owner does on the folder with Neo4j stopped (`backup`, `restore`); absent for a server. */
  task?: string;
}

export interface RunningLocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The Neo4j process. */
  pid: number;
  /** The process that supervises it, when one does (`npm start`); absent for a bare server. */
  ownerPid?: number;
}

/** Another live process already runs a Neo4j on this data folder (or works on it: `task`). */
export class DataDirInUseError extends Error {
  constructor(
    message: string,
    readonly ownerPid?: number,
    readonly task?: string,
  ) {
    super(message);
  }
}

export function ownerFile(layout: Neo4jLayout): string {
  return join(layout.runDir, 'owner.json');
}

function isOwnerAlive(owner: OwnerRecord): boolean {
  if (!isAlive(owner.pid)) return false;
  if (owner.started === undefined) return true;
  const started = processStartTime(owner.pid);
  return started === undefined || started === owner.started;
}

async function readOwner(layout: Neo4jLayout): Promise<OwnerRecord | 'unreadable' | undefined> {
  let text: string;
  try {
    text = await readFile(ownerFile(layout), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<OwnerRecord>;
    if (typeof parsed.pid !== 'number' || !Number.isInteger(parsed.pid) || parsed.pid <= 0) {
      return 'unreadable';
    }
    return {
      pid: parsed.pid,
      ...(typeof parsed.started === 'string' ? { started: parsed.started } : {}),
      ...(typeof parsed.port === 'number' ? { port: parsed.port } : {}),
      ...(typeof parsed.task === 'string' ? { task: parsed.task } : {}),
    };
  } catch {
    return 'unreadable';
  }
}

/** The live owner of the data folder, if any (a file being written is read again once). */
async function liveOwner(layout: Neo4jLayout): Promise<OwnerRecord | undefined> {
  let owner = await readOwner(layout);
  if (owner === 'unreadable') {
    await sleep(200);
    owner = await readOwner(layout);
  }
  return owner !== undefined && owner !== 'unreadable' && isOwnerAlive(owner) ? owner : undefined;
}

export interface Claim {
  /** Records the Bolt port once the server answers: from then on others can connect. */
  record(port: number): Promise<void>;
  /** Gives the data folder up (only if this process still holds it). Idempotent. */
  release(): Promise<void>;
}

/**
 * Takes the data folder for this process, or fails with DataDirInUseError when a
 * live process holds it. A stale record (its process is gone) is replaced.
 * `task` says what the process does with Neo4j stopped (`backup`, `restore`).
 */
export async function claimLocalNeo4j(dataDir: string, opts: { task?: string } = {}): Promise<Claim> {
  const layout = neo4jLayout(resolve(dataDir));
  await mkdir(layout.runDir, { recursive: true, mode: 0o700 });
  const file = ownerFile(layout);
  const mine: OwnerRecord = {
    pid: process.pid,
    ...startedField(process.pid),
    ...(opts.task !== undefined ? { task: opts.task } : {}),
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(mine));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
    }
    const owner = await liveOwner(layout);
    if (owner) throw await inUseError(layout, owner);
    await rm(file, { force: true });
  }

  const releaseSync = (): void => {
    try {
      const owner = JSON.parse(readFileSync(file, 'utf8')) as OwnerRecord;
      if (owner.pid === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  // Left behind by a crash the record is stale anyway; a normal exit removes it.
  process.once('exit', releaseSync);
  let released = false;
  return {
    async record(port) {
      if (released) return;
      // Written aside and renamed: a reader never sees half a record.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ ...mine, port }), { mode: 0o600 });
      await rename(tmp, file);
    },
    async release() {
      if (released) return;
      released = true;
      process.removeListener('exit', releaseSync);
      releaseSync();
    },
  };
}

async function inUseError(layout: Neo4jLayout, owner: OwnerRecord): Promise<DataDirInUseError> {
  const command = describeCommandLine(await processCommandLine(owner.pid));
  const by = `process ${owner.pid}${command ? ` (${command})` : ''}`;
  if (owner.task !== undefined) {
    return new DataDirInUseError(
      `The local Neo4j's data in ${layout.home} is in use by ${by}, which runs a ${owner.task} with Neo4j stopped; ` +
        `try again once it has finished`,
      owner.pid,
      owner.task,
    );
  }
  return new DataDirInUseError(
    `The local Neo4j on ${layout.home} is already run by ${by.replace(/^process (\d+)$/, 'process $1 (npm start?)')}; ` +
      `commands such as npm run ingest use it; to start another server, stop that one or set NEO4J_DATA_DIR`,
    owner.pid,
  );
}

function startedField(pid: number): { started?: string } {
  const started = processStartTime(pid);
  return started === undefined ? {} : { started };
}

/** The Bolt port neo4j.conf gives (the conf is rewritten on every start, before the server runs). */
export async function configuredBoltPort(layout: Neo4jLayout): Promise<number | undefined> {
  try {
    const conf = await readFile(layout.confFile, 'utf8');
    const match = /^server\.bolt\.listen_address=[^:\n]*:(\d+)\s*$/m.exec(conf);
    return match?.[1] !== undefined ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface FindOptions {
  /**
   * How long to wait when a live owner's Neo4j is not up yet (starting, or
   * restarting after a crash); default 120 s. Past it the search fails.
   */
  waitMs?: number;
  log?: (message: string) => void;
}

/**
 * The local Neo4j already running on `dataDir`, or undefined when none is (stale
 * pid and owner files are ignored, and so is a Neo4j whose recorded owner died: the
 * start that follows stops it). Never starts anything: when the folder's owner
 * is alive but its Neo4j is not up, waits for it rather than let a second server
 * race the owner's restart. Fails at once while a backup or restore holds the folder.
 */
export async function findRunningLocalNeo4j(
  dataDir: string,
  opts: FindOptions = {},
): Promise<RunningLocalNeo4j | undefined> {
  const layout = neo4jLayout(resolve(dataDir));
  const deadline = Date.now() + (opts.waitMs ?? 120_000);
  let said = false;
  for (;;) {
    const owner = await liveOwner(layout);
    if (owner?.task !== undefined) throw await inUseError(layout, owner);
    const pid = await readPid(layout.pidFile);
    const serverAlive = pid !== undefined && (await isNeo4jProcess(pid, layout.home));
    if (!owner && !serverAlive) return undefined;
    if (!owner && (await leftBehind(layout))) return undefined;
    const port = owner?.port ?? (serverAlive ? await configuredBoltPort(layout) : undefined);
    if (serverAlive && pid !== undefined && port !== undefined) {
      const password = await readPasswordFile(layout);
      return {
        uri: `bolt://127.0.0.1:${port}`,
        user: USER,
        password,
        pid,
        ...(owner ? { ownerPid: owner.pid } : {}),
      };
    }
    const waiting = owner
      ? `the local Neo4j of process ${owner.pid} (data in ${layout.home}) is not up (starting, or restarting after a crash)`
      : `the Neo4j process ${String(pid)} on ${layout.home} has no Bolt port in ${layout.confFile}`;
    if (Date.now() > deadline) throw new Error(`${waiting}; try again once it answers`);
    if (!said) opts.log?.(`${waiting}; waiting for it`);
    said = true;
    await sleep(500);
  }
}

/** A Neo4j runs on the folder and its recorded owner is gone: nobody's server, to be taken over. */
async function leftBehind(layout: Neo4jLayout): Promise<boolean> {
  const facts = await inspectDataDir(layout);
  return facts.neo4j !== undefined && facts.owner !== undefined && !facts.owner.alive;
}

async function readPasswordFile(layout: Neo4jLayout): Promise<string> {
  let password = '';
  try {
    password = (await readFile(layout.passwordFile, 'utf8')).trim();
  } catch {
    // reported below
  }
  if (password === '') {
    throw new Error(`A Neo4j runs on ${layout.home} but ${layout.passwordFile} is missing or empty`);
  }
  return password;
}
