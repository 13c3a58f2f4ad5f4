import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { loadExamples, type Example } from '../../src/server/playground/examples';
import { PLAYGROUND_CSP, playgroundRouter, renderPlaygroundHtml } from '../../src/server/playground/router';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const EXAMPLES: Example[] = [
  { name: '01-hello', title: 'Say hello', query: 'query Hello { hello }' },
  {
    name: '02-greet',
    title: 'Greet',
    query: 'query Greet($n: String) { greet(name: $n) }',
    variables: { n: 'Ada' },
  },
];

type Tab = { query: string; variables?: string };
type PageConfig = { endpoint: string; title: string; tabs: Tab[]; storageNamespace: string };

function pageConfig(html: string): PageConfig {
  const match = /<script type="application\/json" id="playground-config">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('config element not found');
  return JSON.parse(match[1]) as PageConfig;
}

function attributeValues(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

describe('loadExamples', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'playground-examples-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  it('reads *.graphql files sorted by file name and ignores everything else', () => {
    write('b.graphql', 'query B { b }');
    write('a.graphql', 'query A { a }');
    write('notes.md', '# not an example');
    mkdirSync(join(dir, 'c.graphql'));

    expect(loadExamples(dir).map((e) => e.name)).toEqual(['a', 'b']);
  });

  it('takes the title and variables from the leading comments and strips them from the query', () => {
    write(
      '01-case.graphql',
      '# title: Find a case\n# variables: {"id": "c1", "limit": 2}\n# keep me\nquery Case($id: ID!) { case(id: $id) { id } }\n',
    );

    expect(loadExamples(dir)).toEqual([
      {
        name: '01-case',
        title: 'Find a case',
        query: '# keep me\nquery Case($id: ID!) { case(id: $id) { id } }',
        variables: { id: 'c1', limit: 2 },
      },
    ]);
  });

  it('falls back to the file name for the title and omits absent variables', () => {
    write('plain.graphql', 'query Plain { hello }');

    const [example] = loadExamples(dir);
    expect(example).toEqual({ name: 'plain', title: 'plain', query: 'query Plain { hello }' });
    expect(example).not.toHaveProperty('variables');
  });

  it('only reads metadata before the operation starts', () => {
    write('late.graphql', 'query Late {\n# title: not a title\n  hello\n}');

    const [example] = loadExamples(dir);
    expect(example?.title).toBe('late');
    expect(example?.query).toContain('# title: not a title');
  });

  it('names the file when the variables JSON is invalid', () => {
    write('01-ok.graphql', 'query Ok { hello }');
    write('02-broken.graphql', '# variables: {"id": }\nquery Broken { hello }');

    expect(() => loadExamples(dir)).toThrow(/02-broken\.graphql/);
  });

  it('names the file when the variables are not a JSON object', () => {
    write('list.graphql', '# variables: [1, 2]\nquery List { hello }');

    expect(() => loadExamples(dir)).toThrow(/list\.graphql.*JSON object/);
  });

  it('names the file when there is no operation', () => {
    write('empty.graphql', '# title: Nothing here\n');

    expect(() => loadExamples(dir)).toThrow(/empty\.graphql/);
  });
});

describe('renderPlaygroundHtml', () => {
  const html = renderPlaygroundHtml({
    endpoint: '/graphql',
    examples: EXAMPLES,
    title: 'Litigation graph',
  });

  it('preloads one tab per example, titled in a comment, with variables as JSON text', () => {
    const config = pageConfig(html);

    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs).toEqual([
      { query: '# Say hello\nquery Hello { hello }\n' },
      {
        query: '# Greet\nquery Greet($n: String) { greet(name: $n) }\n',
        variables: '{\n  "n": "Ada"\n}',
      },
    ]);
  });

  it('creates GraphiQL with a fetcher on the endpoint and the default tabs', () => {
    expect(html).toContain('GraphiQL.createFetcher({ url: config.endpoint })');
    expect(html).toContain('defaultTabs: config.tabs');
    expect(html).toContain('<title>Litigation graph</title>');
  });

  it('contains no external URLs at all', () => {
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/(src|href)="\/\//i);
  });

  it('loads react, react-dom and graphiql from local assets, in that order', () => {
    const scripts = attributeValues(html, 'script', 'src');
    expect(scripts).toEqual([
      expect.stringMatching(/^\/graphql\/_playground\/react\.production\.min\.js\?v=/),
      expect.stringMatching(/^\/graphql\/_playground\/react-dom\.production\.min\.js\?v=/),
      expect.stringMatching(/^\/graphql\/_playground\/graphiql\.min\.js\?v=/),
    ]);
    // The only non-local link is the empty data: favicon (it saves a 404 on /favicon.ico).
    expect(attributeValues(html, 'link', 'href')).toEqual([
      'data:,',
      expect.stringMatching(/^\/graphql\/_playground\/graphiql\.min\.css\?v=/),
    ]);
  });

  it('pins every inline script and style in the CSP by hash', () => {
    const inline = [...inlineBlocks(html, 'script'), ...inlineBlocks(html, 'style')];
    expect(inline).toHaveLength(2);
    for (const block of inline) expect(PLAYGROUND_CSP).toContain(sha256Source(block));
    expect(PLAYGROUND_CSP).not.toContain('unsafe-inline');
    expect(PLAYGROUND_CSP).not.toContain('unsafe-eval');
  });

  it('cannot be broken out of by example text or the title', () => {
    const nasty = '</script><script>alert(1)</script>';
    const page = renderPlaygroundHtml({
      endpoint: '/graphql',
      title: nasty,
      examples: [{ name: 'x', title: nasty, query: `query X { a(s: "${nasty}") }` }],
    });

    expect(page).not.toContain('<script>alert(1)');
    expect(pageConfig(page).tabs[0]?.query).toContain(nasty);
  });

  it('rejects an endpoint that is not a plain path', () => {
    expect(() => renderPlaygroundHtml({ endpoint: 'https://example.org/graphql', examples: [] })).toThrow(
      /plain absolute path/,
    );
  });
});

describe('playgroundRouter', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.use(playgroundRouter({ endpoint: '/graphql/', examples: EXAMPLES }));
    // Stands in for Apollo: anything the router passes on lands here.
    app.use('/graphql', (_req, res) => {
      res.status(299).send('fell through');
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const get = (path: string, accept: string) => fetch(`${base}${path}`, { headers: { accept } });

  it('serves the IDE to a browser navigation, with a CSP', async () => {
    const res = await get('/graphql', BROWSER_ACCEPT);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(PLAYGROUND_CSP);
    expect(res.headers.get('vary')).toMatch(/accept/i);
    expect(await res.text()).toContain('id="graphiql"');
  });

  it.each([
    ['a JSON client', '/graphql', 'application/json'],
    ['curl-style */*', '/graphql', '*/*'],
    ['a GET query from a browser', '/graphql?query=%7Bhello%7D', BROWSER_ACCEPT],
  ])('passes %s on to the GraphQL server', async (_label, path, accept) => {
    expect((await get(path, accept)).status).toBe(299);
  });

  it('passes POSTs on to the GraphQL server', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' },
      body: '{"query":"{ hello }"}',
    });
    expect(res.status).toBe(299);
  });

  it('serves every asset the page references from node_modules, cacheably', async () => {
    const html = await (await get('/graphql', BROWSER_ACCEPT)).text();
    const urls = [...attributeValues(html, 'script', 'src'), ...attributeValues(html, 'link', 'href')].filter(
      (url) => url.startsWith('/'),
    );
    expect(urls).toHaveLength(4);

    for (const url of urls) {
      const res = await get(url, '*/*');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(
        url.includes('.css') ? /^text\/css/ : /^(text|application)\/javascript/,
      );
      expect(res.headers.get('cache-control')).toContain('immutable');
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('does not serve arbitrary files under the asset path', async () => {
    expect((await get('/graphql/_playground/package.json', '*/*')).status).toBe(299);
    expect((await get('/graphql/_playground/..%2F..%2Fpackage.json', '*/*')).status).toBe(299);
  });
});
