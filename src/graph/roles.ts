import Cypher from '@neo4j/cypher-builder';
import { PartyRole, type CounselCapacity } from '../generated/graphql';
import { CASE_PARTICIPATION, type RelType } from './relationships';

// How a party's role in a case is stored: COUNSEL and JUDGE are relationship types
// of their own (COUNSEL_IN, JUDGE_IN); the roles of the parties proper are the
// `role` property of PARTY_TO.

const ROLE_RELS: Partial<Record<PartyRole, RelType>> = { COUNSEL: 'COUNSEL_IN', JUDGE: 'JUDGE_IN' };

/** Every role in SDL order (the order of role lists in answers). */
export const ROLE_ORDER: readonly PartyRole[] = Object.values(PartyRole);

export interface PartyLink {
  /** Relationship types that can carry the role. */
  types: RelType[];
  /** The value `role` must have on the relationship, when the role is a property (PARTY_TO). */
  roleProperty: PartyRole | null;
  /** Counsel capacities that also hold the role (COUNSEL_IN with one of these `capacity` values). */
  capacities?: CounselCapacity[];
}

/**
 * The prosecution is whoever prosecutes: the State as a party, or the lawyers who
 * prosecute for it, stored as counsel (a special prosecutor, the district attorney).
 */
export const PROSECUTOR_CAPACITIES: readonly CounselCapacity[] = ['SPECIAL_PROSECUTOR', 'DISTRICT_ATTORNEY'];

export function partyLink(role: PartyRole | null | undefined): PartyLink {
  if (!role) return { types: [...CASE_PARTICIPATION], roleProperty: null };
  if (role === 'PROSECUTION') {
    return { types: ['PARTY_TO', 'COUNSEL_IN'], roleProperty: role, capacities: [...PROSECUTOR_CAPACITIES] };
  }
  const rel = ROLE_RELS[role];
  return rel ? { types: [rel], roleProperty: null } : { types: ['PARTY_TO'], roleProperty: role };
}

/** The condition a participation `r` must meet for the link's role; undefined when its type says it all. */
export function roleCondition(link: PartyLink, r: Cypher.Relationship): Cypher.Predicate | undefined {
  if (!link.roleProperty) return undefined;
  const byRole = Cypher.eq(r.property('role'), new Cypher.Param(link.roleProperty));
  if (!link.capacities?.length) return byRole;
  return Cypher.or(byRole, Cypher.in(r.property('capacity'), new Cypher.Param(link.capacities)));
}

/** The role a participation relationship `r` stands for, as a Cypher expression. */
export function roleOf(r: Cypher.Relationship): Cypher.Expr {
  return new Cypher.Case(Cypher.type(r))
    .when(new Cypher.Literal('PARTY_TO'))
    .then(r.property('role'))
    .when(new Cypher.Literal('COUNSEL_IN'))
    .then(new Cypher.Literal('COUNSEL'))
    .else(new Cypher.Literal('JUDGE'));
}
