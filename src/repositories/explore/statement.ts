import Cypher from '@neo4j/cypher-builder';
import { REL_TYPES } from '../../graph/relationships';
import { fixedText } from '../../cypher/statement';
import { badInput } from '../../cypher/paging';
import { entitySummary, evidenceOf } from '../../cypher/projections';
import {
  DEFAULT_NODES,
  MAX_DEPTH,
  MAX_NODES,
  MAX_PATH_LENGTH,
  MAX_PATHS,
  NODE_KIND_LABELS,
  NODE_KINDS,
  PATH_CANDIDATES,
  type NeighborhoodArgs,
  type PathsArgs,
} from './models';

// Graph exploration for a graph view: the neighbourhood of an entity and the
// shortest connections between two. Each answer is ONE statement: the node and
// relationship projections (entity summaries, evidence with sources) are inlined.
//
// Texts are fixed: one per validated depth or maximum length, chosen from a
// table; everything else (ids, kinds, caps) travels as parameters.

/** Everything a GraphNode needs, entity summary included: labels plus the node's properties and evidence. */
export function graphNodeProjection(v: Cypher.Variable): Cypher.Expr {
  return new Cypher.Map({ labels: Cypher.labels(v), doc: entitySummary(v) });
}

/** `[x IN [node] | x.id][0]`: the builder reads properties of variables only. */
function idOf(node: Cypher.Expr): Cypher.Expr {
  const x = new Cypher.Variable();
  return Cypher.listIndex(
    new Cypher.ListComprehension(x).in(new Cypher.List([node])).map(x.property('id')),
    0,
  );
}

/** A GraphEdge's endpoints and the properties verbs are made from. */
const edgeFields = (rel: Cypher.Variable) => ({
  id: rel.property('id'),
  type: Cypher.type(rel),
  source: idOf(Cypher.startNode(rel)),
  target: idOf(Cypher.endNode(rel)),
  props: new Cypher.MapProjection(rel, ['role', 'capacity', 'kind', 'detail', 'roleText']),
});

/** Everything a GraphEdge needs: endpoints, the properties verbs are made from, and evidence with sources. */
export function graphEdgeProjection(r: Cypher.Variable): Cypher.Expr {
  return new Cypher.Map({ ...edgeFields(r), evidence: evidenceOf(r) });
}

// The expansion's own variables are fixed names in fixed text; the projections
// inside it are compiled by the builder, whose generated names cannot meet them.
const n = new Cypher.NamedVariable('n');
const r = new Cypher.NamedVariable('r');

/**
 * One breadth-first level: the unseen neighbours of the frontier through allowed
 * relationship types and node labels, in id order, cut to the room left under
 * the cap. `truncated` records whether the cut left anything out.
 */
const EXPANSION_LEVEL = `CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)-[r]-(n:Node)
  WHERE type(r) IN $edgeKinds AND NOT n:Source AND any(l IN labels(n) WHERE l IN $nodeLabels) AND NOT n IN seen
  WITH DISTINCT n
  ORDER BY n.id
  LIMIT $limit
  RETURN collect(n) AS found
}
WITH start, seen, found, truncated, $limit - size(seen) AS room
WITH start, seen + found[0..room] AS seen, found[0..room] AS frontier, truncated OR size(found) > room AS truncated`;

/**
 * Nodes as their own properties (no evidence, no owning case) and edges without
 * evidence: for selections that read no `evidence` and no `node` (a graph view's
 * ids, kinds and names), which the full summaries would multiply tenfold in size.
 */
function leanNodeProjection(v: Cypher.Variable): Cypher.Expr {
  return new Cypher.Map({ labels: Cypher.labels(v), doc: new Cypher.MapProjection(v, '*') });
}

function leanEdgeProjection(rel: Cypher.Variable): Cypher.Expr {
  return new Cypher.Map(edgeFields(rel));
}

export function neighborhoodCypher(depth: number, lean = false): string {
  const levels = Array.from({ length: depth }, () => EXPANSION_LEVEL).join('\n');
  const nodeProjection = lean ? leanNodeProjection : graphNodeProjection;
  const edgeProjection = lean ? leanEdgeProjection : graphEdgeProjection;
  return fixedText(
    `exploreNeighborhood${lean ? 'Lean' : ''}${depth}`,
    (compile) => `MATCH (start:Node {id: $id})
WHERE NOT start:Source
WITH start, [start] AS seen, [start] AS frontier, false AS truncated
${levels}
CALL (seen) {
  UNWIND seen AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $edgeKinds AND b IN seen
  WITH r
  ORDER BY r.id
  RETURN collect(${compile(edgeProjection(r))}) AS edges
}
RETURN [n IN seen | ${compile(nodeProjection(n))}] AS nodes, edges, truncated`,
  ).cypher;
}

export function pathsCypher(maxLength: number): string {
  return fixedText(
    `explorePaths${maxLength}`,
    (compile) => `MATCH (a:Node {id: $from})
WHERE NOT a:Source
MATCH (b:Node {id: $to})
WHERE NOT b:Source
MATCH p = allShortestPaths((a)-[:${REL_TYPES.join('|')}*..${maxLength}]-(b))
WHERE none(n IN nodes(p) WHERE n:Source)
WITH p
LIMIT $scan
WITH p
ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]
LIMIT $first
RETURN [n IN nodes(p) | ${compile(graphNodeProjection(n))}] AS nodes, [r IN relationships(p) | ${compile(graphEdgeProjection(r))}] AS edges`,
  ).cypher;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The fixed statement texts, keyed by the validated depth / maximum length. */
export const NEIGHBORHOOD_QUERIES: ReadonlyMap<number, string> = new Map(
  range(MAX_DEPTH).map((d) => [d, neighborhoodCypher(d)]),
);
/** The same without evidence and entity summaries (see `leanNodeProjection`). */
export const LEAN_NEIGHBORHOOD_QUERIES: ReadonlyMap<number, string> = new Map(
  range(MAX_DEPTH).map((d) => [d, neighborhoodCypher(d, true)]),
);
export const PATH_QUERIES: ReadonlyMap<number, string> = new Map(
  range(MAX_PATH_LENGTH).map((n) => [n, pathsCypher(n)]),
);

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`\`${name}\` must be between ${min} and ${max}; got ${value}`, name);
  }
  return value;
}

/** The statement and parameters for a neighbourhood; throws BAD_USER_INPUT on invalid arguments. */
export function neighborhoodQuery(args: NeighborhoodArgs): {
  cypher: string;
  params: Record<string, unknown>;
} {
  const depth = checkRange('depth', args.depth ?? 1, 1, MAX_DEPTH);
  const limit = checkRange('limit', args.limit ?? DEFAULT_NODES, 1, MAX_NODES);
  const cypher = (args.lean ? LEAN_NEIGHBORHOOD_QUERIES : NEIGHBORHOOD_QUERIES).get(depth);
  if (!cypher) throw badInput(`\`depth\` must be between 1 and ${MAX_DEPTH}; got ${depth}`, 'depth');
  const nodeLabels = [...new Set(args.nodeKinds ?? NODE_KINDS)].map((k) => NODE_KIND_LABELS[k]);
  const edgeKinds = [...new Set(args.edgeKinds ?? REL_TYPES)];
  return { cypher, params: { id: args.id, limit, nodeLabels, edgeKinds } };
}

/** The statement and parameters for shortest paths; throws BAD_USER_INPUT on invalid arguments. */
export function pathsQuery(args: PathsArgs): { cypher: string; params: Record<string, unknown> } {
  const maxLength = checkRange('maxLength', args.maxLength ?? 4, 1, MAX_PATH_LENGTH);
  const first = checkRange('first', args.first ?? 5, 1, MAX_PATHS);
  if (args.from === args.to) throw badInput('`from` and `to` must be different entities', 'to');
  const cypher = PATH_QUERIES.get(maxLength);
  if (!cypher) throw badInput(`\`maxLength\` must be between 1 and ${MAX_PATH_LENGTH}`, 'maxLength');
  return { cypher, params: { from: args.from, to: args.to, first, scan: PATH_CANDIDATES } };
}
