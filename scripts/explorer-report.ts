import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axe, launchBrowser } from '../tests/support/browser';
import { openExplorer } from '../tests/support/explorer';

// Budgets and screenshots of the explorer, against a running server (`npm start`):
//   npm run explorer:report -- [base URL, default http://127.0.0.1:4000]
// Prints initial JavaScript (gzipped), per page the time until usable, the GraphQL
// requests and axe's findings, and the frame time while panning a 2,000-node graph and,
// when the graph holds generated dockets (scripts/generate-dockets.ts, imported), a real
// neighbourhood of up to 500 nodes from them. Imports the fixture dockets
// (tests/fixtures/dockets) first when they are not in the graph, for the docket pages.
// Writes the screenshots to docs/screenshots/. Measurements, not tests.

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'web/dist');
const SHOTS = join(ROOT, 'docs/screenshots');
const base = process.argv[2] ?? 'http://127.0.0.1:4000';

const PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['case', `/node/${encodeURIComponent('case:baldwin-criminal')}`],
  ['case-statements', `/node/${encodeURIComponent('case:baldwin-v-morrissey')}`],
  ['party', `/node/${encodeURIComponent('person:alec-baldwin')}`],
  ['source', `/node/${encodeURIComponent('source:000_5585b8dd8960c38c')}`],
  ['incident', `/node/${encodeURIComponent('incident:rust-shooting')}`],
  ['charge', `/node/${encodeURIComponent('charge:baldwin-involuntary-manslaughter')}`],
  ['statement', `/node/${encodeURIComponent('statement:baldwin-denies-pulling-trigger')}`],
  ['graph', `/node/${encodeURIComponent('person:alec-baldwin')}/graph`],
  ['timeline', `/node/${encodeURIComponent('incident:rust-shooting')}/timeline`],
  [
    'paths',
    `/paths?from=${encodeURIComponent('person:kari-morrissey')}&to=${encodeURIComponent('person:halyna-hutchins')}`,
  ],
  ['stats', '/stats'],
  ['docket-case', `/node/${encodeURIComponent('case:nyed-14-cv-7524')}`],
  ['court', `/node/${encodeURIComponent('court:nyed')}`],
  ['not-found', `/node/${encodeURIComponent('case:no-such-case')}`],
  ['cases', '/cases'],
  [
    'cases-filtered',
    `/cases?nos=${encodeURIComponent('442 Civil Rights: Jobs')}&court=${encodeURIComponent('court:mad')}`,
  ],
  ['cases-pending', '/cases?pendingOn=2024-06-30'],
  ['rankings', '/rankings?by=FIRM'],
  ['rankings-judges', '/rankings?by=JUDGE'],
  ['search-page', '/search?q=civil%20rights'],
  ['docket-graph', `/node/${encodeURIComponent('case:vaed-19-cv-632')}/graph`],
];

function initialJs(): { files: string[]; gzip: number; raw: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let gzip = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(DIST, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzip, raw };
}

/**
 * In the page, as plain JavaScript (a transpiled function would bring helpers the page lacks):
 * adds 2,000 generated nodes and 1,999 edges to the graph view, then pans 120 frames.
 */
const PAN = `
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  const times = [];
  let last = await raf();
  for (let i = 0; i < 120; i++) {
    cy.panBy({ x: i % 40 < 20 ? 8 : -8, y: 3 });
    const now = await raf();
    times.push(now - last);
    last = now;
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { nodes: cy.nodes().length, edges: cy.edges().length, mean, p50: times[60], p95: times[114], max: times[119] };`;
const PAN_BENCHMARK = `(async () => {
  const cy = globalThis.__cy;
  const els = [];
  for (let i = 0; i < 2000; i++) els.push({ group: 'nodes', data: { id: 'gen:' + i, label: 'Generated ' + i, kind: 'PERSON' } });
  for (let i = 1; i < 2000; i++)
    els.push({ group: 'edges', data: { id: 'gen-e:' + i, source: 'gen:' + i, target: 'gen:' + Math.floor(i / 3), label: 'party to', kind: 'PARTY_TO', directed: true } });
  cy.add(els);
  cy.layout({ name: 'grid', animate: false }).run();
  cy.fit();
  // Let the first full render of the new elements finish before timing the panning.
  await new Promise((r) => setTimeout(r, 1500));
  ${PAN}
})()`;
/** The graph view as it draws a real neighbourhood, then the same panning. */
const PAN_AS_DRAWN = `(async () => {
  const cy = globalThis.__cy;
  await new Promise((r) => setTimeout(r, 3000));
  ${PAN}
})()`;

/** A busy node of generated dockets (every generated criminal case names the United States). */
const GENERATED_HUB = 'organization:united-states-of-america';

async function gql<T>(query: string): Promise<T | undefined> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return ((await res.json()) as { data?: T }).data;
}

/** The docket pages need the fixture dockets; import them through the CLI when missing. */
async function ensureFixtureDockets(): Promise<void> {
  const data = await gql<{ case: { id: string } | null }>('{ case(id: "case:nyed-14-cv-7524") { id } }');
  if (data?.case) return;
  console.log('Importing the fixture dockets (tests/fixtures/dockets)…');
  execFileSync('npx', ['tsx', 'src/cli/import.ts', 'tests/fixtures/dockets'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** The docket source of the nyed fixture, opened at its nature-of-suit field. */
async function docketSourcePath(): Promise<string> {
  type Ev = { quote: string; locator: string; source: { id: string } };
  const data = await gql<{ case: { natureOfSuit: { evidence: Ev[] } } }>(
    '{ case(id: "case:nyed-14-cv-7524") { natureOfSuit { evidence { quote locator source { id } } } } }',
  );
  const ev = data?.case.natureOfSuit.evidence[0];
  if (!ev) throw new Error('the nyed fixture docket has no nature-of-suit evidence');
  return `/node/${encodeURIComponent(ev.source.id)}?quote=${encodeURIComponent(ev.quote)}&at=${encodeURIComponent(ev.locator)}`;
}

/** In the page: the graph view has drawn its first nodes. */
const GRAPH_DRAWN = () =>
  ((globalThis as unknown as { __cy?: { nodes(): { length: number } } }).__cy?.nodes().length ?? 0) > 0;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await ensureFixtureDockets();
  PAGES.push(['docket-source', await docketSourcePath()]);
  const js = initialJs();
  console.log(`Initial JavaScript: ${js.files.join(', ')}: ${kb(js.gzip)} gzipped (${kb(js.raw)} raw)`);
  const chromium = await launchBrowser();
  try {
    console.log('\n| page | usable after | GraphQL requests | axe violations (impact) |\n|---|---|---|---|');
    // A first pass plans every statement in Neo4j (seconds on a busy 2-core machine);
    // the figures are from the second, as a returning reader would see them.
    for (const [, path] of PAGES) await (await openExplorer(chromium.browser, base, path)).close();
    for (const [name, path] of PAGES) {
      const started = Date.now();
      const p = await openExplorer(chromium.browser, base, path);
      if (name === 'graph') {
        await p.page.waitForFunction(GRAPH_DRAWN, null, {
          timeout: 30_000,
        });
      }
      const usable = Date.now() - started;
      // The browser's own clock: navigation start → the answer rendered.
      const inPage = (await p.page.evaluate('Math.round(performance.now())')) as number;
      const requests = p.graphqlRequests();
      const violations = await axe(p.page);
      const summary = violations.map((v) => `${v.id} (${v.impact})`).join(', ') || 'none';
      await p.page.screenshot({
        path: join(SHOTS, `${name}.png`),
        fullPage: name !== 'source' && name !== 'docket-source',
      });
      console.log(
        `| ${name} | ${inPage} ms in page (${usable} ms from opening a tab) | ${requests} | ${summary} |`,
      );
      if (p.errors.length) console.log(`  errors: ${p.errors.join('; ')}`);
      await p.close();
    }

    // What parties said, on a party page; search hits with the sentence that matched.
    const party = await openExplorer(
      chromium.browser,
      base,
      `/node/${encodeURIComponent('person:alec-baldwin')}`,
    );
    await party.page
      .getByRole('region', { name: 'What they said' })
      .getByRole('button', { name: /^Evidence for Denial by Alec Baldwin/ })
      .click();
    await party.page.evaluate('window.scrollTo(0, 0)');
    const said = party.page.locator('section.said');
    const first = (await said.first().boundingBox())!;
    const last = (await said.last().boundingBox())!;
    await party.page.screenshot({
      path: join(SHOTS, 'party-statements.png'),
      fullPage: true,
      clip: { x: 0, y: first.y - 16, width: 1280, height: last.y + last.height - first.y + 32 },
    });
    await party.close();
    const search = await openExplorer(chromium.browser, base, '/');
    await search.page.getByRole('combobox', { name: 'Search the graph' }).fill('sensationally');
    await search.page.locator('.search-results [role=option]').first().waitFor();
    await search.page.screenshot({ path: join(SHOTS, 'search-matches.png') });
    await search.page.getByRole('combobox', { name: 'Search the graph' }).fill('pulling the trigger');
    await search.page.getByRole('option', { name: /^Denial by Alec Baldwin/ }).waitFor();
    await search.page.screenshot({ path: join(SHOTS, 'search-statements.png') });
    await search.close();

    // 2,000 generated nodes in the graph view, then pan and measure frame intervals.
    const g = await openExplorer(
      chromium.browser,
      base,
      `/node/${encodeURIComponent('person:alec-baldwin')}/graph`,
    );
    await g.page.waitForFunction(GRAPH_DRAWN, null, {
      timeout: 30_000,
    });
    const frames = (await g.page.evaluate(PAN_BENCHMARK)) as Record<string, number>;
    const ms = (n: number | undefined) => `${(n ?? NaN).toFixed(1)} ms`;
    console.log(
      `\nPanning ${frames.nodes} nodes / ${frames.edges} edges (headless Chromium, software rendering): frame time mean ${ms(frames.mean)}, median ${ms(frames.p50)}, p95 ${ms(frames.p95)}, max ${ms(frames.max)}`,
    );
    await g.close();

    // A real neighbourhood from generated dockets, as the graph view draws it.
    const hub = await gql<{ neighborhood: unknown }>(
      `{ neighborhood(id: "${GENERATED_HUB}", depth: 2, limit: 500) { nodes { id } edges { id } } }`,
    );
    if (hub?.neighborhood) {
      const r = await openExplorer(
        chromium.browser,
        base,
        `/node/${encodeURIComponent(GENERATED_HUB)}/graph?depth=2&limit=500`,
      );
      await r.page.waitForFunction(GRAPH_DRAWN, null, { timeout: 60_000 });
      const real = (await r.page.evaluate(PAN_AS_DRAWN)) as Record<string, number>;
      console.log(
        `Panning the neighbourhood of ${GENERATED_HUB} (depth 2, limit 500): ${real.nodes} nodes / ${real.edges} edges: frame time mean ${ms(real.mean)}, median ${ms(real.p50)}, p95 ${ms(real.p95)}, max ${ms(real.max)}`,
      );
      await r.page.screenshot({ path: join(SHOTS, 'graph-generated.png') });
      await r.close();
    } else {
      console.log(
        `\nNo ${GENERATED_HUB} in the graph: import generated dockets to measure a real neighbourhood.`,
      );
    }
  } finally {
    await chromium.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
