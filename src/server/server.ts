import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Executor } from '../db/executor';
import { createContext, type GraphQLContext } from '../api/context';
import { loadTypeDefs } from '../api/type-defs';
import { writeAccess } from '../api/write-access';
import { resolvers } from '../api/resolvers';
import { loadExamples } from './playground/examples';
import { playgroundRouter } from './playground/router';
import { explorerRouter } from './explorer';
import { exportRouter } from './export';
import { ErrorCodes, KNOWN_CODES } from '../domain/errors';
import { logger } from '../logger';
import {
  jsonErrorHandler,
  refuseOversizedBody,
  requestLog,
  requireParsedBody,
  setOperationRecord,
  type OperationRecord,
} from './http';
import { GraphShape } from './shape';
import { costLimitPlugin, DEFAULT_MAX_COST, PARSE_OPTIONS, validationRules } from './limits';
import { Metrics, type MetricsAccess } from './metrics';

import { outageStatusPlugin, readinessHandler } from './outage';
import { bodyBySender, writeAccessPlugin, WRITE_BODY_LIMIT_BYTES } from './writes';
import { cancelOutcomeStatsRefresh } from '../repositories/stats-snapshot';

export { MAX_ALIASES, MAX_DEPTH, MAX_TOKENS } from './limits';
export { loadTypeDefs } from '../api/type-defs';

export const ROOT = resolve(__dirname, '../..');
export const ENDPOINT = '/graphql';

/** The operation's context, plus what the request log reports about it. */
type ServerContext = GraphQLContext & { record: OperationRecord };

/** Reports the operation's Cypher round trips in `extensions.cypher` when the client sends `x-cypher-stats: 1`. */
const cypherStatsPlugin: ApolloServerPlugin<ServerContext> = {
  async requestDidStart({ request }) {
    if (request.http?.headers.get('x-cypher-stats') !== '1') return;
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const { roundTrips, queries } = contextValue.executor.stats;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          cypher: { roundTrips, queries },
        };
      },
    };
  },
};

/** Errors with a known code pass through; anything else is logged and shown without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
  logger.error(
    { err: error instanceof GraphQLError ? (error.originalError ?? error) : error },
    'unexpected error',
  );
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCodes.INTERNAL_SERVER_ERROR },
  };
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  host: string;
  /** Schema introspection; default: on unless NODE_ENV=production. */
  introspection?: boolean;
  /** The GraphiQL IDE on GET /graphql; default: on unless NODE_ENV=production. */
  playground?: boolean;
  /** Origins allowed to call the API from a browser; empty = same origin only, `*` = any. */
  corsOrigins?: readonly string[];
  /** Estimated cost above which an operation is refused before execution. */
  maxCost?: number;
  /** Tokens above which a document is refused unparsed. */
  maxTokens?: number;
  /** Time a client has to send its whole request (headers and body), and its headers. */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** Bearer token that mutations need; unset: mutations are refused (MUTATIONS_DISABLED). */
  apiToken?: string;
  /** Body size accepted from a request carrying the API token (a document to load). */
  writeBodyLimitBytes?: number;
  /** GET /metrics: on (public), off, or token; default: token in production, on otherwise. */
  metrics?: MetricsAccess;
  /** The bearer token /metrics needs with `metrics: 'token'`; default: apiToken. */
  metricsToken?: string;
  /** Transaction timeout of an export (GET /export/…); default 10 minutes. */
  exportTimeoutMs?: number;
  /** graphql-js's "Did you mean …?" hints, which name schema fields and types; default: off in production. */
  errorSuggestions?: boolean;
}

/** graphql-js's suggestion ending: ` Did you mean "x"?`, ` Did you mean the enum value "X"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?$/;

/** The answer's errors without "Did you mean …?": validation (Apollo's plugin) and variable coercion alike. */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return SUGGESTION.test(formatted.message)
    ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
    : formatted;
}

const PRODUCTION = process.env.NODE_ENV === 'production';
const BODY_LIMIT_BYTES = 1024 * 1024;

export async function startServer(executor: Executor, opts: ServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // Slow clients are cut off: Node answers 408 and closes once the whole request
  // has not arrived in time; the check runs every second rather than every 30 s.
  const requestTimeout = opts.requestTimeoutMs ?? 10_000;
  const httpServer = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(opts.headersTimeoutMs ?? 5_000, requestTimeout),
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  const metrics = new Metrics();
  // Degrees and evidence records of the graph now, for the cost estimate.
  const shape = new GraphShape(executor);
  await shape.start();
  const countError = (code: string) => metrics.countError(code);
  const suggestions = opts.errorSuggestions ?? !PRODUCTION;
  const apollo = new ApolloServer<ServerContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: opts.introspection ?? !PRODUCTION,
    includeStacktraceInErrorResponses: false,
    // The process decides how to stop (src/main.ts stops the server, then Neo4j): a second,
    // concurrent apollo.stop() from Apollo's own signal handler would never resolve.
    stopOnTerminationSignals: false,
    // Suggestions spell out field and type names, which a server without introspection keeps to itself.
    hideSchemaDetailsFromClientErrors: !suggestions,
    // A public research API: refuse pathological operations before any Cypher runs.
    parseOptions: opts.maxTokens ? { ...PARSE_OPTIONS, maxTokens: opts.maxTokens } : PARSE_OPTIONS,
    validationRules,
    // Apollo's option covers validation only; variable values are checked later, with hints of their own.
    formatError: suggestions
      ? formatError
      : (formatted, error) => withoutSuggestions(formatError(formatted, error)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      writeAccessPlugin,
      costLimitPlugin(opts.maxCost ?? DEFAULT_MAX_COST, () => shape.view()),
      cypherStatsPlugin,
      requestRecordPlugin,
      metrics.plugin((context) => (context as ServerContext).executor.stats.roundTrips),
      outageStatusPlugin,
    ],
  });
  await apollo.start();
  app.use(requestLog());
  if (opts.playground ?? !PRODUCTION) {
    app.use(
      playgroundRouter({
        endpoint: ENDPOINT,
        examples: loadExamples(resolve(ROOT, 'examples')),
        title: 'Litigation graph',
      }),
    );
  }
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const metricsAccess = opts.metrics ?? (PRODUCTION ? 'token' : 'on');
  if (metricsAccess !== 'off') {
    app.get('/metrics', metrics.handler(metricsAccess, opts.metricsToken ?? opts.apiToken));
  }
  const origins = opts.corsOrigins ?? [];
  app.get('/ready', readinessHandler(executor.availability));
  app.use(
    ENDPOINT,
    cors({ origin: origins.includes('*') ? true : origins.length ? [...origins] : false }),
    // Queries keep the 1 MB limit; only a request with the API token may send a document of a few MB.
    bodyBySender(
      (req) => writeAccess(opts.apiToken, req.headers.authorization) === 'granted',
      [refuseOversizedBody(BODY_LIMIT_BYTES, countError), express.json({ limit: BODY_LIMIT_BYTES })],
      [
        refuseOversizedBody(opts.writeBodyLimitBytes ?? WRITE_BODY_LIMIT_BYTES, countError),
        express.json({ limit: opts.writeBodyLimitBytes ?? WRITE_BODY_LIMIT_BYTES }),
      ],
    ),
    requireParsedBody(countError),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const record: OperationRecord = { operation: null, roundTrips: 0, codes: [] };
        setOperationRecord(res, record);
        return { ...createContext(executor, writeAccess(opts.apiToken, req.headers.authorization)), record };
      },
    }),
  );
  // Files of what a researcher sees (docs/export.md): streamed GETs, no body.
  app.use(exportRouter(executor, { timeoutMs: opts.exportTimeoutMs }));
  app.use(await explorerRouter());
  app.use(jsonErrorHandler(countError));
  await listen(httpServer, opts.port, opts.host);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '127.0.0.1' ? 'localhost' : opts.host;
  return {
    url: `http://${shownHost}:${port}${ENDPOINT}`,
    port,
    stop: async () => {
      // A refresh scheduled by a load must not outlive the server (its driver closes next).
      cancelOutcomeStatsRefresh(executor);
      shape.stop();
      await apollo.stop();
    },
  };
}

/** Fills the request log's record: operation name, Cypher round trips, error codes. */
const requestRecordPlugin: ApolloServerPlugin<ServerContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, operationName, contextValue }) {
        const { record } = contextValue;
        record.operation = operationName ?? null;
        record.roundTrips = contextValue.executor.stats.roundTrips;
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        record.codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
      },
    };
  },
};

export class PortInUseError extends Error {}

/** Fails fast, before Neo4j starts, when the HTTP port is taken. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise<void>((done) => probe.close(() => done()));
}

/** A port free on the loopback now: for a server that must be given a port of its own (PORT ≥ 1). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await listen(probe, 0, '127.0.0.1');
  const { port } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} on ${host} is already in use; set PORT to another port or stop the other process`,
            )
          : error,
      );
    });
    server.listen(port, host, () => resolvePromise());
  });
}
