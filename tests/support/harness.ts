import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from '../../src/db/executor';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/server';
import { TEST_ENV } from './env';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; argument?: string } }[];
  extensions?: { cypher?: { roundTrips: number; queries: string[] } };
}

/** The real server on a free port, over the test Neo4j; `gql` posts through HTTP like any client. */
export interface Harness {
  driver: Driver;
  executor: Executor;
  server: RunningServer;
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>>;
  close(): Promise<void>;
}

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined)
    throw new Error(`${name} is not set: run integration tests through jest's global setup`);
  return value;
}

/** Root fields of the (single) operation, fragments included; `__typename` costs nothing. */
export function rootFieldCount(query: string): number {
  const doc = parse(query);
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const count = (selections: readonly SelectionNode[]): number =>
    selections.reduce((n, s) => {
      if (s.kind === Kind.FIELD) return n + (s.name.value === '__typename' ? 0 : 1);
      if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet.selections);
      const fragment = fragments.get(s.name.value);
      return n + (fragment ? count(fragment.selectionSet.selections) : 0);
    }, 0);
  const operation = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operation ? count(operation.selectionSet.selections) : 0;
}

const TEST_QUERY_TIMEOUT_MS = 120_000;

/** `options` overrides server options, e.g. a larger cost budget for deliberately deep selections. */
export async function startHarness(
  options: Partial<Omit<ServerOptions, 'port' | 'host'>> = {},
): Promise<Harness> {
  const driver = neo4j.driver(
    env(TEST_ENV.uri),
    neo4j.auth.basic(env(TEST_ENV.user), env(TEST_ENV.password)),
  );
  // Tests assert answers, never time: the first planning of the largest document
  // statements can exceed the server's 15 s default when several Neo4j instances
  // share a 2-core machine, so the test server waits longer before giving up.
  const executor = new Executor(driver, env(TEST_ENV.database), undefined, TEST_QUERY_TIMEOUT_MS);
  const server = await startServer(executor, { ...options, port: 0, host: '127.0.0.1' });
  return {
    driver,
    executor,
    server,
    async gql(query, variables = {}) {
      const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cypher-stats': '1' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<any>;
      // Every operation any test sends must cost at most one Cypher round trip per root field.
      const trips = body.extensions?.cypher?.roundTrips ?? 0;
      const roots = rootFieldCount(query);
      if (trips > roots) {
        throw new Error(
          `${trips} Cypher round trips for ${roots} root field(s): ${body.extensions?.cypher?.queries.join(', ')}\n${query}`,
        );
      }
      return body;
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}
