import Cypher from '@neo4j/cypher-builder';
import type { Executor, Params } from '../db/executor';
import type { ConnectionModel, PartyModel, PartyRole } from '../domain/models';
import { keysetConnection } from '../cypher/connection';
import { fulltextAnchor, fulltextQuery } from '../cypher/fulltext';
import type { KeysetList, KeysetQuery } from '../cypher/keyset';
import { toParty } from '../cypher/mappers';
import type { PageArgs } from '../cypher/paging';
import { ALL_PARTY_PARTS, PARTY_PARTS, partyDocument, type PartyPart } from '../cypher/projections';
import { partsKey } from '../cypher/statement';
import { PARTY } from '../graph/labels';
import { linkParams, linkShape, namedRoleCondition, partyLink, type LinkShape } from '../graph/roles';

// Query.parties: parties by kind, words or case and role, ordered by display name then id.
// A filter is planned per request (its shape and parameters) and built once per shape.

export interface PartyFilterInput {
  kind?: string[] | null;
  text?: string | null;
  caseId?: string | null;
  role?: PartyRole | null;
}

/** What the party list's Cypher text depends on (see CaseFilterShape); every value is a named parameter. */
interface PartyFilterShape {
  /** `noWords`: a `text` with no searchable word, which matches nothing. */
  text: 'none' | 'words' | 'noWords';
  /** The case is the entry point: its participants (no text to anchor on). */
  caseAnchor: boolean;
  /** The participation `caseId` or `role` asks for. */
  link: LinkShape | null;
  caseId: boolean;
  kind: boolean;
}

/** The filter's shape and parameters (`$text`, `$caseId`, `$role`, `$capacities`, `$kind`), with no Cypher built. */
function partyFilterPlan(filter: PartyFilterInput): { shape: PartyFilterShape; params: Params } {
  const params: Params = {};
  const query = filter.text != null ? fulltextQuery(filter.text, 'filter.text') : undefined;
  if (query) params.text = query;
  const withLink = !!(filter.caseId || filter.role);
  const link = partyLink(filter.role);
  if (withLink) Object.assign(params, linkParams(link));
  if (filter.caseId) params.caseId = filter.caseId;
  if (filter.kind?.length) params.kind = filter.kind;
  const shape: PartyFilterShape = {
    text: query === undefined ? 'none' : query === null ? 'noWords' : 'words',
    caseAnchor: query === undefined && !!filter.caseId,
    link: withLink ? linkShape(link) : null,
    caseId: !!filter.caseId,
    kind: !!filter.kind?.length,
  };
  return { shape, params };
}

/** The party list of `shape` as a keyset query. */
function partyListBuild(
  shape: PartyFilterShape,
  withTotal: boolean,
  parts: ReadonlySet<PartyPart>,
): KeysetQuery {
  const p = new Cypher.Node();
  const conditions: Cypher.Predicate[] = [];
  /** (p)-[r:role]->(case), with the role condition on `r` when the role is a property. */
  const participation = (link: LinkShape, labels: string[]) => {
    const r = new Cypher.Relationship();
    const pattern = new Cypher.Pattern(p, { labels })
      .related(r, { type: Cypher.labelExpr.or(...link.types) })
      .to(new Cypher.Node(), {
        labels: ['Case'],
        properties: shape.caseId ? { id: new Cypher.NamedParam('caseId') } : {},
      });
    const role = namedRoleCondition(link, r);
    return { pattern, role };
  };
  const matchWhere =
    (pattern: Cypher.Pattern, extra?: Cypher.Predicate) => (where: Cypher.Predicate | undefined) => {
      const all = Cypher.and(extra, where);
      const match = new Cypher.Match(pattern);
      return all ? match.where(all) : match;
    };

  let anchor: KeysetQuery['anchor'] = matchWhere(new Cypher.Pattern(p, { labels: [PARTY] }));
  if (shape.text === 'noWords') conditions.push(Cypher.false);
  else if (shape.text === 'words') anchor = fulltextAnchor(new Cypher.NamedParam('text'), p, PARTY);
  if (shape.caseAnchor) {
    // The case is the entry point: its participants, each with the role asked for.
    const { pattern, role } = participation(shape.link!, [PARTY]);
    anchor = matchWhere(pattern, role);
  } else if (shape.link) {
    const { pattern, role } = participation(shape.link, []);
    const match = new Cypher.Match(pattern);
    conditions.push(new Cypher.Exists(role ? match.where(role) : match));
  }
  if (shape.kind) conditions.push(Cypher.in(p.property('kind'), new Cypher.NamedParam('kind')));
  return {
    name: 'listParties',
    node: p,
    anchor,
    anchorMayRepeat: shape.caseAnchor,
    conditions,
    sortKey: 'displayName',
    descending: false,
    projection: partyDocument(p, parts),
    withTotal,
  };
}

/** The party list as a keyset list: its text built once per filter shape, total and parts. */
export function partyListQuery(
  filter: PartyFilterInput,
  withTotal: boolean,
  parts: ReadonlySet<PartyPart> = ALL_PARTY_PARTS,
): KeysetList {
  const { shape, params } = partyFilterPlan(filter);
  return {
    name: 'listParties',
    key: ['listParties', JSON.stringify(shape), withTotal, partsKey(PARTY_PARTS, parts)].join('|'),
    params,
    keyIsDate: false,
    build: () => partyListBuild(shape, withTotal, parts),
  };
}

export function listParties(
  executor: Executor,
  filter: PartyFilterInput,
  page: PageArgs,
  withTotal: boolean,
  parts: ReadonlySet<PartyPart>,
): Promise<ConnectionModel<PartyModel>> {
  const list = partyListQuery(filter, withTotal, parts);
  return keysetConnection(executor, list, 'parties:NAME:ASC', page, toParty);
}
