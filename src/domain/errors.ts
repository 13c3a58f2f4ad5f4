import { GraphQLError } from 'graphql';

// Every `extensions.code` the API answers with, in one place: clients branch on
// these, so they are stable. Internals (Neo4j codes, stacks) stay in the server log.

export const ErrorCodes = {
  /** The request asked for something invalid; `extensions.argument` names the argument. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_BUSY: 'DATABASE_BUSY',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  DATABASE_ERROR: 'DATABASE_ERROR',
  CONFLICT: 'CONFLICT',
  /** The graph lacks something it must hold (a fact's case, an evidence source). */
  DATA_INTEGRITY: 'DATA_INTEGRITY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Codes Apollo Server and GraphQL Armor give to requests refused before execution. */
const REQUEST_CODES = [
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

/** Codes an answer may carry as they are; any other error is shown as INTERNAL_SERVER_ERROR. */
export const KNOWN_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCodes).filter((c) => c !== ErrorCodes.INTERNAL_SERVER_ERROR),
  ...REQUEST_CODES,
]);

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCodes.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });
}

export function dataIntegrity(what: string): GraphQLError {
  return new GraphQLError(`${what} is missing from the graph`, {
    extensions: { code: ErrorCodes.DATA_INTEGRITY },
  });
}
