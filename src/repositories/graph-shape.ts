import Cypher from '@neo4j/cypher-builder';
import { named, type Statement } from '../cypher/statement';
import type { Executor } from '../db/executor';
import { GRAPH_VERSION, NODE, SHARE } from '../graph/labels';
import { hopKey, RELATIONSHIPS, type Hop } from '../graph/relationships';

export { hopKey };

// The shape of the graph the cost estimate needs: for each walk a field model
// takes, how many relationships one node has (the largest and the 99th
// percentile among the nodes that have any), how many relationships of any type
// a node has, and how many documents state one node or relationship (its
// evidence records). Read in the background and kept per graph version.

export interface Spread {
  largest: number;
  p99: number;
}

export interface GraphShapeData {
  version: number;
  /** By `hopKey`. */
  degrees: Record<string, Spread>;
  anyDegree: Spread;
  records: Spread;
  ms: number;
}

/** The label every node at the hop's start carries. */
function startLabel(h: Hop): string {
  const ends = [h.type].flat().map((t) => RELATIONSHIPS[t][h.direction === 'in' ? 'to' : 'from']);
  const [first] = ends;
  return first && first !== 'Node' && ends.every((e) => e === first) ? first : NODE;
}

/** `largest` and `p99` of `count` over the rows where it is above zero. */
function spreadOf(match: Cypher.Match, count: Cypher.Expr, name: string): Statement {
  const d = new Cypher.Variable();
  return named(
    name,
    match
      .with([count, d])
      .where(Cypher.gt(d, new Cypher.Literal(0)))
      .return([Cypher.max(d), 'largest'], [Cypher.percentileDisc(d, 0.99), 'p99']),
  );
}

export function degreeStatement(h: Hop): Statement {
  const n = new Cypher.Node();
  const label = startLabel(h);
  const walk = new Cypher.Pattern(n).related({
    type: Cypher.labelExpr.or(...[h.type].flat()),
    direction: h.direction === 'in' ? 'left' : h.direction === 'out' ? 'right' : 'undirected',
  });
  return spreadOf(
    new Cypher.Match(new Cypher.Pattern(n, { labels: [label] })),
    new Cypher.Count(walk.to(new Cypher.Node())),
    'graphShapeDegree',
  );
}

export function anyDegreeStatement(): Statement {
  const n = new Cypher.Node();
  return spreadOf(
    new Cypher.Match(new Cypher.Pattern(n, { labels: [NODE] })),
    new Cypher.Count(new Cypher.Pattern(n).related({ direction: 'undirected' }).to(new Cypher.Node())),
    'graphShapeAnyDegree',
  );
}

export function recordsStatement(): Statement {
  const s = new Cypher.Node();
  const of = new Cypher.Variable();
  const count = new Cypher.Variable();
  const d = new Cypher.Variable();
  return named(
    'graphShapeRecords',
    new Cypher.Match(new Cypher.Pattern(s, { labels: [SHARE] }))
      .with([s.property('of'), of])
      .with(of, [Cypher.count(new Cypher.Literal('*')), count])
      .with([count, d])
      .return([Cypher.max(d), 'largest'], [Cypher.percentileDisc(d, 0.99), 'p99']),
  );
}

export function versionStatement(): Statement {
  const v = new Cypher.Node();
  return named(
    'graphVersion',
    new Cypher.OptionalMatch(
      new Cypher.Pattern(v, { labels: [GRAPH_VERSION], properties: { id: new Cypher.Literal('graph') } }),
    ).return([Cypher.coalesce(v.property('version'), new Cypher.Literal(0)), 'version']),
  );
}

async function spread(executor: Executor, { cypher, params }: Statement): Promise<Spread> {
  const [row] = await executor.read(cypher, params);
  const value = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { largest: value(row?.largest), p99: value(row?.p99) };
}

export async function readGraphVersion(executor: Executor): Promise<number> {
  const { cypher, params } = versionStatement();
  const [row] = await executor.read(cypher, params);
  return typeof row?.version === 'number' ? row.version : 0;
}

/** Reads the shape for `hops`, one short read per measure (each scans one label's degrees). */
export async function readGraphShape(executor: Executor, hops: readonly Hop[]): Promise<GraphShapeData> {
  const started = Date.now();
  const version = await readGraphVersion(executor);
  const degrees: Record<string, Spread> = {};
  for (const h of hops) degrees[hopKey(h)] = await spread(executor, degreeStatement(h));
  const anyDegree = await spread(executor, anyDegreeStatement());
  const records = await spread(executor, recordsStatement());
  return { version, degrees, anyDegree, records, ms: Date.now() - started };
}
