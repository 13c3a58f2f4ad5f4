import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBenchDatabase, profileDir, RESULTS_DIR, runBench, type BenchOptions } from './harness';
import { latestJson, markdownReport } from './report';
import { parseSize } from './sizes';
import { writePretty } from './pretty';

// `npm run bench`: ours, raw Cypher and @neo4j/graphql side by side, on graphs
// of growing size; writes bench/results/latest.json and the table in BENCHMARKS.md.
//   BENCH_SIZES=10k,100k,1m   node counts the graph grows to (default)
//   BENCH_SECONDS=3 BENCH_WARMUP=1 BENCH_CONCURRENCY=1,16 BENCH_OPS=caseDetail,search
//   PROFILE=1                 CPU profiles of both servers into bench/results/profiles/
//   NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): that Neo4j instead of a temporary one
// `npm run bench -- --smoke`: a tiny graph, one second a side, results to BENCH_OUT (a temp folder).

const list = (text: string | undefined, fallback: string) => (text ?? fallback).split(',').filter(Boolean);

async function main(): Promise<void> {
  const smoke = process.argv.includes('--smoke');
  const opts: BenchOptions = {
    sizes: list(process.env.BENCH_SIZES, smoke ? '300' : '10k,100k,1m').map(parseSize),
    concurrencies: list(process.env.BENCH_CONCURRENCY, smoke ? '1,4' : '1,16').map(Number),
    seconds: Number(process.env.BENCH_SECONDS ?? (smoke ? 1 : 3)),
    warmupSeconds: Number(process.env.BENCH_WARMUP ?? (smoke ? 0.5 : 1)),
    chunkCases: Number(process.env.BENCH_CHUNK_CASES ?? 1000),
    prefix: process.env.BENCH_PREFIX ?? (smoke ? 'benchsmoke' : 'bench'),
    profileDir: process.env.PROFILE === '1' ? profileDir() : undefined,
    cleanup: smoke && process.env.BENCH_KEEP !== '1',
    only: process.env.BENCH_OPS ? list(process.env.BENCH_OPS, '') : undefined,
    log: (m) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${m}\n`),
  };
  const { db, close } = await openBenchDatabase('lg-bench-', smoke ? '768m' : '2g');
  try {
    const report = await runBench(db, opts);
    const out = smoke
      ? (process.env.BENCH_OUT ?? mkdtempSync(join(tmpdir(), 'lg-bench-smoke-')))
      : RESULTS_DIR;
    mkdirSync(out, { recursive: true });
    const jsonFile = join(out, 'latest.json');
    await writePretty(jsonFile, JSON.stringify(latestJson(report)));
    const markdown = markdownReport(report);
    if (smoke) writeFileSync(join(out, 'table.md'), `${markdown}\n`);
    else await replaceTable(resolve(__dirname, '../BENCHMARKS.md'), markdown);
    process.stderr.write(`${markdown}\nresults in ${out}\n`);
  } finally {
    await close();
  }
}

const BEGIN = '<!-- bench:latest -->';
const END = '<!-- /bench:latest -->';

/** Replaces the generated part of BENCHMARKS.md, keeping the text around it. */
async function replaceTable(file: string, markdown: string): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  }
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const block = `${BEGIN}\n${markdown}\n${END}`;
  text =
    start >= 0 && end > start
      ? text.slice(0, start) + block + text.slice(end + END.length)
      : `${text}\n${block}\n`;
  await writePretty(file, text);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
