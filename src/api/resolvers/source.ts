import type { Resolvers } from '../generated/resolvers-types';

export const sourceResolvers: Resolvers = {
  Source: {
    // A source looked up by id carries its text; one reached through evidence loads it (batched).
    text: async (s, _args, ctx) =>
      s.text !== undefined ? s.text : ((await ctx.loaders.sources.load(s.id))?.text ?? null),
  },
};
