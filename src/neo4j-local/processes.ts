import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { COMMUNITY_MAIN_CLASS } from './config';

// What the operating system says about a process: alive, started when, running
// what. Linux answers through /proc; elsewhere `ps` is asked, and a question it
// cannot answer is reported as unknown rather than guessed.

/** Alive and not a zombie (a dead child nobody reaped yet still answers kill 0). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return processState(pid) !== 'Z';
}

/** The state letter of /proc/<pid>/stat (R, S, D, Z…); undefined without /proc. */
function processState(pid: number): string | undefined {
  return statFields(pid)?.[0];
}

/** The fields of /proc/<pid>/stat after "(comm)": comm may hold spaces and parentheses. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The process's start time in clock ticks since boot; undefined without /proc. */
export function processStartTime(pid: number): string | undefined {
  // starttime is field 22 of stat, the 20th after "(comm)".
  return statFields(pid)?.[19];
}

/**
 * The process's arguments: from /proc, else from `ps` (macOS), as one string there
 * (`ps` joins them with spaces). Undefined when the process is gone or cannot be read.
 */
export async function processCommandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    // A zombie has an empty command line: nothing runs there any more.
    return raw === '' ? [] : raw.replace(/\0$/, '').split('\0');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && isProcFs()) return undefined;
  }
  try {
    const line = execFileSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5_000,
    }).trim();
    return line === '' ? undefined : [line];
  } catch {
    return undefined;
  }
}

let procFs: boolean | undefined;
function isProcFs(): boolean {
  if (procFs === undefined) {
    try {
      readFileSync('/proc/self/stat');
      procFs = true;
    } catch {
      procFs = false;
    }
  }
  return procFs;
}

/** A short form of a command line for messages: `node …/tsx src/cli/import.ts dockets/`. */
export function describeCommandLine(args: readonly string[] | undefined): string | undefined {
  if (args === undefined || args.length === 0) return undefined;
  const text = args.join(' ');
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * Whether `pid` is the Neo4j server of `home`: its command line runs the Community
 * entry point with `--home-dir=<home>` (see buildServerJavaArgs). 'unknown' when
 * the process is alive but its command line cannot be read.
 */
export async function neo4jIdentity(
  pid: number,
  home: string,
): Promise<'ours' | 'other' | 'gone' | 'unknown'> {
  if (!isAlive(pid)) return 'gone';
  const args = await processCommandLine(pid);
  if (args === undefined) return isAlive(pid) ? 'unknown' : 'gone';
  if (args.length === 0) return 'gone';
  if (args.length === 1 && !isProcFs()) {
    // `ps` output: one string, arguments separated by spaces.
    const line = args[0] ?? '';
    return line.includes(COMMUNITY_MAIN_CLASS) && line.includes(`--home-dir=${home}`) ? 'ours' : 'other';
  }
  return args.includes(COMMUNITY_MAIN_CLASS) && args.includes(`--home-dir=${home}`) ? 'ours' : 'other';
}

/** True when `pid` is a live Neo4j on `home`, or a live process that cannot be checked. */
export async function isNeo4jProcess(pid: number, home: string): Promise<boolean> {
  const identity = await neo4jIdentity(pid, home);
  return identity === 'ours' || identity === 'unknown';
}

export async function readPid(pidFile: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `fn` (a spawn) with umask 077, so everything the child creates is the owner's alone. */
export function withPrivateUmask<T>(fn: () => T): T {
  const previous = process.umask(0o077);
  try {
    return fn();
  } finally {
    process.umask(previous);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
