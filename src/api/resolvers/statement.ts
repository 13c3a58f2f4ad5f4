import type { StatementModel } from '../../domain/models';
import type { GraphQLContext } from '../context';
import { required } from '../documents';
import type { Resolvers } from '../generated/resolvers-types';

// A statement summary (search hit, graph node) is completed by the batched loader.
async function fullStatement(s: StatementModel, ctx: GraphQLContext): Promise<StatementModel> {
  if (s.speaker && s.about && s.onBehalfOf !== undefined) return s;
  return required(await ctx.loaders.statements.load(s.id), `Statement ${s.id}`);
}

export const statementResolvers: Resolvers = {
  Statement: {
    speaker: async (s, _a, ctx) => required((await fullStatement(s, ctx)).speaker, `Speaker of ${s.id}`),
    onBehalfOf: async (s, _a, ctx) => (await fullStatement(s, ctx)).onBehalfOf ?? null,
    about: async (s, _a, ctx) => (await fullStatement(s, ctx)).about ?? [],
  },
};
