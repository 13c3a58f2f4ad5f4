import { type Evidenced } from './evidence';

// The docket as the importer understands it. Every value read from the report is
// an Evidenced<T> ({ value, pointer, quote }); the few values that are inferred
// from an absence (a case with no termination date is pending) say so instead.

export type ReportKind = 'DISTRICT' | 'APPELLATE';
export type CaseKind = 'CIVIL' | 'CRIMINAL' | 'APPEAL' | 'BANKRUPTCY' | 'OTHER';
export type CaseStatus = 'CLOSED' | 'PENDING';
export type PartyRole =
  | 'PLAINTIFF'
  | 'DEFENDANT'
  | 'PETITIONER'
  | 'RESPONDENT'
  | 'APPELLANT'
  | 'APPELLEE'
  | 'MOVANT'
  | 'INTERVENOR'
  | 'AMICUS_CURIAE'
  | 'INTERESTED_PARTY'
  | 'PROSECUTION'
  | 'OTHER';
export type PartyKind = 'PERSON' | 'ORGANIZATION' | 'UNKNOWN';
export type EntryKind =
  | 'COMPLAINT'
  | 'ANSWER'
  | 'MOTION'
  | 'ORDER'
  | 'JUDGMENT'
  | 'DISMISSAL'
  | 'SETTLEMENT'
  | 'NOTICE_OF_APPEAL'
  | 'VERDICT'
  | 'SENTENCING'
  | 'PLEA'
  | 'INDICTMENT'
  | 'ARRAIGNMENT'
  | 'HEARING'
  | 'MINUTE_ENTRY'
  | 'SUMMONS'
  | 'NOTICE'
  | 'STIPULATION'
  | 'TRANSCRIPT'
  | 'APPEARANCE'
  | 'OTHER';
export type OutcomeKind =
  'DISMISSAL' | 'JUDGMENT' | 'VERDICT' | 'CONVICTION' | 'ACQUITTAL' | 'SETTLEMENT' | 'SENTENCE';

/** A value the report implies by leaving something out (no quote can exist). */
export interface Inferred<T> {
  value: T;
  inferredFrom: string;
}

export interface CourtRef {
  id: Evidenced<string>;
  /** From federal-courts.json (courts-db); null when the id is not a known federal court. */
  name: string | null;
  jurisdiction: 'federal' | null;
  type: string | null;
}

export interface Judge {
  name: Evidenced<string>;
  /** "Magistrate Judge", "Chief Judge"… when the report writes one before the name. */
  title: Evidenced<string> | null;
  role: 'ASSIGNED' | 'REFERRED' | 'PANEL' | 'ORIGINATING' | 'ORDERING';
}

export interface OriginatingCourt {
  /** juriscraper's court_id, else resolved from `appeal_from` through the court names. */
  court: CourtRef | null;
  appealFrom: Evidenced<string> | null;
  docketNumber: Evidenced<string> | null;
  judge: Judge | null;
  orderingJudge: Judge | null;
  courtReporter: Evidenced<string> | null;
  dateFiled: Evidenced<string> | null;
  dateDisposed: Evidenced<string> | null;
  disposition: Evidenced<string> | null;
  dateJudgment: Evidenced<string> | null;
  dateJudgmentEntered: Evidenced<string> | null;
  dateNoticeOfAppealFiled: Evidenced<string> | null;
  dateReceivedByCourtOfAppeals: Evidenced<string> | null;
}

export interface CaseInfo {
  court: CourtRef;
  docketNumber: Evidenced<string>;
  caption: Evidenced<string>;
  kind: Evidenced<CaseKind>;
  natureOfSuit: { code: Evidenced<string> | null; label: Evidenced<string> } | null;
  cause: {
    statute: Evidenced<string> | null;
    label: Evidenced<string> | null;
    text: Evidenced<string>;
  } | null;
  jurisdictionBasis: Evidenced<string> | null;
  juryDemand: Evidenced<'NONE' | 'PLAINTIFF' | 'DEFENDANT' | 'BOTH' | 'OTHER'> | null;
  demand: { text: Evidenced<string>; amountUsd: Evidenced<number> | null } | null;
  dateFiled: Evidenced<string> | null;
  dateTerminated: Evidenced<string> | null;
  status: Evidenced<CaseStatus> | Inferred<CaseStatus>;
  /** Appellate reports only. */
  caseTypeInformation: Evidenced<string> | null;
  feeStatus: Evidenced<string> | null;
  originatingCourt: OriginatingCourt | null;
}

export interface Party {
  /** Index in the report's `parties`: the attorneys' `clients` refer to it. */
  index: number;
  name: Evidenced<string>;
  /** The report's party type with spaces normalised (e.g. "Plaintiff - Appellee"). */
  typeText: Evidenced<string>;
  role: Evidenced<PartyRole>;
  kind: Evidenced<PartyKind>;
  /** Named a government body (USA, State of…, Department of…). */
  government: Evidenced<true> | null;
  dateTerminated: Evidenced<string> | null;
  extraInfo: Evidenced<string> | null;
  /** Appellate party fields juriscraper could not name (`unparsed`) or named freely. */
  otherFields: Evidenced<string>[];
  charges: Charge[];
  highestOffenseLevelOpening: Evidenced<string> | null;
  highestOffenseLevelTerminated: Evidenced<string> | null;
}

export interface AttorneyRoles {
  lead: Evidenced<true> | null;
  toBeNoticed: Evidenced<true> | null;
  proHacVice: Evidenced<true> | null;
  proSe: Evidenced<true> | null;
  retained: Evidenced<true> | null;
  cjaAppointment: Evidenced<true> | null;
  publicDefender: Evidenced<true> | null;
  governmentAttorney: Evidenced<true> | null;
  terminatedOn: Evidenced<string> | null;
  designationText: Evidenced<string> | null;
  raw: Evidenced<string>[];
}

export interface Contact {
  firm: Evidenced<string> | null;
  email: Evidenced<string> | null;
  phones: Evidenced<string>[];
  fax: Evidenced<string> | null;
  addressLines: Evidenced<string>[];
}

export interface AttorneyClient {
  partyIndex: number;
  /** Where this appearance is: `/parties/i/attorneys/j`. */
  pointer: string;
  /** The attorney's name as this appearance writes it (the same spelling, spaces aside). */
  name: Evidenced<string>;
  roles: AttorneyRoles;
}

export interface Attorney {
  /** Stable within the docket: the name as listed, spaces collapsed (normalise.ts, attorneyKey). */
  key: string;
  name: Evidenced<string>;
  /** From the first appearance with a non-empty contact block. */
  contact: Contact;
  clients: AttorneyClient[];
}

export interface SentenceTerm {
  amount: number;
  unit: 'DAYS' | 'MONTHS' | 'YEARS';
  months: number;
}

export interface Sentence {
  custody: Evidenced<SentenceTerm> | null;
  supervisedRelease: Evidenced<SentenceTerm> | null;
  probation: Evidenced<SentenceTerm> | null;
  specialAssessmentUsd: Evidenced<number> | null;
  fineUsd: Evidenced<number> | null;
  /** Sentences of the disposition that no rule read. */
  unparsed: Evidenced<string>[];
}

export interface Charge {
  source: 'COUNT' | 'COMPLAINT';
  text: Evidenced<string>;
  /** "18:371", "8:1326(a)"… at the head of the text. */
  statute: Evidenced<string> | null;
  /** The count number PACER appends: "(1)", "(1s)", "(3-6)". */
  number: Evidenced<string> | null;
  status: Evidenced<'PENDING' | 'TERMINATED'> | null;
  disposition: Evidenced<string> | null;
  sentence: Sentence | null;
}

export interface DocketEntry {
  index: number;
  dateFiled: Evidenced<string> | null;
  dateEntered: Evidenced<string> | null;
  /** The entry number; null for unnumbered entries (and for an appellate PACER id standing in for one). */
  number: Evidenced<string> | null;
  pacerDocumentId: Evidenced<string> | null;
  /** Null only when the report gives no text (a warning says so). */
  description: Evidenced<string> | null;
  /** The quote is the words that decided the kind; null without a description. */
  kind: Evidenced<EntryKind> | null;
  outcome: Evidenced<OutcomeKind> | null;
}

export interface Problem {
  pointer: string;
  message: string;
}

export interface NormalisedDocket {
  file: string;
  report: ReportKind;
  case: CaseInfo;
  judges: Judge[];
  parties: Party[];
  attorneys: Attorney[];
  entries: DocketEntry[];
  /** Things read but doubtful (unknown court id, undated entries…); never fatal. */
  warnings: Problem[];
}
