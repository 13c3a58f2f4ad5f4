import Cypher from '@neo4j/cypher-builder';
import { CalendarDate } from '../db/convert';
import type { Params } from '../db/executor';
import { checkDateKey, encodeCursor, type Keyset, type Window } from './paging';
import { builtOnce, named, type Statement } from './statement';

// One statement that filters, orders by (sort key, id), reads one row past the
// page to know whether more follow, and counts the total only when asked. Every
// value is a parameter and every variable is named by the builder. The text is
// built once per shape (the list's key and the window's shape); a request computes
// only the parameters.

export interface KeysetQuery {
  name: string;
  /** The listed node, bound by `anchor`. */
  node: Cypher.Node;
  /** The entry clause binding `node` and keeping the rows where `where` holds; a new clause per call. */
  anchor: (where: Cypher.Predicate | undefined) => Cypher.Clause;
  /** Whether the anchor can bind the same node twice (several relationships to it). */
  anchorMayRepeat: boolean;
  conditions: Cypher.Predicate[];
  /**
   * The property holding the sort key, e.g. `filedSortAsc`: a stored property
   * with a composite (key, id) range index, so the index gives the order and a
   * cursor is a range seek rather than a sort of every match.
   */
  sortKey: string;
  descending: boolean;
  projection: Cypher.Expr;
  withTotal: boolean;
}

/** A keyset list as a request gives it: the query's shape and values, its Cypher not yet built. */
export interface KeysetList {
  name: string;
  /** Every choice `build` makes (filter shape, order, total, projection parts), with the list's name. */
  key: string;
  /** The values the query's named parameters take. */
  params: Params;
  /** Whether the sort key is a date: cursor keys are checked and sent as dates. */
  keyIsDate: boolean;
  /** The query; called only when no statement of this shape is built yet. */
  build: () => KeysetQuery;
}

/** A cursor as the text sees it: absent, a key (`$afterKey`), or a null key (written `NULL`). */
type CursorShape = 'none' | 'key' | 'nullKey';

/** What of a window shapes the text: the direction and the cursors; the size and the cursors' values are parameters. */
export interface WindowShape {
  backward: boolean;
  after: CursorShape;
  before: CursorShape;
}

const cursorShape = (k: Keyset | null): CursorShape =>
  k === null ? 'none' : k.key === null ? 'nullKey' : 'key';

export const windowShape = (window: Window): WindowShape => ({
  backward: window.backward,
  after: cursorShape(window.after),
  before: cursorShape(window.before),
});

/**
 * The window's parameters: `$limit` (one row past the page), and for each cursor
 * `$<side>Key` (a date for date keys, checked) and `$<side>Id`.
 */
export function windowParams(window: Window, keyIsDate: boolean): Params {
  const params: Params = { limit: window.size + 1 };
  for (const side of ['after', 'before'] as const) {
    const k = window[side];
    if (!k) continue;
    if (keyIsDate) checkDateKey(k, side);
    if (k.key !== null) {
      params[`${side}Key`] = keyIsDate && typeof k.key === 'string' ? new CalendarDate(k.key) : k.key;
    }
    params[`${side}Id`] = k.id;
  }
  return params;
}

/** The page of `list` the window asks for: the text built once per shape, the parameters per call. */
export function keysetStatement(list: KeysetList, window: Window): Statement {
  const params = { ...list.params, ...windowParams(window, list.keyIsDate) };
  const shape = windowShape(window);
  const key = `${list.key}|${shape.backward ? 'backward' : 'forward'}|${shape.after}|${shape.before}`;
  const text = builtOnce(key, () => keysetCypher(list.build(), shape));
  return { cypher: text.cypher, params: { ...text.params, ...params } };
}

const and = (predicates: Cypher.Predicate[]): Cypher.Predicate | undefined => Cypher.and(...predicates);

/** The statement of `q` for windows of `window`'s shape, reading the window's values as named parameters. */
export function keysetCypher(q: KeysetQuery, window: WindowShape): Statement {
  const v = q.node;
  const key = v.property(q.sortKey);
  // Reading backwards flips the direction; the page is reversed again afterwards.
  const forward = window.backward ? q.descending : !q.descending;
  const dir = forward ? 'ASC' : 'DESC';
  const range: Cypher.Predicate[] = [Cypher.isNotNull(key)];
  const strict: Cypher.Predicate[] = [];
  const bound = (op: 'gt' | 'lt', side: 'after' | 'before') => {
    if (window[side] === 'none') return;
    // A null key compares as NULL: written so, as the builder writes a null parameter.
    const keyParam = window[side] === 'nullKey' ? Cypher.Null : new Cypher.NamedParam(`${side}Key`);
    const idParam = new Cypher.NamedParam(`${side}Id`);
    // The inclusive range can be answered by the index; the strict test settles ties by id.
    range.push(op === 'gt' ? Cypher.gte(key, keyParam) : Cypher.lte(key, keyParam));
    strict.push(
      Cypher.or(Cypher[op](key, keyParam), Cypher[op](v.property('id'), idParam)) as Cypher.Predicate,
    );
  };
  bound(q.descending ? 'lt' : 'gt', 'after');
  bound(q.descending ? 'gt' : 'lt', 'before');

  const steps: Cypher.Clause[] = [q.anchor(and([...q.conditions, ...range]))];
  if (q.anchorMayRepeat) steps.push(new Cypher.With(v).distinct());
  if (strict.length) steps.push(new Cypher.With(v).where(and(strict)!));
  steps.push(
    new Cypher.With(v).orderBy([key, dir], [v.property('id'), dir]).limit(new Cypher.NamedParam('limit')),
  );
  const sortKey = new Cypher.Variable();
  const doc = new Cypher.Variable();
  if (!q.withTotal) {
    steps.push(new Cypher.Return([key, 'sortKey'], [q.projection, 'doc'], [Cypher.Null, 'total']));
    return named(q.name, Cypher.utils.concat(...steps));
  }
  // Rows stream out (collecting big documents into one list costs a third more);
  // the total comes first and the page is an OPTIONAL CALL so an empty page still returns it.
  const total = new Cypher.Variable();
  const id = new Cypher.Variable();
  steps.push(new Cypher.Return([key, sortKey], [v.property('id'), id], [q.projection, doc]));
  const counted = Cypher.utils.concat(
    q.anchor(and(q.conditions)),
    new Cypher.Return([Cypher.count(v).distinct(), total]),
  );
  return named(
    q.name,
    Cypher.utils.concat(
      new Cypher.Call(counted, []),
      new Cypher.OptionalCall(Cypher.utils.concat(...steps), []),
      new Cypher.Return([total, 'total'], [sortKey, 'sortKey'], [doc, 'doc']).orderBy(
        [sortKey, dir],
        [id, dir],
      ),
    ),
  );
}

export interface KeysetRow<T> {
  node: T;
  cursor: string;
}

/** Trims the look-ahead row and restores reading order. */
export function keysetPage<T>(
  rows: { sortKey: string | number | null; node: T; id: string }[],
  window: Window,
  order: string,
): { items: KeysetRow<T>[]; hasMore: boolean } {
  const hasMore = rows.length > window.size;
  const kept = rows.slice(0, window.size);
  if (window.backward) kept.reverse();
  return {
    items: kept.map((r) => ({ node: r.node, cursor: encodeCursor({ order, key: r.sortKey, id: r.id }) })),
    hasMore,
  };
}
