import { GraphQLScalarType, Kind } from 'graphql';
import { parseIsoPartial } from '../../domain/dates';
import { badInput } from '../../domain/errors';
import type { Resolvers } from '../generated/resolvers-types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) {
    throw badInput(`Date must be a YYYY-MM-DD string; got ${JSON.stringify(value)}`);
  }
  try {
    parseIsoPartial(value);
  } catch (error) {
    throw badInput(`Date ${(error as Error).message}`);
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

export const scalarResolvers: Resolvers = { Date: DateScalar };
