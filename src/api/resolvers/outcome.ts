import { caseById } from '../documents';
import type { Resolvers } from '../generated/resolvers-types';

export const outcomeResolvers: Resolvers = {
  Outcome: {
    case: (o, _a, ctx, info) => caseById(o.caseId, ctx, info),
    decidedBy: async (o, _a, ctx) =>
      o.decidedBy !== undefined ? o.decidedBy : ((await ctx.loaders.outcomes.load(o.id))?.decidedBy ?? null),
    resolves: async (o, _a, ctx) => o.resolves ?? (await ctx.loaders.outcomes.load(o.id))?.resolves ?? [],
  },
};
