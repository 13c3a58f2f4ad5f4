import type { CasePart } from '../../cypher/projections';
import type {
  Case,
  CaseConnection,
  CaseEdge,
  CaseJudge,
  CaseParty,
  CasePartyConnection,
  CasePartyEdge,
  CaseRelation,
  Charge,
  Claim,
  Counsel,
  Court,
  CaptionKind,
  CaseKind,
  CaseRelationKind,
  CaseStatus,
  CounselCapacity,
  JudgeAssignment,
  PartyRole,
} from '../../generated/graphql';
import {
  computed,
  derived,
  evidence,
  hop,
  list,
  lookup,
  one,
  page,
  property,
  requiring,
  type TypeModel,
  CONNECTION,
  EDGE,
} from './kinds';
import { day, oneOf, optOneOf, optText, text, texts } from './stored';

/** What `chronological` (domain/dates.ts) orders by: a date's first day and precision. */
const CHRONOLOGY = ['date', 'earliest', 'precision'];

// A case and what hangs off it. `parts` name the pieces of the case's projection
// (`caseDocument`) a field needs; a field without parts is answered by the case's
// own properties, which every route carries.

export const CASE = {
  id: property(text),
  caption: property(text),
  captionKind: property(oneOf<CaptionKind>()),
  kind: property(oneOf<CaseKind>()),
  status: property(oneOf<CaseStatus>()),
  jurisdiction: property(optText),
  docketNumber: property(optText),
  filed: property(day),
  closed: property(day),
  evidence: evidence(['evidence']),
  court: one(hop('IN_COURT', 'out'), ['court']),
  incident: one(hop('ARISES_FROM', 'out'), ['incident']),
  natureOfSuit: derived(['texts']),
  cause: derived(['texts']),
  jurisdictionBasis: derived(['texts']),
  juryDemand: derived(['texts']),
  demand: derived(['texts']),
  // Asking for the prosecution also finds the lawyers who prosecute, stored as counsel.
  // Paged in Cypher: every link is read (lean) to order and count them; only the page
  // is projected.
  parties: page(hop('PARTY_TO', 'in'), ['partyPages'], { readsAll: true }),
  counsel: list(hop('COUNSEL_IN', 'in'), ['counsel']),
  judges: list(hop('JUDGE_IN', 'in'), ['judges']),
  // With the case's outcomes, which answer each charge's and claim's `outcomes`; the
  // outcomes are put in chronological order (domain/dates.ts) as they are read.
  charges: requiring(CHRONOLOGY, list(hop('HAS_CHARGE', 'out'), ['charges', 'outcomes'])),
  claims: requiring(CHRONOLOGY, list(hop('HAS_CLAIM', 'out'), ['claims', 'outcomes'])),
  outcomes: requiring(CHRONOLOGY, list(hop('HAS_OUTCOME', 'out'), ['outcomes'])),
  // Likewise, in chronological order (undated events after the event told before them).
  events: page(hop('HAS_EVENT', 'out'), ['eventPages'], { readsAll: true }),
  relatedCases: list(hop('RELATED_TO', 'both'), ['related']),
  statements: list(hop('ABOUT', 'in'), ['statements']),
  // The case's own lists as of a day: CaseAsOf's lists count what they read.
  // Its status is known up to its sources' dates: the case's own evidence.
  asOf: requiring('all', computed({ parts: ['incident', 'events', 'outcomes', 'parties', 'evidence'] })),
} as const satisfies TypeModel<Case, CasePart>;

export const CASE_PARTY = {
  id: property(text),
  party: one(hop('PARTY_TO', 'out')),
  role: property(oneOf<PartyRole>()),
  roleText: property(optText),
  terminated: property(day),
  evidence: evidence(),
} as const satisfies TypeModel<CaseParty>;

export const COUNSEL = {
  id: property(text),
  case: one(hop('COUNSEL_IN', 'out')),
  lawyer: one(hop('COUNSEL_IN', 'in')),
  client: lookup(),
  capacity: property(oneOf<CounselCapacity>()),
  firm: lookup(),
  designations: property(texts),
  terminated: property(day),
  evidence: evidence(),
} as const satisfies TypeModel<Counsel>;

export const CASE_JUDGE = {
  id: property(text),
  judge: one(hop('JUDGE_IN', 'in')),
  assignment: property(optOneOf<JudgeAssignment>()),
  evidence: evidence(),
} as const satisfies TypeModel<CaseJudge>;

export const CHARGE = {
  id: property(text),
  label: property(text),
  statute: property(optText),
  countNumber: property(optText),
  countStatus: property(optText),
  disposition: property(optText),
  defendant: one(hop('CHARGED', 'out')),
  case: one(hop('HAS_CHARGE', 'in')),
  outcomes: list(hop('RESOLVES', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Charge>;

export const CLAIM = {
  id: property(text),
  label: property(text),
  case: one(hop('HAS_CLAIM', 'in')),
  outcomes: list(hop('RESOLVES', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Claim>;

export const CASE_RELATION = {
  id: property(text),
  // Stored as told from the relationship's start; read from the other end it reverses.
  kind: property(oneOf<CaseRelationKind>()),
  case: one(hop('RELATED_TO', 'both')),
  evidence: evidence(),
} as const satisfies TypeModel<CaseRelation>;

export const COURT = {
  id: property(text),
  name: property(text),
  jurisdiction: property(optText),
  cases: page(hop('IN_COURT', 'in')),
  // The judges of every case the court holds, once each.
  judges: computed({
    rows: (_args, child, shape) => {
      const judges = shape.degree(hop('JUDGE_IN', 'in'));
      return shape.degree(hop('IN_COURT', 'in')) * (1 + judges) + judges * child;
    },
  }),
  evidence: evidence(),
} as const satisfies TypeModel<Court>;

export const CASE_PARTY_EDGE = EDGE satisfies TypeModel<CasePartyEdge>;
export const CASE_PARTY_CONNECTION = CONNECTION satisfies TypeModel<CasePartyConnection>;
export const CASE_EDGE = EDGE satisfies TypeModel<CaseEdge>;
export const CASE_CONNECTION = CONNECTION satisfies TypeModel<CaseConnection>;
