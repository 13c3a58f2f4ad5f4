import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { docketFiles, importDockets, type ImportSummary } from '../../src/dockets/import';
import { removeDocument } from '../../src/ingest/load';
import { startHarness, type Harness } from '../support/harness';
import { axe, launchBrowser, seriousOrCritical, type RunningBrowser } from '../support/browser';
import { openExplorer, ready, type ExplorerPage } from '../support/explorer';

// The research workbench in a real browser, over the seed and every sample docket:
// browse and filter cases (the URL holds the view), pending on a day with honest
// certainty, rank firms, export what is shown (CSV, GraphML), search results by kind.

const FIXTURES = join(__dirname, '../fixtures/dockets');

let h: Harness;
let chromium: RunningBrowser;
let base: string;
let summary: ImportSummary;
const opened: ExplorerPage[] = [];

beforeAll(async () => {
  h = await startHarness();
  base = `http://127.0.0.1:${h.server.port}`;
  // A second Texas docket with the same lawyers: their firms then appear in two cases.
  const txsd = JSON.parse(await readFile(join(FIXTURES, 'district/txsd.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const extra = join(await mkdtemp(join(tmpdir(), 'workbench-')), 'txsd-again.json');
  await writeFile(
    extra,
    JSON.stringify({ ...txsd, docket_number: '5:19-cv-00077', case_name: 'RFC Drilling, LLC v. Another' }),
  );
  summary = await importDockets(
    h.executor,
    docketFiles([join(FIXTURES, 'district'), join(FIXTURES, 'appellate'), extra]),
  );
  chromium = await launchBrowser();
}, 600_000);

afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

afterAll(async () => {
  await chromium?.close();
  for (const doc of summary?.documents ?? []) await removeDocument(h.executor, doc);
  await h?.close();
});

async function open(path: string): Promise<ExplorerPage> {
  const p = await openExplorer(chromium.browser, base, path);
  opened.push(p);
  return p;
}

/** The ids of the cases the table lists, from their links. */
async function listedCaseIds(p: ExplorerPage): Promise<string[]> {
  const hrefs = await p.page
    .locator('table.cases tbody tr td:first-child > a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.replace('/node/', '')));
}

/** Waits for the list to show `n` cases (the status line) after a click. */
async function expectCount(p: ExplorerPage, n: number): Promise<void> {
  await p.page
    .locator('.results-bar [role=status]')
    .filter({ hasText: new RegExp(`^${n} cases?\\b`) })
    .waitFor({ timeout: 30_000 });
}

test('the home page shows what the graph holds and leads to the cases', async () => {
  const p = await open('/');
  const holdings = p.page.getByRole('region', { name: 'By court' });
  // The Texas court holds two dockets here: it comes first among the courts.
  await holdings.getByRole('link', { name: 'District Court, S.D. Texas' }).waitFor();
  const total = (await h.gql('{ cases(first: 1) { totalCount } }')).data.cases.totalCount as number;
  await p.page.getByRole('link', { name: `Browse all ${total} cases` }).click();
  await ready(p.page);
  expect(new URL(p.page.url()).pathname).toBe('/cases');
  await expectCount(p, total);
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('filter by nature of suit then court; the URL holds the view; facet counts say what a choice gives', async () => {
  const p = await open('/cases');
  const nos = p.page.getByRole('region', { name: 'Nature of suit' });
  const jobs = nos.getByRole('listitem').filter({ hasText: '442 Civil Rights: Jobs' });
  await expect(jobs.locator('.count').textContent()).resolves.toBe('2');
  await jobs.getByRole('link').click();
  await expectCount(p, 2);
  expect(await listedCaseIds(p)).toEqual(
    expect.arrayContaining(['case:laed-08-cv-4256', 'case:mad-17-cv-12090']),
  );
  // Courts beside the chosen nature of suit: each count is what choosing it gives.
  const courts = p.page.getByRole('region', { name: 'Court' });
  const mass = courts.getByRole('listitem').filter({ hasText: 'Massachusetts' });
  await expect(mass.locator('.count').textContent()).resolves.toBe('1');
  await mass.getByRole('link').click();
  await expectCount(p, 1);
  expect(await listedCaseIds(p)).toEqual(['case:mad-17-cv-12090']);
  const url = new URL(p.page.url());
  expect(url.searchParams.get('nos')).toBe('442 Civil Rights: Jobs');
  expect(url.searchParams.get('court')).toBe('court:mad');

  // The same address in a fresh page shows the same view.
  const again = await open(`${url.pathname}${url.search}`);
  await expectCount(again, 1);
  expect(await listedCaseIds(again)).toEqual(['case:mad-17-cv-12090']);
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('pending on a day: the certainty is shown, a docket without termination is never established past its last entry', async () => {
  const p = await open('/cases');
  await p.page.getByLabel('Pending on').fill('2024-06-30');
  await p.page.getByLabel('Pending on').press('Enter');
  await p.page.locator('table.cases th', { hasText: 'On 2024-06-30' }).waitFor();
  await p.page.locator('table.cases .certainty').first().waitFor();
  const rows = await p.page.locator('table.cases tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: decodeURIComponent(tr.querySelector('td a')?.getAttribute('href')?.replace('/node/', '') ?? ''),
      on: tr.querySelector('td:last-child .certainty-text')?.textContent ?? '',
    })),
  );
  const lokhova = rows.find((r) => r.id === 'case:vaed-19-cv-632');
  expect(lokhova?.on).toMatch(/^pending — possibly/);
  // Every docket case (court-numbered id) lacks a source dated after 2023: none is established.
  const dockets = rows.filter((r) => /^case:[a-z0-9]+-\d\d-/.test(r.id));
  expect(dockets.length).toBeGreaterThan(3);
  for (const r of dockets) expect(r.on).not.toMatch(/established/);
  // The basis says up to when it is known.
  await expect(
    p.page
      .locator('table.cases tbody tr', { hasText: 'Lokhova' })
      .locator('.certainty')
      .getAttribute('title'),
  ).resolves.toMatch(/known to be pending up to 2019-08-19/);
  expect(new URL(p.page.url()).searchParams.get('pendingOn')).toBe('2024-06-30');
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
});

test('the rankings page names the firm with the most cases', async () => {
  // Counted here straight from the graph: distinct cases per firm a lawyer acts from.
  const [top] = await h.executor.read(
    `// testTopFirm
     MATCH (:Party)-[k:COUNSEL_IN]->(c:Case) WHERE k.firmId IS NOT NULL
     WITH k.firmId AS firm, count(DISTINCT c) AS cases
     MATCH (f:Party {id: firm})
     RETURN f.id AS id, cases ORDER BY cases DESC, f.name, f.id LIMIT 1`,
    {},
  );
  expect(top?.cases).toBeGreaterThan(1);
  const p = await open('/rankings?by=FIRM');
  const first = p.page.locator('table.ranking tbody tr').first();
  await first.waitFor();
  await expect(first.locator('th a').getAttribute('href')).resolves.toBe(
    `/node/${encodeURIComponent(top?.id as string)}`,
  );
  await expect(first.locator('td.num a').textContent()).resolves.toBe(String(top?.cases));
  // The count leads to those cases on the cases page.
  await first.locator('td.num a').click();
  await ready(p.page);
  await expectCount(p, Number(top?.cases));
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('export the filtered list as CSV and read it back', async () => {
  const p = await open('/cases?nos=442%20Civil%20Rights%3A%20Jobs');
  await expectCount(p, 2);
  await p.page.getByText('Export these cases').click();
  const [download] = await Promise.all([
    p.page.waitForEvent('download'),
    p.page.getByRole('link', { name: 'Cases (CSV)', exact: true }).click(),
  ]);
  const rows = parseCsv(await readFile(await download.path(), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((r) => r.case_id).sort()).toEqual((await listedCaseIds(p)).sort());
});

test('a docket graph groups its events and exports what it shows as GraphML', async () => {
  const p = await open(`/node/${encodeURIComponent('case:vaed-19-cv-632')}/graph`);
  const status = p.page.locator('.graph-status');
  await status.filter({ hasText: /[1-9]\d* nodes/ }).waitFor();
  // The events are one node that expands, not a star of dots.
  const grouped = await p.page.evaluate(() => {
    const cy = (globalThis as unknown as { __cy: { nodes(s: string): { length: number } } }).__cy;
    return cy.nodes('.grouped').length;
  });
  expect(grouped).toBeGreaterThan(0);
  const shown = Number(/(\d+) nodes/.exec((await status.textContent()) ?? '')?.[1]);
  const [download] = await Promise.all([
    p.page.waitForEvent('download'),
    p.page.getByRole('button', { name: 'Export GraphML' }).click(),
  ]);
  const xml = await readFile(await download.path(), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    isArray: (n: string) => n === 'node' || n === 'edge',
  }).parse(xml) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
  expect(doc.graphml.graph.node).toHaveLength(shown);
  // Hiding a kind: the count follows.
  await p.page.getByRole('group', { name: 'Node kinds' }).getByLabel('Person').uncheck();
  await expect(status.textContent()).resolves.not.toContain(`${shown} nodes`);
  expect(p.errors).toEqual([]);
});

test('search results are grouped by kind, with the matching text', async () => {
  const p = await open('/search?q=civil%20rights');
  const cases = p.page.getByRole('region', { name: /^Cases/ });
  await cases.waitFor();
  await expect(cases.getByRole('listitem').count()).resolves.toBe(4);
  await expect(cases.locator('.matched').first().textContent()).resolves.toMatch(
    /nature of suit: “\d+ Civil Rights/,
  );
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('the cases page by keyboard: a facet, then the next page', async () => {
  const p = await open('/cases');
  const civil = p.page.getByRole('region', { name: 'Kind' }).getByRole('link', { name: /Civil/ });
  await civil.focus();
  await p.page.keyboard.press('Enter');
  await p.page.waitForURL(/kind=CIVIL/);
  const next = p.page.getByRole('link', { name: /Next 25/ });
  if (await next.count()) {
    await next.focus();
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL(/after=/);
  }
  expect(p.errors).toEqual([]);
});
