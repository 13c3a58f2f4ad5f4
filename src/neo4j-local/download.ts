import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Neo4j Community is fetched as plain jars from Maven Central (neo4j/pom.xml) instead of
 * the tarball from neo4j.com, which this environment cannot reach.
 */

const MARKER_FILE = '.pom.sha256';
const OUTPUT_TAIL_CHARS = 4000;

export const MAVEN_MISSING_MESSAGE =
  'Maven (mvn) is required to fetch Neo4j from Maven Central; install it with apt-get install maven, or set NEO4J_URI to use an existing Neo4j';

export interface EnsureJarsOptions {
  log?: (msg: string) => void;
  /** Directory holding neo4j/pom.xml; found by walking up from this file when omitted. */
  repoRoot?: string;
}

/** Returns `<repo>/neo4j/lib`, (re)running Maven when the jars are missing or the pom changed. */
export async function ensureNeo4jJars(opts: EnsureJarsOptions = {}): Promise<string> {
  const log = opts.log ?? (() => undefined);
  const neo4jDir = join(opts.repoRoot ?? findRepoRoot(__dirname), 'neo4j');
  const pomFile = join(neo4jDir, 'pom.xml');
  const libDir = join(neo4jDir, 'lib');
  const pom = await readFile(pomFile, 'utf8');
  const pomHash = sha256(pom);

  const reason = await staleReason(libDir, pom, pomHash);
  if (reason === undefined) return libDir;

  log(`Fetching Neo4j jars with Maven (${reason}); the first run downloads ~120 MB…`);
  // Old jars of another version would end up on the same classpath, so start clean.
  await removeJars(libDir);
  await runMaven(pomFile);
  if ((await listJars(libDir)).length === 0) {
    throw new Error(`Maven finished but ${libDir} holds no jars; check ${pomFile}`);
  }
  await writeFile(join(libDir, MARKER_FILE), `${pomHash}\n`);
  log(`Neo4j jars ready in ${libDir}`);
  return libDir;
}

/** Why the jars must be fetched again, or undefined when lib/ is usable as is. */
async function staleReason(libDir: string, pom: string, pomHash: string): Promise<string | undefined> {
  const jars = await listJars(libDir);
  if (jars.length === 0) return 'lib/ is missing or empty';
  const marker = await readMarker(libDir);
  if (marker !== undefined && marker !== pomHash) return 'neo4j/pom.xml changed';
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (version !== undefined && !jars.includes(`neo4j-${version}.jar`)) {
    return `neo4j-${version}.jar is not in lib/`;
  }
  // Jars fetched by hand before the marker existed: adopt them rather than download again.
  if (marker === undefined) await writeFile(join(libDir, MARKER_FILE), `${pomHash}\n`);
  return undefined;
}

async function readMarker(libDir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(libDir, MARKER_FILE), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function listJars(libDir: string): Promise<string[]> {
  try {
    return (await readdir(libDir)).filter((name) => name.endsWith('.jar'));
  } catch {
    return [];
  }
}

async function removeJars(libDir: string): Promise<void> {
  await mkdir(libDir, { recursive: true });
  for (const jar of await listJars(libDir)) await rm(join(libDir, jar), { force: true });
  await rm(join(libDir, MARKER_FILE), { force: true });
}

function runMaven(pomFile: string): Promise<void> {
  const args = ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies'];
  return new Promise((resolvePromise, reject) => {
    const child = spawn('mvn', args, { cwd: dirname(pomFile), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      // Only the tail matters for the error message; keep memory bounded.
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'ENOENT' ? new Error(MAVEN_MISSING_MESSAGE) : err);
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolvePromise();
      const status = signal !== null ? `signal ${signal}` : `exit code ${String(code)}`;
      reject(new Error(`mvn ${args.join(' ')} failed (${status}):\n${stripAnsi(output).trim()}`));
    });
  });
}

/** The project root is the nearest ancestor holding neo4j/pom.xml (works from src/ and dist/). */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'neo4j', 'pom.xml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find neo4j/pom.xml above ${start}`);
    dir = parent;
  }
}

// Maven colours its output even with -B on some versions.
function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
