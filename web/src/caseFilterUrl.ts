import type { CaseFilter, CaseKind, CaseOrder, CaseOrderField, CaseStatus, PartyRole } from './gql/graphql';

// The whole state of a case list lives in its URL, so any view can be shared or
// bookmarked: one query parameter per filter, the sort, and the keyset cursor.

/** Query parameters of a case list, in the order a URL writes them. */
export const FILTER_PARAMS = [
  'q',
  'kind',
  'status',
  'court',
  'nos',
  'filedFrom',
  'filedTo',
  'closedFrom',
  'closedTo',
  'pendingOn',
  'party',
  'role',
  'lawyer',
  'firm',
  'judge',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

const PAGING = ['after', 'before'] as const;

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
const opt = (v: string | null): string | undefined => (v && v.trim() ? v.trim() : undefined);

/** The CaseFilter a URL's parameters describe (undefined fields are left out of the request). */
export function filterOf(search: URLSearchParams): CaseFilter {
  const filter: CaseFilter = {
    text: opt(search.get('q')),
    kind: list(search.get('kind')) as CaseKind[],
    status: list(search.get('status')) as CaseStatus[],
    courtId: opt(search.get('court')),
    natureOfSuit: opt(search.get('nos')),
    filedFrom: opt(search.get('filedFrom')),
    filedTo: opt(search.get('filedTo')),
    closedFrom: opt(search.get('closedFrom')),
    closedTo: opt(search.get('closedTo')),
    pendingOn: opt(search.get('pendingOn')),
    partyId: opt(search.get('party')),
    role: opt(search.get('party')) ? (opt(search.get('role')) as PartyRole | undefined) : undefined,
    counselId: opt(search.get('lawyer')),
    firmId: opt(search.get('firm')),
    judgeId: opt(search.get('judge')),
  };
  if (!filter.kind?.length) delete filter.kind;
  if (!filter.status?.length) delete filter.status;
  for (const k of Object.keys(filter) as (keyof CaseFilter)[]) if (filter[k] === undefined) delete filter[k];
  return filter;
}

const SORTS: readonly CaseOrderField[] = ['CAPTION', 'FILED', 'CLOSED'];

/** The order a URL asks for; by caption when it names none (or one the API lacks). */
export function orderOf(search: URLSearchParams): CaseOrder {
  const field = search.get('sort') as CaseOrderField | null;
  return {
    field: field && SORTS.includes(field) ? field : 'CAPTION',
    direction: search.get('dir') === 'DESC' ? 'DESC' : 'ASC',
  };
}

/**
 * The URL of the list with `changes` applied (null or '' removes a parameter). A
 * change of filter or order starts again from the first page.
 */
export function listUrl(
  path: string,
  search: URLSearchParams,
  changes: Record<string, string | null>,
): string {
  const next = new URLSearchParams(search);
  const paging = Object.keys(changes).every((k) => (PAGING as readonly string[]).includes(k));
  if (!paging) for (const k of PAGING) next.delete(k);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  if (!next.get('party')) next.delete('role');
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The filter's parameters alone, without a page's order, cursor or view (`by`): the same cases elsewhere. */
export function filterParams(search: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...search].filter(([k]) => (FILTER_PARAMS as readonly string[]).includes(k)));
}

/** `kind=CIVIL,CRIMINAL` with `value` added or removed. */
export function toggled(search: URLSearchParams, key: 'kind' | 'status', value: string): string | null {
  const values = new Set(list(search.get(key)));
  if (values.has(value)) values.delete(value);
  else values.add(value);
  return values.size ? [...values].sort().join(',') : null;
}

/** The filter as the export endpoints take it: JSON in one query parameter. */
export function exportQuery(filter: CaseFilter): string {
  const json = JSON.stringify(filter);
  return json === '{}' ? '' : `?filter=${encodeURIComponent(json)}`;
}
