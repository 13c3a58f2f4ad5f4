import Cypher from '@neo4j/cypher-builder';
import type { Executor, Params } from '../db/executor';
import type { CourtModel, PartyModel, PartyRole } from '../domain/models';
import type { RankingSubject } from '../generated/graphql';
import { toCourt, toParty } from '../cypher/mappers';
import { badInput, decodeCursor, encodeCursor, pageWindow } from '../cypher/paging';
import { courtDocument, PARTY_PARTS, partyDocument, type PartyPart } from '../cypher/projections';
import { namesKey, readingOf } from '../cypher/reading';
import { list, num, obj, str, type Props } from '../cypher/rows';
import { builtOnce, fixedText, partsKey, type Statement } from '../cypher/statement';
import { ROLE_ORDER } from '../graph/roles';
import { caseFilterClause, caseFilterPlan, type CaseFilterClause, type CaseFilterInput } from './case-filter';
import { caseSet, indent, literalList, participation, type Compile } from './case-set';

// Query.rankings: the parties, lawyers, firms, judges or courts appearing in the most
// cases of the set a CaseFilter selects, with their roles, in one statement. Every
// entity of the set is counted (the counts decide the order), then the page after
// the cursor is cut and only its entries are projected, with the same projections
// every other route uses (a party's document with the parts the selection needs, a
// court's). The text is fixed blocks around the builder's filter and projection,
// built once per shape (subject, filter shape, cursor or none, parts).

export interface RoleCountModel {
  role: PartyRole;
  cases: number;
}

export interface RankingEntryModel {
  position: number;
  id: string;
  name: string;
  party: PartyModel | null;
  court: CourtModel | null;
  cases: number;
  roles: RoleCountModel[];
}

export interface RankingConnectionModel {
  subject: RankingSubject;
  caseCount: number;
  totalCount: number;
  edges: { cursor: string; node: RankingEntryModel }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** What the page's entries are projected with: a party's parts, a court's reading (`nestedEvidence` and names). */
export interface RankingParts {
  party: ReadonlySet<PartyPart>;
  court: ReadonlySet<'nestedEvidence'>;
}

export const ALL_RANKING_PARTS: RankingParts = {
  party: new Set(PARTY_PARTS),
  court: new Set(['nestedEvidence']),
};

export interface RankingPageArgs {
  first?: number | null;
  after?: string | null;
}

/** The ordering a subject's cursors are issued for: a cursor of another subject is refused. */
export const rankingOrder = (subject: RankingSubject): string => `rankings:${subject}`;

/**
 * A cursor's place: (cases, sortName, id), most cases first, then by name regardless
 * of case (a reader looks for "Adam" before "ANDREW"), then by id.
 */
interface Place {
  cases: number;
  sortName: string;
  id: string;
}

/** The cursor of an entry: the (cases, name) key and the id, for its subject's ordering. */
export function rankingCursor(subject: RankingSubject, place: Place): string {
  return encodeCursor({
    order: rankingOrder(subject),
    key: JSON.stringify([place.cases, place.sortName]),
    id: place.id,
  });
}

/** The place an `after` cursor names; BAD_USER_INPUT when it is not one this field issued for `subject`. */
function placeOf(subject: RankingSubject, cursor: string): Place {
  const keyset = decodeCursor(cursor, rankingOrder(subject), 'after');
  let key: unknown;
  try {
    key = typeof keyset.key === 'string' ? JSON.parse(keyset.key) : null;
  } catch {
    key = null;
  }
  if (
    !Array.isArray(key) ||
    key.length !== 2 ||
    !Number.isInteger(key[0]) ||
    (key[0] as number) < 0 ||
    typeof key[1] !== 'string'
  ) {
    throw badInput('`after` is not a cursor this API issued', 'after');
  }
  return { cases: key[0] as number, sortName: key[1], id: keyset.id };
}

/** `first` (0 to MAX_PAGE, default DEFAULT_PAGE) and the place after which the page starts. */
function rankingWindow(
  subject: RankingSubject,
  page: RankingPageArgs,
): { size: number; after: Place | null } {
  const window = pageWindow({ first: page.first }, rankingOrder(subject));
  return { size: window.size, after: page.after ? placeOf(subject, page.after) : null };
}

/** The participation each subject counts (see `participation`). */
const PARTICIPATION = {
  PARTY: 'PARTY',
  LAWYER: 'LAWYER',
  FIRM: 'FIRM',
  JUDGE: 'JUDGE',
  COURT: 'COURT',
} as const satisfies Record<RankingSubject, string>;

const RANKED = new Cypher.NamedNode('p');

/**
 * The ranking of `subject` over the cases `clause` selects. The subquery over the
 * cases reads each participation once: per entity and case the roles its links
 * stand for (a lawyer's: its client's), then per entity the number of cases and
 * those role lists, in ranking order, as one list. The page is cut from that list
 * after the cursor's place (`skipped` entries precede it), so an entry's position
 * is its index in the whole ranking.
 */
function rankingStatement(
  subject: RankingSubject,
  clause: CaseFilterClause,
  withAfter: boolean,
  parts: RankingParts,
): Statement {
  return fixedText('rankings', (compile: Compile) => {
    const set = caseSet(compile, clause);
    const link = participation(PARTICIPATION[subject], compile);
    const roles = 'roles' in link ? link.roles : `[${link.role}]`;
    const name = subject === 'COURT' ? 'p.name' : 'p.displayName';
    const notAfter = `e.cases > $afterCases OR (e.cases = $afterCases AND (e.sortName < $afterName OR (e.sortName = $afterName AND e.entity.id <= $afterId)))`;
    const doc =
      subject === 'COURT'
        ? courtDocument(RANKED, readingOf(parts.court))
        : partyDocument(RANKED, parts.party);
    return `${set.all ? set.count() : set.collect()}
${set.over()}
  ${link.match}
  WITH p, c, ${roles} AS linkRoles
  UNWIND CASE WHEN linkRoles = [] THEN [null] ELSE linkRoles END AS role
  WITH p, c, collect(DISTINCT role) AS caseRoles
  WITH p, count(c) AS n, collect(caseRoles) AS roleLists
  WITH p, n, roleLists, coalesce(${name}, '') AS name
  WITH p, n, roleLists, name, toLower(name) AS sortName
  ORDER BY n DESC, sortName, p.id
  RETURN collect({entity: p, cases: n, name: name, sortName: sortName, roleLists: roleLists}) AS ranked
}
WITH ${set.all ? 'caseCount' : 'size(cases) AS caseCount'}, ranked, ${withAfter ? `size([e IN ranked WHERE ${notAfter}])` : '0'} AS skipped
OPTIONAL CALL (ranked, skipped) {
  UNWIND range(skipped, skipped + $limit - 1) AS i
  WITH i, ranked[i] AS e
  WHERE e IS NOT NULL
  WITH i, e, e.entity AS p
  RETURN i + 1 AS position, e.cases AS cases, e.name AS name, e.sortName AS sortName,
    [role IN ${literalList(ROLE_ORDER)} WHERE any(l IN e.roleLists WHERE role IN l) | {role: role, cases: size([l IN e.roleLists WHERE role IN l])}] AS roles,
    ${indent(compile(doc))} AS doc
}
RETURN caseCount, size(ranked) AS total, skipped, position, cases, name, sortName, roles, doc
ORDER BY position`;
  });
}

/** The statement and its parameters for a page of a ranking; user values travel only in `params`. */
export function rankingQuery(
  subject: RankingSubject,
  filter: CaseFilterInput,
  page: RankingPageArgs,
  parts: RankingParts = ALL_RANKING_PARTS,
): { cypher: string; params: Params; size: number } {
  if (!(subject in PARTICIPATION)) throw badInput(`Unknown subject ${String(subject)}`, 'subject');
  const window = rankingWindow(subject, page);
  const plan = caseFilterPlan(filter);
  const key = [
    'rankings',
    subject,
    plan.key,
    !!window.after,
    partsKey(PARTY_PARTS, parts.party),
    `${parts.court.has('nestedEvidence')}|${namesKey(parts.court)}`,
  ].join('|');
  const statement = builtOnce(key, () =>
    rankingStatement(subject, caseFilterClause(plan.shape), !!window.after, parts),
  );
  const after = window.after
    ? { afterCases: window.after.cases, afterName: window.after.sortName, afterId: window.after.id }
    : {};
  return {
    cypher: statement.cypher,
    params: { ...statement.params, ...plan.params, ...after, limit: window.size + 1 },
    size: window.size,
  };
}

/** Roles most cases first, then in the order of PartyRole (the statement gives that order). */
export function toRoleCounts(rows: Props[]): RoleCountModel[] {
  return rows
    .map((r) => ({ role: str(r.role) as PartyRole, cases: num(r.cases) }))
    .sort((a, b) => b.cases - a.cases || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** The statement's rows as the connection: one row per entry of the page and its look-ahead, or one empty row. */
export function toRankingConnection(
  subject: RankingSubject,
  rows: Props[],
  size: number,
): RankingConnectionModel {
  const first = rows[0] ?? {};
  const entries = rows.filter((r) => r.doc !== null && r.doc !== undefined);
  const edges = entries.slice(0, size).map((r) => {
    const doc = obj(r.doc);
    const node: RankingEntryModel = {
      position: num(r.position),
      id: str(doc.id),
      name: str(r.name),
      party: subject === 'COURT' ? null : toParty(doc),
      court: subject === 'COURT' ? toCourt(doc) : null,
      cases: num(r.cases),
      roles: toRoleCounts(list(r.roles)),
    };
    return {
      cursor: rankingCursor(subject, { cases: node.cases, sortName: str(r.sortName), id: node.id }),
      node,
    };
  });
  return {
    subject,
    caseCount: num(first.caseCount),
    totalCount: num(first.total),
    edges,
    pageInfo: {
      hasNextPage: entries.length > size,
      hasPreviousPage: num(first.skipped) > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Query.rankings: one statement, one round trip. */
export async function rankings(
  executor: Executor,
  subject: RankingSubject,
  filter: CaseFilterInput,
  page: RankingPageArgs,
  parts: RankingParts = ALL_RANKING_PARTS,
): Promise<RankingConnectionModel> {
  const { cypher, params, size } = rankingQuery(subject, filter, page, parts);
  return toRankingConnection(subject, await executor.read(cypher, params), size);
}
