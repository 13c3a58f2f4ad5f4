import { performance } from 'node:perf_hooks';
import { queryName, type Executor, type Params, type TxRunner } from '../src/db/executor';
import { importDockets } from '../src/dockets/import';

// Where an import's time goes once the graph is large: the dockets are imported in this
// process, each one's steps one after the other (the importer otherwise prepares the next
// docket during a write), every statement timed by its name (each statement's time is its round trip:
// Neo4j's work and the transfer); what is left is this process's own work (reading,
// mapping, checking and planning the dockets, merging shares).

export interface StatementTime {
  name: string;
  calls: number;
  ms: number;
  /** What its rows held, as JSON characters: what the importer decodes and merges. */
  resultChars: number;
}

export interface ImportProfile {
  dockets: number;
  msPerDocket: number;
  /** Time spent waiting on statements, per docket. */
  statementMsPerDocket: number;
  /** The statements, most time first. */
  statements: StatementTime[];
}

/** An executor whose statements are timed by name, and what it measured so far. */
export function timedExecutor(executor: Executor): {
  timed: Executor;
  statements: () => StatementTime[];
  /** The timing's own cost (sizing the rows), to take out of a total. */
  overheadMs: () => number;
} {
  const times = new Map<string, StatementTime>();
  let overheadMs = 0;
  const timedRun = async (run: () => Promise<unknown>, cypher: string) => {
    const started = performance.now();
    const rows = await run();
    const name = queryName(cypher);
    const t = times.get(name) ?? { name, calls: 0, ms: 0, resultChars: 0 };
    t.calls += 1;
    const sizing = performance.now();
    t.ms += sizing - started;
    t.resultChars += JSON.stringify(rows).length;
    overheadMs += performance.now() - sizing;
    times.set(name, t);
    return rows;
  };
  // The same executor, its statements timed (reads one by one, writes inside their transaction).
  const timed = Object.create(executor) as Executor;
  timed.read = (cypher: string, params?: Params) =>
    timedRun(() => executor.read(cypher, params), cypher) as ReturnType<Executor['read']>;
  timed.writeTransaction = <T>(work: (tx: TxRunner) => Promise<T>) =>
    executor.writeTransaction((tx) =>
      work({
        run: (cypher, params) =>
          timedRun(() => tx.run(cypher, params), cypher) as ReturnType<TxRunner['run']>,
      }),
    );
  return {
    timed,
    statements: () => [...times.values()].sort((a, b) => b.ms - a.ms),
    overheadMs: () => overheadMs,
  };
}

/** Imports `files` through `executor`, timing each statement. */
export async function profileImport(executor: Executor, files: string[]): Promise<ImportProfile> {
  const { timed, statements: measured, overheadMs } = timedExecutor(executor);
  const started = performance.now();
  // One step after the other: a statement's time is then not the next docket's preparation.
  const summary = await importDockets(timed, files, { prepareAhead: false });
  const ms = performance.now() - started - overheadMs();
  const statements = measured();
  const n = Math.max(summary.imported, 1);
  return {
    dockets: summary.imported,
    msPerDocket: ms / n,
    statementMsPerDocket: statements.reduce((sum, s) => sum + s.ms, 0) / n,
    statements,
  };
}

/** The profile as BENCHMARKS.md shows it: the statements that take most of a docket's time. */
export function renderProfile(p: ImportProfile, graphDockets: number, top = 8): string {
  const lines = [
    `Profile: ${p.dockets} more dockets imported in one process into the graph of ${graphDockets}: ` +
      `${p.msPerDocket.toFixed(1)} ms per docket, ${p.statementMsPerDocket.toFixed(1)} ms of it waiting on ` +
      `statements (the rest is the importer's own work).`,
    '',
    '| Statement | Calls per docket | ms per docket | Share of the docket | Read per docket |',
    '|---|---|---|---|---|',
    ...p.statements
      .slice(0, top)
      .map(
        (s) =>
          `| \`${s.name}\` | ${(s.calls / Math.max(p.dockets, 1)).toFixed(1)} | ${(s.ms / Math.max(p.dockets, 1)).toFixed(1)} | ${((s.ms / Math.max(p.dockets, 1) / p.msPerDocket) * 100).toFixed(0)}% | ${(s.resultChars / Math.max(p.dockets, 1) / 1024).toFixed(1)} KB |`,
      ),
  ];
  return lines.join('\n');
}
