import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { Executor } from '../../src/db/executor';
import { logger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server/server';
import { TEST_ENV } from '../support/env';
import { generatedCorpus, HAND_WRITTEN, HOSTILE_STRINGS, type CorpusRequest } from '../support/adversarial';
import { startHarness, type Harness } from '../support/harness';

// The adversarial corpus through the real server and Neo4j: no 5xx, a code on
// every error, no stack or Cypher in any answer, nothing logged as an error or
// left unhandled. The outcome by status and code is printed for the record.

let h: Harness;
let server: RunningServer;
let corpus: CorpusRequest[];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  h = await startHarness();
  // A transaction timeout for a loaded CI machine (each filter shape is planned
  // once, slowly, on 2 busy cores); the assertions are on answers, not on time.
  server = await startServer(
    new Executor(h.driver, process.env[TEST_ENV.database] ?? 'neo4j', undefined, 120_000),
    { port: 0, host: '127.0.0.1' },
  );
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  const introspection = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await introspection.json()) as { data: IntrospectionQuery };
  corpus = [...HAND_WRITTEN, ...generatedCorpus(buildClientSchema(data))];
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  await server.stop();
  await h.close();
});

/** Internals that must not show: stack frames, source paths, Cypher, Neo4j's own codes. */
const LEAKS =
  /\n\s+at |\bat [\w.<>]+ \(|\.ts:\d+|node_modules|\bMATCH\s*\(|\bDETACH DELETE\b|\bRETURN\b|\bYIELD\b|\bUNWIND\b|Neo\.\w+Error|Neo4jError|"stacktrace"/;

/** A hostile string echoed back by a validation message is the client's text, not a leak. */
function withoutEchoes(text: string): string {
  return HOSTILE_STRINGS.filter((s) => s.length > 3).reduce((t, s) => t.split(s).join(''), text);
}

interface Outcome {
  name: string;
  status: number;
  codes: string[];
  problems: string[];
}

async function send(request: CorpusRequest): Promise<Outcome> {
  const method = request.method ?? 'POST';
  const headers: Record<string, string> = { 'content-type': 'application/json', ...request.headers };
  if (headers['content-type'] === '') delete headers['content-type'];
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql${request.search ?? ''}`, {
    method,
    headers,
    body: method === 'GET' ? undefined : request.body,
  });
  const text = await response.text();
  const problems: string[] = [];
  let codes: string[] = [];
  if (response.status >= 500) problems.push(`HTTP ${response.status}`);
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    codes = (body.errors ?? []).map((e) =>
      typeof e.extensions?.code === 'string' ? e.extensions.code : '(none)',
    );
    if (codes.includes('(none)')) problems.push('an error without extensions.code');
    if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
    if (response.status >= 400 && codes.length === 0) problems.push(`HTTP ${response.status} without errors`);
  } catch {
    problems.push(`not JSON: ${text.slice(0, 80)}`);
  }
  const leak = LEAKS.exec(withoutEchoes(text));
  if (leak)
    problems.push(
      `leaks ${JSON.stringify(leak[0])}: ${text.slice(Math.max(0, leak.index - 60), leak.index + 60)}`,
    );
  return { name: request.name, status: response.status, codes, problems };
}

test('the adversarial corpus: no 5xx, a code on every error, no internals, nothing unhandled', async () => {
  const errorLog = jest.spyOn(logger, 'error');
  const fatalLog = jest.spyOn(logger, 'fatal');
  expect(corpus.length).toBeGreaterThanOrEqual(300);
  const outcomes: Outcome[] = [];
  // A few at a time: a client's pace, and the whole corpus within the test timeout.
  for (let i = 0; i < corpus.length; i += 4) {
    outcomes.push(...(await Promise.all(corpus.slice(i, i + 4).map(send))));
  }
  const byOutcome = new Map<string, number>();
  for (const o of outcomes) {
    const key = `${o.status} ${o.codes[0] ?? 'data'}`;
    byOutcome.set(key, (byOutcome.get(key) ?? 0) + 1);
  }
  console.log(
    `adversarial corpus: ${outcomes.length} requests (${HAND_WRITTEN.length} hand-written)\n${[...byOutcome]
      .sort()
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n')}`,
  );
  const reachedDatabaseErrors = outcomes.filter((o) => o.codes.some((c) => c.startsWith('DATABASE_')));
  console.log(
    `answered with a database error: ${reachedDatabaseErrors.map((o) => `${o.name} (${o.codes.join(',')})`).join('; ') || 'none'}`,
  );
  expect(outcomes.filter((o) => o.problems.length).map((o) => `${o.name}: ${o.problems.join('; ')}`)).toEqual(
    [],
  );
  expect(errorLog.mock.calls.map((c) => JSON.stringify(c).slice(0, 300))).toEqual([]);
  expect(fatalLog).not.toHaveBeenCalled();
  expect(unhandled).toEqual([]);
  errorLog.mockRestore();
  fatalLog.mockRestore();
}, 900_000);
