import type { Executor } from '../../db/executor';
import { list } from '../../cypher/rows';
import type { NeighborhoodArgs, PathModel, PathsArgs, SubgraphModel } from './models';
import { toGraphEdge, toGraphNode, toPath } from './rows';
import { neighborhoodQuery, pathsQuery } from './statement';

// Graph exploration: the models and limits (models.ts), the statements (statement.ts),
// rows as models (rows.ts), and the functions the resolvers call.

export {
  DEFAULT_NODES,
  MAX_DEPTH,
  MAX_NODES,
  MAX_PATH_LENGTH,
  MAX_PATHS,
  NODE_KIND_LABELS,
  PATH_CANDIDATES,
  type EdgeDirection,
  type EdgeKind,
  type GraphEdgeModel,
  type GraphNodeModel,
  type NeighborhoodArgs,
  type NodeKind,
  type PathModel,
  type PathsArgs,
  type PathStepDirection,
  type PathStepModel,
  type RenderStep,
  type SubgraphModel,
} from './models';
export {
  displayNameOf,
  edgeDirection,
  edgeLabel,
  nodeKindOf,
  renderPath,
  toGraphEdge,
  toGraphNode,
  toPath,
} from './rows';
export {
  graphEdgeProjection,
  graphNodeProjection,
  LEAN_NEIGHBORHOOD_QUERIES,
  NEIGHBORHOOD_QUERIES,
  neighborhoodCypher,
  neighborhoodQuery,
  PATH_QUERIES,
  pathsCypher,
  pathsQuery,
} from './statement';

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
