import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toNeo4jParam, toPlain, type Plain } from './convert';
import { ALWAYS_UP, type Availability } from './availability';
import { DeadlineError, toGraphQLError, unavailableError, UnavailableError } from './errors';
import { logger } from '../logger';

export type Row = { [key: string]: Plain };

/** Time for acquiring a connection, on top of the transaction timeout, before a statement is given up. */
export const DEADLINE_MARGIN_MS = 2_000;
export type Params = Record<string, unknown>;

/** Counts the Cypher statements an operation sends: the N+1 guard's evidence. */
export interface QueryStats {
  roundTrips: number;
  queries: string[];
}

/** Every query carries its name as a leading `// name` comment; it is how logs and stats refer to it. */
export function queryName(cypher: string): string {
  const match = /^\s*\/\/[ \t]*([A-Za-z][\w.]*)/.exec(cypher);
  if (!match?.[1]) throw new Error(`Cypher without a leading "// queryName" comment: ${cypher.slice(0, 60)}`);
  return match[1];
}

/** Runs statements inside a caller's write transaction (a unit of work such as a load). */
export interface TxRunner {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/**
 * The one place that talks to neo4j-driver: a session per unit of work, reads in
 * read transactions (routable to followers on a cluster), writes in write
 * transactions, an explicit database, values converted to plain JS at this edge.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly stats: QueryStats = { roundTrips: 0, queries: [] },
    private readonly timeoutMs = 15_000,
    readonly availability: Availability = ALWAYS_UP,
  ) {}

  /** A view for one GraphQL operation, with its own round-trip counter. */
  forOperation(): Executor {
    return new Executor(
      this.driver,
      this.database,
      { roundTrips: 0, queries: [] },
      this.timeoutMs,
      this.availability,
    );
  }

  /**
   * How long a statement may take from asking for a connection to its last row: the
   * transaction timeout (which the server enforces) and a margin for the connection.
   * Past it the caller gets DATABASE_TIMEOUT, whether or not the server still answers.
   */
  get deadlineMs(): number {
    return this.timeoutMs + DEADLINE_MARGIN_MS;
  }

  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.unitOfWork('READ', cypher, (tx) => runIn(tx, cypher, params));
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.unitOfWork('WRITE', cypher, (tx) => runIn(tx, cypher, params));
  }

  /** Several statements in one write transaction: all of them land, or none. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) =>
        work({
          run: (cypher, params = {}) => {
            this.count(cypher);
            return runIn(tx, cypher, params);
          },
        }),
      );
    } finally {
      await session.close();
    }
  }

  /**
   * A read statement's rows handed to `onRow` one at a time as the driver receives them
   * (`fetchSize` rows a batch, the next batch asked for only when `onRow` has taken these):
   * an export of the whole graph holds one batch, never the result. One read transaction,
   * never retried (rows already handed on cannot be taken back), with its own timeout:
   * an export may rightly run longer than an API read. Stops early when `signal` aborts
   * (a client that went away). Returns the number of rows.
   */
  async stream(
    cypher: string,
    params: Params,
    onRow: (row: Row) => void | Promise<void>,
    opts: { timeoutMs?: number; signal?: AbortSignal; fetchSize?: number } = {},
  ): Promise<number> {
    const name = this.count(cypher);
    if (!this.availability.up) throw unavailableError(name);
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize: opts.fetchSize ?? 500,
    });
    let rows = 0;
    try {
      const tx = await session.beginTransaction({ timeout: opts.timeoutMs ?? this.timeoutMs });
      try {
        for await (const record of tx.run(cypher, toNeo4jParam(params) as Params)) {
          if (opts.signal?.aborted) break;
          await onRow(toPlain(record.toObject()) as Row);
          rows += 1;
        }
      } finally {
        // A read changes nothing: rolling back ends it as well as a commit, and also after an error.
        await tx.rollback().catch(() => undefined);
      }
      return rows;
    } catch (error) {
      // Stopped on purpose (the client went away): not a failure of the statement.
      if (opts.signal?.aborted) throw error;
      logger.error({ err: error, query: name }, 'query failed');
      throw toGraphQLError(error, name);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** The planner's operators for a statement, without running it (for index tests and diagnostics). */
  async explain(cypher: string, params: Params = {}): Promise<string[]> {
    queryName(cypher);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) =>
        tx.run(`EXPLAIN ${cypher}`, toNeo4jParam(params) as Params),
      );
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] } | false | undefined) => {
        if (!plan) return;
        operators.push(plan.operatorType);
        plan.children.forEach((child) => walk(child as { operatorType: string; children: unknown[] }));
      };
      walk(result.summary.plan);
      return operators;
    } finally {
      await session.close();
    }
  }

  private async unitOfWork(
    mode: 'READ' | 'WRITE',
    cypher: string,
    work: (tx: ManagedTransaction) => Promise<Row[]>,
  ): Promise<Row[]> {
    const name = this.count(cypher);
    if (!this.availability.up) throw unavailableError(name);
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.timeoutMs };
    const running = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineError(this.deadlineMs)), this.deadlineMs);
    });
    let unsubscribe: () => void = () => undefined;
    const lost = new Promise<never>((_, reject) => {
      unsubscribe = this.availability.onLost((reason) => reject(new UnavailableError(reason)));
    });
    try {
      return await Promise.race([running, deadline, lost]);
    } catch (error) {
      logger.error({ err: error, query: name }, 'query failed');
      throw toGraphQLError(error, name);
    } finally {
      clearTimeout(timer);
      unsubscribe();
      // A statement given up on still holds its session until the server answers or the
      // connection breaks; it is closed then, in the background.
      void running
        .catch(() => undefined)
        .finally(() => session.close())
        .catch(() => undefined);
    }
  }

  private count(cypher: string): string {
    const name = queryName(cypher);
    this.stats.roundTrips += 1;
    this.stats.queries.push(name);
    return name;
  }
}

async function runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher, toNeo4jParam(params) as Params);
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}
