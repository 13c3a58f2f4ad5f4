import type { Executor } from '../db/executor';
import type {
  CaseModel,
  ChargeModel,
  ClaimModel,
  CourtModel,
  EventModel,
  IncidentModel,
  OutcomeModel,
  PartyModel,
  ProductionModel,
  SourceModel,
} from '../domain/models';
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
  type Props,
} from '../cypher/mappers';
import {
  caseDocument,
  evidenceOf,
  incidentDocument,
  partyDocument,
  productionDocument,
  SOURCE_FIELDS,
  withEvidence,
} from '../cypher/projections';

// Full documents by id, many ids per statement: the batch functions behind the
// per-operation DataLoaders, so any number of lookups on one level is one round trip.

export const QUERIES = {
  casesById: `// casesById
UNWIND $ids AS id
MATCH (c:Case {id: id})
RETURN ${caseDocument('c')} AS doc`,

  partiesById: `// partiesById
UNWIND $ids AS id
MATCH (p:Party {id: id})
RETURN ${partyDocument('p')} AS doc`,

  incidentsById: `// incidentsById
UNWIND $ids AS id
MATCH (i:Incident {id: id})
RETURN ${incidentDocument('i')} AS doc`,

  productionsById: `// productionsById
UNWIND $ids AS id
MATCH (x:Production {id: id})
RETURN ${productionDocument('x')} AS doc`,

  courtsById: `// courtsById
UNWIND $ids AS id
MATCH (x:Court {id: id})
RETURN x {.*, evidence: ${evidenceOf('x')}} AS doc`,

  sourcesById: `// sourcesById
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {${SOURCE_FIELDS}} AS doc`,

  chargesById: `// chargesById
UNWIND $ids AS id
MATCH (c:Case)-[:HAS_CHARGE]->(x:Charge {id: id})
RETURN x {.*, caseId: c.id, evidence: ${evidenceOf('x')},
  defendant: COLLECT { MATCH (x)-[:CHARGED]->(d:Party) RETURN ${withEvidence('d', 'party')} }[0]} AS doc`,

  claimsById: `// claimsById
UNWIND $ids AS id
MATCH (c:Case)-[:HAS_CLAIM]->(x:Claim {id: id})
RETURN x {.*, caseId: c.id, evidence: ${evidenceOf('x')}} AS doc`,

  outcomesById: `// outcomesById
UNWIND $ids AS id
MATCH (c:Case)-[:HAS_OUTCOME]->(o:Outcome {id: id})
RETURN o {.*, caseId: c.id, evidence: ${evidenceOf('o')},
  decidedBy: COLLECT { MATCH (o)-[:DECIDED_BY]->(j:Party) RETURN ${withEvidence('j', 'party')} }[0],
  resolves: COLLECT { MATCH (o)-[:RESOLVES]->(x:Node) RETURN x {.*, labels: labels(x), evidence: ${evidenceOf('x')}} ORDER BY x.id }
} AS doc`,

  eventsById: `// eventsById
UNWIND $ids AS id
MATCH (c:Case)-[:HAS_EVENT]->(e:Event {id: id})
RETURN e {.*, caseId: c.id, evidence: ${evidenceOf('e')}} AS doc`,
} as const;

async function byIds<T extends { id: string }>(
  executor: Executor,
  cypher: string,
  ids: readonly string[],
  map: (p: Props) => T,
): Promise<Map<string, T>> {
  const rows = await executor.read(cypher, { ids: [...ids] });
  return new Map(rows.map((row) => map(row.doc as Props)).map((m) => [m.id, m]));
}

/** Parties with full case documents in their case lists, for selections that reach into those cases. */
export const PARTIES_WITH_FULL_CASES = `// partiesWithFullCasesById
UNWIND $ids AS id
MATCH (p:Party {id: id})
RETURN ${partyDocument('p', { fullCases: true })} AS doc`;

export function partiesWithFullCases(e: Executor, ids: readonly string[]): Promise<Map<string, PartyModel>> {
  return byIds<PartyModel>(e, PARTIES_WITH_FULL_CASES, ids, toParty);
}

export const entityRepository = {
  cases: (e: Executor, ids: readonly string[]) => byIds<CaseModel>(e, QUERIES.casesById, ids, toCase),
  parties: (e: Executor, ids: readonly string[]) => byIds<PartyModel>(e, QUERIES.partiesById, ids, toParty),
  incidents: (e: Executor, ids: readonly string[]) =>
    byIds<IncidentModel>(e, QUERIES.incidentsById, ids, toIncident),
  productions: (e: Executor, ids: readonly string[]) =>
    byIds<ProductionModel>(e, QUERIES.productionsById, ids, toProduction),
  courts: (e: Executor, ids: readonly string[]) => byIds<CourtModel>(e, QUERIES.courtsById, ids, toCourt),
  sources: (e: Executor, ids: readonly string[]) => byIds<SourceModel>(e, QUERIES.sourcesById, ids, toSource),
  charges: (e: Executor, ids: readonly string[]) => byIds<ChargeModel>(e, QUERIES.chargesById, ids, toCharge),
  claims: (e: Executor, ids: readonly string[]) => byIds<ClaimModel>(e, QUERIES.claimsById, ids, toClaim),
  outcomes: (e: Executor, ids: readonly string[]) =>
    byIds<OutcomeModel>(e, QUERIES.outcomesById, ids, toOutcome),
  events: (e: Executor, ids: readonly string[]) => byIds<EventModel>(e, QUERIES.eventsById, ids, toEvent),
};

export type EntityKind = keyof typeof entityRepository;
