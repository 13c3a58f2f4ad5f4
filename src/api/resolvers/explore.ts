import { neighborhood, paths } from '../../repositories/explore';
import type { Resolvers } from '../generated/resolvers-types';

// One statement per field: nodes come with their entity summaries and edges with
// their evidence, sources inline, so selecting them costs no further round trip.
export const exploreResolvers: Resolvers = {
  Query: {
    neighborhood: (_r, args, ctx) => neighborhood(ctx.executor, args),
    paths: (_r, args, ctx) => paths(ctx.executor, args),
  },
};
