import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { StartError } from '../db/connect';
import { connectForCli } from '../db/connect-cli';
import { ensureSchema } from '../db/schema-setup';
import { precomputeOutcomeStats } from '../repositories/stats-snapshot';
import { docketFiles, importDockets, type ImportSummary } from '../dockets/import';
import { parseCommand } from './args';

// `npm run import -- FILE_OR_FOLDER…`: juriscraper docket reports into the graph.

const HELP = `usage: npm run import -- [--dry-run] FILE_OR_FOLDER…

Imports court dockets in the JSON that juriscraper produces for PACER docket
reports (district and appellate), each as a document of the graph's own ingest
format: the docket is its source, every fact quotes the docket value it comes
from (with a JSON pointer to it). Folders are searched for *.json files.

Each docket loads in one transaction; importing it again changes nothing (a
docket the graph holds already as read is not written again), and a second
report of the same docket adds what it states to the same case. A file
that cannot be read is reported and skipped; the others still load, and the
command exits with status 1 at the end.

  --dry-run   read, map and check every file; write nothing
  --help      this text

Without NEO4J_URI it uses the project's local Neo4j (started if needed).
`;

function line(label: string, counts: Record<string, number>): string {
  return `${label.padEnd(9)}${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}`;
}

function report(summary: ImportSummary, dryRun: boolean, seconds: number): string {
  const out = [
    `${dryRun ? 'checked' : 'imported'} ${dryRun ? summary.files - summary.skipped.length : summary.imported} of ${summary.files} docket files in ${seconds.toFixed(1)} s${
      summary.unchanged > 0
        ? `; ${summary.unchanged} unchanged (the graph holds them already as read: not written again)`
        : ''
    }`,
  ];
  if (!dryRun) {
    out.push(line('created', summary.created), line('merged', summary.merged));
    out.push(
      `stated   ${summary.nodes} nodes, ${summary.relationships} relationships (${(summary.nodes / Math.max(seconds, 0.001)).toFixed(0)} nodes/s; created or merged as above)`,
    );
    out.push(
      `proposed ${summary.proposed.length} pairs as possibly the same (kept apart: names differ only in spelling)`,
    );
    for (const p of summary.proposed) out.push(`  ${p.ids[0]} ~ ${p.ids[1]}: ${p.reason} (${p.file})`);
  }
  if (summary.warnings > 0)
    out.push(`${summary.warnings} values the importer could not read were left out (warnings)`);
  if (summary.skipped.length > 0) {
    out.push(`skipped ${summary.skipped.length} files:`);
    for (const s of summary.skipped) out.push(`  ${s.file}: ${s.reason.split('\n').join('\n    ')}`);
  }
  return `${out.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(
    {
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) {
    process.stderr.write(HELP);
    return 2;
  }
  let files: string[];
  try {
    files = docketFiles(parsed.positionals);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`no .json files in ${parsed.positionals.join(', ')}\n`);
    return 2;
  }
  const dryRun = parsed.values['dry-run'] === true;
  const say = (m: string) => process.stderr.write(`${m}\n`);
  // The running server's local Neo4j when `npm start` runs (connectForCli), else its own.
  const db = dryRun ? null : await connectForCli(loadConfig(), say);
  if (db) say(`using ${db.description}`);
  // Ctrl-C in a long import: the docket being written rolls back (one transaction each);
  // a Neo4j this command started is stopped, not left running on the data folder.
  const interrupted = async (signal: string) => {
    process.stderr.write(
      `\n${signal}: stopping; the dockets imported so far stay, the current one is rolled back\n`,
    );
    await db?.close();
    process.exit(130);
  };
  process.once('SIGINT', () => void interrupted('SIGINT'));
  process.once('SIGTERM', () => void interrupted('SIGTERM'));
  const bar = new SingleBar(
    {
      format: '{bar} {value}/{total} dockets | {rate}/s | ETA {eta_formatted} | {file}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  const started = Date.now();
  try {
    if (db) await ensureSchema(db.executor);
    bar.start(files.length, 0, { rate: '0.0', file: '' });
    const summary = await importDockets(db?.executor ?? null, files, {
      dryRun,
      cwd: process.cwd(),
      onFile: (file) => {
        const seconds = (Date.now() - started) / 1000;
        bar.increment(1, {
          file: file.split('/').slice(-2).join('/'),
          rate: ((bar.getProgress() * files.length + 1) / Math.max(seconds, 0.001)).toFixed(1),
        });
      },
    });
    bar.stop();
    process.stdout.write(report(summary, dryRun, (Date.now() - started) / 1000));
    if (db && summary.imported > 0) await precomputeOutcomeStats(db.executor, say);
    return summary.skipped.length > 0 ? 1 : 0;
  } finally {
    bar.stop();
    await db?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof StartError;
    process.stderr.write(`${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
