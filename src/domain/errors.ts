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
  /** A mutation without `Authorization: Bearer <API_TOKEN>`, or with another token (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A mutation while API_TOKEN is unset: writes through the API are off (HTTP 403). */
  MUTATIONS_DISABLED: 'MUTATIONS_DISABLED',
  /** A document sent to `loadDocument` failed a check; `extensions.issues` lists `{ path, message }`. */
  BAD_DOCUMENT: 'BAD_DOCUMENT',
} as const;

/** The operation's estimated cost passed the limit; refused before execution (HTTP 400). */
export const COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED';

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Codes Apollo Server and GraphQL Armor give to requests refused before execution. */
const REQUEST_CODES = [
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  COST_LIMIT_EXCEEDED,
] as const;

/** Codes of HTTP-level refusals, answered before GraphQL sees the request (body, size, charset, encoding). */
export const HttpErrorCodes = {
  /** Malformed JSON, `null`, a body that is not a GraphQL request (HTTP 400). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** Body over the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Charset other than UTF-8, or a content encoding the server does not accept (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The client did not send its headers or body in time (HTTP 408). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** Origin not in CORS_ORIGINS (HTTP 403). */
  FORBIDDEN_ORIGIN: 'FORBIDDEN_ORIGIN',
  /** No such export (an unknown table; HTTP 404). */
  NOT_FOUND: 'NOT_FOUND',
  /** As many exports running as the server allows at once (HTTP 429, with Retry-After). */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;

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
