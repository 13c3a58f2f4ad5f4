import { caseById } from '../documents';
import type { Resolvers } from '../generated/resolvers-types';

export const eventResolvers: Resolvers = {
  Event: {
    case: (e, _a, ctx, info) => caseById(e.caseId, ctx, info),
  },
};
