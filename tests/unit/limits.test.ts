import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type GraphQLError } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ConfigError, corsOrigins, loadConfig } from '../../src/config';
import { checkText, fulltextQuery, MAX_TEXT_LENGTH, MAX_WORD_LENGTH } from '../../src/cypher/fulltext';
import { checkDateKey, parseCursor } from '../../src/cypher/paging';
import { classifyHttpError } from '../../src/server/http';
import { DEFAULT_MAX_COST, estimateCost } from '../../src/server/limits';
import { loadExamples } from '../../src/server/playground/examples';
import { loadTypeDefs, ROOT } from '../../src/server/server';

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [estimateCost] });

function thrown(f: () => unknown): GraphQLError {
  try {
    f();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('did not throw');
}

describe('estimated cost', () => {
  it('serves with the default limit unless MAX_QUERY_COST says otherwise', () => {
    expect(loadConfig({}).MAX_QUERY_COST).toBe(DEFAULT_MAX_COST);
  });

  it('keeps every example well under the limit', () => {
    for (const example of loadExamples(`${ROOT}/examples`)) {
      expect(cost(example.query, example.variables ?? {})).toBeLessThan(DEFAULT_MAX_COST / 3);
    }
  });

  // The shape is unknown here (UNKNOWN_SHAPE): degrees 20, any degree 20, 5 documents per entity.
  it('counts a page at the size asked for, defaulting a connection to 20; scalars cost nothing', () => {
    expect(cost('{ cases(first: 10) { edges { node { id caption status } } } }')).toBe(1 + 10 * 1);
    expect(cost('{ cases { edges { node { id } } } }')).toBe(1 + 20 * 1);
    expect(cost('query($n: Int) { cases(first: $n) { edges { node { id } } } }', { n: 100 })).toBe(
      1 + 100 * 1,
    );
  });

  it('counts a list by its degree, evidence by documents, a page cut in memory by both', () => {
    expect(cost('{ case(id: "x") { counsel { id } } }')).toBe(1 + 20 * 1);
    expect(cost('{ case(id: "x") { evidence { quote source { id } } } }')).toBe(1 + 5 * (1 + 1));
    expect(cost('{ case(id: "x") { parties(first: 5) { edges { node { id } } } } }')).toBe(1 + 20 + 5 * 1);
    expect(cost('{ case(id: "x") { events(first: 5) { totalCount } } }')).toBe(1 + 20 + 5 * 1);
  });

  it('weighs neighborhood by the relationships of each level and paths by their search', () => {
    expect(cost('{ neighborhood(id: "x", depth: 3, limit: 500) { truncated } }')).toBe(500 * 4 * 21);
    expect(cost('{ neighborhood(id: "x") { truncated } }')).toBe(200 * 2 * 21);
    expect(cost('{ paths(from: "a", to: "b", maxLength: 6, first: 20) { length } }')).toBe(
      2 * 20 ** 3 + 1000 * 6 + 20 * 6 * 1,
    );
  });

  it('counts __typename, which has no model entry, as a row', () => {
    expect(cost('{ a: __typename b: __typename c: __typename }')).toBe(3);
  });

  it('refuses out-of-range arguments as BAD_USER_INPUT naming them, as request errors', () => {
    const error = thrown(() => cost('{ cases(first: 101) { totalCount } }'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first', http: { status: 400 } });
    expect(thrown(() => cost('{ search(text: "x", first: -1) { score } }')).extensions.argument).toBe(
      'first',
    );
    expect(
      thrown(() => cost('{ paths(from: "a", to: "b", first: 21) { length } }')).extensions.argument,
    ).toBe('first');
    expect(thrown(() => cost('{ cases(before: "!") { totalCount } }')).extensions.argument).toBe('before');
  });
});

describe('search text', () => {
  it('is refused over the length limits, naming the argument', () => {
    expect(thrown(() => checkText('a '.repeat(MAX_TEXT_LENGTH), 'text')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'text',
    });
    expect(thrown(() => fulltextQuery('b'.repeat(MAX_WORD_LENGTH + 1))).message).toMatch(
      /word of 101 characters/,
    );
    expect(fulltextQuery('c'.repeat(MAX_WORD_LENGTH))).toContain('c'.repeat(MAX_WORD_LENGTH));
  });
});

describe('cursors', () => {
  const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

  it('refuses a date-keyed cursor whose key is not a real day', () => {
    for (const key of ['2024-13-45', '2024-02-30', 'x', 12, '2024-1-1']) {
      expect(thrown(() => checkDateKey({ order: 'o', key, id: 'case:x' }, 'after')).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    }
    expect(() => checkDateKey({ order: 'o', key: '2024-02-29', id: 'case:x' }, 'after')).not.toThrow();
    expect(() => checkDateKey({ order: 'o', key: null, id: 'case:x' }, 'after')).not.toThrow();
  });

  it('parses only the triples this API issues', () => {
    expect(parseCursor(cursor(['o', 'k', 'id']), 'after')).toEqual(['o', 'k', 'id']);
    for (const bad of [cursor(['o', { a: 1 }, 'id']), cursor(null), cursor(['o', 'k']), '%%%']) {
      expect(thrown(() => parseCursor(bad, 'after')).extensions.argument).toBe('after');
    }
  });
});

describe('HTTP-level failures', () => {
  it.each([
    ['entity.parse.failed', 400, 'BAD_REQUEST'],
    ['entity.too.large', 413, 'PAYLOAD_TOO_LARGE'],
    ['charset.unsupported', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['encoding.unsupported', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['request.aborted', 400, 'BAD_REQUEST'],
  ])('%s → %d %s', (type, status, code) => {
    expect(classifyHttpError(Object.assign(new Error('x'), { type }))).toMatchObject({ status, code });
  });

  it('anything else is an internal error without its message', () => {
    expect(classifyHttpError(new Error('secret detail'))).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal server error',
    });
  });
});

describe('configuration', () => {
  it('reports a bad value in one line naming the variable', () => {
    const error = thrown(() => loadConfig({ PORT: 'abc' })) as unknown as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('Invalid configuration: PORT: Invalid port input: "abc"');
    expect(error.message).not.toContain('\n');
  });

  it('reads CORS_ORIGINS as a list, empty by default (same origin only)', () => {
    expect(corsOrigins(loadConfig({}))).toEqual([]);
    expect(corsOrigins(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }))).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('production turns introspection and the playground off unless enabled', () => {
    const prod = loadConfig({ NODE_ENV: 'production' });
    expect([prod.isProduction, prod.INTROSPECTION, prod.PLAYGROUND]).toEqual([true, undefined, undefined]);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).INTROSPECTION).toBe(true);
  });
});
