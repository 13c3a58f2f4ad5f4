import type { Plain } from '../db/convert';
import type { Executor } from '../db/executor';
import Cypher from '@neo4j/cypher-builder';
import type { NodeKind } from '../generated/graphql';
import { NODE_KIND_LABELS } from '../graph/labels';
import { REL_TYPES, type RelType } from '../graph/relationships';
import { fixedText } from '../cypher/statement';
import type { EvidenceModel, NodeModel } from '../domain/models';
import { toEvidence, toNode, type Props } from '../cypher/mappers';
import { badInput } from '../cypher/paging';
import { entitySummary, evidenceOf } from '../cypher/projections';

// Graph exploration for a graph view: the neighbourhood of an entity and the
// shortest connections between two. Each answer is ONE statement: the node and
// relationship projections (entity summaries, evidence with sources) are inlined.

// ---------------------------------------------------------------------------
// Models: plain objects shaped like the generated GraphQL types, except
// `node` (NodeModel) and `evidence` (EvidenceModel), which codegen maps.

export type { NodeKind };
export type EdgeKind = RelType;
export type EdgeDirection = 'DIRECTED' | 'UNDIRECTED';
export type PathStepDirection = 'FORWARD' | 'BACKWARD';

export interface GraphNodeModel {
  id: string;
  kind: NodeKind;
  displayName: string;
  node: NodeModel;
  evidence: EvidenceModel[];
}

export interface GraphEdgeModel {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  direction: EdgeDirection;
  label: string;
  evidence: EvidenceModel[];
}

export interface SubgraphModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  truncated: boolean;
}

export interface PathStepModel {
  from: GraphNodeModel;
  to: GraphNodeModel;
  edge: GraphEdgeModel;
  direction: PathStepDirection;
}

export interface PathModel {
  length: number;
  steps: PathStepModel[];
  nodes: GraphNodeModel[];
  rendering: string;
}

export { NODE_KIND_LABELS };
const NODE_KINDS = Object.keys(NODE_KIND_LABELS) as NodeKind[];

// ---------------------------------------------------------------------------
// Pure helpers: readable names, verbs and renderings (unit-tested).

type EdgeProps = { [key: string]: Plain | undefined };

const text = (v: Plain | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** `MALICIOUS_ABUSE` → `Malicious abuse`. */
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The node kind from a node's labels; null for anything a graph view does not show (sources). */
export function nodeKindOf(labels: readonly string[]): NodeKind | null {
  return NODE_KINDS.find((kind) => labels.includes(NODE_KIND_LABELS[kind])) ?? null;
}

/** The readable name of an entity: display name, caption, name, title, label, outcome kind or description. */
export function displayNameOf(kind: NodeKind, props: EdgeProps): string {
  const id = text(props.id) ?? '';
  switch (kind) {
    case 'PERSON':
    case 'ORGANIZATION':
    case 'GROUP':
      return text(props.displayName) ?? text(props.name) ?? id;
    case 'CASE':
      return text(props.caption) ?? id;
    case 'CHARGE':
    case 'CLAIM':
      return text(props.label) ?? id;
    case 'OUTCOME':
      return text(props.kind) ? humanize(String(props.kind)) : id;
    case 'EVENT':
      return text(props.description) ?? id;
    case 'INCIDENT':
    case 'COURT':
      return text(props.name) ?? id;
    case 'PRODUCTION':
      return text(props.title) ?? id;
    case 'STATEMENT':
      // A statement reads as its kind, never as a bare assertion: `Denial: "…"`.
      return text(props.content)
        ? `${humanize(String(props.kind ?? 'statement'))}: "${String(props.content)}"`
        : id;
  }
}

const PARTY_ROLE_VERBS: Record<string, string> = {
  PLAINTIFF: 'plaintiff in',
  DEFENDANT: 'defendant in',
  PROSECUTION: 'prosecuted',
  PETITIONER: 'petitioner in',
  RESPONDENT: 'respondent in',
  COUNSEL: 'counsel in',
  JUDGE: 'judge in',
};

const COUNSEL_VERBS: Record<string, string> = {
  SPECIAL_PROSECUTOR: 'prosecuted',
  DISTRICT_ATTORNEY: 'prosecuted',
  GOVERNMENT_COUNSEL: 'represented the government in',
  PRIVATE_COUNSEL: 'represented a party in',
  PUBLIC_DEFENDER: 'defended a party in',
};

const CASE_RELATION_VERBS: Record<string, string> = {
  ARISES_FROM: 'arose from',
  REFILING_OF: 'is a refiling of',
  APPEAL_OF: 'is an appeal of',
};

const WORK_VERBS: Record<string, string> = {
  ACTOR: 'acted in',
  PRODUCER: 'produced',
  DIRECTOR: 'directed',
  ARMOURER: 'was armourer on',
  CINEMATOGRAPHER: 'was cinematographer on',
};

const INVOLVEMENT_VERBS: Record<string, string> = {
  KILLED: 'killed in',
  INJURED: 'injured in',
};

const PLAIN_VERBS: Record<string, string> = {
  JUDGE_IN: 'presided over',
  IN_COURT: 'heard in',
  ARISES_FROM: 'arose from',
  HAS_CHARGE: 'includes charge',
  CHARGED: 'charged against',
  HAS_CLAIM: 'includes claim',
  HAS_OUTCOME: 'resulted in',
  DECIDED_BY: 'decided by',
  RESOLVES: 'resolved',
  HAS_EVENT: 'had event',
  PARENT_OF: 'parent of',
  ON_PRODUCTION: 'happened on',
  STATED: 'stated',
  ON_BEHALF_OF: 'on behalf of',
  ABOUT: 'is about',
};

/**
 * A readable verb for a relationship, read from its start node to its end node
 * (`Kari Morrissey` prosecuted `Criminal case against Alec Baldwin`), chosen by
 * the relationship type and its properties (role, capacity, kind, detail).
 */
export function edgeLabel(type: string, props: EdgeProps = {}): string {
  const role = text(props.role) ?? '';
  const kind = text(props.kind) ?? '';
  switch (type) {
    case 'PARTY_TO':
      return PARTY_ROLE_VERBS[role] ?? 'party to';
    case 'COUNSEL_IN':
      return COUNSEL_VERBS[text(props.capacity) ?? ''] ?? 'counsel in';
    case 'RELATED_TO':
      return CASE_RELATION_VERBS[kind] ?? 'related to';
    case 'SPOUSE_OF': {
      const detail = text(props.detail);
      return detail ? `${detail} of` : 'spouse of';
    }
    case 'WORKED_ON': {
      const roleText = text(props.roleText);
      return WORK_VERBS[role] ?? (roleText ? `worked as ${roleText} on` : 'worked on');
    }
    case 'INVOLVED_IN':
      return INVOLVEMENT_VERBS[kind] ?? 'involved in';
    default:
      return PLAIN_VERBS[type] ?? humanize(type).toLowerCase();
  }
}

/** Symmetric relationships (marriage, a bare "related" case link) have no meaningful orientation. */
export function edgeDirection(type: string, props: EdgeProps = {}): EdgeDirection {
  if (type === 'SPOUSE_OF') return 'UNDIRECTED';
  if (type === 'RELATED_TO' && !CASE_RELATION_VERBS[text(props.kind) ?? '']) return 'UNDIRECTED';
  return 'DIRECTED';
}

export interface RenderStep {
  from: { displayName: string };
  to: { displayName: string };
  edge: { label: string };
  direction: PathStepDirection;
}

/**
 * A path in words, each arrow pointing along its relationship:
 * `A —prosecuted→ B —arose from→ C ←killed in— D`.
 */
export function renderPath(steps: readonly RenderStep[]): string {
  const first = steps[0];
  if (!first) return '';
  return steps.reduce(
    (out, step) =>
      step.direction === 'FORWARD'
        ? `${out} —${step.edge.label}→ ${step.to.displayName}`
        : `${out} ←${step.edge.label}— ${step.to.displayName}`,
    first.from.displayName,
  );
}

// ---------------------------------------------------------------------------
// Cypher. Texts are fixed: one per validated depth or maximum length, chosen
// from a table; everything else (ids, kinds, caps) travels as parameters.

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;
export const DEFAULT_NODES = 200;
export const MAX_PATH_LENGTH = 6;
export const MAX_PATHS = 20;
/**
 * Shortest paths are ordered (by node ids, then relationship ids) among at most
 * this many candidates, so a pair joined by combinatorially many shortest paths
 * in a dense graph costs bounded work; below it the order is fully stable.
 */
export const PATH_CANDIDATES = 1000;

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

/** Everything a GraphEdge needs: endpoints, the properties verbs are made from, and evidence with sources. */
export function graphEdgeProjection(r: Cypher.Variable): Cypher.Expr {
  return new Cypher.Map({
    id: r.property('id'),
    type: Cypher.type(r),
    source: idOf(Cypher.startNode(r)),
    target: idOf(Cypher.endNode(r)),
    props: new Cypher.MapProjection(r, ['role', 'capacity', 'kind', 'detail', 'roleText']),
    evidence: evidenceOf(r),
  });
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
  return new Cypher.Map({
    id: rel.property('id'),
    type: Cypher.type(rel),
    source: idOf(Cypher.startNode(rel)),
    target: idOf(Cypher.endNode(rel)),
    props: new Cypher.MapProjection(rel, ['role', 'capacity', 'kind', 'detail', 'roleText']),
  });
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

// ---------------------------------------------------------------------------
// Rows to models.

const obj = (v: Plain | undefined): Props => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const list = (v: Plain | undefined): Props[] => (Array.isArray(v) ? v.map(obj) : []);

export function toGraphNode(row: Props): GraphNodeModel {
  const labels = Array.isArray(row.labels) ? row.labels.map(String) : [];
  const doc = obj(row.doc);
  const kind = nodeKindOf(labels);
  if (!kind) throw new Error(`No graph node kind for labels ${labels.join(':')}`);
  const node = toNode(labels, doc);
  return {
    id: String(doc.id),
    kind,
    displayName: displayNameOf(kind, doc),
    node,
    evidence: toEvidence(doc),
  };
}

export function toGraphEdge(row: Props): GraphEdgeModel {
  const type = String(row.type);
  const props = obj(row.props);
  return {
    id: String(row.id),
    kind: type as EdgeKind,
    source: String(row.source),
    target: String(row.target),
    direction: edgeDirection(type, props),
    label: edgeLabel(type, props),
    evidence: toEvidence(row),
  };
}

export function toPath(nodes: GraphNodeModel[], edges: GraphEdgeModel[]): PathModel {
  const steps = edges.map((edge, i): PathStepModel => {
    const from = nodes[i];
    const to = nodes[i + 1];
    if (!from || !to) throw new Error(`Path with ${edges.length} edges and ${nodes.length} nodes`);
    return { from, to, edge, direction: edge.source === from.id ? 'FORWARD' : 'BACKWARD' };
  });
  return { length: steps.length, steps, nodes, rendering: renderPath(steps) };
}

// ---------------------------------------------------------------------------
// Entry points.

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  nodeKinds?: readonly NodeKind[] | null;
  edgeKinds?: readonly EdgeKind[] | null;
  limit?: number | null;
  /** Only ids, kinds, names and edge labels are read: skip evidence and entity summaries. */
  lean?: boolean;
}

export interface PathsArgs {
  from: string;
  to: string;
  maxLength?: number | null;
  first?: number | null;
}

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

/** The subgraph around an entity; null when no entity has that id. */
export async function neighborhood(
  executor: Executor,
  args: NeighborhoodArgs,
): Promise<SubgraphModel | null> {
  const { cypher, params } = neighborhoodQuery(args);
  const [row] = await executor.read(cypher, params);
  if (!row) return null;
  return {
    nodes: list(row.nodes).map(toGraphNode),
    edges: list(row.edges).map(toGraphEdge),
    truncated: row.truncated === true,
  };
}

/** The shortest connections between two entities, all of the same length; empty when there are none. */
export async function paths(executor: Executor, args: PathsArgs): Promise<PathModel[]> {
  const { cypher, params } = pathsQuery(args);
  const rows = await executor.read(cypher, params);
  return rows.map((row) => toPath(list(row.nodes).map(toGraphNode), list(row.edges).map(toGraphEdge)));
}
