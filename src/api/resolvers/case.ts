import type { CaseDetails, CaseModel, OutcomeModel } from '../../domain/models';
import { connectionFromList } from '../../cypher/paging';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { required } from './common';

// A case summary (one level down) is completed by the batched loader: one round trip per level.
export async function details(c: CaseModel, ctx: GraphQLContext): Promise<CaseDetails> {
  if (c.full) return c.full;
  return required((await ctx.loaders.cases.load(c.id))?.full, `Case ${c.id}`);
}

async function caseOf(caseId: string, ctx: GraphQLContext): Promise<CaseModel> {
  return required(await ctx.loaders.cases.load(caseId), `Case ${caseId}`);
}

/** The outcomes of a charge's or claim's case that resolve it. */
async function outcomesResolving(
  x: { id: string; caseId: string },
  ctx: GraphQLContext,
): Promise<OutcomeModel[]> {
  const { outcomes } = await details(await caseOf(x.caseId, ctx), ctx);
  return outcomes.filter((o) => o.resolves?.some((r) => r.id === x.id));
}

export const caseResolvers: Resolvers = {
  Case: {
    court: async (c, _a, ctx) => (await details(c, ctx)).court,
    incident: async (c, _a, ctx) => (await details(c, ctx)).incident,
    parties: async (c, args, ctx) => {
      const all = (await details(c, ctx)).parties;
      const chosen = args.role ? all.filter((p) => p.role === args.role) : all;
      return connectionFromList(chosen, args, (p) => p.id, `case-parties:${args.role ?? 'ANY'}`);
    },
    counsel: async (c, _a, ctx) => (await details(c, ctx)).counsel,
    judges: async (c, _a, ctx) => (await details(c, ctx)).judges,
    charges: async (c, _a, ctx) => (await details(c, ctx)).charges,
    claims: async (c, _a, ctx) => (await details(c, ctx)).claims,
    outcomes: async (c, _a, ctx) => (await details(c, ctx)).outcomes,
    events: async (c, args, ctx) =>
      connectionFromList((await details(c, ctx)).events, args, (e) => e.id, 'case-events'),
    relatedCases: async (c, _a, ctx) => (await details(c, ctx)).related,
  },
  Charge: {
    case: (x, _a, ctx) => caseOf(x.caseId, ctx),
    defendant: async (x, _a, ctx) =>
      x.defendant !== undefined ? x.defendant : ((await ctx.loaders.charges.load(x.id))?.defendant ?? null),
    outcomes: (x, _a, ctx) => outcomesResolving(x, ctx),
  },
  Claim: {
    case: (x, _a, ctx) => caseOf(x.caseId, ctx),
    outcomes: (x, _a, ctx) => outcomesResolving(x, ctx),
  },
  Outcome: {
    case: (o, _a, ctx) => caseOf(o.caseId, ctx),
    decidedBy: async (o, _a, ctx) =>
      o.decidedBy !== undefined ? o.decidedBy : ((await ctx.loaders.outcomes.load(o.id))?.decidedBy ?? null),
    resolves: async (o, _a, ctx) => o.resolves ?? (await ctx.loaders.outcomes.load(o.id))?.resolves ?? [],
  },
  Event: {
    case: (e, _a, ctx) => caseOf(e.caseId, ctx),
  },
  Incident: {
    production: async (i, _a, ctx) =>
      i.production !== undefined
        ? i.production
        : ((await ctx.loaders.incidents.load(i.id))?.production ?? null),
    involvements: async (i, _a, ctx) =>
      i.involvements ?? (await ctx.loaders.incidents.load(i.id))?.involvements ?? [],
    cases: async (i, _a, ctx) => i.cases ?? (await ctx.loaders.incidents.load(i.id))?.cases ?? [],
  },
};
