import * as caseModels from './case';
import * as factModels from './facts';
import type { FieldSpec } from './kinds';
import * as partyModels from './party';
import * as rootModels from './root';
import * as valueModels from './values';

export { fieldCost, hopsOf, type FieldCost } from './cost';
export type { Args, FieldSpec, Hop, ShapeView, TypeModel } from './kinds';
export { CASE } from './case';
export { PARTY } from './party';

// Every GraphQL object and interface type's model, by type name: the cost
// estimate looks fields up here, and a unit test checks that every type of the
// served schema has its model (each model's own fields are checked by the compiler).

type Model = Readonly<Record<string, FieldSpec<string>>>;

export const FIELD_MODELS: Readonly<Record<string, Model>> = {
  Case: caseModels.CASE,
  CaseParty: caseModels.CASE_PARTY,
  CasePartyEdge: caseModels.CASE_PARTY_EDGE,
  CasePartyConnection: caseModels.CASE_PARTY_CONNECTION,
  Counsel: caseModels.COUNSEL,
  CaseJudge: caseModels.CASE_JUDGE,
  Charge: caseModels.CHARGE,
  Claim: caseModels.CLAIM,
  CaseRelation: caseModels.CASE_RELATION,
  CaseEdge: caseModels.CASE_EDGE,
  CaseConnection: caseModels.CASE_CONNECTION,
  Court: caseModels.COURT,
  Party: partyModels.PARTY,
  Person: partyModels.PARTY,
  Organization: partyModels.PARTY,
  Group: partyModels.PARTY,
  Descriptor: partyModels.DESCRIPTOR,
  Office: partyModels.OFFICE,
  ContactPoint: partyModels.CONTACT_POINT,
  PartyRelationship: partyModels.PARTY_RELATIONSHIP,
  PossibleSameAs: partyModels.POSSIBLE_SAME_AS,
  PartyCaseEdge: partyModels.PARTY_CASE_EDGE,
  PartyCaseConnection: partyModels.PARTY_CASE_CONNECTION,
  PartyEdge: partyModels.PARTY_EDGE,
  PartyConnection: partyModels.PARTY_CONNECTION,
  Event: factModels.EVENT,
  EventEdge: factModels.EVENT_EDGE,
  EventConnection: factModels.EVENT_CONNECTION,
  Outcome: factModels.OUTCOME,
  Incident: factModels.INCIDENT,
  IncidentInvolvement: factModels.INCIDENT_INVOLVEMENT,
  Production: factModels.PRODUCTION,
  ProductionCredit: factModels.PRODUCTION_CREDIT,
  Statement: factModels.STATEMENT,
  TimelineEntry: factModels.TIMELINE_ENTRY,
  TimelineEdge: factModels.TIMELINE_EDGE,
  TimelineConnection: factModels.TIMELINE_CONNECTION,
  CaseAsOf: factModels.CASE_AS_OF,
  Node: valueModels.NODE,
  Sourced: valueModels.SOURCED,
  Source: valueModels.SOURCE,
  Evidence: valueModels.EVIDENCE,
  SourcedText: valueModels.SOURCED_TEXT,
  PartialDate: valueModels.PARTIAL_DATE,
  Sentence: valueModels.SENTENCE,
  PageInfo: valueModels.PAGE_INFO,
  Citation: valueModels.CITATION,
  GraphNode: valueModels.GRAPH_NODE,
  GraphEdge: valueModels.GRAPH_EDGE,
  Subgraph: valueModels.SUBGRAPH,
  PathStep: valueModels.PATH_STEP,
  Path: valueModels.PATH,
  SearchHit: valueModels.SEARCH_HIT,
  SearchMatch: valueModels.SEARCH_MATCH,
  LoadResult: valueModels.LOAD_RESULT,
  DocumentIssue: valueModels.DOCUMENT_ISSUE,
  RemoveResult: valueModels.REMOVE_RESULT,
  StatsBucket: valueModels.STATS_BUCKET,
  OutcomeKindByCaseKind: valueModels.OUTCOME_KIND_BY_CASE_KIND,
  DispositionTimes: valueModels.DISPOSITION_TIMES,
  DaysInterval: valueModels.DAYS_INTERVAL,
  DispositionTimesGroup: valueModels.DISPOSITION_TIMES_GROUP,
  TimeToDisposition: valueModels.TIME_TO_DISPOSITION,
  PartyCaseCount: valueModels.PARTY_CASE_COUNT,
  OutcomeStats: valueModels.OUTCOME_STATS,
  RoleCount: valueModels.ROLE_COUNT,
  RankingEntry: valueModels.RANKING_ENTRY,
  RankingEdge: valueModels.RANKING_EDGE,
  RankingConnection: valueModels.RANKING_CONNECTION,
  FacetValue: valueModels.FACET_VALUE,
  CaseFacets: valueModels.CASE_FACETS,
  Query: rootModels.QUERY,
  Mutation: rootModels.MUTATION,
};
