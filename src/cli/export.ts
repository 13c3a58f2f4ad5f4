import { copyFileSync, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { StartError } from '../db/connect';
import { connectForCli } from '../db/connect-cli';
import type { Executor } from '../db/executor';
import { writeCsv } from '../export/csv';
import { ExportInputError, parseCaseFilter } from '../export/filter';
import { edgesQuery, ENTITY_LABELS, nodesQuery, writeGraph } from '../export/graphml';
import { documentCount, exportIngest, IngestExportError } from '../export/ingest';
import {
  CONTEXT_FILE,
  jsonldNodesQuery,
  jsonldParticipationsQuery,
  PARTICIPATION,
  writeJsonld,
} from '../export/jsonld';
import type { ExportFilter, Query } from '../export/scope';
import { ExportAborted } from '../export/sink';
import { TABLES, tableCountQuery } from '../export/tables';
import { parseCommand } from './args';

// `npm run export -- --format csv|graphml|gexf|jsonld|ingest [--filter JSON] [--out PATH]`:
// what a researcher sees, as files (docs/export.md), streamed from Neo4j.

const FORMATS = ['csv', 'graphml', 'gexf', 'jsonld', 'ingest'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `usage: npm run export -- --format FORMAT [--filter JSON] [--out PATH]

Writes the graph, or the cases a filter selects and what they involve, as files.

  --format csv      one CSV table per kind, ids that join, into the folder PATH
                    (default export-csv/), a row of each being
${TABLES.map((t) => `                      ${`${t.name}.csv`.padEnd(17)} ${t.description}`).join('\n')}
           graphml  the graph for Gephi or Cytoscape, into the file PATH
                    (default graph.graphml; - for standard output)
           gexf     the same in GEXF 1.3 (default graph.gexf)
           jsonld   the graph as JSON-LD (default graph.jsonld); its @context is
                    schema/export-context.jsonld, copied beside it as context.jsonld
           ingest   every loaded document in the ingest format (seed/README.md),
                    one folder each plus a manifest, into the new or empty folder
                    PATH (default export-ingest/): a backup that
                    npm run load -- PATH loads into an empty database as the same
                    graph. Always the whole graph (no --filter).
  --filter JSON     a CaseFilter as JSON, as the API's cases(filter:) takes it, e.g.
                    '{"court":"nyed","kind":["CIVIL"],"filedFrom":"2020-01-01"}'
  --out PATH        where to write (see each format); an existing file is replaced
  --help            this text

A progress bar on standard error counts the rows. Memory stays bounded: rows are
written as Neo4j streams them. Ctrl-C stops; what was written stays, incomplete.
Without NEO4J_URI it uses the project's local Neo4j (started if needed).
`;

const say = (m: string) => process.stderr.write(`${m}\n`);

function makeBar(): SingleBar {
  return new SingleBar(
    {
      format: '{bar} {value}/{total} {what} | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 50,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
}

async function count(executor: Executor, q: Query): Promise<number> {
  const [row] = await executor.read(q.cypher, q.params);
  return Number(row?.n ?? 0);
}

/** A streamed statement as its count: its last RETURN replaced (each ends with one RETURN). */
function countOf(q: Query, extra: Record<string, unknown> = {}): Query {
  const [, name, body] = /^\/\/ (\S+)\n([\s\S]*)$/.exec(q.cypher) ?? [];
  const at = (body ?? '').lastIndexOf('\nRETURN ');
  return {
    cypher: `// ${name}_count\n${(body ?? '').slice(0, at)}\nRETURN count(*) AS n`,
    params: { ...q.params, ...extra },
  };
}

async function toFile(path: string, write: (out: Writable) => Promise<unknown>): Promise<number> {
  if (path === '-') {
    await write(process.stdout);
    return 0;
  }
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  try {
    await write(out);
  } finally {
    out.end();
    await finished(out);
  }
  return statSync(path).size;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    {
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        filter: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const format = parsed.values.format as Format | undefined;
  if (!format || !FORMATS.includes(format)) {
    say(`--format must be one of ${FORMATS.join(', ')}\n`);
    process.stderr.write(HELP);
    return 2;
  }
  let filter: ExportFilter;
  try {
    filter = parseCaseFilter(parsed.values.filter);
  } catch (error) {
    if (!(error instanceof ExportInputError)) throw error;
    say(`--filter: ${error.message}`);
    return 2;
  }
  if (format === 'ingest' && parsed.values.filter !== undefined) {
    say('--format ingest exports the whole graph (a backup): it takes no --filter');
    return 2;
  }
  const defaults: Record<Format, string> = {
    csv: 'export-csv',
    graphml: 'graph.graphml',
    gexf: 'graph.gexf',
    jsonld: 'graph.jsonld',
    ingest: 'export-ingest',
  };
  const out = parsed.values.out ?? defaults[format];

  const db = await connectForCli(loadConfig(), say);
  say(`using ${db.description}`);
  const aborter = new AbortController();
  const stop = (signal: string) => {
    say(`\n${signal}: stopping; what was written so far stays, incomplete`);
    aborter.abort();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const bar = makeBar();
  const started = Date.now();
  let rows = 0;
  const onRow = () => {
    rows += 1;
    if (rows % 200 === 0)
      bar.update(rows, { rate: Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001)) });
  };
  const opts = { signal: aborter.signal, onRow, timeoutMs: 24 * 3600_000 };
  const lines: string[] = [];
  try {
    const executor = db.executor;
    if (format === 'csv') {
      if (existsSync(out) && !statSync(out).isDirectory()) {
        say(`--out ${out} is a file: give a folder for the CSV tables`);
        return 2;
      }
      mkdirSync(out, { recursive: true });
      let total = 0;
      for (const table of TABLES) total += await count(executor, tableCountQuery(table, filter));
      bar.start(total, 0, { what: 'rows', rate: 0 });
      for (const table of TABLES) {
        const file = join(out, `${table.name}.csv`);
        const before = rows;
        const bytes = await toFile(file, (w) => writeCsv(executor, table, filter, w, opts));
        lines.push(`  ${file}: ${rows - before} rows, ${bytes} bytes`);
      }
    } else if (format === 'graphml' || format === 'gexf') {
      const nodes = nodesQuery(filter);
      const edges = edgesQuery(filter);
      const total =
        (await count(executor, countOf(nodes, { labels: ENTITY_LABELS }))) +
        (await count(executor, countOf(edges, { labels: ENTITY_LABELS })));
      bar.start(total, 0, { what: 'nodes and edges', rate: 0 });
      let written = { nodes: 0, edges: 0 };
      const bytes = await toFile(out, async (w) => {
        written = await writeGraph(executor, format, filter, w, opts);
      });
      lines.push(`  ${out}: ${written.nodes} nodes, ${written.edges} edges, ${bytes} bytes`);
    } else if (format === 'jsonld') {
      const total =
        (await count(executor, countOf(jsonldNodesQuery(filter)))) +
        (await count(executor, countOf(jsonldParticipationsQuery(filter), { participation: PARTICIPATION })));
      bar.start(total, 0, { what: 'objects', rate: 0 });
      let written = { nodes: 0, participations: 0 };
      const bytes = await toFile(out, async (w) => {
        written = await writeJsonld(executor, filter, 'context.jsonld', w, opts);
      });
      if (out !== '-') {
        const context = join(out, '..', 'context.jsonld');
        copyFileSync(CONTEXT_FILE, context);
      }
      lines.push(
        `  ${out}: ${written.nodes} entities, ${written.participations} participations, ${bytes} bytes`,
      );
    } else {
      bar.start(await documentCount(executor), 0, { what: 'documents', rate: 0 });
      const summary = await exportIngest(executor, out, { signal: aborter.signal, onRow });
      lines.push(
        `  ${out}: ${summary.documents} documents, ${summary.bytes} bytes; load with npm run load -- ${out}`,
      );
    }
    bar.update(rows);
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `exported ${rows} ${format === 'ingest' ? 'documents' : 'rows'} as ${format}${filter ? ' (filtered)' : ''} in ${seconds.toFixed(1)} s; ` +
        `peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n${lines.join('\n')}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ExportAborted || aborter.signal.aborted) return 130;
    throw error;
  } finally {
    bar.stop();
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof IngestExportError ||
      error instanceof ExportInputError ||
      error instanceof ConfigError ||
      error instanceof StartError;
    process.stderr.write(`\n${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
