import type { Executor } from '../db/executor';
import type { ConnectionModel, PartyModel, PartyRole } from '../domain/models';
import { keysetConnection } from '../cypher/connection';
import { fulltextFilter } from '../cypher/fulltext';
import { partyLink } from '../graph/roles';
import type { KeysetQuery } from '../cypher/keyset';
import { toParty } from '../cypher/mappers';
import type { PageArgs } from '../cypher/paging';
import { partyDocument } from '../cypher/projections';

export interface PartyFilterInput {
  kind?: string[] | null;
  text?: string | null;
  caseId?: string | null;
  role?: PartyRole | null;
}

const PARTY_DOCUMENT = partyDocument('p');

export function partyListQuery(filter: PartyFilterInput, withTotal: boolean): KeysetQuery {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let anchor = 'MATCH (p:Party)';
  const link = partyLink(filter.role);
  const roleRel = link.rel;
  const roleCondition = link.byRoleProperty ? ' WHERE r.role = $role' : '';
  if (link.byRoleProperty) params.role = filter.role;
  const text = filter.text != null ? fulltextFilter(filter.text, 'p', 'Party') : null;

  if (text) {
    anchor = text.anchor ?? anchor;
    conditions.push(...text.conditions);
    Object.assign(params, text.params);
  } else if (filter.caseId) {
    anchor = `MATCH (p:Party)-[r:${roleRel}]->(:Case {id: $caseId})`;
    if (roleCondition) conditions.push('r.role = $role');
  }
  if (filter.caseId) {
    params.caseId = filter.caseId;
    if (!anchor.includes('$caseId')) {
      conditions.push(`EXISTS { MATCH (p)-[r:${roleRel}]->(:Case {id: $caseId})${roleCondition} }`);
    }
  } else if (filter.role) {
    conditions.push(`EXISTS { MATCH (p)-[r:${roleRel}]->(:Case)${roleCondition} }`);
  }
  if (filter.kind?.length) {
    params.kinds = filter.kind;
    conditions.push('p.kind IN $kinds');
  }
  return {
    name: 'listParties',
    anchor,
    anchorMayRepeat: anchor.includes('(:Case {id: $caseId})'),
    variable: 'p',
    conditions,
    sortKey: 'p.displayName',
    keyIsDate: false,
    descending: false,
    projection: PARTY_DOCUMENT,
    withTotal,
    params,
  };
}

export function listParties(
  executor: Executor,
  filter: PartyFilterInput,
  page: PageArgs,
  withTotal: boolean,
): Promise<ConnectionModel<PartyModel>> {
  return keysetConnection(executor, partyListQuery(filter, withTotal), 'parties:NAME:ASC', page, toParty);
}
