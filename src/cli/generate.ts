import { DEFAULT_CHUNK, writeGenerated } from '../generate/write';
import { parseCommand } from './args';

// `npm run generate -- --cases N --seed S --out DIR`: synthetic litigation in the
// ingest format, written as bounded documents (see src/generate/README.md).

const HELP = `usage: npm run generate -- --cases N [--seed S] --out DIR [--chunk C] [--prefix P]

Writes synthetic litigation in the graph's ingest format: registry documents
(courts, judges, lawyers, law firms, repeat parties) and one document per C
cases (default ${DEFAULT_CHUNK}) that refers to them by id, each with its source
texts under DIR/sources/. The same options give the same bytes.
Load them with: npm run load -- DIR
`;

function positiveInt(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, got ${value ?? 'nothing'}`);
  return n;
}

function main(argv: string[]): number {
  const parsed = parseCommand(
    {
      args: argv,
      options: {
        cases: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        chunk: { type: 'string' },
        prefix: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  let cases: number, seed: number, chunk: number;
  try {
    cases = positiveInt('cases', v.cases);
    seed = positiveInt('seed', v.seed, 1);
    chunk = positiveInt('chunk', v.chunk, DEFAULT_CHUNK);
    if (!v.out) throw new Error('--out DIR is required');
    if (v.prefix !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(v.prefix))
      throw new Error('--prefix must be lower-case letters, digits and dashes');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const started = Date.now();
  let lastLine = 0;
  const summary = writeGenerated({
    cases,
    seed,
    out: v.out,
    chunk,
    prefix: v.prefix,
    onDocument: () => {
      if (Date.now() - lastLine > 5000) {
        lastLine = Date.now();
        process.stderr.write('.');
      }
    },
  });
  if (lastLine > 0) process.stderr.write('\n');
  process.stdout.write(
    `wrote ${summary.documents} documents to ${v.out}: ${summary.cases} cases, ${summary.nodes} nodes, ${summary.relationships} relationships (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return 0;
}

process.exit(main(process.argv.slice(2)));
