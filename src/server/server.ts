import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import type { Executor } from '../db/executor';
import { createContext, type GraphQLContext } from '../api/context';
import { resolvers } from '../api/resolvers';
import { loadExamples } from './playground/examples';
import { playgroundRouter } from './playground/router';
import { explorerRouter } from './explorer';
import { ErrorCodes, KNOWN_CODES } from '../domain/errors';
import { logger } from '../logger';
import { outageStatusPlugin, readinessHandler } from './outage';

export const ROOT = resolve(__dirname, '../..');
export const ENDPOINT = '/graphql';
/** Deep enough for every example (the deepest nests 11 fields), far from abusive nesting. */
export const MAX_DEPTH = 20;
export const MAX_ALIASES = 30;

// Thrown, the rules' errors would surface as internal errors; reported to the
// validation context they are ordinary GRAPHQL_VALIDATION_FAILED errors.
const REPORT_AS_VALIDATION_ERROR = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function loadTypeDefs(dir = resolve(ROOT, 'schema')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'));
}

/** Reports the operation's Cypher round trips in `extensions.cypher` when the client sends `x-cypher-stats: 1`. */
const cypherStatsPlugin: ApolloServerPlugin<GraphQLContext> = {
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

export async function startServer(
  executor: Executor,
  opts: { port: number; host: string },
): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // A public research API: refuse pathological operations before any Cypher runs.
    validationRules: [
      maxDepthRule({ n: MAX_DEPTH, ...REPORT_AS_VALIDATION_ERROR, ignoreIntrospection: true }),
      maxAliasesRule({ n: MAX_ALIASES, ...REPORT_AS_VALIDATION_ERROR }),
    ],
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      cypherStatsPlugin,
      outageStatusPlugin,
    ],
  });
  await apollo.start();
  app.use(
    playgroundRouter({
      endpoint: ENDPOINT,
      examples: loadExamples(resolve(ROOT, 'examples')),
      title: 'Litigation graph',
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', readinessHandler(executor.availability));
  app.use(
    ENDPOINT,
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(executor) }),
  );
  app.use(await explorerRouter());
  await listen(httpServer, opts.port, opts.host);
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '127.0.0.1' ? 'localhost' : opts.host;
  return {
    url: `http://${shownHost}:${port}${ENDPOINT}`,
    port,
    stop: () => apollo.stop(),
  };
}

export class PortInUseError extends Error {}

/** Fails fast, before Neo4j starts, when the HTTP port is taken. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise<void>((done) => probe.close(() => done()));
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
