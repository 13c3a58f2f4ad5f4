import type {
  CaseKind,
  CaseRelationKind,
  CaseStatus,
  Certainty,
  ContactKind,
  CounselCapacity,
  DateMatch,
  DatePrecision,
  EventKind,
  Group,
  SearchMatchField,
  Organization,
  OutcomeKind,
  PartyKind,
  PartyRole,
  Person,
  RelationshipKind,
  TimelineEntryKind,
} from '../generated/graphql';
import type { PropertiesOf } from '../api/fields/stored';
import type { StoredKind, STORED_KINDS } from '../api/fields/stored-kinds';

/** The stored properties of a kind, as its field model's codecs read them. */
type Stored<K extends StoredKind> = PropertiesOf<(typeof STORED_KINDS)[K]>;

export type {
  CaseKind,
  CaseStatus,
  CounselCapacity,
  DateMatch,
  EventKind,
  OutcomeKind,
  PartyKind,
  PartyRole,
};

// The shapes repositories return and resolvers receive (codegen `mappers`).
// Optional fields are prefetched by the query that produced the model; when a
// field is absent the resolver batch-loads it, so nesting costs one round trip
// per level, never one per item.

export interface EvidenceModel {
  sourceId: string;
  quote: string;
  /** For a structured source: the JSON pointer of the value quoted (absent for texts). */
  locator?: string;
  /** Present when the query resolved the source inline. */
  source?: SourceModel;
}

export type Precision = DatePrecision;

export interface PartialDateModel {
  value: string;
  precision: Precision;
  earliest: string;
  latest: string;
  wording: string | null;
  derived: boolean;
  derivation: string | null;
  /** Derived from a source's date and wholly after it (absent: false). */
  afterSource?: boolean;
  /** Why the date may be wrong (resolved against a source whose content contradicts its date). */
  warning?: string | null;
}

export interface SourceModel extends Stored<'Source'> {
  __typename: 'Source';
  /** The whole text; absent when the query left it out (evidence's inline sources). */
  text?: string | null;
}

export interface AnnotatedTextModel {
  text: string;
  evidence: EvidenceModel[];
}

export interface OfficeModel {
  title: string;
  evidence: EvidenceModel[];
}

/** The GraphQL types implementing Party (each also a node label). */
export type PartyTypename = NonNullable<(Person | Organization | Group)['__typename']>;

export interface PartyModel extends Stored<'Party'> {
  __typename: PartyTypename;
  kind: PartyKind;
  descriptors: AnnotatedTextModel[];
  offices: OfficeModel[];
  evidence: EvidenceModel[];
  relationships?: PartyRelationshipModel[];
  credits?: ProductionCreditModel[];
  incidents?: IncidentInvolvementModel[];
  /** One page of its cases, paged in Cypher and fetched with the party. */
  casePage?: PartyCasePageModel;
  /** Made by this party or on its behalf. */
  statements?: StatementModel[];
  /** Made by others about this party. */
  statementsAbout?: StatementModel[];
  contacts?: ContactPointModel[];
  counselAppearances?: CounselModel[];
  possibleSameAs?: PossibleSameAsModel[];
}

export interface ContactPointModel {
  kind: ContactKind;
  value: string;
  evidence: EvidenceModel[];
}

export interface PossibleSameAsModel {
  party: PartyModel;
  reasons: string[];
  against: string[];
}

/** A text with its evidence (the SourcedText type). */
export interface SourcedTextModel {
  text: string;
  evidence: EvidenceModel[];
}

export interface PartyRelationshipModel extends Stored<'FAMILY'> {
  kind: RelationshipKind;
  other: PartyModel;
  evidence: EvidenceModel[];
}

export interface ProductionModel extends Stored<'Production'> {
  __typename: 'Production';
  evidence: EvidenceModel[];
  credits?: ProductionCreditModel[];
  incidents?: IncidentModel[];
}

export interface ProductionCreditModel extends Stored<'WORKED_ON'> {
  party: PartyModel;
  production: ProductionModel;
  evidence: EvidenceModel[];
}

export interface CourtModel extends Stored<'Court'> {
  __typename: 'Court';
  evidence: EvidenceModel[];
}

export interface CaseModel extends Stored<'Case'> {
  __typename: 'Case';
  evidence: EvidenceModel[];
  /** The parts of the document fetched so far (none on a summary); see CASE_PARTS. */
  details?: Partial<CaseDetails>;
}

export interface CaseDetails {
  court: CourtModel | null;
  incident: IncidentModel | null;
  parties: CasePartyModel[];
  counsel: CounselModel[];
  judges: CaseJudgeModel[];
  charges: ChargeModel[];
  claims: ClaimModel[];
  outcomes: OutcomeModel[];
  events: EventModel[];
  related: CaseRelationModel[];
  /** About the case or anything it owns. */
  statements: StatementModel[];
  natureOfSuit: SourcedTextModel | null;
  cause: SourcedTextModel | null;
  jurisdictionBasis: SourcedTextModel | null;
  juryDemand: SourcedTextModel | null;
  demand: SourcedTextModel | null;
  /** Pages of the parties, cut in Cypher, each with the arguments it answers. */
  partyPages: (NestedPageModel<CasePartyModel> & { role: PartyRole | null })[];
  /** Pages of the timeline, cut in Cypher, each with the arguments it answers. */
  eventPages: NestedPageModel<EventModel>[];
}

/** A page of a nested list read with its owner: the rows (one past the page when a next exists) and the list's size. */
export interface NestedPageModel<T> {
  rows: T[];
  total: number;
  /** Whether `after` names an item of the list. */
  afterKnown: boolean;
  after: string | null;
  first: number;
}

export interface CasePartyModel extends Stored<'PARTY_TO'> {
  party: PartyModel;
  evidence: EvidenceModel[];
}

export interface CounselModel extends Stored<'COUNSEL_IN'> {
  caseId: string;
  /** The case as a summary, when the query that found the appearance read it. */
  case?: CaseModel;
  lawyer: PartyModel;
  client: PartyModel | null;
  firm: PartyModel | null;
  evidence: EvidenceModel[];
}

export interface CaseJudgeModel extends Stored<'JUDGE_IN'> {
  judge: PartyModel;
  evidence: EvidenceModel[];
}

export interface ChargeModel extends Stored<'Charge'> {
  __typename: 'Charge';
  caseId: string;
  defendant?: PartyModel | null;
  /** The outcomes resolving it, when read with its case's outcomes. */
  outcomes?: OutcomeModel[];
  evidence: EvidenceModel[];
}

export interface ClaimModel extends Stored<'Claim'> {
  __typename: 'Claim';
  caseId: string;
  /** The outcomes resolving it, when read with its case's outcomes. */
  outcomes?: OutcomeModel[];
  evidence: EvidenceModel[];
}

export interface OutcomeModel extends Stored<'Outcome'> {
  __typename: 'Outcome';
  caseId: string;
  evidence: EvidenceModel[];
  decidedBy?: PartyModel | null;
  resolves?: ResolvableModel[];
}

export type ResolvableModel = CaseModel | ChargeModel | ClaimModel;

export interface EventModel extends Stored<'Event'> {
  __typename: 'Event';
  caseId: string;
  seq: number;
  evidence: EvidenceModel[];
}

/** What a statement can be about (the StatementSubject union). */
export type StatementSubjectModel =
  CaseModel | ClaimModel | ChargeModel | EventModel | OutcomeModel | IncidentModel | PartyModel;

/** Something a speaker said: a fact that it was said; `content` is the speaker's assertion. */
export interface StatementModel extends Stored<'Statement'> {
  __typename: 'Statement';
  evidence: EvidenceModel[];
  // Present on a full statement document, absent on a summary (search hits, graph views).
  speaker?: PartyModel;
  onBehalfOf?: PartyModel | null;
  about?: StatementSubjectModel[];
}

export interface CaseRelationModel extends Stored<'RELATED_TO'> {
  /** As seen from the case that lists it ("appealed in" from the appeal's original). */
  kind: CaseRelationKind;
  case: CaseModel;
  evidence: EvidenceModel[];
}

export interface IncidentModel extends Stored<'Incident'> {
  __typename: 'Incident';
  evidence: EvidenceModel[];
  production?: ProductionModel | null;
  involvements?: IncidentInvolvementModel[];
  /** Cases arising from it directly. */
  cases?: CaseModel[];
  /** Cases related to those, not arising from it directly. */
  relatedCases?: CaseModel[];
}

export interface IncidentInvolvementModel extends Stored<'INVOLVED_IN'> {
  party: PartyModel;
  incident: IncidentModel;
  evidence: EvidenceModel[];
}

/** A case of a party's case list: its id only, its document is loaded for the page shown. */
/** A page of a party's cases as the party's statement read it, and the page it was asked for. */
export interface PartyCasePageModel {
  /** The page it answers (role, start, length and the cases' parts: see casePageKey). */
  key: string;
  /** The role, the case id it starts after and its length, as fetched. */
  role: PartyRole | null;
  after: string | null;
  first: number;
  /** At most `first` + 1 rows: one more says a next page exists. */
  rows: (PartyCaseModel & { case: CaseModel })[];
  /** The cases the party has the role in. */
  total: number;
  /** Whether `after` is one of them. */
  afterKnown: boolean;
}

export interface PartyCaseModel {
  caseId: string;
  roles: PartyRole[];
  /** The case's document, when the page was fetched with the party. */
  case?: CaseModel;
}

export type NodeModel =
  | SourceModel
  | PartyModel
  | ProductionModel
  | CourtModel
  | CaseModel
  | ChargeModel
  | ClaimModel
  | OutcomeModel
  | EventModel
  | IncidentModel
  | StatementModel;

/** What the full-text index covers (the SearchResult union). */
export type SearchResultModel =
  | PartyModel
  | CaseModel
  | ChargeModel
  | ClaimModel
  | CourtModel
  | IncidentModel
  | ProductionModel
  | StatementModel
  | EventModel
  | OutcomeModel;

export interface SearchMatchModel {
  field: SearchMatchField;
  text: string;
  evidence: EvidenceModel | null;
  via: string | null;
  allWords: boolean;
}

export interface SearchHitModel {
  score: number;
  node: SearchResultModel;
  matches: SearchMatchModel[];
}

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface ConnectionModel<T> {
  edges: EdgeModel<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  // Resolved lazily: only when the client selects totalCount.
  totalCount: () => Promise<number> | number;
}

// Named instances for codegen's mappers, which cannot import generic arguments.
export type CaseConnectionModel = ConnectionModel<CaseModel>;
export type CaseEdgeModel = EdgeModel<CaseModel>;
export type PartyConnectionModel = ConnectionModel<PartyModel>;
export type PartyEdgeModel = EdgeModel<PartyModel>;
export type CasePartyConnectionModel = ConnectionModel<CasePartyModel>;
export type CasePartyEdgeModel = EdgeModel<CasePartyModel>;
export type EventConnectionModel = ConnectionModel<EventModel>;
export type EventEdgeModel = EdgeModel<EventModel>;
export type PartyCaseConnectionModel = ConnectionModel<PartyCaseModel>;
export type PartyCaseEdgeModel = EdgeModel<PartyCaseModel>;

export interface TimelineEntryModel {
  id: string;
  kind: TimelineEntryKind;
  eventKind: EventKind | null;
  date: PartialDateModel | null;
  description: string;
  case: CaseModel | null;
  incident: IncidentModel | null;
  statement: StatementModel | null;
  evidence: EvidenceModel[];
  group: string;
  rank: number;
  seq: number;
}
export type TimelineConnectionModel = ConnectionModel<TimelineEntryModel>;
export type TimelineEdgeModel = EdgeModel<TimelineEntryModel>;

export interface CaseAsOfModel {
  date: string;
  exists: boolean;
  status: CaseStatus | null;
  pending: boolean;
  certainty: Certainty;
  basis: string;
  possibleStatuses: CaseStatus[];
  parties: CasePartyModel[];
  outcomes: OutcomeModel[];
  possibleOutcomes: OutcomeModel[];
  events: EventModel[];
  possibleEvents: EventModel[];
}
