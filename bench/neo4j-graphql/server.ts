import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

// The reference server, a child process of `npm run bench`: @neo4j/graphql over
// the same database, served by the same Express + Apollo stack as ours, so the
// comparison is between the two GraphQL layers. Sends its port to the parent.

async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!),
  );
  const typeDefs = readFileSync(resolve(__dirname, 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve({ sessionConfig: { database } }) }),
  );
  await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
  const address = httpServer.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', (m) => {
    if (m === 'stop') void apollo.stop().then(() => driver.close().then(() => process.exit(0)));
  });
}

void main();
