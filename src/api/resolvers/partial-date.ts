import type { Resolvers } from '../generated/resolvers-types';

// Dates made in code rather than read from the graph carry no flags: they are neither.
export const partialDateResolvers: Resolvers = {
  PartialDate: {
    afterSource: (d) => d.afterSource ?? false,
    warning: (d) => d.warning ?? null,
  },
};
