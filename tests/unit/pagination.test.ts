import { GraphQLError } from 'graphql';
import {
  DEFAULT_PAGE,
  MAX_PAGE,
  badInput,
  connectionFromList,
  decodeCursor,
  encodeCursor,
  pageWindow,
  type PageArgs,
} from '../../src/cypher/paging';
import type { ConnectionModel } from '../../src/domain/models';

const ORDER = 'events:SEQ';

function caught(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('badInput', () => {
  it('carries BAD_USER_INPUT and the argument when given', () => {
    expect(badInput('nope', 'first').extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(badInput('nope').extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(badInput('nope').message).toBe('nope');
  });
});

describe('cursors', () => {
  it.each([
    { order: 'cases:FILED:ASC', key: '2024-07-01', id: 'case:baldwin-criminal' },
    { order: 'cases:CAPTION:DESC', key: 'Ünïcødé “caption” / with + = chars', id: 'case:x' },
    { order: 'n', key: 42, id: 'id' },
    { order: 'n', key: -0.5, id: 'id' },
    { order: 'n', key: null, id: 'person:a"b\'c' },
    { order: 'n', key: '', id: '' },
  ])('round-trip %j', (keyset) => {
    const cursor = encodeCursor(keyset);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeCursor(cursor, keyset.order, 'after')).toEqual(keyset);
  });

  it('are opaque: the id is not visible in plain text', () => {
    expect(encodeCursor({ order: ORDER, key: null, id: 'event:secret' })).not.toContain('event:secret');
  });

  it('refuses a cursor from another ordering, naming the argument', () => {
    const cursor = encodeCursor({ order: 'cases:FILED:ASC', key: '2024-07-01', id: 'case:a' });
    const error = caught(() => decodeCursor(cursor, 'cases:FILED:DESC', 'before'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'before' });
    expect(error.message).toBe('`before` was issued for ordering cases:FILED:ASC, not cases:FILED:DESC');
  });

  it.each([
    ['not base64 at all', '!!!!'],
    ['empty', ''],
    ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
    ['an object', Buffer.from(JSON.stringify({ order: ORDER, id: 'x' })).toString('base64url')],
    ['too short', Buffer.from(JSON.stringify([ORDER, null])).toString('base64url')],
    ['too long', Buffer.from(JSON.stringify([ORDER, null, 'x', 1])).toString('base64url')],
    ['an id that is not a string', Buffer.from(JSON.stringify([ORDER, null, 7])).toString('base64url')],
    ['an order that is not a string', Buffer.from(JSON.stringify([1, null, 'x'])).toString('base64url')],
    ['a key that is an object', Buffer.from(JSON.stringify([ORDER, { a: 1 }, 'x'])).toString('base64url')],
    ['a key that is a boolean', Buffer.from(JSON.stringify([ORDER, true, 'x'])).toString('base64url')],
  ])('refuses garbage: %s', (_label, cursor) => {
    const error = caught(() => decodeCursor(cursor, ORDER, 'after'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(error.message).toBe('`after` is not a cursor this API issued');
  });
});

describe('pageWindow', () => {
  it('defaults to the first DEFAULT_PAGE items, forwards', () => {
    expect(DEFAULT_PAGE).toBe(20);
    expect(pageWindow({}, ORDER)).toEqual({ backward: false, size: 20, after: null, before: null });
    expect(pageWindow({ first: null, last: null, after: null, before: null }, ORDER)).toEqual({
      backward: false,
      size: 20,
      after: null,
      before: null,
    });
  });

  it('reads backwards for last, and for before without first', () => {
    expect(pageWindow({ last: 5 }, ORDER)).toMatchObject({ backward: true, size: 5 });
    const before = encodeCursor({ order: ORDER, key: null, id: 'e3' });
    expect(pageWindow({ before }, ORDER)).toEqual({
      backward: true,
      size: 20,
      after: null,
      before: { order: ORDER, key: null, id: 'e3' },
    });
    expect(pageWindow({ first: 2, before }, ORDER)).toMatchObject({ backward: false, size: 2 });
  });

  it('decodes both cursors', () => {
    const after = encodeCursor({ order: ORDER, key: 1, id: 'a' });
    const before = encodeCursor({ order: ORDER, key: 9, id: 'b' });
    expect(pageWindow({ first: 3, after, before }, ORDER)).toEqual({
      backward: false,
      size: 3,
      after: { order: ORDER, key: 1, id: 'a' },
      before: { order: ORDER, key: 9, id: 'b' },
    });
  });

  it('refuses first and last together', () => {
    const error = caught(() => pageWindow({ first: 1, last: 1 }, ORDER));
    expect(error.message).toBe('Pass either `first` or `last`, not both');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(() => pageWindow({ first: 0, last: 0 }, ORDER)).toThrow('not both');
  });

  it.each([0, 1, MAX_PAGE])('accepts first = last = %i', (n) => {
    expect(pageWindow({ first: n }, ORDER).size).toBe(n);
    expect(pageWindow({ last: n }, ORDER).size).toBe(n);
  });

  it.each([
    ['first', -1],
    ['first', MAX_PAGE + 1],
    ['last', -1],
    ['last', 1000],
  ] as const)('refuses %s = %i, naming it', (name, value) => {
    expect(MAX_PAGE).toBe(100);
    const error = caught(() => pageWindow({ [name]: value }, ORDER));
    expect(error.message).toBe(`\`${name}\` must be between 0 and 100; got ${value}`);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: name });
  });

  it('refuses a cursor from another ordering', () => {
    const after = encodeCursor({ order: 'other', key: null, id: 'x' });
    expect(caught(() => pageWindow({ after }, ORDER)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });
});

describe('connectionFromList', () => {
  const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id }));
  const page = (args: PageArgs) => connectionFromList(ITEMS, args, (x) => x.id, ORDER);
  const ids = (c: ConnectionModel<{ id: string }>) => c.edges.map((e) => e.node.id);

  it('pages forwards by 3 with no gaps or duplicates', () => {
    const seen: string[] = [];
    const flags: [boolean, boolean][] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const c = page({ first: 3, after });
      seen.push(...ids(c));
      flags.push([c.pageInfo.hasPreviousPage, c.pageInfo.hasNextPage]);
      expect(c.totalCount()).toBe(7);
      expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1]?.cursor ?? null);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(flags).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  it('pages backwards by 3 with no gaps or duplicates', () => {
    const pages: string[][] = [];
    const flags: [boolean, boolean][] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const c = page({ last: 3, before });
      pages.push(ids(c));
      flags.push([c.pageInfo.hasPreviousPage, c.pageInfo.hasNextPage]);
      expect(c.totalCount()).toBe(7);
      if (!c.pageInfo.hasPreviousPage) break;
      before = c.pageInfo.startCursor;
    }
    expect(pages).toEqual([['e', 'f', 'g'], ['b', 'c', 'd'], ['a']]);
    expect(flags).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
  });

  it('gives each edge a cursor that resumes right after it', () => {
    const all = page({ first: 7 });
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    all.edges.forEach((edge, i) => {
      expect(decodeCursor(edge.cursor, ORDER, 'after')).toEqual({
        order: ORDER,
        key: null,
        id: edge.node.id,
      });
      expect(ids(page({ first: 1, after: edge.cursor }))).toEqual(ITEMS.slice(i + 1, i + 2).map((x) => x.id));
    });
  });

  it('pages between two cursors', () => {
    const all = page({ first: 7 }).edges.map((e) => e.cursor);
    const c = page({ first: 10, after: all[1], before: all[5] });
    expect(ids(c)).toEqual(['c', 'd', 'e']);
    expect(c.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const back = page({ last: 2, after: all[1], before: all[5] });
    expect(ids(back)).toEqual(['d', 'e']);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('is empty past the end, and for first: 0', () => {
    const lastCursor = page({ first: 7 }).pageInfo.endCursor;
    const past = page({ first: 3, after: lastCursor });
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
    const none = page({ first: 0 });
    expect(none.edges).toEqual([]);
    expect(none.pageInfo.startCursor).toBeNull();
    expect(none.totalCount()).toBe(7);
  });

  it('handles an empty list', () => {
    const c = connectionFromList([], {}, (x: { id: string }) => x.id, ORDER);
    expect(c.edges).toEqual([]);
    expect(c.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(c.totalCount()).toBe(0);
  });

  it('refuses an after cursor for an item not in the list', () => {
    const stale = encodeCursor({ order: ORDER, key: null, id: 'zzz' });
    const error = caught(() => page({ first: 2, after: stale }));
    expect(error.message).toBe('`after` points to an item no longer in this list');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('refuses a cursor issued for another ordering', () => {
    const foreign = encodeCursor({ order: 'parties:NAME:ASC', key: null, id: 'b' });
    expect(caught(() => page({ last: 2, before: foreign })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'before',
    });
  });
});
