import type { Args, FieldSpec, Hop, ShapeView } from './kinds';
import { pageSize } from './paging';

// What a field makes the database touch, in rows (nodes, relationships and
// evidence records), from its model entry: `child` is what its own selection
// touches per row. A page counts at the size asked for (the client's bound, as
// GitHub counts it); a list without pages counts the relationship's degree in
// the graph now, an evidence list the documents stating an entity.

export function fieldRows(spec: FieldSpec<string>, args: Args, child: number, shape: ShapeView): number {
  switch (spec.kind) {
    case 'property':
    case 'value':
      return child;
    case 'evidence':
      return shape.records() * (1 + child);
    case 'one':
    case 'lookup':
      return 1 + child;
    case 'list':
      return shape.degree(spec.via) * (1 + child);
    case 'page':
      return (spec.readsAll ? shape.degree(spec.via) : 1) + pageSize(args) * (1 + child);
    case 'computed':
      return spec.rows ? spec.rows(args, child, shape) : child;
  }
}

/** Rows per row of the parent: a page's size, a list's degree, an estimate for the rest. */
export function fieldTimes(
  spec: FieldSpec<string>,
  args: Args,
  rows: number,
  child: number,
  shape: ShapeView,
): number {
  if (spec.kind === 'page') return pageSize(args);
  if (spec.kind === 'list') return shape.degree(spec.via);
  if (spec.kind === 'evidence') return shape.records();
  return Math.round(rows / (1 + child));
}

/** Hops a model reads lists along: the degrees the shape must know. */
export function hopsOf(models: Iterable<Record<string, FieldSpec<string>>>): Hop[] {
  const hops = new Map<string, Hop>();
  for (const model of models) {
    for (const spec of Object.values(model)) {
      if (spec.kind === 'list' || spec.kind === 'page' || spec.kind === 'one') {
        hops.set(JSON.stringify(spec.via), spec.via);
      }
    }
  }
  return [...hops.values()];
}
