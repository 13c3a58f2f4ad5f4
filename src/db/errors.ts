import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCodes, type ErrorCode } from '../domain/errors';

export { ErrorCodes, type ErrorCode };

// Neo4j errors as the API's coded errors (domain/errors.ts); the Neo4j code
// stays in the server log only, so internals don't leak into responses.

export function classifyNeo4jError(code: string | undefined): { code: ErrorCode; message: string } {
  if (!code) return { code: ErrorCodes.DATABASE_ERROR, message: 'The database failed to answer the query.' };
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.ClientError.Cluster')
  ) {
    return {
      code: ErrorCodes.DATABASE_UNAVAILABLE,
      message: 'The database is unavailable; try again shortly.',
    };
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut')) {
    return { code: ErrorCodes.DATABASE_TIMEOUT, message: 'The query took too long and was stopped.' };
  }
  if (code.startsWith('Neo.TransientError')) {
    return { code: ErrorCodes.DATABASE_BUSY, message: 'The database is busy; try again.' };
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return { code: ErrorCodes.CONFLICT, message: 'The change conflicts with data already in the graph.' };
  }
  if (code.startsWith('Neo.ClientError.Statement.ArgumentError') || code.includes('InvalidArgument')) {
    return { code: ErrorCodes.BAD_USER_INPUT, message: 'An argument was not valid for this query.' };
  }
  return { code: ErrorCodes.DATABASE_ERROR, message: 'The database failed to answer the query.' };
}

/** A statement that did not finish by its deadline (the server may never have answered). */
export class DeadlineError extends Error {
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/** The database went down (or was already down) while a statement waited. */
export class UnavailableError extends Error {}

export function unavailableError(queryName: string): GraphQLError {
  return toGraphQLError(new UnavailableError('the database is down'), queryName);
}

// The driver gives no code when no pooled connection became free in time.
const isAcquisitionTimeout = (error: unknown): boolean =>
  error instanceof Error && error.message.startsWith('Connection acquisition timed out');

function classify(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof DeadlineError) {
    return {
      code: ErrorCodes.DATABASE_TIMEOUT,
      message: `The database did not answer within ${Math.round(error.ms / 1000)} s; try again later.`,
    };
  }
  if (error instanceof UnavailableError) return classifyNeo4jError('ServiceUnavailable');
  if (isAcquisitionTimeout(error)) return classifyNeo4jError('Neo.TransientError.Pool.AcquisitionTimeout');
  return classifyNeo4jError(error instanceof Neo4jError ? error.code : undefined);
}

export function toGraphQLError(error: unknown, queryName: string): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const { code, message } = classify(error);
  return new GraphQLError(message, {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code, query: queryName },
  });
}
