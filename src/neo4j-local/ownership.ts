import { writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Neo4jLayout } from './config';
import {
  describeCommandLine,
  isAlive,
  neo4jIdentity,
  processCommandLine,
  processStartTime,
  readPid,
  sleep,
} from './processes';

// Which process a data folder's Neo4j belongs to, and what to do about a Neo4j
// found running there before a start. Every start records the Neo4j it spawned
// and its own pid in run/server.json. A Neo4j whose recorded owner is gone was
// left behind (its owner was killed with SIGKILL, or crashed past its clean-up):
// the next start stops it and takes the folder over. One whose owner is alive is
// never touched: the start is refused with the pids and what to do.

/** run/server.json: the Neo4j process one start spawned, and the process that spawned it. */
export interface ServerRecord {
  /** The Neo4j (java) process. */
  pid: number;
  /** Its start time (/proc/<pid>/stat), so that a reused pid is not taken for it. */
  started?: string;
  /** The process that spawned and owns it (`npm start`, a CLI, a test run). */
  ownerPid: number;
  ownerStarted?: string;
}

export function serverRecordFile(layout: Neo4jLayout): string {
  return join(layout.runDir, 'server.json');
}

/** Written right after the spawn (synchronously: a kill a moment later must find it). */
export function writeServerRecord(layout: Neo4jLayout, neo4jPid: number): void {
  const record: ServerRecord = {
    pid: neo4jPid,
    ...optional('started', processStartTime(neo4jPid)),
    ownerPid: process.pid,
    ...optional('ownerStarted', processStartTime(process.pid)),
  };
  writeFileSync(serverRecordFile(layout), JSON.stringify(record), { mode: 0o600 });
}

/** Removes the record if it still names `neo4jPid` (a later start may have replaced it). */
export async function removeServerRecord(layout: Neo4jLayout, neo4jPid: number): Promise<void> {
  const record = await readServerRecord(layout);
  if (record?.pid === neo4jPid) await rm(serverRecordFile(layout), { force: true });
}

export async function readServerRecord(layout: Neo4jLayout): Promise<ServerRecord | undefined> {
  try {
    const parsed = JSON.parse(await readFile(serverRecordFile(layout), 'utf8')) as Partial<ServerRecord>;
    if (!isPid(parsed.pid) || !isPid(parsed.ownerPid)) return undefined;
    return {
      pid: parsed.pid,
      ownerPid: parsed.ownerPid,
      ...optional('started', typeof parsed.started === 'string' ? parsed.started : undefined),
      ...optional('ownerStarted', typeof parsed.ownerStarted === 'string' ? parsed.ownerStarted : undefined),
    };
  } catch {
    return undefined;
  }
}

/** What is known about the folder, gathered by inspectDataDir; the decision needs nothing else. */
export interface DataDirFacts {
  /** The folder's Neo4j when one runs: a live process named by run/server.json or run/neo4j.pid. */
  neo4j?: {
    pid: number;
    /** `ours`: its command line is a Neo4j on this home; `unknown`: it could not be read. */
    identity: 'ours' | 'unknown';
  };
  /** Its recorded owner (run/server.json); absent when nothing records one. */
  owner?: {
    pid: number;
    /** Alive, and (when recorded) started at the recorded time: not a reused pid. */
    alive: boolean;
    /** Its command line, for messages. */
    command?: string;
  };
  /** The deciding process. */
  selfPid: number;
}

export type DataDirDecision =
  /** No Neo4j runs on the folder: start one (stale run files are removed first). */
  | { action: 'start' }
  /** A Neo4j runs whose owner is gone: stop it, then start. */
  | { action: 'take-over'; pid: number; ownerPid: number }
  | {
      action: 'refuse';
      /** owner-alive: its owner still runs; self: this process runs it; no-owner: nothing records one;
       *  unverified: the pid is alive but cannot be checked to be this folder's Neo4j. */
      reason: 'owner-alive' | 'self' | 'no-owner' | 'unverified';
      pid: number;
      ownerPid?: number;
    };

/** The decision alone, from the facts: pure, so that every case is unit tested. */
export function decideDataDir(facts: DataDirFacts): DataDirDecision {
  const { neo4j, owner } = facts;
  if (neo4j === undefined) return { action: 'start' };
  const pid = neo4j.pid;
  // Never signal a process we cannot prove is this folder's Neo4j.
  if (neo4j.identity === 'unknown') return { action: 'refuse', reason: 'unverified', pid };
  if (owner === undefined) return { action: 'refuse', reason: 'no-owner', pid };
  if (!owner.alive) return { action: 'take-over', pid, ownerPid: owner.pid };
  const reason = owner.pid === facts.selfPid ? 'self' : 'owner-alive';
  return { action: 'refuse', reason, pid, ownerPid: owner.pid };
}

/** The message for a refusal: what runs, who runs it, and what to do. */
export function refusalMessage(
  decision: Extract<DataDirDecision, { action: 'refuse' }>,
  home: string,
  ownerCommand?: string,
): string {
  const { pid, ownerPid } = decision;
  switch (decision.reason) {
    case 'owner-alive':
      return (
        `A Neo4j (pid ${pid}) already runs on ${home}, started by process ${String(ownerPid)}` +
        `${ownerCommand ? ` (${ownerCommand})` : ''}, which is still running. ` +
        `Stop that process (Ctrl-C in its terminal, or kill ${String(ownerPid)}): it stops its Neo4j. ` +
        `Or set NEO4J_DATA_DIR to another folder.`
      );
    case 'self':
      return `This process (${String(ownerPid)}) already runs a Neo4j (pid ${pid}) on ${home}; stop it first`;
    case 'no-owner':
      return (
        `A Neo4j (pid ${pid}) already runs on ${home} and no process is recorded as its owner ` +
        `(started by hand, or by an older version of this project). Stop it (kill ${pid}) and try again, ` +
        `or set NEO4J_DATA_DIR to another folder.`
      );
    case 'unverified':
      return (
        `Process ${pid}, named in ${home}/run as its Neo4j, is alive but its command line cannot be read to ` +
        `check that it is. If it is this folder's Neo4j, stop it (kill ${pid}); if not, delete ` +
        `${home}/run/neo4j.pid and ${home}/run/server.json. Then try again.`
      );
  }
}

/** Gathers the facts about `layout`'s folder: its run files and the processes they name. */
export async function inspectDataDir(layout: Neo4jLayout): Promise<DataDirFacts> {
  const record = await readServerRecord(layout);
  const pidFilePid = await readPid(layout.pidFile);
  const candidates = [...new Set([record?.pid, pidFilePid].filter((p): p is number => p !== undefined))];
  for (const pid of candidates) {
    const identity = await neo4jIdentity(pid, layout.home);
    if (identity === 'gone' || identity === 'other') continue;
    // A reused pid can run a Neo4j on this home only if someone started one by hand: the
    // start time tells; the record's owner is that Neo4j's owner only if it is the same process.
    const recorded =
      record !== undefined &&
      record.pid === pid &&
      (record.started === undefined ||
        processStartTime(pid) === undefined ||
        processStartTime(pid) === record.started);
    const facts: DataDirFacts = { neo4j: { pid, identity }, selfPid: process.pid };
    if (recorded) {
      const alive = isOwnerAlive(record.ownerPid, record.ownerStarted);
      const command = alive ? describeCommandLine(await processCommandLine(record.ownerPid)) : undefined;
      facts.owner = { pid: record.ownerPid, alive, ...optional('command', command) };
    }
    return facts;
  }
  return { selfPid: process.pid };
}

function isOwnerAlive(pid: number, started: string | undefined): boolean {
  if (!isAlive(pid)) return false;
  if (started === undefined) return true;
  const now = processStartTime(pid);
  return now === undefined || now === started;
}

/** Thrown when a start is refused because of a Neo4j already running on the folder. */
export class Neo4jRunningError extends Error {
  constructor(
    message: string,
    readonly pid: number,
    readonly ownerPid?: number,
  ) {
    super(message);
  }
}

export interface TakeOverOptions {
  log?: (message: string) => void;
  /** How long the left-behind Neo4j has to shut down after SIGTERM before SIGKILL; default 60 s. */
  graceMs?: number;
}

/**
 * Before a start on `layout`: nothing runs (stale run files are removed), or a
 * Neo4j left behind by a dead owner is stopped, or the start is refused with
 * Neo4jRunningError. The caller must hold the folder (claimLocalNeo4j) or own
 * it alone (a temporary folder), so that two starts never take over at once.
 */
export async function takeOverDataDir(layout: Neo4jLayout, opts: TakeOverOptions = {}): Promise<void> {
  const facts = await inspectDataDir(layout);
  const decision = decideDataDir(facts);
  if (decision.action === 'refuse') {
    throw new Neo4jRunningError(
      refusalMessage(decision, layout.home, facts.owner?.command),
      decision.pid,
      decision.ownerPid,
    );
  }
  if (decision.action === 'take-over') {
    opts.log?.(
      `A Neo4j (pid ${decision.pid}) was left running on ${layout.home} by process ${decision.ownerPid}, which is gone; stopping it`,
    );
    await stopLeftBehind(decision.pid, layout.home, opts.graceMs ?? 60_000);
    opts.log?.(`Stopped the left-behind Neo4j (pid ${decision.pid})`);
  }
  // Left behind by a killed server: the store lock itself is an OS lock and died with it.
  await rm(layout.pidFile, { force: true });
  await rm(serverRecordFile(layout), { force: true });
}

/** SIGTERM (Neo4j shuts down cleanly), SIGKILL past the grace period; checked to be ours before each. */
async function stopLeftBehind(pid: number, home: string, graceMs: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGTERM', graceMs],
    ['SIGKILL', 10_000],
  ] as const) {
    if ((await neo4jIdentity(pid, home)) !== 'ours') return;
    try {
      process.kill(pid, signal);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ESRCH') return;
      throw new Neo4jRunningError(
        `Cannot stop the Neo4j (pid ${pid}) left running on ${home} (${String(code)}); stop it by hand (kill ${pid})`,
        pid,
      );
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if ((await neo4jIdentity(pid, home)) !== 'ours') return;
      await sleep(200);
    }
  }
  throw new Neo4jRunningError(
    `The Neo4j (pid ${pid}) left running on ${home} did not stop; stop it by hand (kill -9 ${pid})`,
    pid,
  );
}

function isPid(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
