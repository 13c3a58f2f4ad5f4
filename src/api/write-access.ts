import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCodes } from '../domain/errors';

// Who may write through the API: a request carrying `Authorization: Bearer <API_TOKEN>`.
// Without API_TOKEN the API is read-only. Tokens are compared in constant time
// (digests of equal length), so the answer's timing tells nothing about the token.

export type WriteAccess = 'granted' | 'disabled' | 'missing' | 'wrong';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function writeAccess(
  apiToken: string | undefined,
  authorization: string | null | undefined,
): WriteAccess {
  if (apiToken === undefined || apiToken === '') return 'disabled';
  const given = BEARER.exec(authorization ?? '')?.[1];
  if (given === undefined) return 'missing';
  return timingSafeEqual(digest(given), digest(apiToken)) ? 'granted' : 'wrong';
}

/** The refusal for a request without write access (undefined when granted), as a request error. */
export function writeAccessError(access: WriteAccess): GraphQLError | undefined {
  const refuse = (message: string, code: string, status: number) =>
    new GraphQLError(message, {
      extensions: {
        code,
        http: {
          status,
          ...(status === 401 ? { headers: new Map([['www-authenticate', 'Bearer']]) } : {}),
        },
      },
    });
  switch (access) {
    case 'granted':
      return undefined;
    case 'disabled':
      return refuse(
        'Mutations are disabled on this server: start it with API_TOKEN set (a long random secret) and send `Authorization: Bearer <API_TOKEN>`.',
        ErrorCodes.MUTATIONS_DISABLED,
        403,
      );
    case 'missing':
      return refuse(
        'Mutations need the header `Authorization: Bearer <API_TOKEN>`.',
        ErrorCodes.UNAUTHENTICATED,
        401,
      );
    case 'wrong':
      return refuse("The bearer token is not this server's API_TOKEN.", ErrorCodes.UNAUTHENTICATED, 401);
  }
}

/** Resolvers that write call this too: the server refuses such operations earlier, this keeps them safe alone. */
export function requireWriteAccess(access: WriteAccess): void {
  const error = writeAccessError(access);
  if (error) throw error;
}
