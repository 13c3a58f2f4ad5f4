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
    .getByText(/established|assumed|possibly|unknown/)
    .first()
    .waitFor();
  // Filed "in January" 2025: on the 15th the filing may or may not have happened, which the page must say.
  expect(await p.page.locator('.asof').textContent()).toMatch(
    /(pending on|, not pending|not yet begun).*(Established|Assumed|Possibly|Unknown)/i,
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

test('party page: what they said, each labelled as the party’s assertion, with its evidence', async () => {
  const p = await open(`/node/${encodeURIComponent('person:alec-baldwin')}`);
  expect(p.graphqlRequests()).toBe(1);
  const main = p.page.getByRole('main');
  const said = main.getByRole('region', { name: 'What they said' });
  const denial = said.locator('[data-statement="statement:baldwin-denies-pulling-trigger"]');
  expect(await denial.locator('.assertion-label').textContent()).toBe('Denial — a party’s statement');
  expect(await denial.locator('.st-line').textContent()).toBe(
    'Denial by Alec Baldwin: “has always denied pulling the trigger on the prop gun”',
  );
  expect(await denial.getByRole('link', { name: 'Rust set shooting' }).count()).toBe(1);
  await denial.getByRole('button', { name: 'Evidence for Denial by Alec Baldwin: 1 quote' }).click();
  expect(
    await denial
      .getByRole('region', { name: 'Evidence for Denial by Alec Baldwin' })
      .locator('q')
      .textContent(),
  ).toBe('Baldwin, who has always denied pulling the trigger on the prop gun');
  // A lawyer's statement for him is his side's word too, and says who spoke.
  expect(await said.textContent()).toContain(
    'Announcement by Luke Nikas on behalf of Alec Baldwin: “settlement talks were underway',
  );
  const allegations = said.locator('.assertion.kind-allegation .assertion-label');
  expect(await allegations.allTextContents()).toEqual([
    'Allegation — not a finding',
    'Allegation — not a finding',
  ]);
  // Never among the facts the sources state.
  expect(await main.locator('dl.facts').textContent()).not.toMatch(/denied|alleg/i);
  // In his timeline, a statement is drawn as an assertion, not as a step that happened.
  const entry = main
    .getByRole('region', { name: 'Timeline' })
    .locator('.tl-statement', { hasText: 'Denial by Alec Baldwin' });
  expect(await entry.locator('.assertion-tag').textContent()).toBe('a party’s statement');
  await expectAccessibleAndClean(p);

  const kari = await open(`/node/${encodeURIComponent('person:kari-morrissey')}`);
  const about = kari.page.getByRole('region', { name: 'Said about them' });
  expect(await about.locator('.st-line').allTextContents()).toEqual([
    expect.stringMatching(/^Allegation by Alec Baldwin: “they violated his rights/),
    expect.stringMatching(
      /^Allegation by Alec Baldwin: “accused the defendants of malicious abuse of process/,
    ),
  ]);
  expect(await kari.page.getByRole('region', { name: 'What they said' }).textContent()).toContain(
    'No statement by them is sourced.',
  );
});

test('case page: what the parties said in Baldwin v. Morrissey', async () => {
  const p = await open(`/node/${encodeURIComponent('case:baldwin-v-morrissey')}`);
  expect(p.graphqlRequests()).toBe(1);
  const said = p.page.getByRole('main').getByRole('region', { name: 'What the parties said' });
  expect(await said.locator('.st-line').allTextContents()).toEqual([
    'Allegation by Alec Baldwin: “they violated his rights during their "malicious and unlawful pursuit" to make him the "scapegoat" for the incident”',
    'Announcement by Luke Nikas on behalf of Alec Baldwin: “settlement talks were underway and the lawsuit would be refiled if they fell through”',
    'Statement by Luke Nikas on behalf of Alec Baldwin: “We have been in good faith discussions with the parties to the lawsuit and will be refiling promptly if those discussions are not promptly and favourably resolved”',
    'Allegation by Alec Baldwin: “accused the defendants of malicious abuse of process, defamation and mishandling of evidence, among other rights violations”',
  ]);
  const quoted = said.locator('[data-statement="statement:nikas-will-refile"]');
  expect(await quoted.locator('.assertion-label').textContent()).toBe(
    'Quoted statement — a party’s own words',
  );
  expect(await quoted.locator('.st-meta').textContent()).toBe(
    'In the speaker’s own words (“he said in a statement”) · no source dates it',
  );
  expect(await said.getByRole('button', { name: /^Evidence for / }).count()).toBe(4);
  await expectAccessibleAndClean(p);
});

test('a statement page: the assertion, what it is about and the sentence that reports it', async () => {
  const p = await open(`/node/${encodeURIComponent('statement:baldwin-denies-pulling-trigger')}`);
  expect(p.graphqlRequests()).toBe(1);
  const main = p.page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Denial by Alec Baldwin');
  expect(await main.locator('.assertion-label').textContent()).toBe('Denial — a party’s statement');
  expect(await main.locator('.st-about').textContent()).toBe('About: Rust set shooting');
  const reported = main.getByRole('region', { name: 'Reported in' });
  expect(await reported.locator('q').textContent()).toBe(
    'Baldwin, who has always denied pulling the trigger on the prop gun',
  );
  await expectAccessibleAndClean(p);
  await reported.getByRole('link').click();
  await p.page.waitForURL('**/node/source%3A*');
  await ready(p.page);
  expect((await p.page.locator('mark.current').allTextContents()).join('')).toBe(
    'Baldwin, who has always denied pulling the trigger on the prop gun',
  );
});

test('charge and incident pages render alongside the statement fragment of the shared node query', async () => {
  // Regression: graphcache must not take `... on Statement { ...StatementFields }` to match a Charge.
  const charge = await open(`/node/${encodeURIComponent('charge:baldwin-involuntary-manslaughter')}`);
  expect(charge.graphqlRequests()).toBe(1);
  await expect(charge.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'involuntary manslaughter',
  );
  const incident = await open(`/node/${encodeURIComponent('incident:rust-shooting')}`);
  expect(incident.graphqlRequests()).toBe(1);
  const entry = incident.page
    .getByRole('region', { name: 'Timeline' })
    .locator('.tl-statement', { hasText: 'Denial by Alec Baldwin' });
  expect(await entry.locator('.assertion-tag').textContent()).toBe('a party’s statement');
  await expectAccessibleAndClean(incident);
});

test('search shows the quoted sentence a hit was found through, and opens it by keyboard', async () => {
  const p = await open('/');
  const box = p.page.getByRole('combobox', { name: 'Search the graph' });
  await box.fill('sensationally');
  const listbox = p.page.getByRole('listbox', { name: 'Search the graph: results' });
  const event = listbox.getByRole('group', { name: 'Events' }).getByRole('option').first();
  await event.waitFor();
  const sentence = 'The criminal case was sensationally dismissed three days into the trial';
  const text = (await event.textContent()) ?? '';
  expect(text).toContain('The criminal case was dismissed three days into the trial');
  expect(text).toContain(`“${sentence}`);
  expect(text).toContain(
    "quoted from A judge has dismissed Alec Baldwin's misconduct lawsuit against the prosecutors in the Rust trial.",
  );
  expect(await event.locator('mark').allTextContents()).toEqual(['sensationally']);
  const outcome = listbox.getByRole('group', { name: 'Outcomes' }).getByRole('option').first();
  expect(await outcome.textContent()).toMatch(
    /^Dismissal — in Criminal case against Alec Baldwin“The criminal case/,
  );
  const caseHit = listbox.getByRole('group', { name: 'Cases' }).getByRole('option').first();
  expect(await caseHit.locator('.matched-text').textContent()).toBe(`“${sentence}”`);

  // Arrow keys move through the hits (aria-activedescendant), Enter opens the one selected.
  for (let i = 0; i < 10; i++) {
    if ((await event.getAttribute('aria-selected')) === 'true') break;
    await box.press('ArrowDown');
  }
  expect(await box.getAttribute('aria-activedescendant')).toBe(await event.getAttribute('id'));
  await box.press('Enter');
  await p.page.waitForURL(`**/node/${encodeURIComponent('event:baldwin-criminal-dismissed')}`);
  await ready(p.page);
  await expectAccessibleAndClean(p);
});

test('search "pulling the trigger" lists the denial first, with the words marked', async () => {
  const p = await open('/');
  const box = p.page.getByRole('combobox', { name: 'Search the graph' });
  await box.fill('pulling the trigger');
  const listbox = p.page.getByRole('listbox', { name: 'Search the graph: results' });
  const first = listbox.getByRole('option').first();
  await listbox.getByRole('group', { name: 'Statements' }).waitFor();
  expect(await first.textContent()).toBe(
    'Denial by Alec Baldwin“has always denied pulling the trigger on the prop gun”',
  );
  expect(await first.locator('mark').allTextContents()).toEqual(['pulling', 'the', 'trigger', 'the']);
  expect(await first.getAttribute('aria-selected')).toBe('true');
  await expectAccessibleAndClean(p);
  await box.press('Enter');
  await p.page.waitForURL(`**/node/${encodeURIComponent('statement:baldwin-denies-pulling-trigger')}`);
  await ready(p.page);
  await expect(p.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Denial by Alec Baldwin',
  );
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
