import { spawn } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import {
  access,
  chmod,
  link,
  mkdir,
  open,
  readdir,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { buildAdminDatabaseCommand, neo4jLayout, renderNeo4jConf, type Neo4jLayout } from './config';
import { ensureNeo4jJars } from './download';
import { Neo4jRunningError, takeOverDataDir } from './ownership';
import { describeCommandLine, processCommandLine, withPrivateUmask } from './processes';
import { claimLocalNeo4j, DataDirInUseError, type Claim } from './running';
import { assertJava, createDirectories, javaExecutable } from './server';

// `npm run backup` / `npm run restore`: Neo4j Community's offline dump and load of
// one database of the local Neo4j (data in NEO4J_DATA_DIR). Offline means Neo4j
// is stopped: the command holds the data folder meanwhile (run/owner.json with a
// task), so nothing starts a Neo4j on it, and refuses while a live process runs
// one (npm start, an import). A Neo4j left running by a killed process is stopped
// first (ownership.ts). Dumps are the user's alone (0600, in a 0700 folder when
// the command creates it), written aside and linked into place only when complete:
// a failed backup leaves no file, a failed restore leaves the database as it was.

/** With NEO4J_URI there is no local Neo4j to dump: the remote server's own tools do it. */
export const REMOTE_BACKUP_MESSAGE = (uri: string, task: 'backup' | 'restore'): string =>
  `NEO4J_URI is set (${uri}): npm run ${task} only handles the project's local Neo4j. ` +
  `${task === 'backup' ? 'Back up' : 'Restore'} a remote database with that server's own tools: ` +
  `neo4j-admin database ${task === 'backup' ? 'dump (or backup, Enterprise)' : 'load'} on the server, ` +
  `or Aura's ${task === 'backup' ? 'snapshots' : 'import'} in its console. Unset NEO4J_URI for the local Neo4j.`;

/** A failure meant for the person running the command: what is wrong, and what to do. */
export class BackupError extends Error {}

export interface OfflineOptions {
  /** The local Neo4j's folder (NEO4J_DATA_DIR). */
  dataDir: string;
  /** Default `neo4j` (NEO4J_DATABASE). */
  database?: string;
  /** Max heap of neo4j-admin's JVM; default 1g. */
  heap?: string;
  log?: (message: string) => void;
  /** Aborting stops neo4j-admin; the command then cleans up as after any failure. */
  signal?: AbortSignal;
}

export interface BackupResult {
  file: string;
  bytes: number;
  seconds: number;
}

export interface RestoreResult {
  file: string;
  /** The folder held a database before, now replaced. */
  replaced: boolean;
  seconds: number;
}

/** Neo4j 5 dumps start with their format: zstd (the default) or gzip. */
const DUMP_MAGICS = ['DZV1', 'DGV1'];
const OUTPUT_TAIL_CHARS = 3000;

/** `backups/neo4j-2025-01-31T09-05-00Z.dump`: the default file of a backup taken now. */
export function defaultDumpFile(database = 'neo4j', now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return join('backups', `${database}-${stamp}.dump`);
}

/** Dumps the database into `file` (which must not exist yet). */
export async function backupLocalNeo4j(opts: OfflineOptions & { file: string }): Promise<BackupResult> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  const database = opts.database ?? 'neo4j';
  const layout = neo4jLayout(resolve(opts.dataDir));
  const target = resolve(opts.file);
  const storeDir = databaseDir(layout, database);
  if (!existsSync(layout.home)) {
    throw new BackupError(`No local Neo4j data in ${layout.home} (NEO4J_DATA_DIR): nothing to back up`);
  }
  if (!existsSync(storeDir)) {
    throw new BackupError(
      `${layout.home} holds no database "${database}" (no ${storeDir}): nothing to back up; check NEO4J_DATA_DIR and NEO4J_DATABASE`,
    );
  }
  const destination = await prepareDestination(target);
  const { javaBin, libDir } = await tools(log);
  let output: FileHandle | undefined;
  let claim: Claim | undefined;
  try {
    claim = await holdOffline(layout, 'backup', log);
    await ensureConf(layout);
    output = await open(destination.partial, 'wx', 0o600);
    log(`Dumping database "${database}" of ${layout.home} to ${target}`);
    await runAdmin(
      javaBin,
      buildAdminDatabaseCommand({
        libDir,
        home: layout.home,
        heap: opts.heap ?? '1g',
        action: 'dump',
        database,
        options: ['--to-stdout'],
      }),
      { stdout: output.fd, signal: opts.signal, what: `dumping database "${database}"` },
    );
    await output.sync();
    await output.close();
    output = undefined;
    await chmod(destination.partial, 0o600);
    const bytes = (await stat(destination.partial)).size;
    if (bytes === 0) throw new BackupError(`neo4j-admin wrote an empty dump of "${database}"`);
    // A link, unlike a rename, never replaces a file that appeared meanwhile.
    await link(destination.partial, target).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? new BackupError(`${target} appeared meanwhile; not replaced`) : error;
    });
    await rm(destination.partial, { force: true });
    return { file: target, bytes, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await output?.close().catch(() => undefined);
    await rm(destination.partial, { force: true });
    if (destination.createdDir !== undefined) await rmdir(destination.createdDir).catch(() => undefined);
    throw error;
  } finally {
    await claim?.release();
  }
}

/** Loads `file` (a dump) as the database; refuses to replace one that exists unless `force`. */
export async function restoreLocalNeo4j(
  opts: OfflineOptions & { file: string; force?: boolean },
): Promise<RestoreResult> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  const database = opts.database ?? 'neo4j';
  const layout = neo4jLayout(resolve(opts.dataDir));
  const source = resolve(opts.file);
  const magic = await readDumpHeader(source);
  const storeDir = databaseDir(layout, database);
  const txDir = join(layout.dataDir, 'transactions', database);
  const replaced = await holdsFiles(storeDir);
  if (replaced && opts.force !== true) {
    throw new BackupError(
      `${layout.home} already holds database "${database}" (${storeDir}); a restore replaces it. ` +
        `Back it up first (npm run backup) if you may want it again, then restore with --force`,
    );
  }
  const { javaBin, libDir } = await tools(log);
  const freshHome = !existsSync(layout.home);
  const admin = (action: 'load', options: string[]) =>
    buildAdminDatabaseCommand({
      libDir,
      home: layout.home,
      heap: opts.heap ?? '1g',
      action,
      database,
      options,
    });
  let claim: Claim | undefined;
  let aside: string | undefined;
  const moved: [from: string, to: string][] = [];
  try {
    claim = await holdOffline(layout, 'restore', log);
    await createDirectories(layout);
    await ensureConf(layout);
    if (!DUMP_MAGICS.includes(magic)) {
      // Not a format we know by its first bytes: neo4j-admin has the last word.
      await withInput(source, (fd) =>
        runAdmin(javaBin, admin('load', ['--info', '--from-stdin']), {
          stdin: fd,
          signal: opts.signal,
          what: 'reading the dump',
        }),
      ).catch((error: Error) => {
        throw new BackupError(`${source} is not a Neo4j dump: ${error.message}`);
      });
    }
    // The database as it was, set aside (same file system: renames) until the load succeeded.
    aside = join(layout.runDir, `restore-${process.pid}-${Date.now()}`);
    await mkdir(aside, { mode: 0o700 });
    for (const [dir, name] of [
      [storeDir, 'databases'],
      [txDir, 'transactions'],
    ] as const) {
      if (!existsSync(dir)) continue;
      const to = join(aside, name);
      await rename(dir, to);
      moved.push([dir, to]);
    }
    if (moved.length > 0)
      log(`The current database "${database}" is set aside in ${aside} until the load succeeds`);
    log(`Loading ${source} as database "${database}" of ${layout.home}`);
    await withInput(source, (fd) =>
      runAdmin(javaBin, admin('load', ['--from-stdin']), {
        stdin: fd,
        signal: opts.signal,
        what: `loading ${basename(source)}`,
      }),
    );
    await rm(aside, { recursive: true, force: true });
    aside = undefined;
    return { file: source, replaced, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    // Put everything back as it was: the half-loaded database goes, the old one returns.
    try {
      if (moved.length > 0) {
        await rm(storeDir, { recursive: true, force: true });
        await rm(txDir, { recursive: true, force: true });
        for (const [dir, to] of moved) await rename(to, dir);
      }
      if (aside !== undefined) await rm(aside, { recursive: true, force: true });
      // A folder this command created (it held the folder, so nobody else did) goes too.
      if (freshHome && claim !== undefined) await rm(layout.home, { recursive: true, force: true });
    } catch (rollbackError) {
      throw new BackupError(
        `Restoring ${source} failed (${(error as Error).message.split('\n')[0] ?? ''}), and so did putting the ` +
          `database back (${(rollbackError as Error).message}): the previous database is in ${aside ?? '?'}; ` +
          `move databases/ and transactions/ from there back to ${storeDir} and ${txDir}`,
      );
    }
    throw error instanceof BackupError
      ? error
      : new BackupError(
          `Restoring ${source} failed; the database was left as it was. ${(error as Error).message}`,
        );
  } finally {
    await claim?.release();
  }
}

function databaseDir(layout: Neo4jLayout, database: string): string {
  return join(layout.dataDir, 'databases', database);
}

async function holdsFiles(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

/**
 * Takes the data folder for an offline task: refused while a live process holds
 * it or runs its Neo4j; a Neo4j left behind by a dead process is stopped.
 */
async function holdOffline(
  layout: Neo4jLayout,
  task: 'backup' | 'restore',
  log: (m: string) => void,
): Promise<Claim> {
  const why = `npm run ${task} needs the local Neo4j stopped (Neo4j Community dumps and loads offline)`;
  let claim: Claim;
  try {
    claim = await claimLocalNeo4j(layout.home, { task });
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || error.ownerPid === undefined) throw error;
    if (error.task !== undefined) throw new BackupError(error.message);
    const command = describeCommandLine(await processCommandLine(error.ownerPid));
    throw new BackupError(
      `${why}, and process ${error.ownerPid}${command ? ` (${command})` : ''} runs it on ${layout.home} ` +
        `(npm start, or a command such as npm run import). Stop that process first (Ctrl-C in its terminal, or ` +
        `kill ${error.ownerPid}), then run npm run ${task} again.`,
    );
  }
  try {
    await takeOverDataDir(layout, { log });
  } catch (error) {
    await claim.release();
    throw error instanceof Neo4jRunningError ? new BackupError(`${why}. ${error.message}`) : error;
  }
  return claim;
}

/** The folder exists (made 0700 when missing), is writable, and the file is not there yet. */
async function prepareDestination(target: string): Promise<{ partial: string; createdDir?: string }> {
  if (existsSync(target)) {
    throw new BackupError(`${target} already exists; a backup never replaces a file: choose another name`);
  }
  const dir = dirname(target);
  let createdDir: string | undefined;
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new BackupError(`${dir} is not a folder`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileError(error, dir, 'use');
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
    } catch (mkdirError) {
      throw fileError(mkdirError, dir, 'create');
    }
    await chmod(dir, 0o700);
    createdDir = dir;
  }
  try {
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw fileError(error, dir, 'write to');
  }
  const partial = join(dir, `.${basename(target)}.${process.pid}.partial`);
  return { partial, ...(createdDir !== undefined ? { createdDir } : {}) };
}

/** The first four bytes of the dump; the file must exist, be a file, be readable and not empty. */
async function readDumpHeader(file: string): Promise<string> {
  let handle: FileHandle;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new BackupError(`${file} is not a file`);
    if (info.size === 0) throw new BackupError(`${file} is empty: not a Neo4j dump`);
    handle = await open(file, 'r');
  } catch (error) {
    throw error instanceof BackupError ? error : fileError(error, file, 'read');
  }
  try {
    const buffer = Buffer.alloc(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer.toString('latin1');
  } finally {
    await handle.close();
  }
}

function fileError(error: unknown, path: string, verb: string): BackupError {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof BackupError) return error;
  switch (code) {
    case 'ENOENT':
      return new BackupError(`${path} does not exist`);
    case 'EACCES':
    case 'EPERM':
      return new BackupError(`Cannot ${verb} ${path}: permission denied (check its owner and mode)`);
    case 'ENOTDIR':
      return new BackupError(`Cannot ${verb} ${path}: a part of the path is not a folder`);
    case 'EROFS':
      return new BackupError(`Cannot ${verb} ${path}: read-only file system`);
    default:
      return new BackupError(`Cannot ${verb} ${path}: ${(error as Error).message}`);
  }
}

async function tools(log: (m: string) => void): Promise<{ javaBin: string; libDir: string }> {
  const javaBin = javaExecutable();
  await assertJava(javaBin);
  return { javaBin, libDir: await ensureNeo4jJars({ log }) };
}

/** neo4j-admin reads neo4j.conf (directories, memory); a folder that never ran a server gets one. */
async function ensureConf(layout: Neo4jLayout): Promise<void> {
  if (existsSync(layout.confFile)) return;
  await mkdir(layout.confDir, { recursive: true, mode: 0o700 });
  // The port is only a placeholder: every start rewrites the file with its own.
  await writeFile(layout.confFile, renderNeo4jConf({ home: layout.home, boltPort: 7687 }), { mode: 0o600 });
}

async function withInput<T>(file: string, fn: (fd: number) => Promise<T>): Promise<T> {
  const handle = await open(file, 'r');
  try {
    return await fn(handle.fd);
  } finally {
    await handle.close();
  }
}

/** Runs neo4j-admin with stdin/stdout on the given files; stderr (its log) ends up in the error. */
function runAdmin(
  javaBin: string,
  command: { args: string[]; env: Record<string, string> },
  io: { stdin?: number; stdout?: number; signal?: AbortSignal | undefined; what: string },
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    if (io.signal?.aborted) {
      reject(new BackupError(`Interrupted before ${io.what}`));
      return;
    }
    const child = withPrivateUmask(() =>
      spawn(javaBin, command.args, {
        env: { ...process.env, ...command.env },
        stdio: [io.stdin ?? 'ignore', io.stdout ?? 'pipe', 'pipe'],
      }),
    );
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const abort = (): void => {
      child.kill('SIGTERM');
    };
    io.signal?.addEventListener('abort', abort, { once: true });
    child.once('error', (error) => {
      io.signal?.removeEventListener('abort', abort);
      reject(new BackupError(`Cannot run ${javaBin}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      io.signal?.removeEventListener('abort', abort);
      if (code === 0) return resolvePromise();
      if (io.signal?.aborted) return reject(new BackupError(`Interrupted while ${io.what}`));
      const status = signal !== null ? `signal ${signal}` : `exit code ${String(code)}`;
      reject(new BackupError(`neo4j-admin failed ${io.what} (${status}):\n${progressFree(output)}`));
    });
  });
}

/** Its log without the progress lines ("Files: 3/36, data: 0.1%"). */
function progressFree(output: string): string {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^Files: \d+\/\d+, data:/.test(line.trim()))
    .join('\n')
    .trim();
}
