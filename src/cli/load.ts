import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { StartError } from '../db/connect';
import { connectForCli } from '../db/connect-cli';
import { ensureSchema } from '../db/schema-setup';
import { precomputeOutcomeStats } from '../repositories/stats-snapshot';
import { DEFAULT_MAX_DOCUMENT_MB, documentFiles, DocumentLimitError, loadBulk } from '../ingest/bulk';
import { IngestError } from '../ingest/format';
import { parseCommand } from './args';

// `npm run load -- DIR_OR_FILE…`: a bulk load of many documents, one transaction each,
// in bounded memory, resumable (src/ingest/bulk.ts).

const HELP = `usage: npm run load -- [--max-document-mb N] DIR_OR_FILE…

Loads documents in the ingest format (seed/README.md), one at a time, each in
its own transaction (all or nothing per document). A folder gives its *.json
files in name order. Constraints and indexes are created first.

Resumable: a document whose content (its JSON and its source texts) is the same
as when it was last loaded is skipped; any other is checked and loaded again
(loading is idempotent). The run stops at the first document that fails; the
documents before it stay loaded, so running the same command again resumes.

  --max-document-mb N  refuse a document file larger than N MB (default ${DEFAULT_MAX_DOCUMENT_MB})
  --help               this text

Without NEO4J_URI it uses the project's local Neo4j (started if needed).
`;

const say = (m: string) => process.stderr.write(`${m}\n`);
const rate = (n: number, seconds: number) => Math.round(n / Math.max(seconds, 0.001));

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    {
      args: argv,
      allowPositionals: true,
      options: { 'max-document-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const maxMb = Number(parsed.values['max-document-mb'] ?? DEFAULT_MAX_DOCUMENT_MB);
  if (parsed.positionals.length === 0 || !(maxMb > 0)) {
    process.stderr.write(HELP);
    return 2;
  }
  let files: string[];
  try {
    files = documentFiles(parsed.positionals);
  } catch (error) {
    say((error as Error).message);
    return 2;
  }
  if (files.length === 0) {
    say(`no .json files in ${parsed.positionals.join(', ')}`);
    return 2;
  }
  const db = await connectForCli(loadConfig(), say);
  say(`using ${db.description}`);
  const interrupted = async (signal: string) => {
    say(`\n${signal}: stopping; the documents loaded so far stay, the current one is rolled back`);
    await db.close();
    process.exit(130);
  };
  process.once('SIGINT', () => void interrupted('SIGINT'));
  process.once('SIGTERM', () => void interrupted('SIGTERM'));
  const bar = new SingleBar(
    {
      format:
        '{bar} {value}/{total} documents | {nodes} nodes ({nodeRate}/s), {rels} relationships ({relRate}/s) | ETA {eta_formatted} | {file}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 20,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  try {
    await ensureSchema(db.executor);
    const started = Date.now();
    let nodes = 0;
    let rels = 0;
    bar.start(files.length, 0, { nodes: 0, rels: 0, nodeRate: 0, relRate: 0, file: '' });
    const summary = await loadBulk(db.executor, files, {
      maxDocumentBytes: maxMb * 1024 * 1024,
      onDocument: (r) => {
        nodes += r.nodes;
        rels += r.relationships;
        const seconds = (Date.now() - started) / 1000;
        bar.increment(1, {
          nodes,
          rels,
          nodeRate: rate(nodes, seconds),
          relRate: rate(rels, seconds),
          file: `${r.file.split('/').pop()}${r.skipped ? ' (unchanged, skipped)' : ''}`,
        });
      },
    });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `loaded ${summary.loaded} of ${summary.documents} documents (${summary.skipped} unchanged, skipped) in ${seconds.toFixed(1)} s: ` +
        `${summary.nodes} nodes (${rate(summary.nodes, seconds)}/s), ${summary.relationships} relationships (${rate(summary.relationships, seconds)}/s); ` +
        `peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
    );
    if (summary.loaded > 0) await precomputeOutcomeStats(db.executor, say);
    return 0;
  } finally {
    bar.stop();
    await db.close();
  }
}

/** A bad document can have thousands of issues: the first ones say what is wrong. */
function shortened(message: string, lines = 25): string {
  const all = message.split('\n');
  return all.length <= lines
    ? message
    : [...all.slice(0, lines), `  … and ${all.length - lines} more`].join('\n');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof IngestError ||
      error instanceof DocumentLimitError ||
      error instanceof ConfigError ||
      error instanceof StartError;
    process.stderr.write(
      `\n${known ? shortened((error as Error).message) : String((error as Error).stack ?? error)}\n`,
    );
    process.exit(1);
  },
);
