import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config';
import { connectDatabase, type Database } from '../src/db/connect';
import { ensureSchema } from '../src/db/schema-setup';
import { loadFiles } from '../src/ingest/load';
import { seedFiles } from '../src/ingest/seed-files';
import { loadExamples, type Example } from '../src/server/playground/examples';
import { startServer, type RunningServer } from '../src/server/server';

// The example operations with their real answers, written into docs/examples.md
// (between the `<!-- examples:start -->` and `<!-- examples:end -->` markers) and
// into the one example README.md shows (between `<!-- example:start NAME -->` and
// `<!-- example:end -->`):
//
//   npm run docs:examples            seed a Neo4j and a server of its own on a temporary
//                                    folder, ask every example, write both files
//   npm run docs:examples -- URL     ask a running server instead (seeded from a fresh
//                                    data folder: search scores depend on the index's history)
//
// The rendering is pure (renderExamples, withExamples, withReadmeExample), so
// tests/integration/examples-doc.test.ts renders the same text from the same answers
// and fails when either file differs.

const ROOT = resolve(__dirname, '..');
export const EXAMPLES_DIR = join(ROOT, 'examples');
export const EXAMPLES_DOC = join(ROOT, 'docs/examples.md');
export const README = join(ROOT, 'README.md');

export const EXAMPLES_START = '<!-- examples:start -->';
export const EXAMPLES_END = '<!-- examples:end -->';
const README_EXAMPLE_START = /<!-- example:start ([\w.-]+) -->/;
const README_EXAMPLE_END = '<!-- example:end -->';

/** One example asked: its operation, the answer without `extensions`, and its Cypher round trips. */
export interface ExampleRun {
  example: Example;
  answer: unknown;
  roundTrips: number | undefined;
}

/** JSON with every value that fits in `width` characters on one line, so answers stay readable. */
export function compact(value: unknown, indent = '', width = 110): string {
  const flat = JSON.stringify(value);
  if (
    flat === undefined ||
    flat.length + indent.length <= width ||
    value === null ||
    typeof value !== 'object'
  ) {
    return flat ?? 'null';
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compact(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

/** One example as markdown: title, file, variables, round trips, the operation and its answer. */
export function renderExample({ example, answer, roundTrips }: ExampleRun): string {
  const parts = [`#### ${example.title}\n\n\`examples/${example.name}.graphql\``];
  if (example.variables) parts.push(`, variables \`${JSON.stringify(example.variables)}\``);
  parts.push(` — ${roundTrips} Cypher round trip${roundTrips === 1 ? '' : 's'}\n\n`);
  parts.push('```graphql\n' + example.query.trim() + '\n```\n\n');
  parts.push('```json\n' + compact(answer) + '\n```\n');
  return parts.join('');
}

/** Every example, in the order given (examples/ in file-name order). */
export function renderExamples(runs: readonly ExampleRun[]): string {
  return runs.map(renderExample).join('\n');
}

function between(text: string, start: number, startLength: number, end: number, content: string): string {
  return `${text.slice(0, start + startLength)}\n\n${content}\n${text.slice(end)}`;
}

/** `doc` (docs/examples.md) with the text between its markers replaced by every example. */
export function withExamples(doc: string, runs: readonly ExampleRun[], file = 'docs/examples.md'): string {
  const start = doc.indexOf(EXAMPLES_START);
  const end = doc.indexOf(EXAMPLES_END);
  if (start < 0 || end < start)
    throw new Error(`${file} lacks the ${EXAMPLES_START} … ${EXAMPLES_END} markers`);
  return between(doc, start, EXAMPLES_START.length, end, renderExamples(runs));
}

/** The example README.md shows, named in its start marker; null when the README shows none. */
export function readmeExampleName(readme: string): string | null {
  return README_EXAMPLE_START.exec(readme)?.[1] ?? null;
}

/** `readme` with its one example (see readmeExampleName) rendered from `runs`. */
export function withReadmeExample(readme: string, runs: readonly ExampleRun[], file = 'README.md'): string {
  const match = README_EXAMPLE_START.exec(readme);
  const end = readme.indexOf(README_EXAMPLE_END);
  if (!match || end < match.index)
    throw new Error(`${file} lacks the <!-- example:start NAME --> … ${README_EXAMPLE_END} markers`);
  const run = runs.find((r) => r.example.name === match[1]);
  if (!run) throw new Error(`${file} shows examples/${match[1]}.graphql, which does not exist`);
  return between(readme, match.index, match[0].length, end, renderExample(run));
}

/** Asks `url` one example, as any client would, with the Cypher statistics header. */
export async function askExample(url: string, example: Example): Promise<ExampleRun> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cypher-stats': '1' },
    body: JSON.stringify({ query: example.query, variables: example.variables ?? {} }),
  });
  const body = (await response.json()) as { extensions?: { cypher?: { roundTrips: number } } };
  const roundTrips = body.extensions?.cypher?.roundTrips;
  delete body.extensions;
  return { example, answer: body, roundTrips };
}

/** Every example in examples/, asked one after the other. */
export async function askExamples(url: string, dir = EXAMPLES_DIR): Promise<ExampleRun[]> {
  const runs: ExampleRun[] = [];
  for (const example of loadExamples(dir)) runs.push(await askExample(url, example));
  return runs;
}

/**
 * Runs `use` against a server of its own over a Neo4j of its own, on a temporary
 * folder seeded with seed/*.json and nothing else (whatever NEO4J_URI says), as a
 * first `npm start` would serve it; removes both afterwards.
 */
export async function withSeededServer<T>(
  use: (url: string) => Promise<T>,
  log: (message: string) => void = () => undefined,
): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'litigation-graph-examples-'));
  let db: Database | undefined;
  let server: RunningServer | undefined;
  try {
    const config = loadConfig({
      NEO4J_DATA_DIR: join(folder, 'neo4j'),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      // A cold plan on a busy 2-core machine can take longer than the 15 s default.
      QUERY_TIMEOUT_MS: '120000',
    });
    db = await connectDatabase(config, log);
    await ensureSchema(db.executor);
    await loadFiles(db.executor, seedFiles(join(ROOT, 'seed')));
    server = await startServer(db.executor, { port: 0, host: '127.0.0.1' });
    return await use(`http://127.0.0.1:${server.port}/graphql`);
  } finally {
    await server?.stop();
    await db?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(url: string | undefined): Promise<void> {
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const runs = url
    ? await askExamples(url)
    : await withSeededServer((own) => {
        say(`asking the examples at ${own}`);
        return askExamples(own);
      }, say);
  writeFileSync(EXAMPLES_DOC, withExamples(readFileSync(EXAMPLES_DOC, 'utf8'), runs));
  writeFileSync(README, withReadmeExample(readFileSync(README, 'utf8'), runs));
  say(`wrote ${runs.length} examples into docs/examples.md and one into README.md`);
}

if (require.main === module) {
  // Exiting (not dying of the signal) runs the local Neo4j's exit hook, which stops it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  main(process.argv[2]).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
