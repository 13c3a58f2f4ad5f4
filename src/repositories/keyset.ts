import type { Params } from '../db/executor';
import { CalendarDate } from '../db/convert';
import { encodeCursor, type Keyset, type Window } from './pagination';

// Builds one statement that filters, orders by (sort key, id), reads one row past
// the page to know whether more follow, and counts the total only when asked.
// Every value is a parameter; only fixed fragments from the repositories are spliced in.

export interface KeysetQuery {
  name: string;
  /** MATCH/CALL clause(s) binding `variable`; fixed text. */
  anchor: string;
  variable: string;
  conditions: string[];
  sortKey: string;
  keyIsDate: boolean;
  descending: boolean;
  projection: string;
  withTotal: boolean;
  params: Params;
}

export function keysetCypher(q: KeysetQuery, window: Window): { cypher: string; params: Params } {
  const v = q.variable;
  const params: Params = { ...q.params, limit: window.size + 1 };
  // Reading backwards flips the direction; the page is reversed again afterwards.
  const forward = window.backward ? q.descending : !q.descending;
  const cmp = (op: '>' | '<', name: 'after' | 'before', k: Keyset) => {
    params[`${name}Key`] = q.keyIsDate && typeof k.key === 'string' ? new CalendarDate(k.key) : k.key;
    params[`${name}Id`] = k.id;
    return `(sortKey ${op} $${name}Key OR (sortKey = $${name}Key AND ${v}.id ${op} $${name}Id))`;
  };
  const cursorConditions: string[] = [];
  if (window.after) cursorConditions.push(cmp(q.descending ? '<' : '>', 'after', window.after));
  if (window.before) cursorConditions.push(cmp(q.descending ? '>' : '<', 'before', window.before));
  const where = q.conditions.length ? `\nWHERE ${q.conditions.join('\n  AND ')}` : '';
  const dir = forward ? 'ASC' : 'DESC';
  const total = q.withTotal
    ? `\nCALL () {\n  ${q.anchor.replace(/\n/g, '\n  ')}${where.replace(/\n/g, '\n  ')}\n  RETURN count(DISTINCT ${v}) AS total\n}`
    : '\nWITH page, null AS total';
  const cypher = `// ${q.name}
${q.anchor}${where}
WITH DISTINCT ${v}
WITH ${v}, ${q.sortKey} AS sortKey${cursorConditions.length ? `\nWHERE ${cursorConditions.join(' AND ')}` : ''}
ORDER BY sortKey ${dir}, ${v}.id ${dir}
LIMIT $limit
WITH collect({sortKey: sortKey, doc: ${q.projection}}) AS page${total}
RETURN page, total`;
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
