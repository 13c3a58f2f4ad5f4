import { listParties } from '../../repositories/parties';
import type { Resolvers } from '../generated/resolvers-types';
import { partyPartsOf } from '../parts';
import { fieldNodesBelow, selects } from '../selection';

export const partiesResolvers: Resolvers = {
  Query: {
    parties: async (_r, args, ctx, info) => {
      return listParties(
        ctx.executor,
        args.filter ?? {},
        args,
        selects(info, 'totalCount'),
        partyPartsOf(info, fieldNodesBelow(info, info.fieldNodes, ['edges', 'node'])),
      );
    },
  },
};
