import type { Resolvers } from '../generated/resolvers-types';

export const incidentResolvers: Resolvers = {
  Incident: {
    production: async (i, _a, ctx) =>
      i.production !== undefined
        ? i.production
        : ((await ctx.loaders.incidents.load(i.id))?.production ?? null),
    involvements: async (i, _a, ctx) =>
      i.involvements ?? (await ctx.loaders.incidents.load(i.id))?.involvements ?? [],
    cases: async (i, { transitive }, ctx) => {
      const full = i.cases && i.relatedCases ? i : await ctx.loaders.incidents.load(i.id);
      return [...(full?.cases ?? []), ...(transitive ? (full?.relatedCases ?? []) : [])];
    },
  },
};
