import { join } from 'node:path';
import { docketFiles, importDockets, type ImportSummary } from '../../src/dockets/import';
import { removeDocument } from '../../src/ingest/load';
import { startHarness, type Harness } from '../support/harness';
import { axe, launchBrowser, seriousOrCritical, type RunningBrowser } from '../support/browser';
import { openExplorer, ready, type ExplorerPage } from '../support/explorer';

// Imported court dockets in the explorer: the case page with every docket field and its
// evidence, the docket source view, the court page and an appeal's stub origin.

const FIXTURES = join(__dirname, '../fixtures/dockets');
const NYED = 'case:nyed-14-cv-7524';

let h: Harness;
let chromium: RunningBrowser;
let base: string;
let summary: ImportSummary;
const opened: ExplorerPage[] = [];

beforeAll(async () => {
  h = await startHarness();
  base = `http://127.0.0.1:${h.server.port}`;
  summary = await importDockets(
    h.executor,
    docketFiles([
      join(FIXTURES, 'district/nyed.json'),
      join(FIXTURES, 'district/nysd_4.json'),
      join(FIXTURES, 'appellate/ca11_1.json'),
    ]),
  );
  // Plan the by-id statements before the pages ask (seconds on a busy machine).
  await h.gql(`{ case(id: "${NYED}") { id } node(id: "court:nyed") { id } }`);
  chromium = await launchBrowser();
}, 300_000);

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

const node = (id: string) => `/node/${encodeURIComponent(id)}`;

test('a docket case page: docket fields, parties, counsel with firm, judges, numbered entries', async () => {
  const p = await open(node(NYED));
  expect(p.graphqlRequests()).toBe(1);
  const main = p.page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Weber v. Northeast Adjusters, Inc',
  );
  const facts = (await main.locator('dl.facts').textContent()) ?? '';
  expect(facts).toContain('1:14-cv-07524');
  expect(facts).toContain('Nature of suit480 Consumer Credit');
  await expect(main.getByRole('link', { name: 'District Court, E.D. New York' }).count()).resolves.toBe(1);
  const parties = (await main.getByRole('region', { name: 'Parties' }).textContent()) ?? '';
  expect(parties).toContain('Samuel Weber');
  expect(parties).toContain('Northeast Adjusters, Inc,');
  expect(parties).toContain(
    'represented by Adam Jon Fishbein of Adam J. Fishbein, Attorney at Law ATTORNEY TO BE NOTICED',
  );
  expect(parties).toContain('PRO HAC VICE');
  expect(parties).toContain('William F. Kuntz II, assigned');
  expect(parties).toContain('Viktor v. Pohorelsky, referred');
  const timeline = main.getByRole('region', { name: 'Timeline' });
  expect(await timeline.locator('.tl-entry-number').count()).toBeGreaterThan(10);
  expect(await timeline.locator('.tl-entry-number').first().textContent()).toMatch(/^No\. \d+/);
  expect(await timeline.textContent()).toContain('of 21');
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('a long docket is collapsed and opens on demand', async () => {
  const p = await open(node('case:nysd-20-cv-10821'));
  const timeline = p.page.getByRole('main').getByRole('region', { name: 'Timeline' });
  await expect(timeline.locator('li.tl-entry').count()).resolves.toBe(25);
  await timeline.getByRole('button', { name: /^Show all/ }).click();
  await expect(timeline.locator('li.tl-entry').count()).resolves.toBe(87);
  expect(p.graphqlRequests()).toBe(1);
});

test('a docket evidence marker names the field and opens the docket view at it', async () => {
  const p = await open(node(NYED));
  const main = p.page.getByRole('main');
  await main.getByRole('button', { name: /^Evidence for nature of suit:/ }).click();
  const panel = main.getByRole('region', { name: 'Evidence for nature of suit' });
  expect(await panel.locator('q').first().textContent()).toBe('Consumer Credit');
  expect(await panel.locator('.ev-field').first().textContent()).toBe(' from the field nature of suit');
  await panel.getByRole('link').first().click();
  await p.page.waitForURL('**/node/source%3A*');
  await ready(p.page);
  // The docket is shown as fields, never as raw JSON with sentences marked in it.
  const current = p.page.locator('mark.current');
  await expect(current.count()).resolves.toBe(1);
  expect(await current.getAttribute('data-locator')).toBe('/nature_of_suit');
  expect(await current.textContent()).toContain('Consumer Credit');
  expect(await p.page.locator('.docket-current').textContent()).toContain('nature of suit');
  const fields = p.page.getByRole('region', { name: 'What each quoted field supports' });
  expect(await fields.locator('tr.current').textContent()).toContain('Consumer Credit');
  await expect(fields.getByRole('link', { name: 'Samuel Weber' }).count()).resolves.toBeGreaterThan(0);
  expect(await p.page.locator('.docket-view').textContent()).not.toContain('{"');
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('court page: its cases and judges', async () => {
  const p = await open(node('court:nyed'));
  expect(p.graphqlRequests()).toBe(1);
  const main = p.page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'District Court, E.D. New York',
  );
  const cases = main.getByRole('region', { name: 'Cases' });
  await expect(cases.getByRole('link', { name: 'Weber v. Northeast Adjusters, Inc' }).count()).resolves.toBe(
    1,
  );
  expect(await cases.textContent()).toContain('1:14-cv-07524');
  const judges = main.getByRole('region', { name: 'Judges' });
  await expect(judges.getByRole('link', { name: 'William F. Kuntz II' }).count()).resolves.toBe(1);
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
  expect(p.errors).toEqual([]);
});

test('an appeal shows its origin, a stub case known only from the appeal', async () => {
  const p = await open(node('case:ca11-18-90014'));
  const related = p.page.getByRole('main').getByRole('region', { name: 'Related cases' });
  const text = (await related.textContent()) ?? '';
  expect(text).toMatch(
    /^Related casesAppeal of 0:16-cv-62769 \(United States District Court for the Southern District of Florida\)known only from the appeal/,
  );
  await related.getByRole('link').first().click();
  await p.page.waitForURL(`**${node('case:flsd-16-cv-62769')}`);
  await ready(p.page);
  expect(await p.page.getByRole('note').textContent()).toContain('Known only from an appeal');
  // Seen from the stub, the relation reads the other way.
  expect(
    await p.page.getByRole('main').getByRole('region', { name: 'Related cases' }).textContent(),
  ).toContain('Appealed in Theodore D');
  // A stub has no parties and no steps: the page says so, not "Steps 1–0 of 0".
  const main = (await p.page.getByRole('main').textContent()) ?? '';
  expect(main).toContain('Descriptive caption: no source gives the official one');
  expect(main).toContain('No dated steps.');
  expect(main).not.toContain('1–0');
});

test('party page: a lawyer’s appearances as counsel and contacts', async () => {
  const p = await open(node('person:attorney-adam-jon-fishbein.c22da952--fishbeinadamj-gmail-com'));
  expect(p.graphqlRequests()).toBe(1);
  const main = p.page.getByRole('main');
  const appearances = main.getByRole('region', { name: 'As counsel' });
  expect(await appearances.textContent()).toContain('Weber v. Northeast Adjusters, Inc');
  expect(await appearances.textContent()).toContain('Samuel Weber');
  const contacts = (await main.getByRole('region', { name: 'Contacts' }).textContent()) ?? '';
  expect(contacts).toContain('fishbeinadamj@gmail.com');
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
});

test('as of a day past its last entry, a docket without termination is only possibly pending', async () => {
  const p = await open(`/node/${encodeURIComponent('case:nysd-20-cv-10821')}`);
  await p.page.getByLabel('Show the case as it stood on').fill('2030-01-01');
  await p.page.locator('.asof').getByText('possibly').waitFor();
  const asOf = p.page.locator('.asof');
  expect(await asOf.locator('strong').textContent()).toBe('pending');
  expect(await asOf.textContent()).toMatch(
    /pending on 2030-01-01 — possibly: known to be pending up to \d{4}-\d{2}-\d{2} \(its latest dated entry/,
  );
  // The steps by then as a short list, newest last, not every entry in one paragraph.
  expect(await asOf.getByText(/^The last 5 of \d+ steps by then:$/).count()).toBe(1);
  expect(await asOf.locator('ol.asof-steps > li').count()).toBe(5);
  expect(seriousOrCritical(await axe(p.page))).toEqual([]);
});
