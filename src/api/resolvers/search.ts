import { search } from '../../repositories/search';
import type { Resolvers } from '../generated/resolvers-types';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_r, { text, first }, ctx) => search(ctx.executor, text, first),
  },
};
