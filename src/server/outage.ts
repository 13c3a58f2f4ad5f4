import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Availability } from '../db/availability';
import { ErrorCodes } from '../domain/errors';

// How a database outage shows over HTTP: 503 while Neo4j is unavailable or busy,
// 504 when it did not answer in time, and `/ready` says whether to send traffic
// (`/health` only says the process is alive).

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  [ErrorCodes.DATABASE_UNAVAILABLE]: 503,
  [ErrorCodes.DATABASE_BUSY]: 503,
  [ErrorCodes.DATABASE_TIMEOUT]: 504,
};

/** The HTTP status for an answer carrying these error codes, when an outage code is among them. */
export function outageStatus(codes: readonly unknown[]): number | undefined {
  const statuses = codes.map((c) => (typeof c === 'string' ? STATUS_BY_CODE[c] : undefined));
  if (statuses.includes(503)) return 503;
  return statuses.includes(504) ? 504 : undefined;
}

export const outageStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const status = outageStatus((response.body.singleResult.errors ?? []).map((e) => e.extensions?.code));
        if (status !== undefined) {
          response.http.status = status;
          response.http.headers.set('retry-after', '5');
        }
      },
    };
  },
};

export function readinessHandler(availability: Availability) {
  return (_req: Request, res: Response): void => {
    if (availability.up) res.json({ status: 'ready' });
    else res.status(503).set('retry-after', '5').json({ status: 'unavailable', reason: availability.reason });
  };
}
