import { request } from 'node:http';
import type { GraphQLResponse, Harness } from './harness';

/**
 * Posts an operation to the harness's server like any client, WITHOUT the
 * round-trip guard of `h.gql`. That guard holds the API to one Cypher round trip
 * per root field for ordinary operations; a selection nested several entity
 * levels deep legitimately costs one batched round trip per level, so tests that
 * send such selections on purpose (route consistency) use this instead.
 *
 * One connection per request: the server runs in the test's own process, and a
 * long operation blocks its event loop past the keep-alive timeout, so a pooled
 * connection can be closed under the next request (ECONNRESET).
 */
export function rawGql(
  h: Harness,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<any>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: h.server.port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(JSON.parse(text) as GraphQLResponse<any>);
          } catch {
            reject(new Error(`HTTP ${res.statusCode} without a GraphQL body: ${text.slice(0, 500)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
