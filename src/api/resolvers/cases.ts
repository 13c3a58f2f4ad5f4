import { listCases } from '../../repositories/cases';
import type { Resolvers } from '../generated/resolvers-types';
import { casePartsOf } from '../parts';
import { fieldNodesBelow, selects } from '../selection';

export const casesResolvers: Resolvers = {
  Query: {
    cases: async (_r, args, ctx, info) => {
      const order = { field: args.orderBy?.field ?? 'CAPTION', direction: args.orderBy?.direction ?? 'ASC' };
      return listCases(
        ctx.executor,
        args.filter ?? {},
        order,
        args,
        selects(info, 'totalCount'),
        casePartsOf(info, fieldNodesBelow(info, info.fieldNodes, ['edges', 'node'])),
      );
    },
  },
};
