import type { GraphQLResolveInfo } from 'graphql';
import {
  CaseParts,
  type CasePageArgs,
  type CasePart,
  type PageArgsOf,
  type PartyPart,
} from '../cypher/projections';
import { dataIntegrity } from '../domain/errors';
import type { CaseDetails, CaseModel, PartyModel } from '../domain/models';
import type { GraphQLContext } from './context';
import { casePartsOf, partySelection } from './parts';
import { fieldNodesBelow, fieldNodesOnParent } from './selection';

// Models arrive as summaries (one level down) or with some parts of their
// document. A missing part is fetched by the operation's batched loader together
// with every part its siblings in the selection need, so nesting costs one round
// trip per level, and every route builds each part with the same projection.

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw dataIntegrity(what);
  return value;
}

/** A case by id with the parts the field's own selection needs (`info` is the field returning it); null when absent. */
export function caseForSelection(
  caseId: string,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): Promise<CaseModel | null> {
  return ctx.loaders.casesWith(casePartsOf(info, fieldNodesBelow(info, info.fieldNodes, []))).load(caseId);
}

/** A case another entity names: it must exist (see caseForSelection). */
export async function caseById(
  caseId: string,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): Promise<CaseModel> {
  return required(await caseForSelection(caseId, ctx, info), `Case ${caseId}`);
}

/** The part of the case document that holds each detail. */
const PART_OF: Record<keyof CaseDetails, CasePart> = {
  court: 'court',
  incident: 'incident',
  parties: 'parties',
  counsel: 'counsel',
  judges: 'judges',
  charges: 'charges',
  claims: 'claims',
  outcomes: 'outcomes',
  events: 'events',
  related: 'related',
  statements: 'statements',
  natureOfSuit: 'texts',
  cause: 'texts',
  jurisdictionBasis: 'texts',
  juryDemand: 'texts',
  demand: 'texts',
  partyPages: 'partyPages',
  eventPages: 'eventPages',
};

/** The details `keys` of a case, fetched with its siblings' parts when missing (`info` is a field of the case). */
export async function caseDetails<K extends keyof CaseDetails>(
  c: CaseModel,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  keys: readonly K[],
): Promise<Pick<CaseDetails, K>> {
  const missing = keys.filter((k) => !(c.details && k in c.details));
  if (missing.length > 0) {
    const parts = casePartsOf(info, fieldNodesOnParent(info));
    for (const k of missing) parts.add(PART_OF[k]);
    const loaded = required(await ctx.loaders.casesWith(parts).load(c.id), `Case ${c.id}`);
    c.details = { ...loaded.details, ...c.details };
  }
  return c.details as Pick<CaseDetails, K>;
}

/** Whether a page read with a case answers the arguments `want` (its `after` and `first`). */
export const samePage = (page: PageArgsOf, want: PageArgsOf): boolean =>
  page.after === want.after && page.first === want.first;

/**
 * A page of a case's parties or timeline: one read with the case when it answers these
 * arguments (`answers`), else read now, alone, with `pages`.
 */
export async function casePage<K extends 'partyPages' | 'eventPages'>(
  c: CaseModel,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  key: K,
  pages: CasePageArgs,
  answers: (page: CaseDetails[K][number]) => boolean,
): Promise<CaseDetails[K][number]> {
  const read = (c.details?.[key] as CaseDetails[K] | undefined)?.find(answers);
  if (read) return read;
  // The page alone, its entities with evidence when the selection asks for some.
  const selected = casePartsOf(info, fieldNodesOnParent(info));
  const parts: CasePart[] = selected.has('nestedEvidence') ? [key, 'nestedEvidence'] : [key];
  const loaded = await ctx.loaders.casesWith(new CaseParts(parts, pages, selected.names)).load(c.id);
  const [page] = (loaded?.details?.[key] ?? []) as CaseDetails[K];
  return required(page, `Case ${c.id}`);
}

/** One detail of a case (see caseDetails). */
export async function caseDetail<K extends keyof CaseDetails>(
  c: CaseModel,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  key: K,
): Promise<CaseDetails[K]> {
  return (await caseDetails(c, ctx, info, [key]))[key];
}

/** The party fields each part fills in. */
const PARTY_PART_FIELDS: Record<PartyPart, (keyof PartyModel)[]> = {
  relationships: ['relationships'],
  credits: ['credits'],
  incidents: ['incidents'],
  statementLinks: ['statements', 'statementsAbout'],
  contacts: ['contacts'],
  counselAppearances: ['counselAppearances'],
  possibleSameAs: ['possibleSameAs'],
  evidence: ['evidence'],
  nestedEvidence: [],
};

/** A party by id with the parts (and page of cases) the field's own selection needs. */
export async function partyById(
  id: string,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): Promise<PartyModel | null> {
  const { parts, page } = partySelection(info, fieldNodesBelow(info, info.fieldNodes, []));
  return ctx.loaders.partiesWith(parts, page).load(id);
}

/** A party with `part` present, fetched with its siblings' parts when missing (`info` is a field of the party). */
export async function partyWith(
  p: PartyModel,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  part: PartyPart,
): Promise<PartyModel> {
  if (PARTY_PART_FIELDS[part].every((f) => p[f] !== undefined)) return p;
  const { parts, page } = partySelection(info, fieldNodesOnParent(info));
  parts.add(part);
  const loaded = required(await ctx.loaders.partiesWith(parts, page).load(p.id), `Party ${p.id}`);
  for (const loadedPart of parts) {
    for (const f of PARTY_PART_FIELDS[loadedPart])
      if (p[f] === undefined) Object.assign(p, { [f]: loaded[f] });
  }
  p.casePage ??= loaded.casePage;
  return p;
}
