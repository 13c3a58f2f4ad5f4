import type { Resolvers } from '../generated/resolvers-types';

export const productionResolvers: Resolvers = {
  Production: {
    credits: async (x, _a, ctx) => x.credits ?? (await ctx.loaders.productions.load(x.id))?.credits ?? [],
    incidents: async (x, _a, ctx) =>
      x.incidents ?? (await ctx.loaders.productions.load(x.id))?.incidents ?? [],
  },
};
