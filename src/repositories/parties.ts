import Cypher from '@neo4j/cypher-builder';
import type { Executor } from '../db/executor';
import type { ConnectionModel, PartyModel, PartyRole } from '../domain/models';
import { keysetConnection } from '../cypher/connection';
import { fulltextAnchor } from '../cypher/fulltext';
import type { KeysetQuery } from '../cypher/keyset';
import { toParty } from '../cypher/mappers';
import type { PageArgs } from '../cypher/paging';
import { ALL_PARTY_PARTS, partyDocument, type PartyPart } from '../cypher/projections';
import { PARTY } from '../graph/labels';
import { partyLink, roleCondition } from '../graph/roles';

// Query.parties: parties by kind, words or case and role, ordered by display name then id.

export interface PartyFilterInput {
  kind?: string[] | null;
  text?: string | null;
  caseId?: string | null;
  role?: PartyRole | null;
}

export function partyListQuery(
  filter: PartyFilterInput,
  withTotal: boolean,
  parts: ReadonlySet<PartyPart> = ALL_PARTY_PARTS,
): KeysetQuery {
  const p = new Cypher.Node();
  const conditions: Cypher.Predicate[] = [];
  const link = partyLink(filter.role);
  /** (p)-[r:role]->(case), with the role condition on `r` when the role is a property. */
  const participation = (labels: string[]) => {
    const r = new Cypher.Relationship();
    const pattern = new Cypher.Pattern(p, { labels })
      .related(r, { type: Cypher.labelExpr.or(...link.types) })
      .to(new Cypher.Node(), {
        labels: ['Case'],
        properties: filter.caseId ? { id: new Cypher.Param(filter.caseId) } : {},
      });
    const role = roleCondition(link, r);
    return { pattern, role };
  };
  const matchWhere =
    (pattern: Cypher.Pattern, extra?: Cypher.Predicate) => (where: Cypher.Predicate | undefined) => {
      const all = Cypher.and(extra, where);
      const match = new Cypher.Match(pattern);
      return all ? match.where(all) : match;
    };

  let anchor: KeysetQuery['anchor'] = matchWhere(new Cypher.Pattern(p, { labels: [PARTY] }));
  let anchorMayRepeat = false;
  const text = filter.text != null ? fulltextAnchor(filter.text, p, PARTY) : undefined;
  if (text === null) conditions.push(Cypher.false);
  else if (text) anchor = text;
  if (text === undefined && filter.caseId) {
    // The case is the entry point: its participants, each with the role asked for.
    const { pattern, role } = participation([PARTY]);
    anchor = matchWhere(pattern, role);
    anchorMayRepeat = true;
  } else if (filter.caseId || filter.role) {
    const { pattern, role } = participation([]);
    const match = new Cypher.Match(pattern);
    conditions.push(new Cypher.Exists(role ? match.where(role) : match));
  }
  if (filter.kind?.length) conditions.push(Cypher.in(p.property('kind'), new Cypher.Param(filter.kind)));
  return {
    name: 'listParties',
    node: p,
    anchor,
    anchorMayRepeat,
    conditions,
    sortKey: 'displayName',
    keyIsDate: false,
    descending: false,
    projection: partyDocument(p, parts),
    withTotal,
  };
}

export function listParties(
  executor: Executor,
  filter: PartyFilterInput,
  page: PageArgs,
  withTotal: boolean,
  parts: ReadonlySet<PartyPart>,
): Promise<ConnectionModel<PartyModel>> {
  const query = partyListQuery(filter, withTotal, parts);
  return keysetConnection(executor, query, 'parties:NAME:ASC', page, toParty);
}
