import type { NodeKind } from '../../generated/graphql';
import { NODE_KIND_LABELS } from '../../graph/labels';
import type { RelType } from '../../graph/relationships';
import type { EvidenceModel, NodeModel } from '../../domain/models';

// Graph exploration's models: plain objects shaped like the generated GraphQL types,
// except `node` (NodeModel) and `evidence` (EvidenceModel), which codegen maps;
// its arguments and their limits.

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

/** What a path's rendering reads of each step. */
export interface RenderStep {
  from: { displayName: string };
  to: { displayName: string };
  edge: { label: string };
  direction: PathStepDirection;
}

export { NODE_KIND_LABELS };
export const NODE_KINDS = Object.keys(NODE_KIND_LABELS) as NodeKind[];

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
