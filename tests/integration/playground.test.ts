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

it('refuses pathologically deep or aliased operations before any Cypher runs', async () => {
  const deep = `{ case(id: "case:baldwin-criminal") { ${'relatedCases { case { '.repeat(10)} id ${'} } '.repeat(10)} } }`;
  const res = await h.gql(deep);
  expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(res.errors?.[0]?.message).toContain('depth limit of 20');
  expect(res.extensions?.cypher?.roundTrips ?? 0).toBe(0);
  const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: case(id: "case:baldwin-criminal") { id }`).join(' ')} }`;
  const many = await h.gql(aliases);
  expect(many.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(many.errors?.[0]?.message).toContain('Aliases limit of 30');
});
