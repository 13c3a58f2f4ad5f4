import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Executor, Row } from '../db/executor';
import type { ExportFilter } from './scope';
import { put } from './sink';
import { tableQuery, type Table } from './tables';

// A table as CSV (RFC 4180: a header line, a field quoted when it holds a comma, a quote
// or a line break, lines ended by \n), written line by line while Neo4j streams the rows:
// csv-stringify makes each line, the writer waits for `out` to drain when it is full.

export interface StreamOptions {
  signal?: AbortSignal;
  /** Transaction timeout of the export's statements. */
  timeoutMs?: number;
  /** After each row (a node, an edge, a document: whatever the format writes). */
  onRow?: () => void;
}

const OPTIONS = { cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } };

/** The header line of `columns`. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([columns as string[]], OPTIONS);
}

/** One row as a CSV line, its fields in the order of `columns`: booleans as true/false, null as empty. */
export function csvLine(columns: readonly string[], row: Record<string, unknown>): string {
  return stringify([columns.map((c) => row[c] ?? null)], OPTIONS);
}

/** Writes the table's CSV to `out` (left open); the number of rows. */
export async function writeCsv(
  executor: Executor,
  table: Table,
  filter: ExportFilter,
  out: Writable,
  opts: StreamOptions = {},
): Promise<number> {
  const { cypher, params } = tableQuery(table, filter);
  const columns = table.columns.map((c) => c.name);
  await put(out, csvHeader(columns), opts.signal);
  return executor.stream(
    cypher,
    params,
    async (row: Row) => {
      await put(out, csvLine(columns, row), opts.signal);
      opts.onRow?.();
    },
    { signal: opts.signal, timeoutMs: opts.timeoutMs },
  );
}
