/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Criminal, civil or other proceedings. */
export type CaseKind =
  /** A prosecution for a crime. */
  | 'CRIMINAL'
  /** A lawsuit between private or public parties. */
  | 'CIVIL'
  /** An administrative proceeding. */
  | 'ADMINISTRATIVE'
  /** An appeal. */
  | 'APPEAL'
  /** A bankruptcy case or an adversary proceeding in one. */
  | 'BANKRUPTCY'
  /** Anything else. */
  | 'OTHER';

/** Where a case stands, as the latest source tells it. */
export type CaseStatus =
  /** Open: not yet dismissed, decided or settled. */
  | 'PENDING'
  /** Dismissed; see the outcome for prejudice. */
  | 'DISMISSED'
  /** Decided on the merits (conviction, acquittal, judgment). */
  | 'DECIDED'
  /** Settled between the parties. */
  | 'SETTLED'
  /** Closed for another reason. */
  | 'CLOSED'
  /** No source states where it stands (a case known only as the origin of an appeal). */
  | 'UNKNOWN';

/** How the caption was obtained. */
export type CaptionKind =
  /** The caption as a court or a source states it. */
  | 'OFFICIAL'
  /** A label made from the sourced parties because no source gives the official caption. */
  | 'DESCRIPTIVE';

/** Roles a party plays in a case. */
export type PartyRole =
  /** Brings a civil suit. */
  | 'PLAINTIFF'
  /** Is sued or charged. */
  | 'DEFENDANT'
  /**
   * Prosecutes a criminal case. As a filter (`CaseFilter.role`, `PartyFilter.role`,
   * `Case.parties(role:)`) it also finds the lawyers who prosecute, stored as counsel
   * in the capacity SPECIAL_PROSECUTOR or DISTRICT_ATTORNEY.
   */
  | 'PROSECUTION'
  /** Files an appeal or petition. */
  | 'PETITIONER'
  /** Answers an appeal or petition. */
  | 'RESPONDENT'
  /** Appeals a decision (a docket's `Appellant`). */
  | 'APPELLANT'
  /** Answers an appeal (a docket's `Appellee`). */
  | 'APPELLEE'
  /** Brings a motion without being a party otherwise (a docket's `Movant`). */
  | 'MOVANT'
  /** Joins the case as an intervenor. */
  | 'INTERVENOR'
  /** A friend of the court. */
  | 'AMICUS_CURIAE'
  /** An interested party. */
  | 'INTERESTED_PARTY'
  /** Represents a party (any capacity). */
  | 'COUNSEL'
  /** Decides the case. */
  | 'JUDGE'
  /** Another role. */
  | 'OTHER';

/** How a partial date, an interval of days, meets a range of days. */
export type DateMatch =
  /** Some day of the interval lies in the range: the date may fall in it (a filing "in January 2025" for a range from 15 January). */
  | 'POSSIBLY'
  /** Every day of the interval lies in the range: the date certainly falls in it. */
  | 'CERTAINLY';

/** The capacity in which a lawyer acts. */
export type CounselCapacity =
  /** Appointed to prosecute a particular case. */
  | 'SPECIAL_PROSECUTOR'
  /** The elected or appointed district attorney. */
  | 'DISTRICT_ATTORNEY'
  /** Privately retained counsel. */
  | 'PRIVATE_COUNSEL'
  /** Public defender. */
  | 'PUBLIC_DEFENDER'
  /** Government counsel other than the above. */
  | 'GOVERNMENT_COUNSEL'
  /** Appointed by the court (under the Criminal Justice Act, for instance). */
  | 'COURT_APPOINTED'
  /** Another capacity. */
  | 'OTHER';

/** How a judge sits on a case. */
export type JudgeAssignment =
  /** The judge the case is assigned to. */
  | 'ASSIGNED'
  /** A judge (usually a magistrate judge) the case is referred to. */
  | 'REFERRED'
  /** A judge of an appellate panel. */
  | 'PANEL'
  /** The judge of the lower court an appeal comes from. */
  | 'ORIGINATING';

/** How two cases relate. */
export type CaseRelationKind =
  /** This case arises from the other (a suit over conduct in a prosecution). */
  | 'ARISES_FROM'
  /** The other case arises from this one. */
  | 'GAVE_RISE_TO'
  /** This case is a refiling of the other. */
  | 'REFILING_OF'
  /** This case is an appeal of the other. */
  | 'APPEAL_OF'
  /** The other case is an appeal of this one. */
  | 'APPEALED_IN'
  /** Another relation. */
  | 'RELATED';

/** Which cases to return; all conditions must hold. */
export type CaseFilter = {
  /** Any of these kinds. */
  kind?: Array<CaseKind> | null | undefined;
  /** Any of these statuses. */
  status?: Array<CaseStatus> | null | undefined;
  /** Cases in this court (court id, e.g. `court:nyed`). */
  courtId?: string | number | null | undefined;
  /** Cases in this court, by the court's short id as dockets give it (`nyed`, `ca11`); the same as `courtId: "court:<court>"`. */
  court?: string | null | undefined;
  /** Cases with this docket number, as the docket writes it or without the judges' initials (`1:14-cv-07524`). */
  docketNumber?: string | null | undefined;
  /** Nature-of-suit code (`480`) or words of its label. */
  natureOfSuit?: string | null | undefined;
  /** Cases where this lawyer (party id) appears as counsel. */
  counselId?: string | number | null | undefined;
  /** Cases where a lawyer acts from this firm or office (organization id). */
  firmId?: string | number | null | undefined;
  /** Cases this judge sits on (party id). */
  judgeId?: string | number | null | undefined;
  /** Cases this party takes part in (party id), in `role` when given. */
  partyId?: string | number | null | undefined;
  /** With `partyId`: only in this role. */
  role?: PartyRole | null | undefined;
  /** Filed on or after this day (a partial date per `dateMatch`). */
  filedFrom?: string | null | undefined;
  /** Filed on or before this day (a partial date per `dateMatch`). */
  filedTo?: string | null | undefined;
  /** Cases with an outcome of this kind. */
  outcomeKind?: OutcomeKind | null | undefined;
  /** Cases arising from this incident (incident id); see `transitive`. */
  incidentId?: string | number | null | undefined;
  /**
   * With `incidentId`: also the cases related to a case arising from it (a suit over
   * the prosecution). Default false everywhere: the same sets as
   * `Incident.cases(transitive:)` and `timeline(incidentId:, transitive:)`.
   */
  transitive?: boolean | null | undefined;
  /**
   * Words in the caption, charges or claims, nature of suit, cause or docket number
   * (case-insensitive).
   */
  text?: string | null | undefined;
  /** Closed on or after this day (a partial date per `dateMatch`). */
  closedFrom?: string | null | undefined;
  /** Closed on or before this day (a partial date per `dateMatch`). */
  closedTo?: string | null | undefined;
  /**
   * How a date known only as an interval (a month, a year, "three days into the trial")
   * meets `filedFrom`/`filedTo`/`closedFrom`/`closedTo`. Default POSSIBLY.
   */
  dateMatch?: DateMatch | null | undefined;
  /**
   * Cases that were or may have been pending on this day: not certainly filed after
   * it, not certainly closed (dismissed, decided, settled) by it, and not before the
   * incident they arise from. A partial date is an interval: a filing "in January
   * 2025" may have happened from 2025-01-01, a dismissal "in July 2024" certainly
   * happened only by 2024-07-31, so the case counts as pending until then. A case
   * whose filing date no source gives is taken to exist from its incident on;
   * `Case.asOf` says whether each answer is established, assumed, possible (past the last dated
   * thing that shows the case open) or unknown.
   */
  pendingOn?: string | null | undefined;
};

/** Fields cases can be ordered by. */
export type CaseOrderField =
  /** Filing date (earliest possible day); undated cases last. */
  | 'FILED'
  /** Caption, alphabetically. */
  | 'CAPTION'
  /** Closing date; open cases last. */
  | 'CLOSED';

/** Order of the case list; ties are broken by id, so the order is stable. */
export type CaseOrder = {
  /** Sort key. */
  field: CaseOrderField;
  /** Direction; default ASC. */
  direction?: SortDirection | null | undefined;
};

/** What a quote establishes about the entity it is attached to. */
export type CitationField =
  /** The entity itself: that it exists, and its own properties. */
  | 'ENTITY'
  /** A phrase the source uses for a party (see `detail`). */
  | 'DESCRIPTOR'
  /** An office or position a party holds (see `detail`). */
  | 'OFFICE'
  /** A relationship from the entity (see `edge`). */
  | 'RELATIONSHIP';

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** How precise a date is. */
export type DatePrecision =
  /** Only the year is known (2021). */
  | 'YEAR'
  /** The year and month are known (July 2024). */
  | 'MONTH'
  /** The exact day is known. */
  | 'DAY'
  /**
   * Known only to lie between `earliest` and `latest`, an interval that is not a
   * calendar month or year: a date counted from another step's partial date
   * ("three days into a trial" that began in July 2024: 2024-07-04/2024-08-03).
   */
  | 'RANGE';

/** Kinds of event in a case's timeline. */
export type EventKind =
  /** The case was filed or charges were brought. */
  | 'FILED'
  /** Trial began. */
  | 'TRIAL_STARTED'
  /** The case was dismissed. */
  | 'DISMISSED'
  /** The defendant was convicted. */
  | 'CONVICTED'
  /** A sentence was imposed. */
  | 'SENTENCED'
  /** The defendant was released on parole. */
  | 'RELEASED_ON_PAROLE'
  /** The parties were in settlement talks. */
  | 'SETTLEMENT_TALKS'
  /** A party announced it would refile. */
  | 'REFILING_ANNOUNCED'
  /** The case was settled. */
  | 'SETTLED'
  /** An answer to a complaint was filed. */
  | 'ANSWER'
  /** A motion was filed. */
  | 'MOTION'
  /** The court entered an order. */
  | 'ORDER'
  /** The court entered a judgment. */
  | 'JUDGMENT'
  /** A notice of appeal was filed. */
  | 'NOTICE_OF_APPEAL'
  /** A verdict was returned. */
  | 'VERDICT'
  /** A plea was entered. */
  | 'PLEA'
  /** An indictment or information was filed. */
  | 'INDICTMENT'
  /** The defendant was arraigned. */
  | 'ARRAIGNMENT'
  /** A hearing was held or set. */
  | 'HEARING'
  /** A minute entry of proceedings. */
  | 'MINUTE_ENTRY'
  /** A summons was issued or returned. */
  | 'SUMMONS'
  /** A notice was filed. */
  | 'NOTICE'
  /** A stipulation was filed. */
  | 'STIPULATION'
  /** A transcript was filed. */
  | 'TRANSCRIPT'
  /** A lawyer appeared. */
  | 'APPEARANCE'
  /** Anything else. */
  | 'OTHER';

/** Kinds of entity a graph view shows (sources are never part of it). */
export type NodeKind =
  /** A person (a `Person` party). */
  | 'PERSON'
  /** An organization (an `Organization` party). */
  | 'ORGANIZATION'
  /** A collectively named group (a `Group` party). */
  | 'GROUP'
  /** A case. */
  | 'CASE'
  /** A criminal charge. */
  | 'CHARGE'
  /** A civil claim. */
  | 'CLAIM'
  /** An outcome: dismissal, conviction, sentence… */
  | 'OUTCOME'
  /** An event in a case's timeline. */
  | 'EVENT'
  /** An incident cases arise from. */
  | 'INCIDENT'
  /** A film or other production. */
  | 'PRODUCTION'
  /** A court. */
  | 'COURT'
  /** A statement by a party or lawyer (what it asserts is the speaker's claim). */
  | 'STATEMENT';

/** Kinds of relationship between entities: the graph's relationship types, each pointing from `source` to `target`. */
export type EdgeKind =
  /** Party → case, with a role (plaintiff, defendant, prosecution…). */
  | 'PARTY_TO'
  /** Lawyer → case, in a capacity (special prosecutor, private counsel…). */
  | 'COUNSEL_IN'
  /** Judge → case. */
  | 'JUDGE_IN'
  /** Case → court. */
  | 'IN_COURT'
  /** Case → the incident it arises from. */
  | 'ARISES_FROM'
  /** Case → charge. */
  | 'HAS_CHARGE'
  /** Charge → the party charged. */
  | 'CHARGED'
  /** Case → claim. */
  | 'HAS_CLAIM'
  /** Case → outcome. */
  | 'HAS_OUTCOME'
  /** Outcome → the judge who decided. */
  | 'DECIDED_BY'
  /** Outcome → the case, charge or claim it resolves. */
  | 'RESOLVES'
  /** Case → event. */
  | 'HAS_EVENT'
  /** Case → related case, with how they relate. */
  | 'RELATED_TO'
  /** Party → spouse (the source's precision, e.g. widower, in the label). */
  | 'SPOUSE_OF'
  /** Parent → child. */
  | 'PARENT_OF'
  /** Party → production, with a role. */
  | 'WORKED_ON'
  /** Party → incident: killed, injured or otherwise involved. */
  | 'INVOLVED_IN'
  /** Incident → the production it happened on. */
  | 'ON_PRODUCTION'
  /** Speaker → statement. */
  | 'STATED'
  /** Statement → the party its speaker spoke for (a lawyer's client). */
  | 'ON_BEHALF_OF'
  /** Statement → what it is about (case, claim, charge, event, outcome, incident or party). */
  | 'ABOUT';

/** Whether an edge's orientation means something. */
export type EdgeDirection =
  /** The relationship reads from `source` to `target`; draw an arrow. */
  | 'DIRECTED'
  /** The relationship is symmetric (spouses, merely related cases); `source` and `target` are storage order only. */
  | 'UNDIRECTED';

/** How a path step walks its edge. */
export type PathStepDirection =
  /** Along the edge: `from` is its source, `to` its target. */
  | 'FORWARD'
  /** Against the edge: `from` is its target, `to` its source. */
  | 'BACKWARD';

/** How a party was part of an incident. */
export type InvolvementKind =
  /** Killed in the incident. */
  | 'KILLED'
  /** Injured in the incident. */
  | 'INJURED'
  /** Otherwise involved; see `detail`. */
  | 'INVOLVED';

/** The text of one source of a document sent to `loadDocument` or `checkDocument`. */
export type SourceTextInput = {
  /** The source's id in the document (`sources[].id`). */
  id: string | number;
  /** Its full text, exactly as the quotes are taken from it. */
  text: string;
};

/** Kinds of outcome. */
export type OutcomeKind =
  /** The case or a charge is dismissed. */
  | 'DISMISSAL'
  /** A verdict or plea of guilty. */
  | 'CONVICTION'
  /** A verdict of not guilty. */
  | 'ACQUITTAL'
  /** A sentence imposed after conviction. */
  | 'SENTENCE'
  /** Release on parole. */
  | 'PAROLE'
  /** A settlement between the parties. */
  | 'SETTLEMENT'
  /** A judgment in a civil case. */
  | 'JUDGMENT'
  /** A verdict whose content the source does not state. */
  | 'VERDICT'
  /** Another outcome. */
  | 'OTHER';

/** The stage of proceedings at which an outcome came. */
export type ProceedingStage =
  /** Before trial. */
  | 'PRE_TRIAL'
  /** During trial. */
  | 'TRIAL'
  /** After trial. */
  | 'POST_TRIAL'
  /** On appeal. */
  | 'APPEAL';

/** Kinds of relationship between two parties. */
export type RelationshipKind =
  /** The two are or were married; `detail` says more (widower). */
  | 'SPOUSE_OF'
  /** This party is a parent of the other. */
  | 'PARENT_OF'
  /** This party is a child of the other. */
  | 'CHILD_OF';

/** Roles on a production. */
export type ProductionRole =
  /** Performer. */
  | 'ACTOR'
  /** Producer. */
  | 'PRODUCER'
  /** Person in charge of weapons on set. */
  | 'ARMOURER'
  /** Director of photography. */
  | 'CINEMATOGRAPHER'
  /** Director. */
  | 'DIRECTOR'
  /** Any other role; see `roleText`. */
  | 'OTHER';

/** Kinds of contact point. */
export type ContactKind =
  /** An email address. */
  | 'EMAIL'
  /** A telephone number. */
  | 'PHONE'
  /** A fax number. */
  | 'FAX';

/** Where a search's words were found. */
export type SearchMatchField =
  /** A name. */
  | 'NAME'
  /** An alias. */
  | 'ALIAS'
  /** A descriptor ("the lawyer", "the cinematographer"). */
  | 'DESCRIPTOR'
  /** A case's caption. */
  | 'CAPTION'
  /** A label (a charge, a claim) or a title (a production, a court's name). */
  | 'LABEL'
  /** An event's description or an outcome's reason or stage. */
  | 'DESCRIPTION'
  /** What a statement says. */
  | 'CONTENT'
  /** A case's nature of suit, as its docket words it ("110 Insurance"). */
  | 'NATURE_OF_SUIT'
  /** A case's cause, as its docket words it ("28:1331 Fed. Question"). */
  | 'CAUSE'
  /** A case's docket number. */
  | 'DOCKET_NUMBER'
  /** A sentence a source states the fact with: the `evidence` quote. */
  | 'EVIDENCE';

/** What kind of thing a speaker said, as the source reports it. */
export type StatementKind =
  /** The speaker denies something ("has always denied pulling the trigger"). */
  | 'DENIAL'
  /** The speaker alleges or accuses: an assertion by the speaker, never a fact of the graph. */
  | 'ALLEGATION'
  /** The speaker admits something. */
  | 'ADMISSION'
  /** The speaker announces something: a development, a plan, an intention. */
  | 'ANNOUNCEMENT'
  /** The speaker's stance on a question. */
  | 'POSITION'
  /** Words the source quotes directly, in quotation marks. */
  | 'QUOTE';

/** What a timeline entry is. */
export type TimelineEntryKind =
  /** The incident the cases arise from. */
  | 'INCIDENT'
  /** A step in a case (filing, trial, dismissal, conviction…). */
  | 'EVENT'
  /** Something a party or lawyer said (see `statement`): the speaker's assertion, not a step that happened. */
  | 'STATEMENT';

/** How sure the graph is of a case's state on a day. */
export type Certainty =
  /** A dated step on or before the day shows it. */
  | 'ESTABLISHED'
  /** No source dates the filing; the case is taken to be pending from its incident until its first dated step. */
  | 'ASSUMED'
  /**
   * The status is the last the sources show, but nothing dated shows it on this day:
   * a case pending after its latest dated entry, step or source (the basis says up to
   * when it is known), or before anything dated shows it at all.
   */
  | 'POSSIBLY'
  /**
   * The sources do not allow an answer: a step whose date interval straddles the day
   * (it may or may not have happened by then) would change the status, or no source dates the closing.
   */
  | 'UNKNOWN';

/** Whom a ranking ranks, and what counts as an appearance. */
export type RankingSubject =
  /** Parties proper (plaintiffs, defendants, appellants…): the cases they take part in other than as counsel or judge. */
  | 'PARTY'
  /** Lawyers: the cases they appear in as counsel. */
  | 'LAWYER'
  /** Firms and offices: the cases in which a lawyer acts from them. */
  | 'FIRM'
  /** Judges: the cases they sit on. */
  | 'JUDGE'
  /** Courts: the cases in them. */
  | 'COURT';

export type EvidenceFieldsFragment = { quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } };

export type DateFieldsFragment = { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null };

export type StatementFieldsFragment = { id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
    | { __typename: 'Person', id: string, displayName: string }
    | { __typename: 'Organization', id: string, displayName: string }
    | { __typename: 'Group', id: string, displayName: string }
  , onBehalfOf:
    | { __typename: 'Person', id: string, displayName: string }
    | { __typename: 'Organization', id: string, displayName: string }
    | { __typename: 'Group', id: string, displayName: string }
   | null, about: Array<
    | { __typename: 'Case', id: string, caption: string }
    | { __typename: 'Claim', id: string, label: string }
    | { __typename: 'Charge', id: string, label: string }
    | { __typename: 'Event', id: string, description: string }
    | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
    | { __typename: 'Incident', id: string, name: string }
    | { __typename: 'Person', id: string, displayName: string }
    | { __typename: 'Organization', id: string, displayName: string }
    | { __typename: 'Group', id: string, displayName: string }
  >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> };

export type TimelineFieldsFragment = { totalCount: number, edges: Array<{ node: { id: string, kind: TimelineEntryKind, eventKind: EventKind | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string } | null, incident: { id: string, name: string } | null, statement: { id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> };

export type OutcomeFieldsFragment = { id: string, kind: OutcomeKind, withPrejudice: boolean | null, canBeRevived: boolean | null, reason: string | null, stage: ProceedingStage | null, stageText: string | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, decidedBy:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, sentence: { term: string, months: number | null, custody: string | null } | null, resolves: Array<
    | { __typename: 'Case', id: string, caption: string }
    | { __typename: 'Charge', id: string, label: string }
    | { __typename: 'Claim', id: string, label: string }
  >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> };

export type SourcedTextFieldsFragment = { text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> };

export type CaseEventsFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: EventKind, entryNumber: string | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Person', id: string, displayName: string }
      | { __typename: 'Organization', id: string, displayName: string }
      | { __typename: 'Group', id: string, displayName: string }
      | { __typename: 'Case', id: string, caption: string, kind: CaseKind, status: CaseStatus }
      | { __typename: 'Charge', id: string, label: string }
      | { __typename: 'Claim', id: string, label: string }
      | { __typename: 'Incident', id: string, name: string }
      | { __typename: 'Production', id: string, title: string }
      | { __typename: 'Court', id: string, name: string }
      | { __typename: 'Statement', id: string, statementKind: StatementKind, speaker:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , onBehalfOf:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         | null }
      | { __typename: 'Event', id: string, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null }
      | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind, case: { id: string, caption: string } }
    , matches: Array<{ field: SearchMatchField, text: string, allWords: boolean, via: string | null, evidence: { quote: string, source: { id: string, title: string } } | null }> }> };

export type CasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageQuery = { case: { id: string, caption: string, captionKind: CaptionKind, kind: CaseKind, status: CaseStatus, jurisdiction: string | null, docketNumber: string | null, court: { id: string, name: string } | null, natureOfSuit: { text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, cause: { text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, jurisdictionBasis: { text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, juryDemand: { text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, demand: { text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, filed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, closed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }>, incident: { id: string, name: string } | null, parties: { totalCount: number, edges: Array<{ node: { id: string, role: PartyRole, roleText: string | null, terminated: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, party:
            | { id: string, displayName: string }
            | { id: string, displayName: string }
            | { id: string, displayName: string }
          , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> }, counsel: Array<{ id: string, capacity: CounselCapacity, designations: Array<string>, terminated: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, firm: { id: string, displayName: string } | null, lawyer:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
      , client:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, judges: Array<{ id: string, assignment: JudgeAssignment | null, judge:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
      , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, charges: Array<{ id: string, label: string, statute: string | null, countNumber: string | null, countStatus: string | null, disposition: string | null, defendant:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       | null, outcomes: Array<{ id: string }>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, claims: Array<{ id: string, label: string, outcomes: Array<{ id: string }>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, outcomes: Array<{ id: string, kind: OutcomeKind, withPrejudice: boolean | null, canBeRevived: boolean | null, reason: string | null, stage: ProceedingStage | null, stageText: string | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, decidedBy:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       | null, sentence: { term: string, months: number | null, custody: string | null } | null, resolves: Array<
        | { __typename: 'Case', id: string, caption: string }
        | { __typename: 'Charge', id: string, label: string }
        | { __typename: 'Claim', id: string, label: string }
      >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, relatedCases: Array<{ id: string, kind: CaseRelationKind, case: { id: string, caption: string, status: CaseStatus, docketNumber: string | null }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statements: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
        | { __typename: 'Person', id: string, displayName: string }
        | { __typename: 'Organization', id: string, displayName: string }
        | { __typename: 'Group', id: string, displayName: string }
      , onBehalfOf:
        | { __typename: 'Person', id: string, displayName: string }
        | { __typename: 'Organization', id: string, displayName: string }
        | { __typename: 'Group', id: string, displayName: string }
       | null, about: Array<
        | { __typename: 'Case', id: string, caption: string }
        | { __typename: 'Claim', id: string, label: string }
        | { __typename: 'Charge', id: string, label: string }
        | { __typename: 'Event', id: string, description: string }
        | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
        | { __typename: 'Incident', id: string, name: string }
        | { __typename: 'Person', id: string, displayName: string }
        | { __typename: 'Organization', id: string, displayName: string }
        | { __typename: 'Group', id: string, displayName: string }
      >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: EventKind, entryNumber: string | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> } } | null };

export type CaseEventsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CaseEventsQuery = { case: { id: string, events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: EventKind, entryNumber: string | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> } } | null };

export type CaseAsOfQueryVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type CaseAsOfQuery = { case: { id: string, asOf: { date: string, exists: boolean, status: CaseStatus | null, pending: boolean, certainty: Certainty, basis: string, outcomes: Array<{ id: string, kind: OutcomeKind }>, events: Array<{ id: string, kind: EventKind, description: string, date: { value: string } | null }> } } | null };

export type PartyPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PartyPageQuery = { party:
    | { __typename: 'Person', id: string, name: string | null, displayName: string, aliases: Array<string>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }>, descriptors: Array<{ text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, offices: Array<{ title: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, relationships: Array<{ id: string, kind: RelationshipKind, detail: string | null, other:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, credits: Array<{ id: string, role: ProductionRole, roleText: string | null, production: { id: string, title: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, incidents: Array<{ id: string, kind: InvolvementKind, detail: string | null, incident: { id: string, name: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statements: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statementsAbout: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, contacts: Array<{ kind: ContactKind, value: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, counselAppearances: Array<{ id: string, capacity: CounselCapacity, designations: Array<string>, terminated: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string, docketNumber: string | null }, lawyer:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , client:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         | null, firm: { id: string, displayName: string } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, possibleSameAs: Array<{ reasons: Array<string>, against: Array<string>, party:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         }>, cases: { totalCount: number, edges: Array<{ roles: Array<PartyRole>, node: { id: string, caption: string, captionKind: CaptionKind, kind: CaseKind, status: CaseStatus, filed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null } }> } }
    | { __typename: 'Organization', id: string, name: string | null, displayName: string, aliases: Array<string>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }>, descriptors: Array<{ text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, offices: Array<{ title: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, relationships: Array<{ id: string, kind: RelationshipKind, detail: string | null, other:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, credits: Array<{ id: string, role: ProductionRole, roleText: string | null, production: { id: string, title: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, incidents: Array<{ id: string, kind: InvolvementKind, detail: string | null, incident: { id: string, name: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statements: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statementsAbout: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, contacts: Array<{ kind: ContactKind, value: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, counselAppearances: Array<{ id: string, capacity: CounselCapacity, designations: Array<string>, terminated: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string, docketNumber: string | null }, lawyer:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , client:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         | null, firm: { id: string, displayName: string } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, possibleSameAs: Array<{ reasons: Array<string>, against: Array<string>, party:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         }>, cases: { totalCount: number, edges: Array<{ roles: Array<PartyRole>, node: { id: string, caption: string, captionKind: CaptionKind, kind: CaseKind, status: CaseStatus, filed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null } }> } }
    | { __typename: 'Group', id: string, name: string | null, displayName: string, aliases: Array<string>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }>, descriptors: Array<{ text: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, offices: Array<{ title: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, relationships: Array<{ id: string, kind: RelationshipKind, detail: string | null, other:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, credits: Array<{ id: string, role: ProductionRole, roleText: string | null, production: { id: string, title: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, incidents: Array<{ id: string, kind: InvolvementKind, detail: string | null, incident: { id: string, name: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statements: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, statementsAbout: Array<{ id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        , onBehalfOf:
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
         | null, about: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Claim', id: string, label: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Event', id: string, description: string }
          | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
          | { __typename: 'Incident', id: string, name: string }
          | { __typename: 'Person', id: string, displayName: string }
          | { __typename: 'Organization', id: string, displayName: string }
          | { __typename: 'Group', id: string, displayName: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, contacts: Array<{ kind: ContactKind, value: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, counselAppearances: Array<{ id: string, capacity: CounselCapacity, designations: Array<string>, terminated: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string, docketNumber: string | null }, lawyer:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , client:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         | null, firm: { id: string, displayName: string } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, possibleSameAs: Array<{ reasons: Array<string>, against: Array<string>, party:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         }>, cases: { totalCount: number, edges: Array<{ roles: Array<PartyRole>, node: { id: string, caption: string, captionKind: CaptionKind, kind: CaseKind, status: CaseStatus, filed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null } }> } }
   | null, timeline: { totalCount: number, edges: Array<{ node: { id: string, kind: TimelineEntryKind, eventKind: EventKind | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string } | null, incident: { id: string, name: string } | null, statement: { id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
          , onBehalfOf:
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
           | null, about: Array<
            | { __typename: 'Case', id: string, caption: string }
            | { __typename: 'Claim', id: string, label: string }
            | { __typename: 'Charge', id: string, label: string }
            | { __typename: 'Event', id: string, description: string }
            | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
            | { __typename: 'Incident', id: string, name: string }
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
          >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> } | null };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
  incident: boolean;
}>;


export type EntityPageQuery = { node:
    | { __typename: 'Court', name: string, jurisdiction: string | null, id: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', label: string, statute: string | null, id: string, defendant:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       | null, case: { id: string, caption: string }, outcomes: Array<{ id: string, kind: OutcomeKind, withPrejudice: boolean | null, canBeRevived: boolean | null, reason: string | null, stage: ProceedingStage | null, stageText: string | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, decidedBy:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         | null, sentence: { term: string, months: number | null, custody: string | null } | null, resolves: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Claim', id: string, label: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Claim', label: string, id: string, case: { id: string, caption: string }, outcomes: Array<{ id: string, kind: OutcomeKind, withPrejudice: boolean | null, canBeRevived: boolean | null, reason: string | null, stage: ProceedingStage | null, stageText: string | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, decidedBy:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
         | null, sentence: { term: string, months: number | null, custody: string | null } | null, resolves: Array<
          | { __typename: 'Case', id: string, caption: string }
          | { __typename: 'Charge', id: string, label: string }
          | { __typename: 'Claim', id: string, label: string }
        >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Event', description: string, id: string, eventKind: EventKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string }, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', name: string, description: string, place: string | null, id: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, production: { id: string, title: string } | null, involvements: Array<{ id: string, kind: InvolvementKind, detail: string | null, party:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, cases: Array<{ id: string, caption: string, kind: CaseKind, status: CaseStatus }>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Outcome', id: string, kind: OutcomeKind, withPrejudice: boolean | null, canBeRevived: boolean | null, reason: string | null, stage: ProceedingStage | null, stageText: string | null, case: { id: string, caption: string }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, decidedBy:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       | null, sentence: { term: string, months: number | null, custody: string | null } | null, resolves: Array<
        | { __typename: 'Case', id: string, caption: string }
        | { __typename: 'Charge', id: string, label: string }
        | { __typename: 'Claim', id: string, label: string }
      >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', title: string, id: string, productionKind: string, credits: Array<{ id: string, role: ProductionRole, roleText: string | null, party:
          | { id: string, displayName: string }
          | { id: string, displayName: string }
          | { id: string, displayName: string }
        , evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }>, incidents: Array<{ id: string, name: string }>, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
    | { __typename: 'Statement', id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
        | { __typename: 'Person', id: string, displayName: string }
        | { __typename: 'Organization', id: string, displayName: string }
        | { __typename: 'Group', id: string, displayName: string }
      , onBehalfOf:
        | { __typename: 'Person', id: string, displayName: string }
        | { __typename: 'Organization', id: string, displayName: string }
        | { __typename: 'Group', id: string, displayName: string }
       | null, about: Array<
        | { __typename: 'Case', id: string, caption: string }
        | { __typename: 'Claim', id: string, label: string }
        | { __typename: 'Charge', id: string, label: string }
        | { __typename: 'Event', id: string, description: string }
        | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
        | { __typename: 'Incident', id: string, name: string }
        | { __typename: 'Person', id: string, displayName: string }
        | { __typename: 'Organization', id: string, displayName: string }
        | { __typename: 'Group', id: string, displayName: string }
      >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }
   | null, timeline?: { totalCount: number, edges: Array<{ node: { id: string, kind: TimelineEntryKind, eventKind: EventKind | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string } | null, incident: { id: string, name: string } | null, statement: { id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
          , onBehalfOf:
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
           | null, about: Array<
            | { __typename: 'Case', id: string, caption: string }
            | { __typename: 'Claim', id: string, label: string }
            | { __typename: 'Charge', id: string, label: string }
            | { __typename: 'Event', id: string, description: string }
            | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
            | { __typename: 'Incident', id: string, name: string }
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
          >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> } | null };

export type CourtPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CourtPageQuery = { node:
    | { __typename: 'Court', name: string, jurisdiction: string | null, id: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }>, judges: Array<
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
      >, cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, caption: string, kind: CaseKind, status: CaseStatus, docketNumber: string | null, filed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, natureOfSuit: { text: string } | null } }> } }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
}>;


export type SourcePageQuery = { node:
    | { __typename: 'Court', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', title: string, publisher: string | null, identifier: string, text: string | null, id: string, sourceKind: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null, citations: Array<{ quote: string, field: CitationField, detail: string | null, node: { id: string, kind: NodeKind, displayName: string }, edge: { id: string, kind: EdgeKind, label: string } | null, target: { id: string, displayName: string } | null }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit?: number;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: NodeKind, displayName: string }>, edges: Array<{ id: string, kind: EdgeKind, source: string, target: string, direction: EdgeDirection, label: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> }> } | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathsQuery = { paths: Array<{ length: number, rendering: string, steps: Array<{ direction: PathStepDirection, from: { id: string, kind: NodeKind, displayName: string }, to: { id: string, kind: NodeKind, displayName: string }, edge: { id: string, kind: EdgeKind, label: string, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> }>, fromNode:
    | { __typename: 'Court', id: string }
    | { __typename: 'Case', caption: string, id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', name: string, id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', displayName: string, id: string }
    | { __typename: 'Organization', displayName: string, id: string }
    | { __typename: 'Group', displayName: string, id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null, toNode:
    | { __typename: 'Court', id: string }
    | { __typename: 'Case', caption: string, id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', name: string, id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', displayName: string, id: string }
    | { __typename: 'Organization', displayName: string, id: string }
    | { __typename: 'Group', displayName: string, id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { outcomeStats: { caseCount: number, outcomeCount: number, byKind: Array<{ key: string | null, label: string, count: number }>, byCourt: Array<{ key: string | null, label: string, count: number }>, byJudge: Array<{ key: string | null, label: string, count: number }>, byCaseKind: Array<{ key: string | null, label: string, count: number }>, byNatureOfSuit: Array<{ key: string | null, label: string, count: number }>, timeToDisposition: { overall: { cases: number, medianDays: number | null, minDays: number | null, maxDays: number | null, p25Days: number | null, p75Days: number | null, approximate: boolean }, byCaseKind: Array<{ key: string | null, label: string, times: { cases: number, medianDays: number | null, minDays: number | null, maxDays: number | null, p25Days: number | null, p75Days: number | null, approximate: boolean } }>, byCourt: Array<{ key: string | null, label: string, times: { cases: number, medianDays: number | null, minDays: number | null, maxDays: number | null, p25Days: number | null, p75Days: number | null, approximate: boolean } }>, byNatureOfSuit: Array<{ key: string | null, label: string, times: { cases: number, medianDays: number | null, minDays: number | null, maxDays: number | null, p25Days: number | null, p75Days: number | null, approximate: boolean } }>, byJudge: Array<{ key: string | null, label: string, times: { cases: number, medianDays: number | null, minDays: number | null, maxDays: number | null, p25Days: number | null, p75Days: number | null, approximate: boolean } }> }, topParties: Array<{ cases: number, roles: Array<PartyRole>, party:
        | { id: string, displayName: string }
        | { id: string, displayName: string }
        | { id: string, displayName: string }
       }> } };

export type TimesFragment = { cases: number, medianDays: number | null, minDays: number | null, maxDays: number | null, p25Days: number | null, p75Days: number | null, approximate: boolean };

export type TimelinePageQueryVariables = Exact<{
  id: string | number;
  partyId?: string | number | null | undefined;
  caseId?: string | number | null | undefined;
  incidentId?: string | number | null | undefined;
}>;


export type TimelinePageQuery = { node:
    | { __typename: 'Court', id: string }
    | { __typename: 'Case', caption: string, id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', name: string, id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', displayName: string, id: string }
    | { __typename: 'Organization', displayName: string, id: string }
    | { __typename: 'Group', displayName: string, id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null, timeline: { totalCount: number, edges: Array<{ node: { id: string, kind: TimelineEntryKind, eventKind: EventKind | null, description: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, case: { id: string, caption: string } | null, incident: { id: string, name: string } | null, statement: { id: string, content: string, directQuote: boolean, attribution: string | null, statementKind: StatementKind, date: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, speaker:
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
          , onBehalfOf:
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
           | null, about: Array<
            | { __typename: 'Case', id: string, caption: string }
            | { __typename: 'Claim', id: string, label: string }
            | { __typename: 'Charge', id: string, label: string }
            | { __typename: 'Event', id: string, description: string }
            | { __typename: 'Outcome', id: string, outcomeKind: OutcomeKind }
            | { __typename: 'Incident', id: string, name: string }
            | { __typename: 'Person', id: string, displayName: string }
            | { __typename: 'Organization', id: string, displayName: string }
            | { __typename: 'Group', id: string, displayName: string }
          >, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } | null, evidence: Array<{ quote: string, locator: string | null, source: { id: string, title: string, publisher: string | null, kind: string, date: { value: string } | null } }> } }> } | null };

export type CasesPageQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  orderBy?: CaseOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  pendingOn: string;
  withPending: boolean;
  party: string | number;
  lawyer: string | number;
  firm: string | number;
  judge: string | number;
  court: string | number;
  withParty: boolean;
  withLawyer: boolean;
  withFirm: boolean;
  withJudge: boolean;
  withCourt: boolean;
}>;


export type CasesPageQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, caption: string, captionKind: CaptionKind, kind: CaseKind, status: CaseStatus, docketNumber: string | null, court: { id: string, name: string } | null, natureOfSuit: { text: string } | null, filed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, closed: { value: string, precision: DatePrecision, earliest: string, latest: string, wording: string | null, derived: boolean, derivation: string | null } | null, asOf?: { status: CaseStatus | null, pending: boolean, certainty: Certainty, basis: string } } }> }, caseFacets: { total: number, kind: Array<{ value: string | null, label: string, cases: number }>, status: Array<{ value: string | null, label: string, cases: number }>, court: Array<{ value: string | null, label: string, cases: number }>, natureOfSuit: Array<{ value: string | null, label: string, cases: number }>, filedYear: Array<{ value: string | null, label: string, cases: number }> }, filterParty?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterLawyer?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterFirm?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterJudge?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterCourt?:
    | { __typename: 'Court', name: string, id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export type FacetFieldsFragment = { total: number, kind: Array<{ value: string | null, label: string, cases: number }>, status: Array<{ value: string | null, label: string, cases: number }>, court: Array<{ value: string | null, label: string, cases: number }>, natureOfSuit: Array<{ value: string | null, label: string, cases: number }>, filedYear: Array<{ value: string | null, label: string, cases: number }> };

export type FilterNamesFieldsFragment = { filterParty?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterLawyer?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterFirm?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterJudge?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterCourt?:
    | { __typename: 'Court', name: string, id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { caseFacets: { total: number, kind: Array<{ value: string | null, label: string, cases: number }>, status: Array<{ value: string | null, label: string, cases: number }>, court: Array<{ value: string | null, label: string, cases: number }>, natureOfSuit: Array<{ value: string | null, label: string, cases: number }>, filedYear: Array<{ value: string | null, label: string, cases: number }> } };

export type RankingsQueryVariables = Exact<{
  subject: RankingSubject;
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  party: string | number;
  lawyer: string | number;
  firm: string | number;
  judge: string | number;
  court: string | number;
  withParty: boolean;
  withLawyer: boolean;
  withFirm: boolean;
  withJudge: boolean;
  withCourt: boolean;
}>;


export type RankingsQuery = { rankings: { subject: RankingSubject, caseCount: number, totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { position: number, id: string, name: string, cases: number, roles: Array<{ role: PartyRole, cases: number }> } }> }, filterParty?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterLawyer?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterFirm?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterJudge?:
    | { id: string, displayName: string }
    | { id: string, displayName: string }
    | { id: string, displayName: string }
   | null, filterCourt?:
    | { __typename: 'Court', name: string, id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export type AuthorSearchQueryVariables = Exact<{
  text: string;
}>;


export type AuthorSearchQuery = { search: Array<{ node:
      | { __typename: 'Person', id: string, displayName: string }
      | { __typename: 'Organization', id: string, displayName: string }
      | { __typename: 'Group', id: string, displayName: string }
      | { __typename: 'Case', id: string, caption: string, captionKind: CaptionKind, status: CaseStatus, caseKind: CaseKind }
      | { __typename: 'Charge' }
      | { __typename: 'Claim' }
      | { __typename: 'Incident' }
      | { __typename: 'Production' }
      | { __typename: 'Court', id: string, name: string }
      | { __typename: 'Statement' }
      | { __typename: 'Event' }
      | { __typename: 'Outcome' }
     }> };

export type CheckDocumentQueryVariables = Exact<{
  document: unknown;
  sources: Array<SourceTextInput> | SourceTextInput;
}>;


export type CheckDocumentQuery = { checkDocument: Array<{ path: string, message: string }> };

export type LoadDocumentMutationVariables = Exact<{
  document: unknown;
  sources: Array<SourceTextInput> | SourceTextInput;
}>;


export type LoadDocumentMutation = { loadDocument: { documentId: string, nodes: number, relationships: number } };

export type AuthorSourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorSourceTextQuery = { node:
    | { __typename: 'Court', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', text: string | null, id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export type AuthorNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorNodeQuery = { node:
    | { __typename: 'Court', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'Outcome', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Production', id: string }
    | { __typename: 'Statement', id: string }
   | null };

export const DateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}}]} as unknown as DocumentNode<DateFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"directQuote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<StatementFieldsFragment, unknown>;
export const TimelineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"directQuote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<TimelineFieldsFragment, unknown>;
export const OutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withPrejudice"}},{"kind":"Field","name":{"kind":"Name","value":"canBeRevived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageText"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeFieldsFragment, unknown>;
export const SourcedTextFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcedTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SourcedTextFieldsFragment, unknown>;
export const CaseEventsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEventsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CaseEventsFieldsFragment, unknown>;
export const TimesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Times"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionTimes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"p25Days"}},{"kind":"Field","name":{"kind":"Name","value":"p75Days"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}}]} as unknown as DocumentNode<TimesFragment, unknown>;
export const FacetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFacets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]} as unknown as DocumentNode<FacetFieldsFragment, unknown>;
export const FilterNamesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilterNamesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"filterParty"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withParty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterLawyer"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lawyer"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLawyer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterFirm"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firm"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFirm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterJudge"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"judge"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withJudge"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterCourt"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"court"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCourt"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FilterNamesFieldsFragment, unknown>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Production"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"allWords"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"captionKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"docketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcedTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcedTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcedTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"juryDemand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcedTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourcedTextFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleText"}},{"kind":"Field","name":{"kind":"Name","value":"terminated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counsel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"designations"}},{"kind":"Field","name":{"kind":"Name","value":"terminated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"}},{"kind":"Field","name":{"kind":"Name","value":"judge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"charges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"statute"}},{"kind":"Field","name":{"kind":"Name","value":"countNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"defendant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"docketNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseEventsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourcedTextFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourcedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withPrejudice"}},{"kind":"Field","name":{"kind":"Name","value":"canBeRevived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageText"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"directQuote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEventsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const CaseEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseEventsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEventsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseEventsQuery, CaseEventsQueryVariables>;
export const CaseAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseAsOfQuery, CaseAsOfQueryVariables>;
export const PartyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"descriptors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleText"}},{"kind":"Field","name":{"kind":"Name","value":"production"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counselAppearances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"designations"}},{"kind":"Field","name":{"kind":"Name","value":"terminated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"docketNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleSameAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"against"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"captionKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"directQuote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartyPageQuery, PartyPageQueryVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incident"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"production"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"transitive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Production"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"productionKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleText"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"statute"}},{"kind":"Field","name":{"kind":"Name","value":"defendant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incident"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"directQuote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withPrejudice"}},{"kind":"Field","name":{"kind":"Name","value":"canBeRevived"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageText"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const CourtPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"docketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"filed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}}]} as unknown as DocumentNode<CourtPageQuery, CourtPageQueryVariables>;
export const SourcePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","alias":{"kind":"Name","value":"sourceKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}}]} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"rendering"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fromNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topParties"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCount"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCourt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byJudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCaseKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNatureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToDisposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Times"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCaseKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Times"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCourt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Times"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byNatureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Times"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byJudge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Times"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Times"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DispositionTimes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"minDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxDays"}},{"kind":"Field","name":{"kind":"Name","value":"p25Days"}},{"kind":"Field","name":{"kind":"Name","value":"p75Days"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const TimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"directQuote"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Outcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"outcomeKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelinePageQuery, TimelinePageQueryVariables>;
export const CasesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPending"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lawyer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"judge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"court"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withParty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLawyer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withJudge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCourt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"captionKind"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"docketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOn"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPending"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilterNamesFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"derivation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFacets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilterNamesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"filterParty"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withParty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterLawyer"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lawyer"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLawyer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterFirm"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firm"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFirm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterJudge"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"judge"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withJudge"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterCourt"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"court"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCourt"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CasesPageQuery, CasesPageQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFacets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"kind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"natureOfSuit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const RankingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rankings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RankingSubject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lawyer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"judge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"court"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withParty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLawyer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withJudge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCourt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilterNamesFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilterNamesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"filterParty"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withParty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterLawyer"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lawyer"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLawyer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterFirm"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firm"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFirm"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterJudge"},"name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"judge"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withJudge"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"filterCourt"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"court"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCourt"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RankingsQuery, RankingsQueryVariables>;
export const AuthorSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Party"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"captionKind"}},{"kind":"Field","alias":{"kind":"Name","value":"caseKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Court"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorSearchQuery, AuthorSearchQueryVariables>;
export const CheckDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceTextInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CheckDocumentQuery, CheckDocumentQueryVariables>;
export const LoadDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceTextInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}}]}}]}}]} as unknown as DocumentNode<LoadDocumentMutation, LoadDocumentMutationVariables>;
export const AuthorSourceTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorSourceText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorSourceTextQuery, AuthorSourceTextQueryVariables>;
export const AuthorNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorNodeQuery, AuthorNodeQueryVariables>;