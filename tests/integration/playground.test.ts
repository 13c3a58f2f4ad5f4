import { startHarness, type Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('GET /graphql in a browser serves GraphiQL from this server, with the example operations', async () => {
  const base = `http://127.0.0.1:${h.server.port}`;
  const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).not.toMatch(/https?:\/\//);
  expect(html).toContain('BaldwinSuitDefendants');
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => u.startsWith('/'));
  expect(assets.length).toBeGreaterThanOrEqual(4);
  for (const asset of assets) {
    const res = await fetch(`${base}${asset}`);
    expect([asset, res.status]).toEqual([asset, 200]);
  }
});

it('GET /graphql?query= still answers GraphQL', async () => {
  const res = await fetch(
    `http://127.0.0.1:${h.server.port}/graphql?query=${encodeURIComponent('{ case(id: "case:baldwin-criminal") { status } }')}`,
    { headers: { 'apollo-require-preflight': '1' } },
  );
  expect(await res.json()).toEqual({ data: { case: { status: 'DISMISSED' } } });
});
