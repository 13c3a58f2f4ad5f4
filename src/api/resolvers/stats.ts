import { outcomeStats } from '../../repositories/stats';
import type { Resolvers } from '../generated/resolvers-types';

export const statsResolvers: Resolvers = {
  Query: {
    outcomeStats: (_r, args, ctx) => outcomeStats(ctx.executor, args.filter ?? {}, args.topParties),
  },
};
