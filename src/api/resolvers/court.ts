import { listCases } from '../../repositories/cases';
import { courtJudges } from '../../repositories/courts';
import type { Resolvers } from '../generated/resolvers-types';
import { selects } from '../selection';

export const courtResolvers: Resolvers = {
  Court: {
    cases: async (court, args, ctx, info) => {
      const connection = await listCases(
        ctx.executor,
        { courtId: court.id },
        { field: 'FILED', direction: 'DESC' },
        args,
        selects(info, 'totalCount'),
      );
      for (const edge of connection.edges) ctx.loaders.cases.prime(edge.node.id, edge.node);
      return connection;
    },
    judges: (court, _a, ctx) => courtJudges(ctx.executor, court.id),
  },
};
