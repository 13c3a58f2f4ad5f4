import { listCases } from '../../repositories/cases';
import type { Resolvers } from '../generated/resolvers-types';
import { selects } from '../selection';

export const casesResolvers: Resolvers = {
  Query: {
    cases: async (_r, args, ctx, info) => {
      const order = { field: args.orderBy?.field ?? 'CAPTION', direction: args.orderBy?.direction ?? 'ASC' };
      const connection = await listCases(
        ctx.executor,
        args.filter ?? {},
        order,
        args,
        selects(info, 'totalCount'),
      );
      // Full documents: later look-ups of these cases in the same operation cost nothing.
      for (const edge of connection.edges) ctx.loaders.cases.prime(edge.node.id, edge.node);
      return connection;
    },
  },
};
