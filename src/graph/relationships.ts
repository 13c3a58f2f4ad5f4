import type { EdgeKind } from '../generated/graphql';
import type { NodeLabel } from './labels';

// Relationship types with their endpoints, read from start to end. The schema's
// EdgeKind enum must name exactly these (checked by the compiler through `satisfies`).

type Endpoint = NodeLabel | 'Party' | 'Node';

export const RELATIONSHIPS = {
  PARTY_TO: { from: 'Party', to: 'Case' },
  COUNSEL_IN: { from: 'Party', to: 'Case' },
  JUDGE_IN: { from: 'Party', to: 'Case' },
  IN_COURT: { from: 'Case', to: 'Court' },
  ARISES_FROM: { from: 'Case', to: 'Incident' },
  HAS_CHARGE: { from: 'Case', to: 'Charge' },
  CHARGED: { from: 'Charge', to: 'Party' },
  HAS_CLAIM: { from: 'Case', to: 'Claim' },
  HAS_OUTCOME: { from: 'Case', to: 'Outcome' },
  DECIDED_BY: { from: 'Outcome', to: 'Party' },
  /** To the case, charges or claims an outcome disposes of. */
  RESOLVES: { from: 'Outcome', to: 'Node' },
  HAS_EVENT: { from: 'Case', to: 'Event' },
  RELATED_TO: { from: 'Case', to: 'Case' },
  SPOUSE_OF: { from: 'Party', to: 'Party' },
  PARENT_OF: { from: 'Party', to: 'Party' },
  WORKED_ON: { from: 'Party', to: 'Production' },
  INVOLVED_IN: { from: 'Party', to: 'Incident' },
  ON_PRODUCTION: { from: 'Incident', to: 'Production' },
  /** Speaker → what they said. */
  STATED: { from: 'Party', to: 'Statement' },
  /** Statement → the party its speaker spoke for (a lawyer's client). */
  ON_BEHALF_OF: { from: 'Statement', to: 'Party' },
  /** Statement → the case, claim, charge, event, outcome, incident or party it is about. */
  ABOUT: { from: 'Statement', to: 'Node' },
} as const satisfies Record<EdgeKind, { from: Endpoint; to: Endpoint }>;

export type RelType = keyof typeof RELATIONSHIPS;
export const REL_TYPES = Object.keys(RELATIONSHIPS) as RelType[];

/** A walk along relationships of one or more types: `out` from start to end, `in` back, `both` either way. */
export interface Hop {
  type: RelType | readonly RelType[];
  direction: 'out' | 'in' | 'both';
}

/** `Case.parties` reads `PARTY_TO` into the case: `hop('PARTY_TO', 'in')`. */
export const hop = (type: Hop['type'], direction: Hop['direction']): Hop => ({ type, direction });

/** A hop as a key: `PARTY_TO|COUNSEL_IN:out`. */
export const hopKey = (h: Hop): string => `${[h.type].flat().join('|')}:${h.direction}`;

/** The relationships from a case to the facts it owns (each owned by exactly one case). */
export const CASE_OWNS = [
  'HAS_CHARGE',
  'HAS_CLAIM',
  'HAS_OUTCOME',
  'HAS_EVENT',
] as const satisfies readonly RelType[];
/** The relationships by which a party takes part in a case. */
export const CASE_PARTICIPATION = [
  'PARTY_TO',
  'COUNSEL_IN',
  'JUDGE_IN',
] as const satisfies readonly RelType[];
