import { required } from '../documents';
import type { Resolvers } from '../generated/resolvers-types';

export const evidenceResolvers: Resolvers = {
  Evidence: {
    // Most queries resolve sources inline; the loader covers evidence read without them.
    source: async (e, _args, ctx) =>
      e.source ?? required(await ctx.loaders.sources.load(e.sourceId), `Source ${e.sourceId}`),
    quote: (e) => e.quote,
  },
};
