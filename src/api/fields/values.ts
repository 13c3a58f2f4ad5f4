import type {
  CaseFacets,
  Citation,
  FacetValue,
  DaysInterval,
  DispositionTimes,
  DispositionTimesGroup,
  Evidence,
  GraphEdge,
  GraphNode,
  DocumentIssue,
  LoadResult,
  Node,
  OutcomeKindByCaseKind,
  OutcomeStats,
  PageInfo,
  PartialDate,
  Path,
  PathStep,
  PartyCaseCount,
  RankingConnection,
  RankingEdge,
  RankingEntry,
  RemoveResult,
  RoleCount,
  SearchHit,
  SearchMatch,
  Sentence,
  Source,
  Sourced,
  SourcedText,
  StatsBucket,
  Subgraph,
  TimeToDisposition,
} from '../../generated/graphql';
import { EDGE, evidence, lookup, property, value, type TypeModel } from './kinds';
import { day, optText, text, texts } from './stored';

// Sources, evidence, values read with their owner, graph views, search hits,
// statistics and load results: their fields cost only what they select.

export const NODE = { id: property(text) } as const satisfies TypeModel<Node>;
export const SOURCED = { evidence: evidence() } as const satisfies TypeModel<Sourced>;

export const SOURCE = {
  id: property(text),
  kind: property(text),
  title: property(text),
  publisher: property(optText),
  identifier: property(text),
  warnings: property(texts),
  date: property(day),
  // Stored, but read only when asked: evidence's inline sources leave it out and the
  // resolver loads it by id (batched).
  text: lookup(),
} as const satisfies TypeModel<Source>;

/** An entry of evidence: its source is looked up by id (an index seek per quote). */
export const EVIDENCE = {
  source: lookup(),
  quote: value(),
  locator: value(),
} as const satisfies TypeModel<Evidence>;

export const SOURCED_TEXT = { text: value(), evidence: evidence() } as const satisfies TypeModel<SourcedText>;

export const PARTIAL_DATE = {
  value: value(),
  precision: value(),
  earliest: value(),
  latest: value(),
  wording: value(),
  derived: value(),
  derivation: value(),
  afterSource: value(),
  warning: value(),
} as const satisfies TypeModel<PartialDate>;

export const SENTENCE = {
  term: value(),
  months: value(),
  custody: value(),
} as const satisfies TypeModel<Sentence>;

export const PAGE_INFO = {
  hasNextPage: value(),
  hasPreviousPage: value(),
  startCursor: value(),
  endCursor: value(),
} as const satisfies TypeModel<PageInfo>;

export const CITATION = {
  quote: value(),
  node: value(),
  field: value(),
  detail: value(),
  edge: value(),
  target: value(),
} as const satisfies TypeModel<Citation>;

export const GRAPH_NODE = {
  id: value(),
  kind: value(),
  displayName: value(),
  node: lookup(),
  evidence: evidence(),
} as const satisfies TypeModel<GraphNode>;

export const GRAPH_EDGE = {
  id: value(),
  kind: value(),
  source: value(),
  target: value(),
  direction: value(),
  label: value(),
  evidence: evidence(),
} as const satisfies TypeModel<GraphEdge>;

export const SUBGRAPH = {
  nodes: value(),
  edges: value(),
  truncated: value(),
} as const satisfies TypeModel<Subgraph>;

export const PATH_STEP = {
  from: value(),
  to: value(),
  edge: value(),
  direction: value(),
} as const satisfies TypeModel<PathStep>;

export const PATH = {
  length: value(),
  steps: value(),
  nodes: value(),
  rendering: value(),
} as const satisfies TypeModel<Path>;

export const SEARCH_HIT = {
  score: value(),
  node: value(),
  matches: value(),
} as const satisfies TypeModel<SearchHit>;

export const SEARCH_MATCH = {
  field: value(),
  text: value(),
  evidence: value(),
  via: value(),
  allWords: value(),
} as const satisfies TypeModel<SearchMatch>;

export const LOAD_RESULT = {
  documentId: value(),
  nodes: value(),
  relationships: value(),
} as const satisfies TypeModel<LoadResult>;

export const DOCUMENT_ISSUE = {
  path: value(),
  message: value(),
} as const satisfies TypeModel<DocumentIssue>;

export const REMOVE_RESULT = {
  documentId: value(),
  deletedNodes: value(),
  deletedRelationships: value(),
} as const satisfies TypeModel<RemoveResult>;

export const STATS_BUCKET = {
  key: value(),
  label: value(),
  unnamed: value(),
  count: value(),
} as const satisfies TypeModel<StatsBucket>;

export const OUTCOME_KIND_BY_CASE_KIND = {
  outcomeKind: value(),
  caseKind: value(),
  count: value(),
} as const satisfies TypeModel<OutcomeKindByCaseKind>;

export const DISPOSITION_TIMES = {
  cases: value(),
  medianDays: value(),
  minDays: value(),
  maxDays: value(),
  p25Days: value(),
  p75Days: value(),
  approximate: value(),
  minDaysInterval: value(),
  medianDaysInterval: value(),
  maxDaysInterval: value(),
} as const satisfies TypeModel<DispositionTimes>;

export const DAYS_INTERVAL = { low: value(), high: value() } as const satisfies TypeModel<DaysInterval>;

export const DISPOSITION_TIMES_GROUP = {
  key: value(),
  label: value(),
  unnamed: value(),
  times: value(),
} as const satisfies TypeModel<DispositionTimesGroup>;

export const TIME_TO_DISPOSITION = {
  overall: value(),
  byCaseKind: value(),
  byCourt: value(),
  byNatureOfSuit: value(),
  byJudge: value(),
} as const satisfies TypeModel<TimeToDisposition>;

export const PARTY_CASE_COUNT = {
  party: value(),
  cases: value(),
  roles: value(),
} as const satisfies TypeModel<PartyCaseCount>;

export const OUTCOME_STATS = {
  caseCount: value(),
  outcomeCount: value(),
  byKind: value(),
  byCourt: value(),
  byJudge: value(),
  byCaseKind: value(),
  byNatureOfSuit: value(),
  byKindAndCaseKind: value(),
  timeToDisposition: value(),
  topParties: value(),
} as const satisfies TypeModel<OutcomeStats>;

// Rankings and facets (schema/workbench.graphql): one statement per root field, whose
// cost the root fields' entries count (root.ts); a ranked party or court is projected
// with its entry, so it costs what its own selection reads.

export const ROLE_COUNT = { role: value(), cases: value() } as const satisfies TypeModel<RoleCount>;

export const RANKING_ENTRY = {
  position: value(),
  id: value(),
  name: value(),
  party: value(),
  court: value(),
  cases: value(),
  roles: value(),
} as const satisfies TypeModel<RankingEntry>;

export const RANKING_EDGE = EDGE satisfies TypeModel<RankingEdge>;

export const RANKING_CONNECTION = {
  subject: value(),
  caseCount: value(),
  totalCount: value(),
  edges: value(),
  pageInfo: value(),
} as const satisfies TypeModel<RankingConnection>;

export const FACET_VALUE = {
  value: value(),
  label: value(),
  cases: value(),
} as const satisfies TypeModel<FacetValue>;

export const CASE_FACETS = {
  total: value(),
  kind: value(),
  status: value(),
  court: value(),
  natureOfSuit: value(),
  filedYear: value(),
} as const satisfies TypeModel<CaseFacets>;
