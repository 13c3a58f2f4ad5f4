import { listParties } from '../../repositories/parties';
import type { Resolvers } from '../generated/resolvers-types';
import { partyPartsFor } from '../parts';
import { selectedAt, selects } from '../selection';

export const partiesResolvers: Resolvers = {
  Query: {
    parties: async (_r, args, ctx, info) => {
      return listParties(
        ctx.executor,
        args.filter ?? {},
        args,
        selects(info, 'totalCount'),
        partyPartsFor(selectedAt(info, ['edges', 'node'])),
      );
    },
  },
};
