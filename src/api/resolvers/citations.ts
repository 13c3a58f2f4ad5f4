import { citations } from '../../repositories/citations';
import type { Resolvers } from '../generated/resolvers-types';

// One statement: entity summaries and relationships come inline.
export const citationResolvers: Resolvers = {
  Query: {
    citations: (_r, args, ctx) => citations(ctx.executor, args.sourceId),
  },
};
