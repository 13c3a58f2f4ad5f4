import type { LocalNeo4j } from '../../src/neo4j-local/server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __LOCAL_NEO4J__?: LocalNeo4j }).__LOCAL_NEO4J__?.stop();
}
