import { listCases } from '../../repositories/cases';
import type { Resolvers } from '../generated/resolvers-types';
import { casePartsFor } from '../parts';
import { selectedAt, selects } from '../selection';

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
        casePartsFor(selectedAt(info, ['edges', 'node'])),
      );
    },
  },
};
