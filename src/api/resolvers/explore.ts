import { neighborhood, paths } from '../../repositories/explore';
import type { Resolvers } from '../generated/resolvers-types';
import { selectedAt } from '../selection';

// One statement per field: nodes come with their entity summaries and edges with
// their evidence, sources inline, so selecting them costs no further round trip;
// a selection that reads neither (a graph view's ids, kinds, names) gets a lean statement.
export const exploreResolvers: Resolvers = {
  Query: {
    neighborhood: (_r, args, ctx, info) => {
      const nodeFields = selectedAt(info, ['nodes']);
      const lean =
        !nodeFields.has('node') &&
        !nodeFields.has('evidence') &&
        !selectedAt(info, ['edges']).has('evidence');
      return neighborhood(ctx.executor, { ...args, lean });
    },
    paths: (_r, args, ctx) => paths(ctx.executor, args),
  },
};
