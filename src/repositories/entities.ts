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
  toParty,
  toProduction,
  toSource,
  toStatement,
  type Props,
} from '../cypher/mappers';
import {
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
import { named, type Statement } from '../cypher/statement';

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
  /** Parties with full case documents in their case lists, for selections that reach into those cases. */
  partiesWithFullCasesById: byIdStatement('partiesWithFullCasesById', 'Party', (p) =>
    partyDocument(p, { fullCases: true }),
  ),
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
): Promise<Map<string, T>> {
  const rows = await executor.read(statement.cypher, { ids: [...ids] });
  return new Map(rows.map((row) => map(row.doc as Props)).map((m) => [m.id, m]));
}

export const entityRepository = {
  cases: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.casesById, ids, toCase),
  parties: (e: Executor, ids: readonly string[]) => byIds(e, QUERIES.partiesById, ids, toParty),
  partiesWithFullCases: (e: Executor, ids: readonly string[]) =>
    byIds(e, QUERIES.partiesWithFullCasesById, ids, toParty),
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
