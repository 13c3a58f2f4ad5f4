import { loadConfig, productionSettings } from '../../src/config';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/server';
import { startHarness, type Harness } from '../support/harness';

// What production changes at the HTTP edge, through the real server started with the
// options `npm start` derives from the environment (productionSettings): /metrics only
// for a bearer token, and no "Did you mean …?" that spells out the schema's names.
// Development keeps both open.

const TOKEN = 'metrics-test-token-0123456789abcdef';
const SCRAPER = 'scraper-only-token-0123456789abcdef';

let h: Harness;
const servers: RunningServer[] = [];

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await h.close();
});

/** The server `npm start` would run with this environment (only the settings under test). */
async function serverWith(env: Record<string, string>): Promise<RunningServer> {
  const config = loadConfig(env);
  const options: ServerOptions = {
    port: 0,
    host: '127.0.0.1',
    introspection: config.INTROSPECTION ?? !config.isProduction,
    playground: config.PLAYGROUND ?? !config.isProduction,
    apiToken: config.API_TOKEN,
    ...productionSettings(config),
  };
  const server = await startServer(h.executor, options);
  servers.push(server);
  return server;
}

const metrics = (server: RunningServer, authorization?: string) =>
  fetch(`http://127.0.0.1:${server.port}/metrics`, {
    headers: authorization ? { authorization } : {},
  });

async function errorMessages(server: RunningServer, query: string, variables = {}): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return (body.errors ?? []).map((e) => e.message);
}

// A misspelt field (validation), and a misspelt enum value in a variable (coerced after validation).
const MISSPELT_FIELD = '{ cases(first: 1) { edges { node { captio } } } }';
const ENUM_VARIABLE =
  'query ($role: PartyRole) { case(id: "case:none") { parties(role: $role) { totalCount } } }';

describe('production (NODE_ENV=production)', () => {
  let prod: RunningServer;
  beforeAll(async () => {
    prod = await serverWith({ NODE_ENV: 'production', API_TOKEN: TOKEN });
  });

  test('/metrics without a token: 401 with a coded JSON answer and WWW-Authenticate', async () => {
    const response = await metrics(prod);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await metrics(prod, 'Bearer not-the-token-0123456789')).status).toBe(401);
  });

  test('/metrics with the token: 200, Prometheus text', async () => {
    const response = await metrics(prod, `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/graphql_requests_total/);
  });

  test('a validation error has no "Did you mean"', async () => {
    const [message] = await errorMessages(prod, MISSPELT_FIELD);
    expect(message).toMatch(/Cannot query field "captio"/);
    expect(message).not.toMatch(/Did you mean/);
  });

  test('nor does a variable with a misspelt enum value', async () => {
    const messages = await errorMessages(prod, ENUM_VARIABLE, { role: 'PLAINTIF' });
    expect(messages.join('\n')).toMatch(/Value "PLAINTIF" does not exist in "PartyRole" enum\.$/);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/Did you mean/);
  });

  test('METRICS_TOKEN: a scraper token of its own, and the API token no longer reads metrics', async () => {
    const server = await serverWith({ NODE_ENV: 'production', API_TOKEN: TOKEN, METRICS_TOKEN: SCRAPER });
    expect((await metrics(server, `Bearer ${SCRAPER}`)).status).toBe(200);
    expect((await metrics(server, `Bearer ${TOKEN}`)).status).toBe(401);
  });

  test('no token configured at all: 403, saying what to set', async () => {
    const server = await serverWith({ NODE_ENV: 'production' });
    const response = await metrics(server, `Bearer ${TOKEN}`);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/set METRICS_TOKEN \(or API_TOKEN\), or METRICS=on/);
  });

  test('METRICS=on makes them public again; METRICS=off removes the route', async () => {
    const open = await serverWith({ NODE_ENV: 'production', METRICS: 'on' });
    expect((await metrics(open)).status).toBe(200);
    const off = await serverWith({ NODE_ENV: 'production', METRICS: 'off', API_TOKEN: TOKEN });
    expect((await metrics(off, `Bearer ${TOKEN}`)).status).toBe(404);
  });

  test('ERROR_SUGGESTIONS=true brings the hints back', async () => {
    const server = await serverWith({ NODE_ENV: 'production', ERROR_SUGGESTIONS: 'true' });
    const [message] = await errorMessages(server, MISSPELT_FIELD);
    expect(message).toMatch(/Did you mean "caption"\?/);
  });
});

describe('development (the default)', () => {
  let dev: RunningServer;
  beforeAll(async () => {
    dev = await serverWith({ NODE_ENV: 'development' });
  });

  test('/metrics is open', async () => {
    expect((await metrics(dev)).status).toBe(200);
  });

  test('errors keep their suggestions', async () => {
    const [message] = await errorMessages(dev, MISSPELT_FIELD);
    expect(message).toMatch(/Cannot query field "captio" on type "Case"\. Did you mean "caption"\?/);
    const messages = await errorMessages(dev, ENUM_VARIABLE, { role: 'PLAINTIF' });
    expect(messages.join('\n')).toMatch(/Did you mean the enum value "PLAINTIFF"\?/);
  });
});
