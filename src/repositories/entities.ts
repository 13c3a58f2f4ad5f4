import Cypher from '@neo4j/cypher-builder';
import type { Executor } from '../db/executor';
import type { NodeLabel } from '../graph/labels';
import {
  toCase,
  toCharge,
  toClaim,
  toCourt,
  toEvent,
  toIncident,
  toOutcome,
  toCasePageRows,
  toParty,
  toProduction,
  toSource,
  toStatement,
  type Props,
} from '../cypher/mappers';
import {
  CASE_PARTS,
  casePageParams,
  casePagesKey,
  PARTY_PARTS,
  type CasePageSpec,
  type CasePart,
  type PartyPart,
  caseDocument,
  chargeDocument,
  claimDocument,
  courtDocument,
  eventDocument,
  incidentDocument,
  outcomeDocument,
  partyDocument,
  productionDocument,
  sourceDocument,
  statementDocument,
} from '../cypher/projections';
import { obj } from '../cypher/rows';
import { builtOnce, named, partsKey, type Statement } from '../cypher/statement';

// Full documents by id, many ids per statement: the batch functions behind the
// per-operation DataLoaders, so any number of look-ups on one level is one round trip.

function byIdStatement(
  name: string,
  label: NodeLabel | 'Party',
  document: (n: Cypher.Node) => Cypher.Expr,
): Statement {
  const id = new Cypher.Variable();
  const n = new Cypher.Node();
  return named(
    name,
    new Cypher.Unwind([new Cypher.NamedParam('ids'), id])
      .match(new Cypher.Pattern(n, { labels: [label], properties: { id } }))
      .return([document(n), 'doc']),
  );
}

export const QUERIES = {
  casesById: byIdStatement('casesById', 'Case', caseDocument),
  partiesById: byIdStatement('partiesById', 'Party', (p) => partyDocument(p)),
  incidentsById: byIdStatement('incidentsById', 'Incident', incidentDocument),
  productionsById: byIdStatement('productionsById', 'Production', productionDocument),
  courtsById: byIdStatement('courtsById', 'Court', courtDocument),
  sourcesById: byIdStatement('sourcesById', 'Source', (s) => sourceDocument(s, { text: true })),
  chargesById: byIdStatement('chargesById', 'Charge', chargeDocument),
  claimsById: byIdStatement('claimsById', 'Claim', claimDocument),
  outcomesById: byIdStatement('outcomesById', 'Outcome', outcomeDocument),
  eventsById: byIdStatement('eventsById', 'Event', eventDocument),
  statementsById: byIdStatement('statementsById', 'Statement', statementDocument),
} as const satisfies Record<string, Statement>;

async function byIds<T extends { id: string }>(
  executor: Executor,
  statement: Statement,
  ids: readonly string[],
  map: (p: Props) => T,
  params: Record<string, unknown> = {},
): Promise<Map<string, T>> {
  const rows = await executor.read(statement.cypher, { ...statement.params, ...params, ids: [...ids] });
  return new Map(rows.map((row) => map(row.doc as Props)).map((m) => [m.id, m]));
}

export const entityRepository = {
  incidents: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.incidentsById, ids, toIncident),
  productions: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.productionsById, ids, toProduction),
  courts: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.courtsById, ids, toCourt),
  sources: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.sourcesById, ids, toSource),
  charges: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.chargesById, ids, toCharge),
  claims: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.claimsById, ids, toClaim),
  outcomes: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.outcomesById, ids, toOutcome),
  events: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.eventsById, ids, toEvent),
  statements: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.statementsById, ids, toStatement),
};

export type EntityKind = keyof typeof entityRepository;

/** A page of a party's cases to fetch with the party (see CasePageSpec), with where it starts and its length. */
export interface CasePage extends CasePageSpec {
  after: string | null;
  first: number;
}

/** What makes a party statement with a page of cases differ: the role and the cases' parts. */
const casePageSpecKey = (spec: CasePageSpec): string =>
  `${spec.role ?? ''}:${partsKey(CASE_PARTS, spec.caseParts)}`;

export const casePageKey = (page: CasePage): string =>
  `${casePageSpecKey(page)}:${page.after ?? ''}:${page.first}:${casePagesKey(page.caseParts)}`;

/**
 * The statement reading cases by id (`$ids`) with `parts`: its text built once per set,
 * its parameters those of the pages among the parts.
 */
export function casesByIdStatement(parts: ReadonlySet<CasePart>): Statement {
  const built = builtOnce(`case:${partsKey(CASE_PARTS, parts)}`, () =>
    byIdStatement('casesById', 'Case', (c) => caseDocument(c, parts)),
  );
  return { cypher: built.cypher, params: { ...built.params, ...casePageParams(parts) } };
}

/** Cases or parties by id with only the parts a selection needs (all parts: `QUERIES`' statements). */
export const partsRepository = {
  cases: (e: Executor, ids: readonly string[], parts: ReadonlySet<CasePart>) =>
    byIds(e, casesByIdStatement(parts), ids, toCase),
  incidents: (e: Executor, ids: readonly string[], caseParts: ReadonlySet<CasePart>) => {
    const statement = builtOnce(`incident:${partsKey(CASE_PARTS, caseParts)}`, () =>
      byIdStatement('incidentsById', 'Incident', (i) => incidentDocument(i, caseParts)),
    );
    return byIds(e, statement, ids, toIncident, casePageParams(caseParts));
  },
  parties: async (e: Executor, ids: readonly string[], parts: ReadonlySet<PartyPart>, page?: CasePage) => {
    const spec = page && { role: page.role, caseParts: page.caseParts };
    const key = `party:${partsKey(PARTY_PARTS, parts)}|${spec ? casePageSpecKey(spec) : ''}`;
    const statement = builtOnce(key, () =>
      byIdStatement('partiesById', 'Party', (p) => partyDocument(p, parts, spec)),
    );
    const params = page
      ? { casePageAfter: page.after, casePageFirst: page.first, ...casePageParams(page.caseParts) }
      : {};
    // The page's rows, with the page they answer (which only the parameters say).
    const withPage = (doc: Props) => {
      const party = toParty(doc);
      if (page && doc.casePage) {
        const { role, after, first } = page;
        party.casePage = { key: casePageKey(page), role, after, first, ...toCasePageRows(obj(doc.casePage)) };
      }
      return party;
    };
    return byIds(e, statement, ids, withPage, params);
  },
};
