import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
} from 'graphql';
import { parseIsoPartial } from '../../domain/dates';
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

/**
 * Field names the client selected at `path` below the current field, through
 * fragments and inline fragments: lets a root resolver fetch nested data in the
 * same statement only when the selection needs it.
 */
export function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let level: readonly SelectionNode[] = info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []);
  const names = new Set<string>();
  const fieldsOf = (selections: readonly SelectionNode[]): FieldNode[] =>
    selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet.selections);
      const fragment = info.fragments[s.name.value];
      return fragment ? fieldsOf(fragment.selectionSet.selections) : [];
    });
  for (const step of path) {
    level = fieldsOf(level)
      .filter((f) => f.name.value === step)
      .flatMap((f) => f.selectionSet?.selections ?? []);
  }
  for (const f of fieldsOf(level)) names.add(f.name.value);
  return names;
}

/** Whether the client selected `field` directly under this field (e.g. `totalCount`). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedAt(info, []).has(field);
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
    // Most queries resolve sources inline; the loader covers evidence read without them.
    source: async (e, _args, ctx) =>
      e.source ?? required(await ctx.loaders.sources.load(e.sourceId), `Source ${e.sourceId}`),
    quote: (e) => e.quote,
  },
  Node: { __resolveType: (n) => n.__typename },
  Party: { __resolveType: (p) => p.__typename },
  Resolvable: { __resolveType: (r) => r.__typename },
  SearchResult: { __resolveType: (r) => r.__typename },
};
