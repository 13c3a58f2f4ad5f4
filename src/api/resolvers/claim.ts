import { caseById } from '../documents';
import type { Resolvers } from '../generated/resolvers-types';
import { outcomesResolving } from '../outcomes-resolving';

export const claimResolvers: Resolvers = {
  Claim: {
    case: (x, _a, ctx, info) => caseById(x.caseId, ctx, info),
    outcomes: (x, _a, ctx) => outcomesResolving(x, ctx),
  },
};
