import { badInput } from '../domain/errors';
import type { ConnectionModel, EdgeModel } from '../domain/models';

// Keyset cursors: the sort key and the element id, base64url-encoded JSON, with
// the ordering they belong to, so a cursor from one ordering is refused by another.

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Keyset {
  order: string;
  key: string | number | null;
  id: string;
}

export { badInput };

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.order, keyset.key, keyset.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, argument: string): Keyset {
  const parsed = parseCursor(cursor, argument);
  if (parsed[0] !== order) {
    throw badInput(`\`${argument}\` was issued for ordering ${parsed[0]}, not ${order}`, argument);
  }
  return { order, key: parsed[1], id: parsed[2] };
}

/** A cursor's parts, whatever its ordering; BAD_USER_INPUT when it is not one this API issued. */
export function parseCursor(cursor: string, argument: string): [string, Keyset['key'], string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(`\`${argument}\` is not a cursor this API issued`, argument);
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[2] !== 'string' ||
    !(typeof parsed[1] === 'string' || typeof parsed[1] === 'number' || parsed[1] === null)
  ) {
    throw badInput(`\`${argument}\` is not a cursor this API issued`, argument);
  }
  return parsed as [string, Keyset['key'], string];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A cursor of a date-keyed ordering must hold a real day (YYYY-MM-DD) or null;
 * a forged key would otherwise reach Neo4j as an impossible date.
 */
export function checkDateKey(keyset: Keyset, argument: string): void {
  if (keyset.key === null) return;
  const match = typeof keyset.key === 'string' ? ISO_DAY.exec(keyset.key) : null;
  if (match) {
    const day = new Date(0);
    day.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (day.toISOString().slice(0, 10) === keyset.key) return;
  }
  throw badInput(`\`${argument}\` is not a cursor this API issued (its key is not a date)`, argument);
}

export interface Window {
  /** Read backwards from the end (last/before) rather than forwards. */
  backward: boolean;
  size: number;
  after: Keyset | null;
  before: Keyset | null;
}

/** The rows a page asks for: `first` or `last`, else the default page. */
export function pageSizeOf(args: { first?: unknown; last?: unknown }): number {
  const size = args.first ?? args.last;
  return typeof size === 'number' ? size : DEFAULT_PAGE;
}

export function pageWindow(args: PageArgs, order: string): Window {
  const { first, last } = args;
  if (first != null && last != null) throw badInput('Pass either `first` or `last`, not both', 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw badInput(`\`${name}\` must be between 0 and ${MAX_PAGE}; got ${value}`, name);
    }
  }
  return {
    backward: last != null || (first == null && args.before != null),
    size: pageSizeOf(args),
    after: args.after ? decodeCursor(args.after, order, 'after') : null,
    before: args.before ? decodeCursor(args.before, order, 'before') : null,
  };
}

/**
 * A connection over one forward page read in Cypher: `rows` holds at most
 * `first` + 1 items after the item `after` (the extra one says a next page
 * exists), `total` the length of the whole list, `afterKnown` whether `after` is
 * in it. Answers as connectionFromList would over the whole list.
 */
export function connectionFromPage<T>(
  page: { rows: readonly T[]; first: number; after: string | null; total: number; afterKnown: boolean },
  idOf: (item: T) => string,
  order: string,
): ConnectionModel<T> {
  if (!page.afterKnown) throw badInput('`after` points to an item no longer in this list', 'after');
  const edges: EdgeModel<T>[] = page.rows.slice(0, page.first).map((node) => ({
    node,
    cursor: encodeCursor({ order, key: null, id: idOf(node) }),
  }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: page.after !== null,
      hasNextPage: page.rows.length > page.first,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => page.total,
  };
}

/** A connection over a list already in memory and in its final order (nested lists of a document). */
export function connectionFromList<T>(
  items: readonly T[],
  args: PageArgs,
  idOf: (item: T) => string,
  order: string,
): ConnectionModel<T> {
  const window = pageWindow(args, order);
  const position = (k: Keyset, argument: 'after' | 'before') => {
    const index = items.findIndex((item) => idOf(item) === k.id);
    if (index < 0) throw badInput(`\`${argument}\` points to an item no longer in this list`, argument);
    return index;
  };
  const start = window.after ? position(window.after, 'after') + 1 : 0;
  const end = window.before ? position(window.before, 'before') : items.length;
  const span = items.slice(start, Math.max(start, end));
  const page = window.backward
    ? span.slice(Math.max(0, span.length - window.size))
    : span.slice(0, window.size);
  const edges: EdgeModel<T>[] = page.map((node) => ({
    node,
    cursor: encodeCursor({ order, key: null, id: idOf(node) }),
  }));
  const firstIndex = start + (window.backward ? span.length - page.length : 0);
  return {
    edges,
    pageInfo: {
      hasPreviousPage: firstIndex > 0,
      hasNextPage: firstIndex + page.length < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: () => items.length,
  };
}
