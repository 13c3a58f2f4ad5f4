import type { BenchReport, ResultRow, SideResult } from './harness';
import type { ReadPathFigures } from './read-path';

// The two result files: `latest.json` in the issue's shape (ms, requests/s, plus
// the round trips, CPU and RSS figures) and the markdown table of BENCHMARKS.md.

const side = (s: SideResult | null) => (s ? { p50: s.p50, p99: s.p99, rps: s.rps } : null);

export function latestJson(report: BenchReport): unknown {
  return {
    machine: report.machine,
    date: report.date,
    graphs: report.graphs.map((g) => ({
      target: g.target,
      nodes: g.nodes,
      relationships: g.relationships,
      records: g.records,
      cases: g.cases,
      loadSeconds: g.loadSeconds,
      statsSeconds: g.statsSeconds,
    })),
    targets: report.targets,
    options: report.options,
    results: report.results.map((r) => ({
      op: r.op,
      size: r.nodes,
      concurrency: r.concurrency,
      ours: side(r.ours),
      raw: side(r.raw),
      neo4jGraphql: side(r.neo4jGraphql),
      ...(r.failure ? { failure: r.failure } : {}),
      details: {
        oursRoundTrips: r.ours.roundTrips ?? null,
        oursServer: r.ours.server,
        neo4jGraphqlServer: r.neo4jGraphql?.server ?? null,
        dbCpuMsPerRequest: {
          ours: r.ours.dbCpuMsPerRequest,
          raw: r.raw.dbCpuMsPerRequest,
          neo4jGraphql: r.neo4jGraphql?.dbCpuMsPerRequest ?? null,
        },
        errors: { ours: r.ours.errors, raw: r.raw.errors, neo4jGraphql: r.neo4jGraphql?.errors ?? null },
      },
    })),
  };
}

const f = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}` : '–';

/**
 * A failure as a table cell: the HTTP status and the GraphQL error codes when the
 * text has them, else its first 80 characters (latest.json keeps the whole text).
 */
export function failureSummary(failure: string): string {
  const answered = /answered (\d{3}): ?(.*)$/s.exec(failure);
  const codes = [...new Set([...failure.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]))];
  const text = answered ? `${answered[1]} ${codes.length ? codes.join(', ') : answered[2]}` : failure;
  const short = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return short.replace(/\|/g, '/');
}

export function markdownTable(report: BenchReport): string {
  const lines = [
    '| op | nodes | conc. | ours p50 / p99 ms | ours req/s | round trips | ours CPU ms/req | ours peak RSS MB | raw p50 / p99 ms | raw req/s | @neo4j/graphql p50 / p99 ms | @neo4j/graphql req/s | ours/raw p50 | ours/@neo4j/graphql req/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of report.results) {
    const ref = r.neo4jGraphql;
    if (r.failure) {
      lines.push(
        `| ${r.op} | ${r.nodes} | ${r.concurrency} | failed: ${failureSummary(r.failure)} |${' – |'.repeat(10)}`,
      );
      continue;
    }
    lines.push(
      `| ${r.op} | ${r.nodes} | ${r.concurrency} | ${f(r.ours.p50)} / ${f(r.ours.p99)} | ${f(r.ours.rps, 0)} | ${f(r.ours.roundTrips, 1)} | ${f(r.ours.server?.cpuMsPerRequest)} | ${f(r.ours.server?.peakRssMb, 0)} | ${f(r.raw.p50)} / ${f(r.raw.p99)} | ${f(r.raw.rps, 0)} | ${ref ? `${f(ref.p50)} / ${f(ref.p99)}` : 'n/a'} | ${ref ? f(ref.rps, 0) : 'n/a'} | ${ratio(r.ours.p50, r.raw.p50)} | ${ref ? ratio(r.ours.rps, ref.rps) : 'n/a'} |`,
    );
  }
  return lines.join('\n');
}

/** p50 at the largest graph over p50 at the smallest, per operation and concurrency. */
export function growth(
  report: BenchReport,
): { op: string; concurrency: number; ours: number; raw: number }[] {
  const sizes = [...new Set(report.results.map((r) => r.nodes))].sort((a, b) => a - b);
  if (sizes.length < 2) return [];
  const at = (op: string, c: number, n: number): ResultRow | undefined =>
    report.results.find((r) => r.op === op && r.concurrency === c && r.nodes === n);
  const out = [];
  for (const r of report.results.filter((x) => x.nodes === sizes[0])) {
    const big = at(r.op, r.concurrency, sizes[sizes.length - 1]!);
    if (big && !big.failure && !r.failure)
      out.push({
        op: r.op,
        concurrency: r.concurrency,
        ours: big.ours.p50 / r.ours.p50,
        raw: big.raw.p50 / r.raw.p50,
      });
  }
  return out;
}

function rowSizes(b: ReadPathFigures['caseDetailRowBytes']): string {
  const every = `${b.everyProperty.toLocaleString('en-US')} bytes reading every property and source, ${b.withNestedEvidence.toLocaleString('en-US')} with the evidence of what the case nests too`;
  return b.selected === undefined
    ? every
    : `${b.selected.toLocaleString('en-US')} bytes as its selection reads it (${every})`;
}

/** Per graph: its shape as the cost estimate reads it, the research questions' costs, the case detail row. */
function readPathLines(report: BenchReport): string[] {
  const t = report.targets;
  const lines = report.graphs.flatMap((x) => {
    const r = x.readPath;
    if (!r) return [];
    const costs = Object.entries(r.costs)
      .map(([name, cost]) => `${name} ${cost.toLocaleString('en-US')}`)
      .join(', ');
    return [
      `- ${x.nodes} nodes: shape read in ${r.shapeMs} ms (99th percentiles: ${r.recordsP99} documents per entity, largest ${r.recordsLargest}; ${r.anyDegreeP99} relationships per node; ${r.partiesPerCaseP99} parties and ${r.eventsPerCaseP99} events per case). Estimated costs under the limit of ${r.limit.toLocaleString('en-US')}: ${costs}. Case detail row: ${rowSizes(r.caseDetailRowBytes)}.`,
    ];
  });
  if (lines.length === 0) return [];
  const parties = t
    ? ` The busiest party (party profile) is in ${t.partyCases} cases; party profile 10 asks for a party in ${t.smallPartyCases}.`
    : '';
  return [`Read path (bench/read-path.ts):${parties}`, ...lines];
}

export function markdownReport(report: BenchReport): string {
  const m = report.machine;
  const g = growth(report);
  return [
    `Run of ${report.date}: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}; load average at the end ${m.loadAverage.join(' ')}.`,
    `Graphs: ${report.graphs.map((x) => `${x.nodes} nodes / ${x.relationships} relationships / ${x.records} records (${x.cases} cases, loaded in ${x.loadSeconds.toFixed(0)} s, statistics precomputed in ${(x.statsSeconds ?? 0).toFixed(1)} s)`).join('; ')}.`,
    ...readPathLines(report),
    `Each cell: ${report.options.seconds} s of load after ${report.options.warmupSeconds} s of warm-up (repeated until a round is answered), with query plans made on the loaded graph; closed loop.`,
    '',
    markdownTable(report),
    '',
    g.length
      ? [
          '| op | conc. | p50 growth ours (largest/smallest) | p50 growth raw |',
          '|---|---:|---:|---:|',
          ...g.map((x) => `| ${x.op} | ${x.concurrency} | ${x.ours.toFixed(2)} | ${x.raw.toFixed(2)} |`),
        ].join('\n')
      : '(one size only: no growth figures)',
  ].join('\n');
}
