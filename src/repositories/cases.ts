import type { Executor } from '../db/executor';
import { CalendarDate } from '../db/convert';
import type { CaseModel, ConnectionModel, PartyRole } from '../domain/models';
import { keysetConnection } from '../cypher/connection';
import type { KeysetQuery } from '../cypher/keyset';
import { toCase } from '../cypher/mappers';
import type { PageArgs } from '../cypher/paging';
import { caseDocument } from '../cypher/projections';
import { fulltextFilter } from '../cypher/fulltext';
import { partyLink } from '../graph/roles';

export interface CaseFilterInput {
  kind?: string[] | null;
  status?: string[] | null;
  courtId?: string | null;
  judgeId?: string | null;
  partyId?: string | null;
  role?: PartyRole | null;
  filedFrom?: string | null;
  filedTo?: string | null;
  outcomeKind?: string | null;
  incidentId?: string | null;
  text?: string | null;
  closedFrom?: string | null;
  closedTo?: string | null;
  pendingOn?: string | null;
}

export type CaseOrderField = 'FILED' | 'CAPTION' | 'CLOSED';
export interface CaseOrderInput {
  field: CaseOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

/** Stored sort keys (see plan.ts): undated cases go last in either direction. */
function sortKeyOf(field: CaseOrderField, descending: boolean): { expr: string; isDate: boolean } {
  if (field === 'CAPTION') return { expr: 'c.caption', isDate: false };
  const prop = field === 'FILED' ? 'filed' : 'closed';
  return { expr: `c.${prop}${descending ? 'SortDesc' : 'SortAsc'}`, isDate: true };
}

export interface CaseFilterClause {
  /** MATCH or CALL binding `c`. */
  anchor: string;
  conditions: string[];
  params: Record<string, unknown>;
}

/**
 * The filter as Cypher over `c:Case`: the most selective indexed entry point,
 * then every other condition. Shared by the case list and the statistics.
 */
export function caseFilterClause(filter: CaseFilterInput): CaseFilterClause {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let anchor = 'MATCH (c:Case)';
  const link = partyLink(filter.role);
  const roleCondition = link.byRoleProperty ? ' WHERE r.role = $role' : '';
  if (link.byRoleProperty) params.role = filter.role;
  const text = filter.text != null ? fulltextFilter(filter.text, 'c', 'Case') : null;

  if (text) {
    anchor = text.anchor ?? anchor;
    conditions.push(...text.conditions);
    Object.assign(params, text.params);
  } else if (filter.partyId) {
    anchor = `MATCH (:Party {id: $partyId})-[r:${link.rel}]->(c:Case)`;
    if (link.byRoleProperty) conditions.push('r.role = $role');
  } else if (filter.judgeId) {
    anchor = 'MATCH (:Party {id: $judgeId})-[:JUDGE_IN]->(c:Case)';
  } else if (filter.incidentId) {
    anchor = 'MATCH (c:Case)-[:ARISES_FROM]->(:Incident {id: $incidentId})';
  } else if (filter.courtId) {
    anchor = 'MATCH (c:Case)-[:IN_COURT]->(:Court {id: $courtId})';
  }

  if (filter.partyId) {
    params.partyId = filter.partyId;
    if (!anchor.includes('$partyId')) {
      conditions.push(`EXISTS { MATCH (:Party {id: $partyId})-[r:${link.rel}]->(c)${roleCondition} }`);
    }
  } else if (filter.role) {
    conditions.push(`EXISTS { MATCH (:Party)-[r:${link.rel}]->(c)${roleCondition} }`);
  }
  if (filter.judgeId) {
    params.judgeId = filter.judgeId;
    if (!anchor.includes('$judgeId'))
      conditions.push('EXISTS { MATCH (:Party {id: $judgeId})-[:JUDGE_IN]->(c) }');
  }
  if (filter.incidentId) {
    params.incidentId = filter.incidentId;
    if (!anchor.includes('$incidentId')) {
      conditions.push('EXISTS { MATCH (c)-[:ARISES_FROM]->(:Incident {id: $incidentId}) }');
    }
  }
  if (filter.courtId) {
    params.courtId = filter.courtId;
    if (!anchor.includes('$courtId'))
      conditions.push('EXISTS { MATCH (c)-[:IN_COURT]->(:Court {id: $courtId}) }');
  }
  if (filter.kind?.length) {
    params.kinds = filter.kind;
    conditions.push('c.kind IN $kinds');
  }
  if (filter.status?.length) {
    params.statuses = filter.status;
    conditions.push('c.status IN $statuses');
  }
  if (filter.filedFrom) {
    params.filedFrom = new CalendarDate(filter.filedFrom);
    conditions.push('c.filedEarliest >= $filedFrom');
  }
  if (filter.filedTo) {
    params.filedTo = new CalendarDate(filter.filedTo);
    conditions.push('c.filedEarliest <= $filedTo');
  }
  if (filter.outcomeKind) {
    params.outcomeKind = filter.outcomeKind;
    conditions.push('EXISTS { MATCH (c)-[:HAS_OUTCOME]->(o:Outcome) WHERE o.kind = $outcomeKind }');
  }

  if (filter.closedFrom) {
    params.closedFrom = new CalendarDate(filter.closedFrom);
    conditions.push('c.closedEarliest >= $closedFrom');
  }
  if (filter.closedTo) {
    params.closedTo = new CalendarDate(filter.closedTo);
    conditions.push('c.closedEarliest <= $closedTo');
  }
  if (filter.pendingOn) {
    params.pendingOn = new CalendarDate(filter.pendingOn);
    conditions.push(PENDING_ON);
  }
  return { anchor, conditions, params };
}

/**
 * Pending on a day (see CaseFilter.pendingOn): not filed after it, not closed on
 * or before it, and not before the incident it arises from. Partial dates count
 * from their first possible day; `closesOn` is precomputed at load (ingest/as-of.ts).
 */
const PENDING_ON = `(c.filedEarliest IS NULL OR c.filedEarliest <= $pendingOn)
    AND (c.closesOn IS NULL OR c.closesOn > $pendingOn)
    AND NOT EXISTS { MATCH (c)-[:ARISES_FROM]->(pi:Incident) WHERE pi.dateEarliest > $pendingOn }`;

const CASE_DOCUMENT = caseDocument('c');

/** The case list: the filter, ordered by (sort key, id), as a keyset query. */
export function caseListQuery(
  filter: CaseFilterInput,
  order: CaseOrderInput,
  withTotal: boolean,
): KeysetQuery {
  const { anchor, conditions, params } = caseFilterClause(filter);
  const descending = order.direction === 'DESC';
  const key = sortKeyOf(order.field, descending);
  return {
    name: 'listCases',
    anchor,
    // A party can hold several roles in one case; the other entry points bind each case once.
    anchorMayRepeat: anchor.startsWith('MATCH (:Party'),
    variable: 'c',
    conditions,
    sortKey: key.expr,
    keyIsDate: key.isDate,
    descending,
    projection: CASE_DOCUMENT,
    withTotal,
    params,
  };
}

export function orderName(order: CaseOrderInput): string {
  return `cases:${order.field}:${order.direction ?? 'ASC'}`;
}

export async function listCases(
  executor: Executor,
  filter: CaseFilterInput,
  order: CaseOrderInput,
  page: PageArgs,
  withTotal: boolean,
): Promise<ConnectionModel<CaseModel>> {
  return keysetConnection(executor, caseListQuery(filter, order, withTotal), orderName(order), page, toCase);
}
