import { hopsOf, FIELD_MODELS, type Hop, type ShapeView } from '../api/fields';
import type { Executor } from '../db/executor';
import { logger } from '../logger';
import { hopKey, readGraphShape, readGraphVersion, type GraphShapeData } from '../repositories/graph-shape';

// The graph's shape as the cost estimate sees it, read when the server starts
// and again when the graph's version has changed (checked every CHECK_EVERY_MS,
// in the background: a request never waits for it), at most every
// REREAD_AFTER_MS: a reading scans every label (6–9 s at a million nodes), and a
// graph being loaded changes its version every few seconds.

/** What the estimate assumes before the shape is known, or for a walk it has not measured. */
export const UNKNOWN_SHAPE = { degree: 20, anyDegree: 20, records: 5 } as const;
export const CHECK_EVERY_MS = 30_000;
export const REREAD_AFTER_MS = 300_000;
/** How long a start waits for the first reading before going on with UNKNOWN_SHAPE. */
const FIRST_READ_MS = 10_000;

/** The 99th percentile, never below 1: the estimate's typical large node (the largest is a hub). */
const typical = (p99: number | undefined, fallback: number) => Math.max(1, p99 ?? fallback);

export function shapeView(data: GraphShapeData | null): ShapeView {
  return {
    degree: (h: Hop) => typical(data?.degrees[hopKey(h)]?.p99, UNKNOWN_SHAPE.degree),
    anyDegree: () => typical(data?.anyDegree.p99, UNKNOWN_SHAPE.anyDegree),
    records: () => typical(data?.records.p99, UNKNOWN_SHAPE.records),
  };
}

export class GraphShape {
  private data: GraphShapeData | null = null;
  private readAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private readonly hops = hopsOf(Object.values(FIELD_MODELS));

  constructor(private readonly executor: Executor) {}

  view(): ShapeView {
    return shapeView(this.data);
  }

  /** Reads the shape once (waiting at most FIRST_READ_MS), then checks the version periodically. */
  async start(): Promise<void> {
    const first = this.refresh();
    await Promise.race([first, new Promise((done) => setTimeout(done, FIRST_READ_MS).unref())]);
    this.timer = setInterval(() => void this.refresh(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads the shape again when the graph's version moved since the last reading. */
  refresh(): Promise<void> {
    this.reading ??= this.readIfChanged().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async readIfChanged(): Promise<void> {
    try {
      if (this.data && Date.now() - this.readAt < REREAD_AFTER_MS) return;
      if (this.data && (await readGraphVersion(this.executor)) === this.data.version) return;
      this.data = await readGraphShape(this.executor, this.hops);
      this.readAt = Date.now();
      logger.debug(`graph shape read in ${this.data.ms} ms (graph version ${this.data.version})`);
    } catch (error) {
      // The estimate goes on with the last reading (or UNKNOWN_SHAPE); the next check tries again.
      logger.warn(`graph shape not read: ${(error as Error).message}`);
    }
  }
}
