import type { Params } from '../db/executor';
import { CalendarDate } from '../db/convert';
import { encodeCursor, type Keyset, type Window } from './paging';

// Builds one statement that filters, orders by (sort key, id), reads one row past
// the page to know whether more follow, and counts the total only when asked.
// Every value is a parameter; only fixed fragments from the repositories are spliced in.

export interface KeysetQuery {
  name: string;
  /** MATCH/CALL clause(s) binding `variable`; fixed text. */
  anchor: string;
  /** Whether the anchor can bind the same node twice (several relationships to it). */
  anchorMayRepeat: boolean;
  variable: string;
  conditions: string[];
  /**
   * The property holding the sort key, e.g. `c.filedSortAsc`: a stored property
   * with a composite (key, id) range index, so the index gives the order and a
   * cursor is a range seek rather than a sort of every match.
   */
  sortKey: string;
  keyIsDate: boolean;
  descending: boolean;
  projection: string;
  withTotal: boolean;
  params: Params;
}

export function keysetCypher(q: KeysetQuery, window: Window): { cypher: string; params: Params } {
  const v = q.variable;
  const key = q.sortKey;
  const params: Params = { ...q.params, limit: window.size + 1 };
  // Reading backwards flips the direction; the page is reversed again afterwards.
  const forward = window.backward ? q.descending : !q.descending;
  const range: string[] = [`${key} IS NOT NULL`];
  const strict: string[] = [];
  const bound = (op: '>' | '<', name: 'after' | 'before', k: Keyset) => {
    params[`${name}Key`] = q.keyIsDate && typeof k.key === 'string' ? new CalendarDate(k.key) : k.key;
    params[`${name}Id`] = k.id;
    // The inclusive range can be answered by the index; the strict test settles ties by id.
    range.push(`${key} ${op}= $${name}Key`);
    strict.push(`(${key} ${op} $${name}Key OR ${v}.id ${op} $${name}Id)`);
  };
  if (window.after) bound(q.descending ? '<' : '>', 'after', window.after);
  if (window.before) bound(q.descending ? '>' : '<', 'before', window.before);
  const filter = [...q.conditions, ...range].join('\n  AND ');
  const dir = forward ? 'ASC' : 'DESC';
  const where = q.conditions.length ? `\nWHERE ${q.conditions.join('\n  AND ')}` : '';
  // Rows stream out (collecting big documents into one list costs a third more);
  // the total, when asked, comes first and the page is an OPTIONAL CALL so an
  // empty page still returns it.
  const page = `${q.anchor}
WHERE ${filter}${q.anchorMayRepeat ? `\nWITH DISTINCT ${v}` : ''}${strict.length ? `\nWITH ${v} WHERE ${strict.join(' AND ')}` : ''}
WITH ${v} ORDER BY ${key} ${dir}, ${v}.id ${dir}
LIMIT $limit`;
  const indent = (text: string) => text.replace(/\n/g, '\n  ');
  const cypher = q.withTotal
    ? `// ${q.name}
CALL () {
  ${indent(q.anchor + where)}
  RETURN count(DISTINCT ${v}) AS total
}
OPTIONAL CALL () {
  ${indent(page)}
  RETURN ${key} AS sortKey, ${v}.id AS id, ${q.projection} AS doc
}
RETURN total, sortKey, doc
ORDER BY sortKey ${dir}, id ${dir}`
    : `// ${q.name}
${page}
RETURN ${key} AS sortKey, ${q.projection} AS doc, null AS total`;
  return { cypher, params };
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
