import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toNeo4jParam, toPlain, type Plain } from './convert';
import { toGraphQLError } from './errors';
import { logger } from '../logger';

export type Row = { [key: string]: Plain };
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
  ) {}

  /** A view for one GraphQL operation, with its own round-trip counter. */
  forOperation(): Executor {
    return new Executor(this.driver, this.database, { roundTrips: 0, queries: [] }, this.timeoutMs);
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
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: this.timeoutMs };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      logger.error({ err: error, query: name }, 'query failed');
      throw toGraphQLError(error, name);
    } finally {
      await session.close();
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
