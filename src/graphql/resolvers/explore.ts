import { inlineSources, neighborhood, paths } from '../../repositories/explore';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

// Graph exploration: one statement per field. Evidence comes with its sources
// inline; priming the sources loader lets `Evidence.source` answer from them.

function primeSources(ctx: GraphQLContext, ...args: Parameters<typeof inlineSources>): void {
  for (const source of inlineSources(...args)) ctx.loaders.sources.prime(source.id, source);
}

export const exploreResolvers: Resolvers = {
  Query: {
    neighborhood: async (_r, args, ctx) => {
      const subgraph = await neighborhood(ctx.executor, args);
      if (subgraph) primeSources(ctx, subgraph.nodes, subgraph.edges);
      return subgraph;
    },
    paths: async (_r, args, ctx) => {
      const found = await paths(ctx.executor, args);
      for (const path of found)
        primeSources(
          ctx,
          path.nodes,
          path.steps.map((s) => s.edge),
        );
      return found;
    },
  },
};
