import type { Resolvers } from '../generated/resolvers-types';
import { casePartsOf } from '../parts';
import { fieldNodesBelow } from '../selection';

export const incidentResolvers: Resolvers = {
  Incident: {
    production: async (i, _a, ctx) =>
      i.production !== undefined
        ? i.production
        : ((await ctx.loaders.incidents.load(i.id))?.production ?? null),
    involvements: async (i, _a, ctx) =>
      i.involvements ?? (await ctx.loaders.incidents.load(i.id))?.involvements ?? [],
    // The cases come with the parts their selection needs, in the incident's one statement.
    cases: async (i, { transitive }, ctx, info) => {
      const full =
        i.cases && i.relatedCases
          ? i
          : await ctx.loaders
              .incidentsWith(casePartsOf(info, fieldNodesBelow(info, info.fieldNodes, [])))
              .load(i.id);
      return [...(full?.cases ?? []), ...(transitive ? (full?.relatedCases ?? []) : [])];
    },
  },
};
