import { startHarness, type Harness } from '../support/harness';
import { axe, launchBrowser, seriousOrCritical, type RunningBrowser } from '../support/browser';
import { openExplorer, ready, type ExplorerPage } from '../support/explorer';

// The explorer in Debian's Chromium, through the real server and the real Neo4j.

let h: Harness;
let chromium: RunningBrowser;
let base: string;
const opened: ExplorerPage[] = [];

beforeAll(async () => {
  h = await startHarness();
  base = `http://127.0.0.1:${h.server.port}`;
  // Neo4j plans the big by-id statements on first use, which can take seconds on a busy
  // machine: plan them here so the pages below are not answered with a timeout.
  await h.gql(
    '{ case(id: "case:baldwin-criminal") { id } party(id: "person:alec-baldwin") { id } node(id: "incident:rust-shooting") { id } }',
  );
  chromium = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

afterAll(async () => {
  await chromium?.close();
  await h?.close();
});

async function open(path: string): Promise<ExplorerPage> {
  const p = await openExplorer(chromium.browser, base, path);
  opened.push(p);
  return p;
}

/** No serious or critical axe violation, and nothing logged as an error. */
async function expectAccessibleAndClean(p: ExplorerPage): Promise<void> {
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
}

test('serves the explorer at / with GraphiQL still at /graphql', async () => {
  const home = await fetch(`${base}/`);
  expect(home.status).toBe(200);
  expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(await home.text()).toContain('<div id="root">');
  const deep = await fetch(`${base}/node/${encodeURIComponent('case:baldwin-criminal')}`);
  expect(await deep.text()).toContain('<div id="root">');
  const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(await graphiql.text()).toContain('graphiql');
  const api = await h.gql('{ case(id: "case:baldwin-criminal") { caption } }');
  expect(api.data.case.caption).toBe('Criminal case against Alec Baldwin');
});

test('search → case page → evidence → the source with the quote highlighted', async () => {
  const p = await open('/');
  const box = p.page.getByRole('combobox', { name: 'Search the graph' });
  await box.fill('criminal baldwin');
  const listbox = p.page.getByRole('listbox', { name: 'Search the graph: results' });
  await expect(
    listbox.getByRole('group', { name: 'Cases' }).getByRole('option').first().textContent(),
  ).resolves.toContain('Criminal case against Alec Baldwin');
  await box.press('Enter');
  await p.page.waitForURL(`**/node/${encodeURIComponent('case:baldwin-criminal')}`);
  await ready(p.page);

  const main = p.page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Criminal case against Alec Baldwin',
  );
  const text = (await main.textContent()) ?? '';
  expect(text).toContain('Descriptive caption');
  expect(text).toContain('between 4 July 2024 and 3 August 2024 (derived from “three days into the trial”)');
  expect(text).toContain('represented by Kari Morrissey (special prosecutor)');
  expect(text).toContain('involuntary manslaughter against Alec Baldwin');
  expect(text).toMatch(/resolved by dismissal/);
  await expectAccessibleAndClean(p);

  await main.getByRole('button', { name: /^Evidence for the case:/ }).click();
  const panel = main.getByRole('region', { name: 'Evidence for the case' });
  const quote = (await panel.locator('q').first().textContent()) ?? '';
  expect(quote.length).toBeGreaterThan(10);
  await panel.getByRole('link').first().click();
  await p.page.waitForURL('**/node/source%3A*');
  await ready(p.page);
  // The quote may be cut into several marks where other quotes overlap it.
  expect((await p.page.locator('mark.current').allTextContents()).join('')).toBe(quote);
  // Every quoted sentence is marked and numbered, and leads to the facts it supports.
  expect(await p.page.locator('sup.ref').count()).toBeGreaterThan(5);
  const facts = p.page.getByRole('region', { name: 'What each passage supports' });
  await expect(
    facts.getByRole('link', { name: 'Criminal case against Alec Baldwin' }).count(),
  ).resolves.toBeGreaterThan(0);
  await expectAccessibleAndClean(p);
});

test('a case page costs one GraphQL request', async () => {
  const p = await open(`/node/${encodeURIComponent('case:baldwin-v-morrissey')}`);
  expect(p.graphqlRequests()).toBe(1);
  const text = (await p.page.getByRole('main').textContent()) ?? '';
  expect(text).toContain('January 2025 (derived from “in January”)');
  // The as-of control: the case as it stood on a day, with its certainty.
  await p.page.getByLabel('Show the case as it stood on').fill('2025-01-15');
  await p.page
    .getByText(/established|assumed|unknown/)
    .first()
    .waitFor();
  // Filed "in January" 2025: on the 15th the filing may or may not have happened, which the page must say.
  expect(await p.page.locator('.asof').textContent()).toMatch(
    /(, pending|, not pending|not yet begun).*(Established|Assumed|Unknown)/i,
  );
});

test('party page: names, descriptors, offices, cases by role and timeline', async () => {
  const p = await open(`/node/${encodeURIComponent('person:kari-morrissey')}`);
  expect(p.graphqlRequests()).toBe(1);
  const main = p.page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kari Morrissey');
  const text = (await main.textContent()) ?? '';
  expect(text).toContain('special prosecutor');
  expect(text).toContain('As defendant');
  expect(text).toContain('Baldwin v. Morrissey, Carmack-Altwies et al.');
  expect(await main.locator('.tl-entry').count()).toBeGreaterThan(1);
  await expectAccessibleAndClean(p);
});

test('graph view renders the neighbourhood, expands a node and shows an edge’s evidence', async () => {
  const p = await open(`/node/${encodeURIComponent('person:alec-baldwin')}/graph`);
  await p.page.waitForFunction(() => (globalThis as any).__cy?.nodes().length > 0, null, { timeout: 30_000 });
  const count = () => p.page.evaluate(() => (globalThis as any).__cy.nodes().length as number);
  const before = await count();
  expect(before).toBeGreaterThan(3);
  const at = async (selector: string) => {
    const box = (await p.page.locator('.graph-canvas').boundingBox())!;
    const pos = await p.page.evaluate((s) => {
      const el = (globalThis as any).__cy.$(s);
      return el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    }, selector);
    return { x: box.x + pos.x, y: box.y + pos.y };
  };
  const incident = await at('#incident\\:rust-shooting');
  await p.page.mouse.click(incident.x, incident.y);
  await p.page.waitForFunction((n) => (globalThis as any).__cy.nodes().length > n, before, {
    timeout: 30_000,
  });
  expect(await count()).toBeGreaterThan(before);
  expect(await p.page.getByRole('status').filter({ hasText: 'Expanded' }).count()).toBe(1);

  const edge = await at('edge[kind = "INVOLVED_IN"]');
  await p.page.mouse.click(edge.x, edge.y);
  const evidence = p.page.locator('.edge-evidence');
  await evidence.waitFor();
  expect(await evidence.locator('blockquote').count()).toBeGreaterThan(0);

  const download = p.page.waitForEvent('download');
  await p.page.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toBe('graph-person_alec-baldwin.json');
  await expectAccessibleAndClean(p);
});

test('path finder: Kari Morrissey to Halyna Hutchins, step by step with evidence', async () => {
  const p = await open(
    `/paths?from=${encodeURIComponent('person:kari-morrissey')}&to=${encodeURIComponent('person:halyna-hutchins')}`,
  );
  await p.page.locator('.path').first().waitFor();
  expect(p.graphqlRequests()).toBe(1);
  expect(await p.page.locator('.rendering').first().textContent()).toBe(
    'Kari Morrissey —prosecuted→ Criminal case against Alec Baldwin —arose from→ Rust set shooting ←killed in— Halyna Hutchins',
  );
  const steps = p.page.locator('.path').first().locator('li.step');
  expect(await steps.count()).toBe(3);
  for (let i = 0; i < 3; i++)
    expect(await steps.nth(i).locator('.step-evidence li').count()).toBeGreaterThan(0);
  await expectAccessibleAndClean(p);
});

test('timeline draws month- and year-precision steps as spans', async () => {
  const p = await open(`/node/${encodeURIComponent('incident:rust-shooting')}/timeline`);
  expect(p.graphqlRequests()).toBe(1);
  const width = (precision: string) =>
    p.page
      .locator(`.tl-entry[data-precision="${precision}"] .tl-bar`)
      .first()
      .evaluate((e: any) => e.getBoundingClientRect().width as number);
  const year = await width('YEAR');
  const month = await width('MONTH');
  expect(year).toBeGreaterThan(month);
  expect(month).toBeGreaterThanOrEqual(4);
  await expectAccessibleAndClean(p);
});

test('statistics over outcomeStats', async () => {
  const p = await open('/stats');
  expect(p.graphqlRequests()).toBe(1);
  const byKind = p.page.getByRole('region', { name: 'By kind of outcome' });
  expect(await byKind.getByRole('row').count()).toBeGreaterThan(1);
  expect(await byKind.getByRole('row', { name: /dismissal/ }).textContent()).toContain('2');
  expect(await p.page.getByRole('table', { name: 'Overall' }).textContent()).toContain('All cases');
  await expectAccessibleAndClean(p);
});

test('a bad id shows the not-found state', async () => {
  const p = await open(`/node/${encodeURIComponent('case:no-such-case')}`);
  expect(await p.page.getByRole('main').textContent()).toContain(
    'Nothing in the graph has the id case:no-such-case',
  );
  const other = await open(`/node/${encodeURIComponent('nonsense')}`);
  expect(await other.page.getByRole('main').textContent()).toContain('Not found');
  await expectAccessibleAndClean(p);
});

test('an API error shows its message and code', async () => {
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  await page.route('**/graphql', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [{ message: 'The database is unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
      }),
    }),
  );
  await page.goto(`${base}/node/${encodeURIComponent('person:alec-baldwin')}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('The database is unavailable');
  expect(await alert.textContent()).toContain('DATABASE_UNAVAILABLE');
  await context.close();
});
