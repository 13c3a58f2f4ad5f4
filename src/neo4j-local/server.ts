import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import { chmod, mkdir, open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import {
  buildServerJavaArgs,
  buildSetInitialPasswordCommand,
  neo4jLayout,
  parseJavaMajor,
  type AdminCommand,
  renderNeo4jConf,
  type Neo4jLayout,
} from './config';
import { ensureNeo4jJars } from './download';
import { removeServerRecord, takeOverDataDir, writeServerRecord } from './ownership';
import { isAlive, isNeo4jProcess, readPid, withPrivateUmask } from './processes';
import { startWatchdog } from './watchdog';

export { isAlive, isNeo4jProcess, readPid };

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Settles when the process ends, however it ends (after `stop()` too). */
  exited: Promise<ExitInfo>;
  /** SIGTERM, then SIGKILL after ~30 s; resolves once the process is gone. Idempotent. */
  stop(): Promise<void>;
}

export interface ExitInfo {
  code: number | null;
  signal: string | null;
  /** True when `stop()` asked for it. */
  requested: boolean;
}

export interface StartLocalNeo4jOptions {
  /** Becomes NEO4J_HOME: conf, data, logs, run and the password file live here. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  log?: (m: string) => void;
  /** Sets both initial and max heap (e.g. "1g"); default 1g initial / 2g max. */
  heap?: string;
  pageCache?: string;
  /** How long to wait for Bolt; default 120 s. */
  startTimeoutMs?: number;
  /** Extra neo4j.conf settings; a known key replaces the generated value. */
  settings?: Readonly<Record<string, string>>;
}

const USER = 'neo4j';
const MIN_JAVA = 17;
const STOP_GRACE_MS = 30_000;
const DEFAULT_START_TIMEOUT_MS = 120_000;
const LOG_TAIL_CHARS = 6000;

/** Starts (or restarts on the same dataDir) a Neo4j Community server bound to 127.0.0.1. */
export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => undefined);
  const layout = neo4jLayout(resolve(opts.dataDir));
  const javaBin = javaExecutable();
  await assertJava(javaBin);
  const libDir = await ensureNeo4jJars({ log });

  await createDirectories(layout);
  // Neo4j overwrites run/neo4j.pid without checking it, and a losing second instance even
  // deletes the winner's pid file, so we check before spawning: a Neo4j left running by a
  // killed owner is stopped; one whose owner lives refuses the start (ownership.ts).
  await takeOverDataDir(layout, { log });
  const port = opts.port ?? (await findFreePort());
  if (opts.port !== undefined) await assertPortFree(port);

  const memory = opts.heap !== undefined ? { heapInitial: opts.heap, heapMax: opts.heap } : {};
  const conf = renderNeo4jConf({
    home: layout.home,
    boltPort: port,
    pageCache: opts.pageCache,
    extraSettings: opts.settings,
    ...memory,
  });
  await writeFile(layout.confFile, conf, { mode: 0o600 });
  const password = await ensurePassword(layout, libDir, javaBin, log);

  const uri = `bolt://127.0.0.1:${port}`;
  const server = await spawnServer(
    javaBin,
    buildServerJavaArgs({ libDir, home: layout.home, ...memory }),
    layout,
  );
  log(`Neo4j starting (pid ${server.pid}) on ${uri}, home ${layout.home}`);
  try {
    await waitForBolt(server, uri, password, layout, opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  } catch (err) {
    await server.stop();
    throw err;
  }
  log(`Neo4j ready on ${uri}`);
  return {
    uri,
    user: USER,
    password,
    pid: server.pid,
    exited: server.exited.then(() => ({ ...server.exitInfo(), requested: server.stopRequested() })),
    stop: () => server.stop(),
  };
}

// Same rule as the neo4j launcher script: JAVA_HOME wins over PATH.
export function javaExecutable(): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome !== undefined && javaHome !== '' ? join(javaHome, 'bin', 'java') : 'java';
}

export async function assertJava(javaBin: string): Promise<void> {
  const hint = 'install openjdk-17-jre-headless or set NEO4J_URI';
  let output: string;
  try {
    output = await runJavaVersion(javaBin);
  } catch (err) {
    throw new Error(
      `Java ${MIN_JAVA}+ is required to run the local Neo4j (${javaBin}: ${errorMessage(err)}); ${hint}`,
    );
  }
  const major = parseJavaMajor(output);
  if (major === undefined || major < MIN_JAVA) {
    const found = output.split('\n')[0]?.trim() ?? 'unknown version';
    throw new Error(`Java ${MIN_JAVA}+ is required to run the local Neo4j (found ${found}); ${hint}`);
  }
}

function runJavaVersion(javaBin: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // `java -version` prints to stderr.
    execFile(javaBin, ['-version'], { timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(err.message, { cause: err }));
      else resolvePromise(`${stderr}${stdout}`);
    });
  });
}

/**
 * The home is the owner's alone (0700, files 0600): it holds the password file,
 * the store and the logs. Folders made by an earlier version are tightened too.
 */
export async function createDirectories(layout: Neo4jLayout): Promise<void> {
  await mkdir(layout.home, { recursive: true, mode: 0o700 });
  await chmod(layout.home, 0o700);
  for (const dir of [
    layout.confDir,
    layout.dataDir,
    layout.logsDir,
    layout.runDir,
    layout.importDir,
    layout.pluginsDir,
  ]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  }
  await tightenPermissions(layout.home);
}

async function tightenPermissions(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      await chmod(path, 0o700);
      await tightenPermissions(path);
    } else await chmod(path, 0o600);
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolvePromise(port) : reject(new Error('Could not pick a free port'))));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? portInUseError(port)
          : new Error(`Cannot listen on 127.0.0.1:${port} (${err.code ?? err.message})`),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise()));
  });
}

function portInUseError(port: number): Error {
  return new Error(
    `Port ${port} on 127.0.0.1 is already in use; set NEO4J_BOLT_PORT to another port or stop the other process`,
  );
}

/**
 * The password must exist before the very first start: Neo4j only reads the initial
 * password (data/dbms/auth.ini) while it creates the system database.
 */
async function ensurePassword(
  layout: Neo4jLayout,
  libDir: string,
  javaBin: string,
  log: (m: string) => void,
): Promise<string> {
  const systemDbExists = existsSync(layout.systemDatabaseDir);
  let password = await readPassword(layout.passwordFile);
  if (password === undefined) {
    if (systemDbExists) {
      throw new Error(
        `${layout.home} holds a database but no password file (${layout.passwordFile}); restore that file or delete ${layout.home} to start fresh`,
      );
    }
    password = randomBytes(18).toString('base64url');
    await writeFile(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  }
  await chmod(layout.passwordFile, 0o600);
  if (!systemDbExists) {
    log('Setting the initial password of user neo4j');
    await runAdmin(javaBin, buildSetInitialPasswordCommand({ libDir, home: layout.home, password }));
  }
  return password;
}

async function readPassword(passwordFile: string): Promise<string | undefined> {
  try {
    const password = (await readFile(passwordFile, 'utf8')).trim();
    return password === '' ? undefined : password;
  } catch {
    return undefined;
  }
}

async function runAdmin(javaBin: string, command: AdminCommand): Promise<void> {
  await writeFile(command.argFile.path, command.argFile.content, { mode: 0o600 });
  try {
    await new Promise<void>((resolvePromise, reject) => {
      withPrivateUmask(() =>
        execFile(
          javaBin,
          command.args,
          { env: { ...process.env, ...command.env }, timeout: 120_000 },
          (err, stdout, stderr) => {
            if (!err) return resolvePromise();
            const output = `${stdout}${stderr}`.trim().slice(-LOG_TAIL_CHARS);
            reject(new Error(`neo4j-admin dbms set-initial-password failed (${errorCode(err)}):\n${output}`));
          },
        ),
      );
    });
  } finally {
    await rm(command.argFile.path, { force: true });
  }
}

interface ServerProcess {
  pid: number;
  exited: Promise<void>;
  hasExited(): boolean;
  exitInfo(): { code: number | null; signal: string | null };
  stopRequested(): boolean;
  stop(): Promise<void>;
  /** console.log offset where this run's output begins. */
  logOffset: number;
}

async function spawnServer(javaBin: string, args: string[], layout: Neo4jLayout): Promise<ServerProcess> {
  const logOffset = await fileSize(layout.consoleLog);
  const fd = openSync(layout.consoleLog, 'a', 0o600);
  let child: ChildProcess;
  try {
    child = withPrivateUmask(() =>
      spawn(javaBin, args, { cwd: layout.home, stdio: ['ignore', fd, fd], detached: false }),
    );
  } finally {
    closeSync(fd);
  }
  const pid = child.pid;
  // Recorded at once: if this process is killed from now on, the next start finds
  // the Neo4j and its dead owner, and takes the folder over (ownership.ts).
  if (pid !== undefined) writeServerRecord(layout, pid);
  // ...and a watchdog stops it as soon as this process is gone, however it ends.
  const watchdog = pid !== undefined ? startWatchdog(pid, layout.home) : undefined;
  // A child that is not detached still outlives a Node process that exits normally.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  let exitedFlag = false;
  let exitInfo: { code: number | null; signal: string | null } = { code: null, signal: null };
  const exited = new Promise<void>((resolvePromise) => {
    child.once('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolvePromise();
    });
    child.once('error', () => resolvePromise());
  }).then(async () => {
    exitedFlag = true;
    process.removeListener('exit', killOnExit);
    watchdog?.dismiss();
    if (pid !== undefined) await removeServerRecord(layout, pid).catch(() => undefined);
  });
  if (pid === undefined) {
    await exited;
    throw new Error(`Could not start ${javaBin}; see ${layout.consoleLog}`);
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= stopProcess(child, exited, () => exitedFlag);
    return stopping;
  };
  return {
    pid,
    exited,
    hasExited: () => exitedFlag,
    exitInfo: () => exitInfo,
    stopRequested: () => stopping !== undefined,
    stop,
    logOffset,
  };
}

async function stopProcess(
  child: ChildProcess,
  exited: Promise<void>,
  hasExited: () => boolean,
): Promise<void> {
  if (hasExited()) return;
  child.kill('SIGTERM');
  if (await settlesWithin(exited, STOP_GRACE_MS)) return;
  child.kill('SIGKILL');
  await exited;
}

async function waitForBolt(
  server: ServerProcess,
  uri: string,
  password: string,
  layout: Neo4jLayout,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.hasExited()) throw await startFailure(layout, server, 'Neo4j exited during startup');
    const result = await probeBolt(uri, password);
    if (result === 'ready') return;
    if (result === 'unauthorized') {
      throw new Error(
        `Neo4j on ${uri} rejected the password in ${layout.passwordFile}; it was changed elsewhere. Restore it or delete ${layout.home}`,
      );
    }
    if (Date.now() > deadline) {
      throw await startFailure(
        layout,
        server,
        `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s`,
      );
    }
    await settlesWithin(server.exited, 500);
  }
}

/** verifyConnectivity proves Bolt + auth; RETURN 1 proves the default database is online too. */
async function probeBolt(uri: string, password: string): Promise<'ready' | 'unauthorized' | 'not-yet'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    await driver.executeQuery('RETURN 1');
    return 'ready';
  } catch (err) {
    return errorCode(err) === 'Neo.ClientError.Security.Unauthorized' ? 'unauthorized' : 'not-yet';
  } finally {
    await driver.close();
  }
}

async function startFailure(layout: Neo4jLayout, server: ServerProcess, summary: string): Promise<Error> {
  const tail = await readTail(layout.consoleLog, server.logOffset);
  return new Error(`${summary}${explainLog(tail, layout)}\n--- ${layout.consoleLog} (tail) ---\n${tail}`);
}

// Turn the two failures people actually hit into one readable line.
function explainLog(tail: string, layout: Neo4jLayout): string {
  if (tail.includes('Lock file has been locked by another process')) {
    return `: another process holds the store lock in ${layout.dataDir} (is another Neo4j running on this dataDir?)`;
  }
  if (/already in use/i.test(tail)) {
    const port = /(?:bind to the socket|Address) \S*:(\d+)/.exec(tail)?.[1];
    return `: ${port !== undefined ? portInUseError(Number(port)).message : 'a port is already in use'}`;
  }
  return '';
}

async function readTail(file: string, fromOffset: number): Promise<string> {
  try {
    const size = await fileSize(file);
    const start = Math.max(fromOffset, size - LOG_TAIL_CHARS);
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.max(0, size - start));
      await handle.read(buffer, 0, buffer.length, start);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '(no console output)';
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => resolvePromise(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolvePromise(true);
    });
  });
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function errorCode(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const { code } = err;
    if (typeof code === 'string' || typeof code === 'number') return String(code);
  }
  return errorMessage(err);
}
