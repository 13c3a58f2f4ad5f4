import { outcomeStats, outcomeStatsParts } from '../../repositories/stats';
import type { Resolvers } from '../generated/resolvers-types';
import { selectedAt } from '../selection';

export const statsResolvers: Resolvers = {
  Query: {
    // Only the selected statistics are computed (fragments and aliases included).
    outcomeStats: (_r, args, ctx, info) =>
      outcomeStats(
        ctx.executor,
        args.filter ?? {},
        args.topParties,
        outcomeStatsParts({
          fields: selectedAt(info, []),
          timeToDisposition: selectedAt(info, ['timeToDisposition']),
          topParties: selectedAt(info, ['topParties']),
        }),
      ),
  },
};
