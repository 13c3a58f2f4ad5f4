import { caseById } from '../documents';
import type { Resolvers } from '../generated/resolvers-types';
import { outcomesResolving } from '../outcomes-resolving';

// A charge names its case, so `charge.case` answers from the same case document builder as `case(id)`.
export const chargeResolvers: Resolvers = {
  Charge: {
    case: (x, _a, ctx, info) => caseById(x.caseId, ctx, info),
    defendant: async (x, _a, ctx) =>
      x.defendant !== undefined ? x.defendant : ((await ctx.loaders.charges.load(x.id))?.defendant ?? null),
    outcomes: (x, _a, ctx) => outcomesResolving(x, ctx),
  },
};
