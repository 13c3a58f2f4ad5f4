import type { Executor } from '../db/executor';
import { FULLTEXT_INDEX } from '../db/schema-setup';
import type { ConnectionModel, PartyModel, PartyRole } from '../models';
import { keysetConnection } from './connection';
import { fulltextQuery } from './fulltext';
import type { KeysetQuery } from './keyset';
import { toParty } from './mappers';
import type { PageArgs } from './pagination';
import { partyDocument } from './projections';

export interface PartyFilterInput {
  kind?: string[] | null;
  text?: string | null;
  caseId?: string | null;
  role?: PartyRole | null;
}

const ROLE_RELS: Record<string, string> = { COUNSEL: 'COUNSEL_IN', JUDGE: 'JUDGE_IN' };

export function partyListQuery(filter: PartyFilterInput, withTotal: boolean): KeysetQuery {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let anchor = 'MATCH (p:Party)';
  const roleRel = filter.role ? (ROLE_RELS[filter.role] ?? 'PARTY_TO') : 'PARTY_TO|COUNSEL_IN|JUDGE_IN';
  const roleCondition = filter.role && !ROLE_RELS[filter.role] ? ' WHERE r.role = $role' : '';
  if (roleCondition) params.role = filter.role;

  const text = filter.text != null ? fulltextQuery(filter.text) : null;
  if (filter.text != null && text === null) {
    // Only punctuation or spaces: nothing can match, and Lucene refuses an empty query.
    conditions.push('false');
  } else if (text !== null) {
    params.ftIndex = FULLTEXT_INDEX;
    params.ftQuery = text;
    anchor = 'CALL db.index.fulltext.queryNodes($ftIndex, $ftQuery) YIELD node AS p';
    conditions.push('p:Party');
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
    projection: partyDocument('p'),
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
