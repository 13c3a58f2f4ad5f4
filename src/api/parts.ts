import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, MAX_PAGE, decodeCursor } from '../cypher/paging';
import type { CasePart, PartyPart } from '../cypher/projections';
import type { PartyRole } from '../domain/models';
import type { CasePage } from '../repositories/entities';
import { namesBelow } from './selection';

// Which parts of a case or party document each GraphQL field needs. Every field
// of the types is either answered by the summary or listed here (a unit test
// checks the schema against both), so a new field cannot silently go unfetched.

export const CASE_SUMMARY_FIELDS = [
  '__typename',
  'id',
  'caption',
  'captionKind',
  'kind',
  'status',
  'jurisdiction',
  'docketNumber',
  'filed',
  'closed',
  'evidence',
] as const;

export const CASE_FIELD_PARTS: Readonly<Record<string, readonly CasePart[]>> = {
  court: ['court'],
  incident: ['incident'],
  // Asking for the prosecution also finds the lawyers who prosecute, stored as counsel.
  parties: ['parties', 'counsel'],
  counsel: ['counsel'],
  judges: ['judges'],
  charges: ['charges'],
  claims: ['claims'],
  outcomes: ['outcomes'],
  events: ['events'],
  relatedCases: ['related'],
  statements: ['statements'],
  natureOfSuit: ['texts'],
  cause: ['texts'],
  jurisdictionBasis: ['texts'],
  juryDemand: ['texts'],
  demand: ['texts'],
  asOf: ['incident', 'events', 'outcomes', 'parties'],
};

export const PARTY_SUMMARY_FIELDS = [
  '__typename',
  'id',
  'name',
  'displayName',
  'aliases',
  'descriptors',
  'offices',
  'evidence',
] as const;

export const PARTY_FIELD_PARTS: Readonly<Record<string, readonly PartyPart[]>> = {
  cases: ['caseLinks'],
  relationships: ['relationships'],
  credits: ['credits'],
  incidents: ['incidents'],
  statements: ['statementLinks'],
  statementsAbout: ['statementLinks'],
  contacts: ['contacts'],
  counselAppearances: ['counselAppearances'],
  possibleSameAs: ['possibleSameAs'],
};

function partsFor<P extends string>(
  table: Readonly<Record<string, readonly P[]>>,
  fields: Iterable<string>,
): Set<P> {
  const parts = new Set<P>();
  for (const f of fields) for (const p of table[f] ?? []) parts.add(p);
  return parts;
}

/** The case parts a selection of Case fields needs. */
export const casePartsFor = (fields: Iterable<string>): Set<CasePart> => partsFor(CASE_FIELD_PARTS, fields);

/** The party parts a selection of Party fields needs. */
export const partyPartsFor = (fields: Iterable<string>): Set<PartyPart> =>
  partsFor(PARTY_FIELD_PARTS, fields);

/** The ordering a party's case list is paged in, for a role or none (its cursors name it). */
export const partyCasesOrder = (role: PartyRole | null | undefined): string => `party-cases:${role ?? 'ANY'}`;

/**
 * What to fetch with a party whose selected fields are `fields`: the parts, and
 * the page of its cases the selection shows, when one `cases` page is selected
 * (several different pages of one party are each loaded on their own).
 */
export function partySelection(
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
): { parts: Set<PartyPart>; page?: CasePage } {
  const parts = partyPartsFor(fields.map((f) => f.name.value));
  const casesFields = fields.filter((f) => f.name.value === 'cases');
  const nodeFields = namesBelow(info, casesFields, ['edges', 'node']);
  if (nodeFields.size === 0) return { parts };
  const page = casePageOf(info, casesFields, casePartsFor(nodeFields));
  return page ? { parts, page } : { parts };
}

function casePageOf(
  info: GraphQLResolveInfo,
  casesFields: readonly FieldNode[],
  caseParts: ReadonlySet<CasePart>,
): CasePage | undefined {
  const party = info.schema.getType('Person');
  const def = isObjectType(party) ? party.getFields().cases : undefined;
  if (!def) return undefined;
  const args = casesFields.map((f) => getArgumentValues(def, f, info.variableValues) as PartyCasesArgs);
  if (new Set(args.map((a) => JSON.stringify([a.role, a.first, a.after]))).size !== 1) return undefined;
  const { role, first, after } = args[0]!;
  // Out-of-range or foreign arguments fetch no page: the connection refuses them with its own error.
  if (first != null && (first < 0 || first > MAX_PAGE)) return undefined;
  let afterId: string | null = null;
  if (after) {
    try {
      afterId = decodeCursor(after, partyCasesOrder(role), 'after').id;
    } catch {
      return undefined;
    }
  }
  return { role: role ?? null, caseParts, after: afterId, first: first ?? DEFAULT_PAGE };
}

interface PartyCasesArgs {
  role?: PartyRole | null;
  first?: number | null;
  after?: string | null;
}
