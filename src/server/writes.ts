import type { ApolloServerPlugin } from '@apollo/server';
import express, { type Request, type RequestHandler } from 'express';
import type { GraphQLContext } from '../api/context';
import { writeAccessError } from '../api/write-access';

// Writes through the API: mutations are refused before execution (HTTP 401/403,
// a code) unless the request carries the API token, and only such a request may
// send a large body (a document of a few MB); everyone else keeps the 1 MB limit.

/** Default body limit for requests carrying the API token. */
export const WRITE_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** Refuses a mutation operation without write access, before any resolver or Cypher runs. */
export const writeAccessPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation !== 'mutation') return;
        const refusal = writeAccessError(contextValue.writeAccess);
        if (refusal) throw refusal;
      },
    };
  },
};

/** Runs the `writer` body handlers for a request with write access, else the `reader` ones. */
export function bodyBySender(
  canWrite: (req: Request) => boolean,
  reader: RequestHandler[],
  writer: RequestHandler[],
): RequestHandler {
  const forReaders = express.Router().use(...reader);
  const forWriters = express.Router().use(...writer);
  return (req, res, next) => (canWrite(req) ? forWriters : forReaders)(req, res, next);
}
