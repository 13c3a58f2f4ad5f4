import { listCases } from '../../repositories/cases';
import { courtJudges } from '../../repositories/courts';
import type { Resolvers } from '../generated/resolvers-types';
import { casePartsOf } from '../parts';
import { fieldNodesBelow, selects } from '../selection';

export const courtResolvers: Resolvers = {
  Court: {
    cases: async (court, args, ctx, info) => {
      return listCases(
        ctx.executor,
        { courtId: court.id },
        { field: 'FILED', direction: 'DESC' },
        args,
        selects(info, 'totalCount'),
        casePartsOf(info, fieldNodesBelow(info, info.fieldNodes, ['edges', 'node'])),
      );
    },
    judges: (court, _a, ctx) => courtJudges(ctx.executor, court.id),
  },
};
