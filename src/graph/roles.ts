import type { PartyRole } from '../domain/models';

// How a party role maps onto the graph: COUNSEL and JUDGE are relationship types of
// their own; the roles of the parties proper are a property of PARTY_TO.
const ROLE_RELS: Partial<Record<PartyRole, string>> = { COUNSEL: 'COUNSEL_IN', JUDGE: 'JUDGE_IN' };

export interface PartyLink {
  /** Relationship type(s) for the pattern, e.g. `PARTY_TO|COUNSEL_IN|JUDGE_IN`. */
  rel: string;
  /** Whether `r.role = $role` must also hold (and `$role` be passed). */
  byRoleProperty: boolean;
}

export function partyLink(role: PartyRole | null | undefined): PartyLink {
  if (!role) return { rel: 'PARTY_TO|COUNSEL_IN|JUDGE_IN', byRoleProperty: false };
  const rel = ROLE_RELS[role];
  return rel ? { rel, byRoleProperty: false } : { rel: 'PARTY_TO', byRoleProperty: true };
}
