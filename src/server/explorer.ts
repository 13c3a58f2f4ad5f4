import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import express, { Router } from 'express';
import { logger } from '../logger';

// The research explorer (web/): a Vite + React app built into web/dist and served at `/`.
// It is built when the server starts and its sources changed since the last build, so
// `npm start` needs no separate build command and later starts cost a hash of a few files.

const ROOT = resolve(__dirname, '../..');
const WEB = resolve(ROOT, 'web');
export const EXPLORER_DIST = resolve(WEB, 'dist');
const STAMP = '.source-hash';
/** Client-side routes answered with the app's index.html (deep links). */
const APP_ROUTES = ['/', '/node/*splat', '/paths', '/stats', '/cases', '/rankings', '/search', '/author'];

/** Same-origin only; style-src allows the inline positions React and the graph library set. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Hash of everything the bundle is built from: the app's sources, its config and the locked dependencies. */
export function explorerSourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...files(join(WEB, 'src')).sort(),
    join(WEB, 'index.html'),
    join(WEB, 'vite.config.mts'),
    join(ROOT, 'package-lock.json'),
  ];
  for (const file of inputs) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const builtHash = (): string | null => {
  const stamp = join(EXPLORER_DIST, STAMP);
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
};

/** Builds web/ into web/dist unless the last build was made from the same sources. */
export async function ensureExplorerBuilt(): Promise<void> {
  const hash = explorerSourceHash();
  if (builtHash() === hash) return;
  const started = Date.now();
  logger.info('building the explorer (web/) with Vite');
  // Built beside web/dist and swapped in, so a concurrent start never serves half a build.
  const out = `${EXPLORER_DIST}.build-${process.pid}`;
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--config', join(WEB, 'vite.config.mts'), '--logLevel', 'warn'],
    {
      cwd: ROOT,
      // Always a production bundle: under jest NODE_ENV is `test`, which would bring React's development build.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        EXPLORER_OUT_DIR: out,
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      },
    },
  );
  writeFileSync(join(out, STAMP), `${hash}\n`);
  try {
    rmSync(EXPLORER_DIST, { recursive: true, force: true });
    renameSync(out, EXPLORER_DIST);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    if (builtHash() !== hash) throw error;
  }
  logger.info(`explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Serves the built explorer: hashed assets cached for good, index.html for every app route. */
export async function explorerRouter(): Promise<Router> {
  await ensureExplorerBuilt();
  const router = Router();
  const index = join(EXPLORER_DIST, 'index.html');
  router.use(
    '/assets',
    express.static(join(EXPLORER_DIST, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.get(APP_ROUTES, (_req, res) => {
    res.set('Content-Security-Policy', EXPLORER_CSP);
    res.set('Cache-Control', 'no-cache');
    res.set('Last-Modified', statSync(index).mtime.toUTCString());
    res.sendFile(index);
  });
  return router;
}
