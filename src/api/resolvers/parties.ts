import { listParties } from '../../repositories/parties';
import type { Resolvers } from '../generated/resolvers-types';
import { selects } from '../selection';

export const partiesResolvers: Resolvers = {
  Query: {
    parties: async (_r, args, ctx, info) => {
      const connection = await listParties(
        ctx.executor,
        args.filter ?? {},
        args,
        selects(info, 'totalCount'),
      );
      for (const edge of connection.edges) ctx.loaders.parties.prime(edge.node.id, edge.node);
      return connection;
    },
  },
};
