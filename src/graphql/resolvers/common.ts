import { GraphQLError, GraphQLScalarType, Kind, type GraphQLResolveInfo } from 'graphql';
import { parseIsoPartial } from '../../ingest/dates';
import type { Resolvers } from '../generated/resolvers-types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) {
    throw new GraphQLError(`Date must be a YYYY-MM-DD string; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  try {
    parseIsoPartial(value);
  } catch (error) {
    throw new GraphQLError(`Date ${(error as Error).message}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
  serialize: (value) => String(value),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Whether the client selected `field` directly under this field (e.g. `totalCount`). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some(
    (node) =>
      node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === field) ||
      node.selectionSet?.selections.some(
        (s) =>
          (s.kind === Kind.INLINE_FRAGMENT || s.kind === Kind.FRAGMENT_SPREAD) &&
          JSON.stringify(s.kind === Kind.FRAGMENT_SPREAD ? info.fragments[s.name.value] : s).includes(
            `"value":"${field}"`,
          ),
      ),
  );
}

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new GraphQLError(`${what} is missing from the graph`, { extensions: { code: 'DATA_INTEGRITY' } });
  }
  return value;
}

export const commonResolvers: Resolvers = {
  Date: DateScalar,
  Evidence: {
    source: async (e, _args, ctx) =>
      required(await ctx.loaders.sources.load(e.sourceId), `Source ${e.sourceId}`),
    quote: (e) => e.quote,
  },
  Node: { __resolveType: (n) => n.__typename },
  Party: { __resolveType: (p) => p.__typename },
  Resolvable: { __resolveType: (r) => r.__typename },
  SearchResult: { __resolveType: (r) => r.__typename as 'Person' },
};
