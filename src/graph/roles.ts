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
  const capacities = link.capacities?.length ? new Cypher.Param(link.capacities) : null;
  return roleTest(r, new Cypher.Param(link.roleProperty), capacities);
}

/**
 * What of a link shapes a statement's text: its types, and whether the role and the
 * capacities are tested. The role and the capacities themselves are parameters
 * (`linkParams`), so roles stored alike (PLAINTIFF, DEFENDANT) share one text.
 */
export interface LinkShape {
  types: RelType[];
  byRole: boolean;
  byCapacity: boolean;
}

export function linkShape(link: PartyLink): LinkShape {
  return { types: link.types, byRole: link.roleProperty !== null, byCapacity: !!link.capacities?.length };
}

/** The values `namedRoleCondition` reads as `$role` and `$capacities`. */
export function linkParams(link: PartyLink): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (link.roleProperty !== null) params.role = link.roleProperty;
  if (link.capacities?.length) params.capacities = link.capacities;
  return params;
}

/** `roleCondition` over a link's shape, reading the role and capacities as `$role` and `$capacities`. */
export function namedRoleCondition(shape: LinkShape, r: Cypher.Relationship): Cypher.Predicate | undefined {
  if (!shape.byRole) return undefined;
  const capacities = shape.byCapacity ? new Cypher.NamedParam('capacities') : null;
  return roleTest(r, new Cypher.NamedParam('role'), capacities);
}

function roleTest(
  r: Cypher.Relationship,
  role: Cypher.Param,
  capacities: Cypher.Param | null,
): Cypher.Predicate | undefined {
  const byRole = Cypher.eq(r.property('role'), role);
  if (!capacities) return byRole;
  return Cypher.or(byRole, Cypher.in(r.property('capacity'), capacities));
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
