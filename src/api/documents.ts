import { dataIntegrity } from '../domain/errors';
import type { CaseDetails, CaseModel, PartyModel } from '../domain/models';
import type { GraphQLContext } from './context';

// Models arrive as summaries (one level down) or as full documents (at the root,
// or prefetched). A summary is completed by the operation's batched loader, so
// nesting costs one round trip per level and every route reads the same document.

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw dataIntegrity(what);
  return value;
}

export async function caseById(caseId: string, ctx: GraphQLContext): Promise<CaseModel> {
  return required(await ctx.loaders.cases.load(caseId), `Case ${caseId}`);
}

export async function caseDetails(c: CaseModel, ctx: GraphQLContext): Promise<CaseDetails> {
  if (c.full) return c.full;
  return required((await ctx.loaders.cases.load(c.id))?.full, `Case ${c.id}`);
}

export async function fullParty(p: PartyModel, ctx: GraphQLContext): Promise<PartyModel> {
  if (p.caseLinks && p.relationships && p.credits && p.incidents) return p;
  return required(await ctx.loaders.parties.load(p.id), `Party ${p.id}`);
}
