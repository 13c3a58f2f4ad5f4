import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { writeAccess } from '../api/write-access';
import { ErrorCodes } from '../domain/errors';
import { sendError } from './http';

// Prometheus metrics at /metrics: GraphQL requests and latencies by operation,
// errors by code, Cypher round trips, and the process's own (memory, event loop).
// Who may read them: everyone (`on`, the development default), nobody (`off`: no
// route), or requests carrying a bearer token (`token`, the production default).

/** on: public; off: not served; token: `Authorization: Bearer <token>` required. */
export type MetricsAccess = 'on' | 'off' | 'token';

/** Refusal code when METRICS=token but no token is configured: nobody can read them. */
export const METRICS_TOKEN_UNSET = 'METRICS_TOKEN_UNSET';

/** Operation names come from clients: only plausible names are labels, and only so many. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

export class Metrics {
  readonly registry = new Registry();
  private readonly seen = new Set<string>();
  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, or the first error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly roundTrips = new Histogram({
    name: 'graphql_cypher_round_trips',
    help: 'Cypher statements sent per GraphQL operation',
    labelNames: ['operation'] as const,
    buckets: [0, 1, 2, 3, 5, 10, 20],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors answered, by extensions.code (HTTP-level refusals included)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATION_LABELS) return '(other)';
    this.seen.add(name);
    return name;
  }

  countError(code: string): void {
    this.errors.inc({ code });
  }

  /** Observes every GraphQL request: duration, outcome, round trips, error codes. */
  plugin(roundTripsOf: (context: unknown) => number): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ response, operationName, contextValue }) => {
            const operation = this.operationLabel(operationName);
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
            for (const code of codes) this.countError(code);
            this.requests.inc({ operation, outcome: codes[0] ?? 'ok' });
            this.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
            this.roundTrips.observe({ operation }, roundTripsOf(contextValue));
          },
        };
      },
    };
  }

  /** GET /metrics; with `token` access, only for a request bearing `token` (compared in constant time). */
  handler(access: Exclude<MetricsAccess, 'off'> = 'on', token?: string): RequestHandler {
    return (req, res, next) => {
      if (access === 'token') {
        const given = writeAccess(token, req.headers.authorization);
        if (given === 'disabled') {
          sendError(
            req,
            res,
            403,
            METRICS_TOKEN_UNSET,
            'Metrics need a bearer token and none is configured: set METRICS_TOKEN (or API_TOKEN), or METRICS=on to make them public.',
          );
          return;
        }
        if (given !== 'granted') {
          res.set('www-authenticate', 'Bearer realm="metrics"');
          sendError(
            req,
            res,
            401,
            ErrorCodes.UNAUTHENTICATED,
            given === 'missing'
              ? 'Metrics need the header `Authorization: Bearer <METRICS_TOKEN>` (API_TOKEN when METRICS_TOKEN is unset).'
              : 'The bearer token is not the metrics token.',
          );
          return;
        }
      }
      this.registry
        .metrics()
        .then((text) => res.type(this.registry.contentType).send(text))
        .catch(next);
    };
  }
}
