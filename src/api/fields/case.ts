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
} from '../../generated/graphql';
import {
  computed,
  evidence,
  hop,
  list,
  lookup,
  one,
  page,
  property,
  type TypeModel,
  CONNECTION,
  EDGE,
} from './kinds';

// A case and what hangs off it. `parts` name the pieces of the case's projection
// (`caseDocument`) a field needs; a field without parts is answered by the case's
// own properties, which every route carries.

export const CASE = {
  id: property(),
  caption: property(),
  captionKind: property(),
  kind: property(),
  status: property(),
  jurisdiction: property(),
  docketNumber: property(),
  filed: property(),
  closed: property(),
  evidence: evidence(['evidence']),
  court: one(hop('IN_COURT', 'out'), ['court']),
  incident: one(hop('ARISES_FROM', 'out'), ['incident']),
  natureOfSuit: property(['texts']),
  cause: property(['texts']),
  jurisdictionBasis: property(['texts']),
  juryDemand: property(['texts']),
  demand: property(['texts']),
  // Asking for the prosecution also finds the lawyers who prosecute, stored as counsel.
  // Paged in Cypher: every link is read (lean) to order and count them; only the page
  // is projected.
  parties: page(hop('PARTY_TO', 'in'), ['partyPages'], { readsAll: true }),
  counsel: list(hop('COUNSEL_IN', 'in'), ['counsel']),
  judges: list(hop('JUDGE_IN', 'in'), ['judges']),
  // With the case's outcomes, which answer each charge's and claim's `outcomes`.
  charges: list(hop('HAS_CHARGE', 'out'), ['charges', 'outcomes']),
  claims: list(hop('HAS_CLAIM', 'out'), ['claims', 'outcomes']),
  outcomes: list(hop('HAS_OUTCOME', 'out'), ['outcomes']),
  // Likewise, in chronological order (undated events after the event told before them).
  events: page(hop('HAS_EVENT', 'out'), ['eventPages'], { readsAll: true }),
  relatedCases: list(hop('RELATED_TO', 'both'), ['related']),
  statements: list(hop('ABOUT', 'in'), ['statements']),
  // The case's own lists as of a day: CaseAsOf's lists count what they read.
  // Its status is known up to its sources' dates: the case's own evidence.
  asOf: computed({ parts: ['incident', 'events', 'outcomes', 'parties', 'evidence'] }),
} as const satisfies TypeModel<Case, CasePart>;

export const CASE_PARTY = {
  id: property(),
  party: one(hop('PARTY_TO', 'out')),
  role: property(),
  roleText: property(),
  terminated: property(),
  evidence: evidence(),
} as const satisfies TypeModel<CaseParty>;

export const COUNSEL = {
  id: property(),
  case: one(hop('COUNSEL_IN', 'out')),
  lawyer: one(hop('COUNSEL_IN', 'in')),
  client: lookup(),
  capacity: property(),
  firm: lookup(),
  designations: property(),
  terminated: property(),
  evidence: evidence(),
} as const satisfies TypeModel<Counsel>;

export const CASE_JUDGE = {
  id: property(),
  judge: one(hop('JUDGE_IN', 'in')),
  assignment: property(),
  evidence: evidence(),
} as const satisfies TypeModel<CaseJudge>;

export const CHARGE = {
  id: property(),
  label: property(),
  statute: property(),
  countNumber: property(),
  countStatus: property(),
  disposition: property(),
  defendant: one(hop('CHARGED', 'out')),
  case: one(hop('HAS_CHARGE', 'in')),
  outcomes: list(hop('RESOLVES', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Charge>;

export const CLAIM = {
  id: property(),
  label: property(),
  case: one(hop('HAS_CLAIM', 'in')),
  outcomes: list(hop('RESOLVES', 'in')),
  evidence: evidence(),
} as const satisfies TypeModel<Claim>;

export const CASE_RELATION = {
  id: property(),
  kind: property(),
  case: one(hop('RELATED_TO', 'both')),
  evidence: evidence(),
} as const satisfies TypeModel<CaseRelation>;

export const COURT = {
  id: property(),
  name: property(),
  jurisdiction: property(),
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
