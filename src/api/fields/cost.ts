import type { Args, FieldSpec, Hop, ShapeView } from './kinds';
import { pageSizeOf } from '../../cypher/paging';
import { hopKey } from '../../graph/relationships';

// What a field makes the database touch, in rows (nodes, relationships and
// evidence records), from its model entry: `child` is what its own selection
// touches per row. A page counts at the size asked for (the client's bound, as
// GitHub counts it); a list without pages counts the relationship's degree in
// the graph now, an evidence list the documents stating an entity.

/** The rows a field can read, and how many per row of its parent (a page's size, a list's degree). */
export interface FieldCost {
  rows: number;
  times: number;
}

export function fieldCost(spec: FieldSpec<string>, args: Args, child: number, shape: ShapeView): FieldCost {
  const each = (times: number, fixed = 0): FieldCost => ({ rows: fixed + times * (1 + child), times });
  switch (spec.kind) {
    case 'property':
    case 'derived':
    case 'value':
      return { rows: child, times: 1 };
    case 'evidence':
      return each(shape.records());
    case 'one':
    case 'lookup':
      return each(1);
    case 'list':
      return each(shape.degree(spec.via));
    case 'page':
      return each(pageSizeOf(args), spec.readsAll ? shape.degree(spec.via) : 1);
    case 'computed': {
      const rows = spec.rows ? spec.rows(args, child, shape) : child;
      return { rows, times: Math.round(rows / (1 + child)) };
    }
  }
}

/** Hops a model reads lists along: the degrees the shape must know. */
export function hopsOf(models: Iterable<Record<string, FieldSpec<string>>>): Hop[] {
  const hops = new Map<string, Hop>();
  for (const model of models) {
    for (const spec of Object.values(model)) {
      if (spec.kind === 'list' || spec.kind === 'page' || spec.kind === 'one') {
        hops.set(hopKey(spec.via), spec.via);
      }
    }
  }
  return [...hops.values()];
}
