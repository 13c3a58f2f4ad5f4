import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/**
 * Field names the client selected at `path` below the current field, through
 * fragments and inline fragments: lets a root resolver fetch nested data in the
 * same statement only when the selection needs it.
 */
export function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let level: readonly SelectionNode[] = info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []);
  const names = new Set<string>();
  const fieldsOf = (selections: readonly SelectionNode[]): FieldNode[] =>
    selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet.selections);
      const fragment = info.fragments[s.name.value];
      return fragment ? fieldsOf(fragment.selectionSet.selections) : [];
    });
  for (const step of path) {
    level = fieldsOf(level)
      .filter((f) => f.name.value === step)
      .flatMap((f) => f.selectionSet?.selections ?? []);
  }
  for (const f of fieldsOf(level)) names.add(f.name.value);
  return names;
}

/** Whether the client selected `field` directly under this field (e.g. `totalCount`). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedAt(info, []).has(field);
}
