import { resolve } from 'node:path';
import { loadExamples } from '../src/playground/examples';

// Prints each example operation and its real answer as Markdown, for the README:
//   npm start   (in another shell)   then   npx tsx scripts/example-outputs.ts [URL]
async function main(url: string): Promise<void> {
  for (const ex of loadExamples(resolve(__dirname, '../examples'))) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cypher-stats': '1' },
      body: JSON.stringify({ query: ex.query, variables: ex.variables ?? {} }),
    });
    const body = (await res.json()) as { extensions?: { cypher?: { roundTrips: number } } };
    const trips = body.extensions?.cypher?.roundTrips;
    delete body.extensions;
    process.stdout.write(`#### ${ex.title}\n\n\`examples/${ex.name}.graphql\``);
    if (ex.variables) process.stdout.write(`, variables \`${JSON.stringify(ex.variables)}\``);
    process.stdout.write(` — ${trips} Cypher round trip${trips === 1 ? '' : 's'}\n\n`);
    process.stdout.write('```graphql\n' + ex.query.trim() + '\n```\n\n');
    process.stdout.write('```json\n' + JSON.stringify(body, null, 1) + '\n```\n\n');
  }
}

void main(process.argv[2] ?? 'http://localhost:4000/graphql');
