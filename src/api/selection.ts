import {
  Kind,
  visit,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionNode,
} from 'graphql';

// What the client selected, read from the operation's AST. Type conditions and
// @skip/@include are not evaluated: at worst a resolver fetches a part too many.

/** The fields of a selection set, through inline fragments and the named fragments `fragments` holds. */
export function fieldsThrough(
  selections: readonly SelectionNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>,
): FieldNode[] {
  return selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsThrough(s.selectionSet.selections, fragments);
    const fragment = fragments[s.name.value];
    return fragment ? fieldsThrough(fragment.selectionSet.selections, fragments) : [];
  });
}

const fieldsOf = (info: GraphQLResolveInfo, selections: readonly SelectionNode[]): FieldNode[] =>
  fieldsThrough(selections, info.fragments);

/** The selections below the fields at `level` whose response key (alias or name) or name matches. */
function descend(
  info: GraphQLResolveInfo,
  level: readonly SelectionNode[],
  matches: (f: FieldNode) => boolean,
): SelectionNode[] {
  return fieldsOf(info, level)
    .filter(matches)
    .flatMap((f) => f.selectionSet?.selections ?? []);
}

/**
 * Field names the client selected at `path` below the current field: lets a
 * root resolver fetch nested data in the same statement only when the selection needs it.
 */
export function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  return namesBelow(info, info.fieldNodes, path);
}

/** The field nodes selected at `path` below `fields`, through fragments. */
export function fieldNodesBelow(
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
  path: string[],
): FieldNode[] {
  let level: readonly SelectionNode[] = fields.flatMap((n) => n.selectionSet?.selections ?? []);
  for (const step of path) level = descend(info, level, (f) => f.name.value === step);
  return fieldsOf(info, level);
}

/** The names of the fields selected at `path` below `fields`. */
export function namesBelow(
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
  path: string[],
): Set<string> {
  return new Set(fieldNodesBelow(info, fields, path).map((f) => f.name.value));
}

/** Fields whose answers read an entity's evidence (`asOf` dates a status by its sources). */
const READS_EVIDENCE = new Set(['evidence', 'asOf']);

// Per field node of a parsed document (Apollo keeps documents across requests):
// whether its selection reads evidence at any depth. Resolvers ask it once per
// item of a list, so the walk is made once per document.
const evidenceBelow = new WeakMap<FieldNode, boolean>();

function readsEvidenceBelow(info: GraphQLResolveInfo, field: FieldNode): boolean {
  let reads = evidenceBelow.get(field);
  if (reads === undefined) {
    reads = fieldsOf(info, field.selectionSet?.selections ?? []).some(
      (f) => READS_EVIDENCE.has(f.name.value) || readsEvidenceBelow(info, f),
    );
    evidenceBelow.set(field, reads);
  }
  return reads;
}

/**
 * Whether anything below the entity fields `fields` reads evidence: when nothing
 * does, the entity's projection leaves out the evidence of what it nests.
 */
export function selectsNestedEvidence(info: GraphQLResolveInfo, fields: readonly FieldNode[]): boolean {
  return fields.some((f) => readsEvidenceBelow(info, f));
}

/** Whether the client selected `field` directly under this field (e.g. `totalCount`). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return selectedAt(info, []).has(field);
}

// Per operation document: the parent selections already walked, by response path without list indices.
const parentSelections = new WeakMap<object, Map<string, FieldNode[]>>();

/**
 * Field names the client selected on the object this field belongs to (this
 * field and its siblings), found by walking the response path from the
 * operation's root. A field resolver completing a summary uses it to fetch, in
 * one statement, every part its siblings will ask for.
 */
export function selectedOnParent(info: GraphQLResolveInfo): Set<string> {
  return new Set(fieldNodesOnParent(info).map((f) => f.name.value));
}

/** The field nodes selected on the object this field belongs to (see selectedOnParent). */
export function fieldNodesOnParent(info: GraphQLResolveInfo): FieldNode[] {
  const keys: string[] = [];
  for (let p = info.path.prev; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key);
  const memo = parentSelections.get(info.operation) ?? new Map<string, FieldNode[]>();
  parentSelections.set(info.operation, memo);
  const memoKey = keys.join('.');
  const known = memo.get(memoKey);
  if (known) return known;
  let level: readonly SelectionNode[] = info.operation.selectionSet.selections;
  for (const key of keys) level = descend(info, level, (f) => (f.alias?.value ?? f.name.value) === key);
  const fields = fieldsOf(info, level);
  memo.set(memoKey, fields);
  return fields;
}

// Per operation document: every field name it selects.
const namesInOperation = new WeakMap<object, ReadonlySet<string>>();

/**
 * Every field name the operation selects anywhere, its fragments included (whether used
 * or not): what decides which stored values a statement reads (cypher/reading.ts).
 */
export function operationFieldNames(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = namesInOperation.get(info.operation);
  if (!names) {
    const found = new Set<string>();
    const collect = { Field: (f: FieldNode) => void found.add(f.name.value) };
    visit(info.operation, collect);
    for (const fragment of Object.values(info.fragments)) visit(fragment, collect);
    names = found;
    namesInOperation.set(info.operation, names);
  }
  return names;
}
