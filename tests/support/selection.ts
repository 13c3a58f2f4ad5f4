import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  OverlappingFieldsCanBeMergedRule,
  parse,
  validate,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { GraphQLResponse } from './harness';

// Selections built from the schema the server publishes (by introspection), so
// a field added to the SDL is compared by the consistency tests without anyone
// remembering to add it there.
//
// "Entities" are the object types implementing `Node`; an abstract type (Party,
// Node, SearchResult, Resolvable) counts as an entity type when every possible
// type is one. Everything else (connections, edges, CaseParty, Evidence,
// PartialDate…) is a value object: selected in full, since the schema has no
// cycle that does not pass through an entity.
//
// Cursors are selected like any field: a nested list's cursor encodes the
// list's ordering and the item's id, nothing of the route that reached the
// list, so two routes that disagree on one disagree on the list itself.

export async function introspect(
  post: (query: string) => Promise<GraphQLResponse<any>>,
): Promise<GraphQLSchema> {
  const res = await post(getIntrospectionQuery());
  if (res.errors || !res.data) throw new Error(`Introspection failed: ${JSON.stringify(res.errors)}`);
  return buildClientSchema(res.data as IntrospectionQuery);
}

export function isEntity(schema: GraphQLSchema, type: GraphQLNamedType): boolean {
  if (isObjectType(type)) return type.getInterfaces().some((i) => i.name === 'Node');
  if (isAbstractType(type)) return schema.getPossibleTypes(type).every((t) => isEntity(schema, t));
  return false;
}

/** The concrete entity types, in schema order. */
export function entityTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => !t.name.startsWith('__') && isObjectType(t) && isEntity(schema, t),
  );
}

/** The concrete types a (possibly abstract) type stands for. */
export function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return [];
}

export interface SelectionOptions {
  /**
   * How many entity levels are selected in full: 1 selects the entity and its
   * value objects, with every neighbouring entity as `__typename id`; 2 also
   * selects the neighbours in full and their neighbours as `__typename id`.
   */
  entityLevels: number;
  /**
   * Literal arguments for fields that require some, by `Type.field`, e.g.
   * `{ 'Case.asOf': 'date: "2024-07-15"' }`. A field with a required argument
   * and no entry here is left out (and listed in `skipped`).
   */
  requiredArgs: Record<string, string>;
}

export interface BuiltSelection {
  /** `{ … }`, the selection set for the type. */
  text: string;
  /** Depth of the selection as GraphQL Armor counts it (fields and fragments). */
  depth: number;
  /** `Type.field` left out for want of a required argument's value. */
  skipped: string[];
}

/** A selection set and its depth as GraphQL Armor counts it (a fragment, inline or spread, is a level). */
export interface Sel {
  text: string;
  depth: number;
}

const leaf = (text: string): Sel => ({ text, depth: 1 });

function requiredArgsOf(field: GraphQLField<unknown, unknown>): string[] {
  return field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
}

/**
 * The deep selection of an entity type: every scalar and enum field, value
 * objects in full, connections with their default arguments (first page:
 * `totalCount`, `pageInfo`, `edges { cursor node }`), interfaces through their
 * own fields plus an inline fragment for each implementation's extra fields,
 * unions through an inline fragment per member.
 */
export function deepSelection(
  schema: GraphQLSchema,
  typeName: string,
  opts: SelectionOptions,
): BuiltSelection {
  const type = schema.getType(typeName);
  if (!type || !isEntity(schema, type)) throw new Error(`${typeName} is not an entity type`);
  const skipped = new Set<string>();

  const block = (parts: Sel[]): Sel => ({
    text: `{ ${parts.map((p) => p.text).join(' ')} }`,
    depth: Math.max(0, ...parts.map((p) => p.depth)),
  });

  /** `__typename id` for an entity past the last level selected in full. */
  const reference = (t: GraphQLNamedType): Sel => {
    if (isUnionType(t)) {
      return block([
        leaf('__typename'),
        ...schema.getPossibleTypes(t).map((m) => ({ text: `... on ${m.name} { id }`, depth: 2 })),
      ]);
    }
    return block([leaf('__typename'), leaf('id')]);
  };

  const fieldsOf = (
    owner: GraphQLNamedType,
    names: Set<string> | null,
    level: number,
    path: string[],
  ): Sel[] => {
    if (!isObjectType(owner) && !isInterfaceType(owner)) return [];
    const out: Sel[] = [];
    for (const field of Object.values(owner.getFields())) {
      if (names && !names.has(field.name)) continue;
      const key = `${owner.name}.${field.name}`;
      const required = requiredArgsOf(field);
      let args = '';
      if (required.length > 0) {
        const given = opts.requiredArgs[key];
        if (given === undefined) {
          skipped.add(key);
          continue;
        }
        args = `(${given})`;
      }
      const sub = select(getNamedType(field.type), level, path);
      out.push(
        sub
          ? { text: `${field.name}${args} ${sub.text}`, depth: 1 + sub.depth }
          : leaf(`${field.name}${args}`),
      );
    }
    return out;
  };

  /**
   * Selection set for a field of type `t`, `level` entity levels already
   * entered, `values` the value types entered since the last entity; null for leaves.
   */
  function select(t: GraphQLNamedType, level: number, values: string[]): Sel | null {
    if (isLeafType(t)) return null;
    let inner = level;
    let path = values;
    if (isEntity(schema, t)) {
      if (level >= opts.entityLevels) return reference(t);
      inner = level + 1;
      path = [];
    } else if (values.includes(t.name)) {
      // Only entity levels bound the selection; a cycle of value types would not end.
      throw new Error(`Value type ${t.name} contains itself: ${[...values, t.name].join(' → ')}`);
    } else {
      path = [...values, t.name];
    }
    const typename = isEntity(schema, t) || isAbstractType(t) ? [leaf('__typename')] : [];
    if (isObjectType(t)) return block([...typename, ...fieldsOf(t, null, inner, path)]);
    if (isInterfaceType(t)) {
      const own = new Set(Object.keys(t.getFields()));
      const extras = schema.getPossibleTypes(t).flatMap((impl) => {
        const extra = new Set(Object.keys(impl.getFields()).filter((f) => !own.has(f)));
        if (extra.size === 0) return [];
        const sub = block(fieldsOf(impl, extra, inner, path));
        return [{ text: `... on ${impl.name} ${sub.text}`, depth: 1 + sub.depth }];
      });
      return block([...typename, ...fieldsOf(t, null, inner, path), ...extras]);
    }
    if (!isUnionType(t)) throw new Error(`${t.name}: not an output type`);
    // A union of entities (a statement's `about`) is selected by reference: its
    // members' fields of one name have different types (Case.kind, Event.kind),
    // which GraphQL refuses side by side, and each member is checked on its own routes.
    if (schema.getPossibleTypes(t).every((m) => isEntity(schema, m))) return reference(t);
    return block([
      ...typename,
      ...schema.getPossibleTypes(t).map((m) => {
        const sub = block(fieldsOf(m, null, inner, path));
        return { text: `... on ${m.name} ${sub.text}`, depth: 1 + sub.depth };
      }),
    ]);
  }

  const sel = select(type, 0, []);
  if (!sel) throw new Error(`${typeName} has no fields`);
  return { text: sel.text, depth: sel.depth, skipped: [...skipped].sort() };
}

// ---------------------------------------------------------------------------
// Routes: ways down from a type to the entities it links to.

export interface Step {
  field: string;
  /** Literal arguments, e.g. `first: 100`; empty for none. */
  args: string;
  /** The step's type is a connection: the walk checks `pageInfo.hasNextPage`. */
  connection: boolean;
}

export interface EntityPath {
  steps: Step[];
  /** The entity type (possibly abstract) the last step arrives at. */
  target: GraphQLNamedType;
}

export interface PathOptions {
  requiredArgs: Record<string, string>;
  /** Arguments for connection fields on a path, so one call returns every item. */
  connectionArgs: string;
}

export function isConnection(t: GraphQLNamedType): boolean {
  return isObjectType(t) && 'edges' in t.getFields() && 'pageInfo' in t.getFields();
}

/**
 * Every path from the fields of `typeName` through value objects to a field
 * whose type is an entity type: the routes from an entity to its neighbours
 * (Case → parties.edges.node.party, Outcome → resolves), or from a root
 * field's result to the entities in it (TimelineConnection →
 * edges.node.case). A path stops at the first entity; that entity's own
 * links are routes of its own.
 */
export function entityPaths(schema: GraphQLSchema, typeName: string, opts: PathOptions): EntityPath[] {
  const start = schema.getType(typeName);
  if (!start || !isObjectType(start)) throw new Error(`${typeName} is not an object type`);
  const out: EntityPath[] = [];
  const walk = (t: GraphQLObjectType, prefix: Step[], seen: Set<string>) => {
    for (const field of Object.values(t.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) continue;
      const key = `${t.name}.${field.name}`;
      const required = requiredArgsOf(field);
      const parts: string[] = [];
      if (required.length > 0) {
        const given = opts.requiredArgs[key];
        if (given === undefined) continue;
        parts.push(given);
      }
      const connection = isConnection(named);
      if (connection) parts.push(opts.connectionArgs);
      const step: Step = { field: field.name, args: parts.join(', '), connection };
      if (isEntity(schema, named)) out.push({ steps: [...prefix, step], target: named });
      else if (isObjectType(named) && !seen.has(named.name)) {
        walk(named, [...prefix, step], new Set([...seen, named.name]));
      } else if (!isObjectType(named)) {
        throw new Error(`${key}: abstract value type ${named.name} is not supported by the route walk`);
      }
    }
  };
  walk(start, [], new Set([start.name]));
  return out;
}

export function pathLabel(path: EntityPath): string {
  return path.steps.map((s) => s.field).join('.');
}

interface Tree {
  args: string;
  connection: boolean;
  children: Map<string, Tree>;
  /** Fragment spreads at this node (the path's target). */
  leaves: Sel[];
}

/**
 * One selection set walking every path at once (paths sharing a prefix share
 * it), with `spread(target)` at each path's end; connections on the way (and
 * the root, when it is one) select `pageInfo` so a walk can tell a truncated list.
 */
export function pathsSelection(
  paths: EntityPath[],
  spread: (target: GraphQLNamedType) => Sel,
  opts: { rootConnection?: boolean } = {},
): Sel {
  const root: Tree = { args: '', connection: opts.rootConnection ?? false, children: new Map(), leaves: [] };
  for (const path of paths) {
    let node = root;
    for (const step of path.steps) {
      let child = node.children.get(step.field);
      if (!child) {
        child = { args: step.args, connection: step.connection, children: new Map(), leaves: [] };
        node.children.set(step.field, child);
      }
      node = child;
    }
    node.leaves.push(spread(path.target));
  }
  const render = (node: Tree): Sel => {
    const parts: Sel[] = [];
    if (node.connection) parts.push({ text: 'pageInfo { hasNextPage endCursor }', depth: 2 });
    for (const [field, child] of node.children) {
      const sub = render(child);
      parts.push({
        text: `${field}${child.args ? `(${child.args})` : ''} ${sub.text}`,
        depth: 1 + sub.depth,
      });
    }
    parts.push(...node.leaves);
    return {
      text: `{ ${parts.map((p) => p.text).join(' ')} }`,
      depth: Math.max(0, ...parts.map((p) => p.depth)),
    };
  };
  return render(root);
}

/**
 * The objects a response holds at the end of `path` below `value`, and the
 * connections on the way that said more items follow (`truncated`).
 */
export function walkPath(
  value: unknown,
  steps: Step[],
): { found: Record<string, unknown>[]; truncated: boolean } {
  let current: unknown[] = [value];
  let truncated = false;
  for (const step of steps) {
    const nextLevel: unknown[] = [];
    for (const v of current.flatMap((x) => (Array.isArray(x) ? x : [x]))) {
      if (v === null || typeof v !== 'object') continue;
      const child = (v as Record<string, unknown>)[step.field];
      if (
        step.connection &&
        (child as { pageInfo?: { hasNextPage?: boolean } } | null)?.pageInfo?.hasNextPage
      )
        truncated = true;
      if (child !== undefined && child !== null) nextLevel.push(child);
    }
    current = nextLevel;
  }
  const found = current
    .flatMap((x) => (Array.isArray(x) ? x : [x]))
    .filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
  return { found, truncated };
}

/** The name of the fragment holding an entity type's deep selection. */
export function fragmentName(typeName: string): string {
  return `E_${typeName}`;
}

/**
 * Splits the concrete types an abstract field can hold into groups whose
 * fragments can be spread side by side. GraphQL refuses two fragments under
 * one field when a field name means different types in them (Case.kind is a
 * CaseKind, Event.kind an EventKind, Party.cases a connection, Incident.cases a
 * list), so a route to such a field is called once per group.
 */
export function spreadableGroups(
  schema: GraphQLSchema,
  abstractType: GraphQLNamedType,
  /** `fragment E_T on T { … }` for a type. */
  fragments: (typeName: string) => string,
): string[][] {
  const groups: string[][] = [];
  for (const type of concreteTypes(schema, abstractType).map((t) => t.name)) {
    const fits = (group: string[]) => {
      const members = [...group, type];
      const spreads = members.map((m) => `...${fragmentName(m)}`).join(' ');
      const doc = parse(
        [`fragment Probe on ${abstractType.name} { ${spreads} }`, ...members.map(fragments)].join('\n'),
      );
      return validate(schema, doc, [OverlappingFieldsCanBeMergedRule]).length === 0;
    };
    const home = groups.find(fits);
    if (home) home.push(type);
    else groups.push([type]);
  }
  return groups;
}
