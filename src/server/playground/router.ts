import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Example } from './examples';

export type PlaygroundOptions = {
  /** Path of the GraphQL endpoint, e.g. `/graphql`; the IDE is served on the same path. */
  endpoint: string;
  examples: readonly Example[];
  /** Shown as the page title and in place of the GraphiQL logo. */
  title?: string;
};

/** Tab shape accepted by GraphiQL's `defaultTabs` prop. */
type TabDefinition = { query: string; variables?: string };

type Asset = { pkg: 'graphiql' | 'react' | 'react-dom'; file: string };

const DEFAULT_TITLE = 'GraphQL playground';
const ASSET_DIR = '_playground';
const CONFIG_ELEMENT_ID = 'playground-config';

/**
 * Everything the page loads, served from node_modules so the IDE works offline.
 * The source maps are only fetched by devtools; serving them avoids 404 noise.
 */
const ASSETS: Readonly<Record<string, Asset>> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js' },
  'graphiql.min.js.map': { pkg: 'graphiql', file: 'graphiql.min.js.map' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css' },
  'graphiql.min.css.map': { pkg: 'graphiql', file: 'graphiql.min.css.map' },
};

/** Script load order matters: graphiql's UMD bundle reads `window.React` / `window.ReactDOM`. */
const SCRIPTS = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js'] as const;
const STYLESHEETS = ['graphiql.min.css'] as const;

/**
 * Static bootstrap: all per-page data comes from the JSON config element, so
 * this text never changes and its CSP hash is a constant.
 */
const BOOTSTRAP_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('${CONFIG_ELEMENT_ID}').textContent);
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(
      GraphiQL,
      {
        fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
        defaultTabs: config.tabs,
        // GraphiQL seeds the first tab's variables editor from this prop, not from defaultTabs.
        variables: config.tabs.length ? config.tabs[0].variables : undefined,
        storage: GraphiQL.createLocalStorage({ namespace: config.storageNamespace }),
        defaultEditorToolsVisibility: true
      },
      React.createElement(GraphiQL.Logo, null, config.title)
    )
  );
})();`;

const PAGE_STYLE = `html, body, #graphiql { height: 100%; margin: 0; }`;

/**
 * CSP for the HTML page: only same-origin resources plus the two inline blocks,
 * pinned by hash. Known, harmless violation: GraphiQL's dialogs (react-remove-scroll)
 * inject a scroll-lock <style> that is blocked; the page body never scrolls anyway,
 * and allowing it would need style-src 'unsafe-inline'.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  `script-src 'self' '${sha256Source(BOOTSTRAP_SCRIPT)}'`,
  `style-src 'self' '${sha256Source(PAGE_STYLE)}'`,
  // graphiql.min.css embeds its fonts and a few icons as data: URIs; the favicon is an empty data: URI.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Renders the playground page. Pure apart from reading package versions (for cache busting). */
export function renderPlaygroundHtml(opts: PlaygroundOptions): string {
  const endpoint = normalizeEndpoint(opts.endpoint);
  const title = opts.title ?? DEFAULT_TITLE;
  const tabs = opts.examples.map(toTab);
  const config = { endpoint, title, tabs, storageNamespace: storageNamespace(endpoint, tabs) };
  const link = (name: string) => `<link rel="stylesheet" href="${escapeHtml(assetUrl(endpoint, name))}">`;
  const script = (name: string) => `<script src="${escapeHtml(assetUrl(endpoint, name))}"></script>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
${STYLESHEETS.map(link).join('\n')}
<style>${PAGE_STYLE}</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<noscript>The GraphQL IDE needs JavaScript. Queries can still be sent to ${escapeHtml(endpoint)} with POST.</noscript>
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${jsonForHtml(config)}</script>
${SCRIPTS.map(script).join('\n')}
<script>${BOOTSTRAP_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * Serves the IDE on GET `<endpoint>` for browser navigations and its assets
 * under `<endpoint>/_playground/`. Mount it at the app root *before* the
 * GraphQL middleware: every other request on `<endpoint>` falls through.
 */
export function playgroundRouter(opts: PlaygroundOptions): Router {
  const endpoint = normalizeEndpoint(opts.endpoint);
  const html = renderPlaygroundHtml({ ...opts, endpoint });
  const router = Router();

  router.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
    if (!wantsPlayground(req)) {
      next();
      return;
    }
    sendHtml(res, html);
  });

  for (const [name, asset] of Object.entries(ASSETS)) {
    // Resolved now so a missing package fails at startup, not on first page view.
    const file = resolveAsset(asset);
    router.get(assetPath(endpoint, name), (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // URLs carry the package version, so the content behind one URL never changes.
      res.sendFile(file, { maxAge: '365d', immutable: true }, (error) => {
        if (error) next(error);
      });
    });
  }
  return router;
}

/** Browser navigation without `?query=`; GET queries and JSON clients go to the GraphQL server. */
function wantsPlayground(req: Request): boolean {
  return (
    req.accepts(['application/json', 'text/html']) === 'text/html' &&
    !hasSearchParam(req.originalUrl, 'query')
  );
}

function hasSearchParam(url: string, name: string): boolean {
  const start = url.indexOf('?');
  return start !== -1 && new URLSearchParams(url.slice(start + 1)).has(name);
}

function sendHtml(res: Response, html: string): void {
  res.setHeader('Content-Security-Policy', PLAYGROUND_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Same URL answers JSON for API clients: keep caches from mixing the two.
  res.setHeader('Vary', 'Accept');
  res.setHeader('Cache-Control', 'no-cache');
  res.type('html').send(html);
}

function toTab(example: Example): TabDefinition {
  // GraphiQL names tabs after the operation, so the title goes in a comment.
  const query = `# ${example.title}\n${example.query}\n`;
  return example.variables === undefined
    ? { query }
    : { query, variables: JSON.stringify(example.variables, null, 2) };
}

/**
 * GraphiQL prefers tabs saved in localStorage over `defaultTabs`; scoping the
 * storage to the examples' content makes edited or new examples show up.
 */
function storageNamespace(endpoint: string, tabs: readonly TabDefinition[]): string {
  const digest = createHash('sha256').update(JSON.stringify(tabs)).digest('hex').slice(0, 12);
  return `playground:${endpoint}:${digest}`;
}

/** Only plain paths: the endpoint ends up in URLs, HTML and route patterns. */
function normalizeEndpoint(endpoint: string): string {
  if (!/^\/[A-Za-z0-9\-._~/]*$/.test(endpoint)) {
    throw new Error(
      `Playground endpoint must be a plain absolute path like "/graphql", got ${JSON.stringify(endpoint)}`,
    );
  }
  return endpoint.length > 1 ? endpoint.replace(/\/+$/, '') : endpoint;
}

function assetPath(endpoint: string, name: string): string {
  const base = endpoint === '/' ? '' : endpoint;
  return `${base}/${ASSET_DIR}/${name}`;
}

function assetUrl(endpoint: string, name: string): string {
  const asset = ASSETS[name];
  if (asset === undefined) throw new Error(`Unknown playground asset ${name}`);
  return `${assetPath(endpoint, name)}?v=${encodeURIComponent(packageVersion(asset.pkg))}`;
}

/**
 * react and react-dom don't export their `umd/` files, so resolve the package
 * root through `package.json` (which they do export) and join the path.
 */
function packageDir(pkg: Asset['pkg']): string {
  return dirname(require.resolve(`${pkg}/package.json`));
}

function resolveAsset(asset: Asset): string {
  const file = join(packageDir(asset.pkg), asset.file);
  statSync(file); // throws ENOENT if the package ships no such build
  return file;
}

const versions = new Map<Asset['pkg'], string>();
function packageVersion(pkg: Asset['pkg']): string {
  let version = versions.get(pkg);
  if (version === undefined) {
    const manifest = JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    version = typeof manifest.version === 'string' ? manifest.version : '0';
    versions.set(pkg, version);
  }
  return version;
}

function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** JSON safe inside a <script> element: no `</script>`, `<!--` or entity surprises. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
