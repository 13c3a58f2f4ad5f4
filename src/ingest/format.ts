// TypeScript view of the seed format (seed/litigation.schema.json, version 1).
// The JSON Schema is the contract; these types mirror it for the planner.

export interface EvidenceInput {
  source: string;
  quote: string;
  /** For a structured source: the JSON pointer of the value the quote is inside. */
  locator?: string;
}

export type DateInput =
  | { value: string; wording?: string; derivation?: string }
  | { wording: string; relativeTo: string }
  | ChainedDateInput;

/** A date counted from another event's date ("three days into the trial"). */
export interface ChainedDateInput {
  wording: string;
  after: string;
  offsetDays: number;
  derivation?: string;
}

export interface SourceInput {
  id: string;
  kind: 'ARTICLE' | 'DOCKET' | 'FILING' | 'OTHER';
  title: string;
  publisher?: string | null;
  date?: { value: string; wording?: string };
  identifier: string;
  file: string;
}

export interface PartyInput {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'GROUP';
  name?: string;
  aliases?: string[];
  descriptors?: { text: string; evidence: EvidenceInput[] }[];
  offices?: { title: string; evidence: EvidenceInput[] }[];
  /** Contact data a docket gives; never in the search index. */
  contacts?: { kind: 'EMAIL' | 'PHONE' | 'FAX'; value: string; evidence: EvidenceInput[] }[];
  evidence: EvidenceInput[];
}

/** A text a source states, with its evidence (a docket's nature of suit…). */
export interface SourcedTextInput {
  text: string;
  evidence: EvidenceInput[];
}

export interface CaseInput {
  id: string;
  caption: string;
  captionKind: 'OFFICIAL' | 'DESCRIPTIVE';
  kind: string;
  status: string;
  court?: string;
  jurisdiction?: string;
  docketNumber?: string;
  filed?: DateInput;
  closed?: DateInput;
  natureOfSuit?: SourcedTextInput;
  cause?: SourcedTextInput;
  jurisdictionBasis?: SourcedTextInput;
  juryDemand?: SourcedTextInput;
  demand?: SourcedTextInput;
  /**
   * Known only as another case's origin (an appeal's lower-court case): its values
   * yield to those of any document that states the case itself.
   */
  stub?: boolean;
  incident?: { id: string; evidence: EvidenceInput[] };
  parties?: {
    party: string;
    role: string;
    roleText?: string;
    terminated?: DateInput;
    evidence: EvidenceInput[];
  }[];
  counsel?: {
    lawyer: string;
    client?: string;
    capacity: string;
    firm?: string;
    designations?: string[];
    terminated?: DateInput;
    evidence: EvidenceInput[];
  }[];
  judges?: {
    judge: string;
    assignment?: 'ASSIGNED' | 'REFERRED' | 'PANEL' | 'ORIGINATING';
    evidence: EvidenceInput[];
  }[];
  charges?: {
    id: string;
    label: string;
    statute?: string;
    defendant?: string;
    countNumber?: string;
    countStatus?: string;
    disposition?: string;
    evidence: EvidenceInput[];
  }[];
  claims?: { id: string; label: string; evidence: EvidenceInput[] }[];
  outcomes?: {
    id: string;
    kind: string;
    withPrejudice?: boolean;
    canBeRevived?: boolean;
    date?: DateInput;
    decidedBy?: string;
    reason?: string;
    stage?: string;
    stageText?: string;
    sentence?: { term: string; months?: number; custody?: string };
    resolves?: string[];
    evidence: EvidenceInput[];
  }[];
  events?: {
    id: string;
    kind: string;
    date?: DateInput;
    description: string;
    entryNumber?: string;
    evidence: EvidenceInput[];
  }[];
  related?: { case: string; kind: string; evidence: EvidenceInput[] }[];
  evidence: EvidenceInput[];
}

export interface LitigationDocument {
  format: 'litigation-graph';
  formatVersion: 1;
  document: { id: string; title: string; notes?: string[] };
  sources: SourceInput[];
  parties?: PartyInput[];
  courts?: { id: string; name: string; jurisdiction?: string; evidence: EvidenceInput[] }[];
  productions?: { id: string; title: string; kind: string; evidence: EvidenceInput[] }[];
  incidents?: {
    id: string;
    name: string;
    description: string;
    date?: DateInput;
    place?: string;
    production?: string;
    evidence: EvidenceInput[];
  }[];
  relationships?: {
    kind: 'SPOUSE_OF' | 'PARENT_OF';
    from: string;
    to: string;
    detail?: string;
    evidence: EvidenceInput[];
  }[];
  credits?: {
    party: string;
    production: string;
    role: string;
    roleText?: string;
    evidence: EvidenceInput[];
  }[];
  involvements?: {
    party: string;
    incident: string;
    kind: string;
    detail?: string;
    evidence: EvidenceInput[];
  }[];
  cases?: CaseInput[];
  statements?: StatementInput[];
}

export interface StatementInput {
  id: string;
  kind: 'DENIAL' | 'ALLEGATION' | 'ADMISSION' | 'ANNOUNCEMENT' | 'POSITION' | 'QUOTE';
  speaker: string;
  onBehalfOf?: string;
  content: string;
  directQuote: boolean;
  attribution?: string;
  date?: DateInput;
  about: string[];
  evidence: EvidenceInput[];
}

/** A problem in a document: where (a JSON pointer) and what. */
export interface Issue {
  path: string;
  message: string;
}

export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly issues: Issue[],
  ) {
    super(
      `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was loaded\n` +
        issues.map((i) => `  ${file}#${i.path || '/'}: ${i.message}`).join('\n'),
    );
    this.name = 'IngestError';
  }
}
