import type { Executor } from '../db/executor';
import { GRAPH_VERSION, STATS_SNAPSHOT } from '../graph/labels';
import { logger } from '../logger';
import { OUTCOME_STATS_SNAPSHOT, snapshotStatsQuery } from './stats';

// The whole graph's outcome statistics, precomputed: `outcomeStats` without a filter
// answers from the snapshot while it records the graph's current version (every load
// and removal raises it, ingest/load.ts), and computes them directly otherwise, so an
// answer is never stale. The loaders' commands refresh the snapshot when they finish,
// the server on start and shortly after documents are loaded or removed through it.

/** Locks the graph's version (loads and removals wait to commit) and reads it with the snapshot's. */
const LOCK_VERSION = `// lockGraphVersion
MERGE (v:${GRAPH_VERSION} {id: 'graph'})
ON CREATE SET v.version = 0
SET v.__lock = true
REMOVE v.__lock
WITH v
OPTIONAL MATCH (s:${STATS_SNAPSHOT} {id: '${OUTCOME_STATS_SNAPSHOT}'})
RETURN v.version AS version, s.version AS snapshotVersion`;

const STORE_SNAPSHOT = `// storeStatsSnapshot
MERGE (s:${STATS_SNAPSHOT} {id: '${OUTCOME_STATS_SNAPSHOT}'})
SET s.version = $version, s.row = $row, s.topPartyIds = $ids, s.topPartyCases = $cases,
  s.topPartyRoles = $roles`;

export interface StatsRefresh {
  /** False when the snapshot was the current graph's already. */
  refreshed: boolean;
  version: number;
  ms: number;
}

/**
 * Brings the snapshot up to date, in one write transaction that holds the graph's
 * version: no load commits while the statistics are computed, so they are those of
 * the version they record.
 */
export async function refreshOutcomeStats(executor: Executor): Promise<StatsRefresh> {
  const started = Date.now();
  return executor.writeTransaction(async (tx) => {
    const [current] = await tx.run(LOCK_VERSION);
    const version = Number(current?.version ?? 0);
    if (current?.snapshotVersion === version) return { refreshed: false, version, ms: Date.now() - started };
    const { cypher, params } = snapshotStatsQuery();
    const [row = {}] = await tx.run(cypher, params);
    const { topParties, ...rest } = row;
    const top = Array.isArray(topParties)
      ? (topParties as { id: string; cases: number; roles: string[] }[])
      : [];
    await tx.run(STORE_SNAPSHOT, {
      version,
      row: JSON.stringify(rest),
      ids: top.map((p) => p.id),
      cases: top.map((p) => p.cases),
      roles: top.map((p) => p.roles.join(',')),
    });
    return { refreshed: true, version, ms: Date.now() - started };
  });
}

/** After a change, the refresh waits this long for more (a burst of loads refreshes once). */
export const REFRESH_DELAY_MS = 2_000;
const pending = new WeakMap<Executor, NodeJS.Timeout>();

/** Refreshes the snapshot soon, in the background (the server, after a load or removal). */
export function scheduleOutcomeStatsRefresh(executor: Executor, delayMs = REFRESH_DELAY_MS): void {
  clearTimeout(pending.get(executor));
  const timer = setTimeout(() => {
    pending.delete(executor);
    refreshOutcomeStats(executor).then(
      (r) =>
        r.refreshed &&
        logger.info(`outcome statistics precomputed in ${r.ms} ms (graph version ${r.version})`),
      // Answers stay right without it (computed directly); the next change tries again.
      (error: unknown) => logger.warn(`outcome statistics not precomputed: ${(error as Error).message}`),
    );
  }, delayMs);
  timer.unref();
  pending.set(executor, timer);
}

/** Drops a scheduled refresh (the server stopping). */
export function cancelOutcomeStatsRefresh(executor: Executor): void {
  clearTimeout(pending.get(executor));
  pending.delete(executor);
}

/**
 * For the commands and the server's start: refreshes the snapshot and says so. A failure
 * is said, never fatal: answers stay right without the snapshot, only slower.
 */
export async function precomputeOutcomeStats(executor: Executor, say: (m: string) => void): Promise<void> {
  try {
    const r = await refreshOutcomeStats(executor);
    if (r.refreshed)
      say(`outcome statistics of the whole graph precomputed in ${(r.ms / 1000).toFixed(1)} s`);
  } catch (error) {
    say(
      `outcome statistics not precomputed (${(error as Error).message}); outcomeStats computes them on each request until the next load`,
    );
  }
}
