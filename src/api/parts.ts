import { getArgumentValues, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { pageWindow, type PageArgs } from '../cypher/paging';
import { Selected } from '../cypher/reading';
import {
  CaseParts,
  type CasePart,
  type PageArgsOf,
  type PartiesPageArgs,
  type PartyPart,
} from '../cypher/projections';
import type { PartyRole } from '../domain/models';
import type { CasePage } from '../repositories/entities';
import { CASE, FIELD_MODELS, PARTY, type FieldSpec } from './fields';
import { fieldNodesBelow, operationFieldNames, selectsNestedEvidence } from './selection';

// Which parts of a case or party projection each GraphQL field needs, read from
// the field models (`fields/`): the compiler checks that every schema field of
// the types has its entry, so a new field cannot silently go unfetched.

/** Field name → the parts it needs, for the fields that need any. */
function partsTable<P extends string>(
  model: Readonly<Record<string, FieldSpec<P>>>,
): Record<string, readonly P[]> {
  return Object.fromEntries(
    Object.entries(model).flatMap(([field, spec]) => (spec.parts?.length ? [[field, spec.parts]] : [])),
  );
}

export const CASE_FIELD_PARTS: Readonly<Record<string, readonly CasePart[]>> = partsTable<CasePart>(CASE);
export const PARTY_FIELD_PARTS: Readonly<Record<string, readonly PartyPart[]>> = partsTable<PartyPart>(PARTY);

function partsFor<P extends string>(
  table: Readonly<Record<string, readonly P[]>>,
  fields: Iterable<string>,
): Set<P> {
  const parts = new Set<P>();
  for (const f of fields) for (const p of table[f] ?? []) parts.add(p);
  return parts;
}

/** The parts the selected fields `fields` need, with `nestedEvidence` when evidence is selected below them. */
function selectedParts<P extends string>(
  table: Readonly<Record<string, readonly P[]>>,
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
): Set<P | 'nestedEvidence'> {
  const parts: Set<P | 'nestedEvidence'> = partsFor(
    table,
    fields.map((f) => f.name.value),
  );
  if (selectsNestedEvidence(info, fields)) parts.add('nestedEvidence');
  return parts;
}

/** Each field name with what fields of that name require (Base.requires), over every model. */
const REQUIRES: ReadonlyMap<string, readonly string[] | 'all'> = (() => {
  const requires = new Map<string, string[] | 'all'>();
  for (const model of Object.values(FIELD_MODELS))
    for (const [field, spec] of Object.entries(model)) {
      if (!spec.requires) continue;
      const known = requires.get(field);
      requires.set(
        field,
        spec.requires === 'all' || known === 'all' ? 'all' : [...(known ?? []), ...spec.requires],
      );
    }
  return requires;
})();

const readNames = new WeakMap<ReadonlySet<string>, ReadonlySet<string> | null>();

/**
 * The field names a statement of this operation reads (cypher/reading.ts): those it
 * selects and those they require; null (everything) when one requires all.
 */
export function namesRead(info: GraphQLResolveInfo): ReadonlySet<string> | null {
  const selected = operationFieldNames(info);
  if (readNames.has(selected)) return readNames.get(selected)!;
  let names: Set<string> | null = new Set(selected);
  for (const name of selected) {
    const requires = REQUIRES.get(name);
    if (requires === 'all') {
      names = null;
      break;
    }
    for (const r of requires ?? []) names.add(r);
  }
  readNames.set(selected, names);
  return names;
}

/**
 * The case parts the selected Case fields `fields` need (see selectedParts), with the
 * arguments of every page of the parties and the timeline they select (aliases may
 * select several), each read once.
 */
export function casePartsOf(info: GraphQLResolveInfo, fields: readonly FieldNode[]): CaseParts {
  const parts = selectedParts(CASE_FIELD_PARTS, info, fields);
  return new CaseParts(
    parts,
    {
      parties: pagesSelected(info, fields, 'parties', casePartiesPageFor),
      events: pagesSelected(info, fields, 'events', caseEventsPageFor),
    },
    namesRead(info),
  );
}

/** The distinct pages the selections of the Case field `name` among `fields` ask for. */
function pagesSelected<A, P>(
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
  name: string,
  pageFor: (args: A) => P,
): P[] {
  const type = info.schema.getType('Case');
  const def = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!def) return [];
  const pages = new Map<string, P>();
  for (const field of fields.filter((f) => f.name.value === name)) {
    try {
      const page = pageFor(getArgumentValues(def, field, info.variableValues) as A);
      pages.set(JSON.stringify(page), page);
    } catch {
      // Out-of-range or foreign arguments fetch no page: the field refuses them with its own error.
    }
  }
  return [...pages.values()];
}

export interface CasePartiesArgs extends PageArgs {
  role?: PartyRole | null;
}

/** The ordering a case's parties are paged in, for a role or none (its cursors name it). */
export const casePartiesOrder = (role: PartyRole | null | undefined): string =>
  `case-parties:${role ?? 'ANY'}`;
export const CASE_EVENTS_ORDER = 'case-events';

/** Where a forward page in `order` starts and how long it is; BAD_USER_INPUT on a bad page or cursor. */
function forwardPage(args: PageArgs, order: string): PageArgsOf {
  const window = pageWindow(args, order);
  return { after: window.after?.id ?? null, first: window.size };
}

/** The page of a case's parties `args` ask for (see forwardPage). */
export const casePartiesPageFor = (args: CasePartiesArgs): PartiesPageArgs => ({
  role: args.role ?? null,
  ...forwardPage(args, casePartiesOrder(args.role)),
});

/** The page of a case's timeline `args` ask for (see forwardPage). */
export const caseEventsPageFor = (args: PageArgs): PageArgsOf => forwardPage(args, CASE_EVENTS_ORDER);

/** The party parts the selected Party fields `fields` need (see selectedParts). */
export const partyPartsOf = (info: GraphQLResolveInfo, fields: readonly FieldNode[]): Selected<PartyPart> =>
  new Selected(selectedParts(PARTY_FIELD_PARTS, info, fields), namesRead(info));

/** The case parts a selection of Case fields needs, by name (no evidence below them). */
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
  const parts = partyPartsOf(info, fields);
  const casesFields = fields.filter((f) => f.name.value === 'cases');
  if (casesFields.length === 0) return { parts };
  const nodeFields = fieldNodesBelow(info, casesFields, ['edges', 'node']);
  const page = casePageOf(info, casesFields, casePartsOf(info, nodeFields));
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
  try {
    return casePageFor(args[0]!, caseParts);
  } catch {
    // Out-of-range or foreign arguments fetch no page: the connection refuses them with its own error.
    return undefined;
  }
}

/** The page of a party's cases that `args` ask for, with `caseParts`; BAD_USER_INPUT on a bad page or cursor. */
export function casePageFor(args: PartyCasesArgs, caseParts: ReadonlySet<CasePart>): CasePage {
  return { role: args.role ?? null, ...forwardPage(args, partyCasesOrder(args.role)), caseParts };
}

export interface PartyCasesArgs {
  role?: PartyRole | null;
  first?: number | null;
  after?: string | null;
}
