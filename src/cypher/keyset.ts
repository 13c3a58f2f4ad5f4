import Cypher from '@neo4j/cypher-builder';
import { CalendarDate } from '../db/convert';
import { checkDateKey, encodeCursor, type Keyset, type Window } from './paging';
import { named, type Statement } from './statement';

// One statement that filters, orders by (sort key, id), reads one row past the
// page to know whether more follow, and counts the total only when asked. Every
// value is a parameter and every variable is named by the builder.

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
  keyIsDate: boolean;
  descending: boolean;
  projection: Cypher.Expr;
  withTotal: boolean;
}

const and = (predicates: Cypher.Predicate[]): Cypher.Predicate | undefined => Cypher.and(...predicates);

export function keysetCypher(q: KeysetQuery, window: Window): Statement {
  const v = q.node;
  const key = v.property(q.sortKey);
  // Reading backwards flips the direction; the page is reversed again afterwards.
  const forward = window.backward ? q.descending : !q.descending;
  const dir = forward ? 'ASC' : 'DESC';
  const range: Cypher.Predicate[] = [Cypher.isNotNull(key)];
  const strict: Cypher.Predicate[] = [];
  const bound = (op: 'gt' | 'lt', k: Keyset) => {
    const keyParam = new Cypher.Param(
      q.keyIsDate && typeof k.key === 'string' ? new CalendarDate(k.key) : k.key,
    );
    const idParam = new Cypher.Param(k.id);
    // The inclusive range can be answered by the index; the strict test settles ties by id.
    range.push(op === 'gt' ? Cypher.gte(key, keyParam) : Cypher.lte(key, keyParam));
    strict.push(
      Cypher.or(Cypher[op](key, keyParam), Cypher[op](v.property('id'), idParam)) as Cypher.Predicate,
    );
  };
  if (q.keyIsDate) {
    if (window.after) checkDateKey(window.after, 'after');
    if (window.before) checkDateKey(window.before, 'before');
  }
  if (window.after) bound(q.descending ? 'lt' : 'gt', window.after);
  if (window.before) bound(q.descending ? 'gt' : 'lt', window.before);

  const steps: Cypher.Clause[] = [q.anchor(and([...q.conditions, ...range]))];
  if (q.anchorMayRepeat) steps.push(new Cypher.With(v).distinct());
  if (strict.length) steps.push(new Cypher.With(v).where(and(strict)!));
  steps.push(
    new Cypher.With(v).orderBy([key, dir], [v.property('id'), dir]).limit(new Cypher.Param(window.size + 1)),
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
