import type { ElementDefinition } from 'cytoscape';
import type { NeighborhoodQuery } from './gql/graphql';
import { words } from './format';

// A graph view's elements: crowded kinds (a docket's sixty events) shown as one node
// that expands, so the first view of a docket is readable.

type Sub = NonNullable<NeighborhoodQuery['neighborhood']>;
type NodeData = Sub['nodes'][number];
type EdgeData = Sub['edges'][number];

/** A kind with more nodes than this around one view is shown as one node that expands. */
export const GROUP_OVER = 15;

/** The id of the node standing for every node of `kind` while they are grouped. */
const groupId = (kind: string) => `group:${kind}`;

/**
 * Cytoscape elements for the nodes and edges known so far. Nodes of a kind in
 * `grouped` become one node (“60 events”); edges to them become one edge per
 * neighbour and kind, labelled with their number.
 */
export function toElements(
  nodes: readonly NodeData[],
  edges: readonly EdgeData[],
  grouped: ReadonlySet<string>,
): ElementDefinition[] {
  const groupOf = new Map<string, string>();
  const members = new Map<string, number>();
  for (const n of nodes)
    if (grouped.has(n.kind)) {
      groupOf.set(n.id, groupId(n.kind));
      members.set(n.kind, (members.get(n.kind) ?? 0) + 1);
    }
  const out: ElementDefinition[] = [];
  for (const n of nodes)
    if (!groupOf.has(n.id))
      out.push({ group: 'nodes', data: { id: n.id, label: n.displayName, kind: n.kind } });
  for (const [kind, count] of members)
    out.push({
      group: 'nodes',
      data: { id: groupId(kind), label: `${count} ${words(kind)}s — click to show`, kind, members: count },
      classes: 'grouped',
    });
  const merged = new Map<string, { data: Record<string, unknown>; count: number }>();
  for (const e of edges) {
    const source = groupOf.get(e.source) ?? e.source;
    const target = groupOf.get(e.target) ?? e.target;
    if (source === e.source && target === e.target) {
      out.push({
        group: 'edges',
        data: {
          id: e.id,
          source,
          target,
          label: e.label,
          kind: e.kind,
          directed: e.direction === 'DIRECTED',
        },
      });
      continue;
    }
    const key = `${source}|${target}|${e.kind}`;
    const m = merged.get(key);
    if (m) m.count += 1;
    else
      merged.set(key, {
        data: { id: `group-edge:${key}`, source, target, kind: e.kind, directed: e.direction === 'DIRECTED' },
        count: 1,
      });
  }
  for (const { data, count } of merged.values())
    out.push({ group: 'edges', data: { ...data, label: `${words(data.kind as string)} ×${count}` } });
  return out;
}

/** The kinds with so many nodes that they start grouped. */
export function crowdedKinds(nodes: readonly NodeData[], start: string): Set<string> {
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.id !== start) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c > GROUP_OVER).map(([k]) => k));
}
