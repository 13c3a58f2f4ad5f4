import { connect } from 'node:net';
import { auditServer } from 'graphql-http';
import { startServer, type RunningServer } from '../../src/server/server';
import { DEFAULT_MAX_COST, MAX_ALIASES, MAX_TOKENS } from '../../src/server/limits';
import { MAX_TEXT_LENGTH } from '../../src/cypher/fulltext';
import { startHarness, type Harness } from '../support/harness';

// The HTTP edge and the limits, through the real server: every refusal is JSON
// with a code and the right status, limits refuse before any Cypher runs, and the
// production defaults hold.

let h: Harness;
let url: string;

beforeAll(async () => {
  h = await startHarness();
  url = `http://127.0.0.1:${h.server.port}/graphql`;
});
afterAll(() => h.close());

interface Answer {
  status: number;
  type: string;
  text: string;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: any;
  };
}

async function send(init: RequestInit & { path?: string } = {}): Promise<Answer> {
  const response = await fetch(init.path ? url.replace('/graphql', init.path) : url, init);
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // asserted by the callers through `type`
  }
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text,
    headers: response.headers,
    body,
  };
}

const postJson = (payload: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cypher-stats': '1', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

function expectCodedJson(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
    status,
    code,
  });
  expect(answer.type).toMatch(/^application\/(json|graphql-response\+json)/);
  expect(answer.text).not.toMatch(/<html|\n\s+at |node_modules|\.ts:\d+/i);
}

describe('HTTP-level failures answer coded JSON', () => {
  test.each([
    ['malformed JSON', '{"query": ', {}, 400, 'BAD_REQUEST'],
    ['null', 'null', {}, 400, 'BAD_REQUEST'],
    ['a JSON string', '"{ __typename }"', {}, 400, 'BAD_REQUEST'],
    [
      'a charset other than UTF-8',
      '{"query":"{ __typename }"}',
      { 'content-type': 'application/json; charset=latin1' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an unknown content encoding',
      '{"query":"{ __typename }"}',
      { 'content-encoding': 'zstdx' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a gzip encoding that is not gzip',
      '{"query":"{ __typename }"}',
      { 'content-encoding': 'gzip' },
      400,
      'BAD_REQUEST',
    ],
    [
      'text/plain',
      '{"query":"{ __typename }"}',
      { 'content-type': 'text/plain' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ])('%s', async (_name, body, headers, status, code) => {
    expectCodedJson(await postJson(body, headers as Record<string, string>), status, code);
  });

  test('a 10 MB body is refused as too large, in the media type the client accepts', async () => {
    const answer = await postJson(`{"query":"${'a'.repeat(10 * 1024 * 1024)}"}`, {
      accept: 'application/graphql-response+json',
    });
    expectCodedJson(answer, 413, 'PAYLOAD_TOO_LARGE');
    expect(answer.type).toMatch(/^application\/graphql-response\+json/);
  });

  test('no X-Powered-By, and a request id in every answer (the client’s own when it is plausible)', async () => {
    const answer = await postJson({ query: '{ __typename }' }, { 'x-request-id': 'trace-42' });
    expect(answer.headers.get('x-powered-by')).toBeNull();
    expect(answer.headers.get('x-request-id')).toBe('trace-42');
    const other = await postJson({ query: '{ __typename }' }, { 'x-request-id': '<script>' });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('input the user got wrong is BAD_USER_INPUT naming the argument', () => {
  test.each(['__proto__:x', 'constructor:x', 'toString:x', 'nocolon'])('node(id: %j)', async (id) => {
    const res = await h.gql('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  test('a forged cursor holding an impossible date, on a date-keyed ordering', async () => {
    for (const key of ['2024-13-45', 'not a date', 12]) {
      const cursor = Buffer.from(JSON.stringify(['cases:FILED:ASC', key, 'case:x'])).toString('base64url');
      const res = await h.gql(
        'query($c: String) { cases(orderBy: { field: FILED }, after: $c) { totalCount } }',
        {
          c: cursor,
        },
      );
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  test('a cursor that is not one is a request error (400), before execution', async () => {
    const answer = await postJson({ query: '{ cases(after: "%%%") { totalCount } }' });
    expectCodedJson(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions?.argument).toBe('after');
  });

  test.each([
    ['search', `{ search(text: "${'a'.repeat(1000)}") { score } }`, 'text'],
    [
      'a text filter',
      `{ cases(filter: { text: "${'b '.repeat(MAX_TEXT_LENGTH)}" }) { totalCount } }`,
      'filter.text',
    ],
  ])('%s over %s characters', async (_name, query, argument) => {
    const answer = await postJson({ query });
    expectCodedJson(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(answer.body.extensions?.cypher?.roundTrips).toBe(0);
  });

  test('out-of-range page sizes and graph arguments are request errors (400) naming the argument', async () => {
    for (const [query, argument] of [
      ['{ cases(first: 101) { totalCount } }', 'first'],
      ['{ cases(last: -1) { totalCount } }', 'last'],
      ['{ neighborhood(id: "case:x", depth: 4) { truncated } }', 'depth'],
      ['{ neighborhood(id: "case:x", limit: 501) { truncated } }', 'limit'],
      ['{ paths(from: "case:x", to: "case:y", maxLength: 7) { length } }', 'maxLength'],
      ['{ outcomeStats(topParties: 1000) { caseCount } }', 'topParties'],
    ]) {
      const answer = await postJson({ query });
      expectCodedJson(answer, 400, 'BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.extensions?.argument).toBe(argument);
    }
  });

  test('mutation { __typename } is refused before execution: mutations are off without API_TOKEN', async () => {
    const answer = await postJson({ query: 'mutation { __typename }' });
    expectCodedJson(answer, 403, 'MUTATIONS_DISABLED');
    expect(answer.body.errors?.[0]?.message).toMatch(/API_TOKEN/);
  });

  test('subscription { __typename } is a request error: there is no Subscription type', async () => {
    const answer = await postJson({ query: 'subscription { __typename }' });
    expectCodedJson(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.[0]?.message).toMatch(/no subscription operations/);
  });
});

describe('cost limits: 4xx, a code, the limit named, no Cypher run', () => {
  const refusedBeforeCypher = (answer: Answer, code: string, limit: RegExp) => {
    expectCodedJson(answer, 400, code);
    expect(answer.body.errors?.[0]?.message).toMatch(limit);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.extensions?.cypher).toEqual({ roundTrips: 0, queries: [] });
  };

  test('40,000 __typename aliases are refused at parse by the token limit', async () => {
    const query = `{ ${Array.from({ length: 40_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    refusedBeforeCypher(
      await postJson({ query }),
      'GRAPHQL_PARSE_FAILED',
      new RegExp(`${MAX_TOKENS} tokens`),
    );
  });

  test('__typename aliases count towards the alias limit', async () => {
    const query = `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    refusedBeforeCypher(await postJson({ query }), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 30/);
  });

  test('20 aliased neighborhoods at depth 3 and limit 500 are refused by the cost limit', async () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `n${i}: neighborhood(id: "case:baldwin-criminal", depth: 3, limit: 500) { truncated }`).join(' ')} }`;
    const answer = await postJson({ query });
    refusedBeforeCypher(answer, 'COST_LIMIT_EXCEEDED', new RegExp(`cost limit of ${DEFAULT_MAX_COST}`));
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ limit: DEFAULT_MAX_COST });
  });

  test('nested pages multiply: 100 cases × 100 parties × 100 cases each is refused', async () => {
    const query = `{ cases(first: 100) { edges { node { parties(first: 100) { edges { node { party {
      cases(first: 100) { edges { node { id } } } } } } } } } } }`;
    refusedBeforeCypher(await postJson({ query }), 'COST_LIMIT_EXCEEDED', /cost limit/);
  });

  test('paths are weighted by maxLength and first', async () => {
    const one =
      'paths(from: "person:alec-baldwin", to: "person:halyna-hutchins", maxLength: 6, first: 20) { length rendering nodes { id kind } steps { direction } }';
    const query = `{ ${Array.from({ length: 25 }, (_, i) => `p${i}: ${one}`).join(' ')} }`;
    refusedBeforeCypher(await postJson({ query }), 'COST_LIMIT_EXCEEDED', /cost limit/);
  });

  test('a variable page size is weighed with its value; the refusal names what multiplies', async () => {
    const query = `query($n: Int) { cases(first: $n) { edges { node { parties(first: $n) { edges { node {
      party { cases(first: $n) { edges { node { id } } } } } } } } } } }`;
    // Small pages run (two levels here: the one-round-trip guard of h.gql holds for them).
    const small = await h.gql(
      'query($n: Int) { cases(first: $n) { edges { node { parties(first: $n) { edges { node { role } } } } } } }',
      { n: 2 },
    );
    expect(small.errors).toBeUndefined();
    expect(small.data.cases.edges).toHaveLength(2);
    expect((await postJson({ query, variables: { n: 2 } })).body.errors).toBeUndefined();
    const answer = await postJson({ query, variables: { n: 100 } });
    refusedBeforeCypher(
      answer,
      'COST_LIMIT_EXCEEDED',
      /most through cases ×100 › parties ×100 › cases ×100\./,
    );
    const costliest = answer.body.errors?.[0]?.extensions?.costliest as { field: string; times: number }[];
    expect(costliest.filter((f) => f.times > 1)).toEqual([
      expect.objectContaining({ field: 'cases', times: 100 }),
      expect.objectContaining({ field: 'parties', times: 100 }),
      expect.objectContaining({ field: 'cases', times: 100 }),
    ]);
  });
});

describe('slow clients are cut off', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(h.executor, {
      port: 0,
      host: '127.0.0.1',
      requestTimeoutMs: 1500,
      headersTimeoutMs: 1000,
    });
  });
  afterAll(() => server.stop());

  const hold = (request: string) =>
    new Promise<{ ms: number; answer: string }>((done) => {
      const started = Date.now();
      let answer = '';
      const socket = connect(server.port, '127.0.0.1', () => socket.write(request));
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('close', () => done({ ms: Date.now() - started, answer }));
      socket.on('error', () => undefined);
    });

  test('a client announcing 50 MB and sending 5 bytes is answered at once with 413 JSON', async () => {
    const { ms, answer } = await hold(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\nhello',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toMatch(/"code":"PAYLOAD_TOO_LARGE"/);
    expect(ms).toBeLessThan(5_000);
  });

  test('a body that stops arriving is cut off by the request timeout', async () => {
    const { ms, answer } = await hold(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"que',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5_000);
  });

  test('headers that stop arriving are cut off by the headers timeout', async () => {
    const { ms, answer } = await hold('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(5_000);
  });
});

describe('production defaults', () => {
  let prod: RunningServer;
  beforeAll(async () => {
    prod = await startServer(h.executor, {
      port: 0,
      host: '127.0.0.1',
      introspection: false,
      playground: false,
      corsOrigins: ['https://research.example'],
    });
  });
  afterAll(() => prod.stop());
  const at = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${prod.port}${path}`, init);

  test('introspection is refused with a code', async () => {
    const response = await at('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as Answer['body'];
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the IDE is not served', async () => {
    const response = await at('/graphql', { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });

  test('CORS answers only the configured origins', async () => {
    const preflight = (origin: string) =>
      at('/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    expect((await preflight('https://research.example')).headers.get('access-control-allow-origin')).toBe(
      'https://research.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  test('by default no cross origin is allowed', async () => {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('operability', () => {
  test('/metrics in Prometheus format: requests by operation, latencies, errors by code', async () => {
    await h.gql('query MetricsProbe { __typename }');
    await postJson({ query: '{ cases(first: 101) { totalCount } }' });
    await postJson('null');
    const response = await fetch(url.replace('/graphql', '/metrics'));
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(/graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} \d+/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="[^"]+",operation="MetricsProbe"\}/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_USER_INPUT"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="BAD_REQUEST"\} \d+/);
    expect(text).toMatch(/graphql_cypher_round_trips_bucket/);
  });
});

describe('GraphQL over HTTP audit (graphql-http)', () => {
  test('no audit fails', async () => {
    const results = await auditServer({ url });
    const count = (status: string) => results.filter((r) => r.status === status).length;
    console.log(
      `graphql-http audit: ${results.length} audits, ${count('ok')} ok, ${count('notice')} notices, ${count('warn')} warnings, ${count('error')} errors`,
    );
    const errors = results.filter((r) => r.status === 'error');
    expect(errors.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(30);
  });
});
