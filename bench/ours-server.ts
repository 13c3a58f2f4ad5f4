import neo4j from 'neo4j-driver';
import { Executor } from '../src/db/executor';
import { startServer } from '../src/server/server';

// The project's server as a child process of `npm run bench`, as `npm start`
// serves it (request log on, limits on), over the benchmark's database. A child
// so that its CPU time, peak RSS and CPU profile (PROFILE=1) are its own.

async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!),
  );
  const executor = new Executor(driver, process.env.NEO4J_DATABASE ?? 'neo4j');
  const server = await startServer(executor, { port: 0, host: '127.0.0.1', playground: false });
  process.send?.({ port: server.port });
  process.on('message', (m) => {
    // A normal exit, so that --cpu-prof writes its profile.
    if (m === 'stop') void server.stop().then(() => driver.close().then(() => process.exit(0)));
  });
}

void main();
