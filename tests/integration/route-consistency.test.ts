import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { loadFiles } from '../../src/ingest/load';
import { REMOVE_DOCUMENT } from '../support/generate';
import { generateRichLitigation } from '../support/generate-rich';
import { startHarness, type Harness } from '../support/harness';
import { rawGql } from '../support/raw-gql';
import {
  concreteTypes,
  deepSelection,
  entityPaths,
  entityTypes,
  fragmentName,
  introspect,
  isConnection,
  isEntity,
  pathLabel,
  pathsSelection,
  spreadableGroups,
  walkPath,
  type EntityPath,
} from '../support/selection';

// Every entity must answer the same, field for field, whichever way a client
// reaches it: by id, in a list, as a search hit, on a timeline, in a graph view,
// or through any field of another entity that links to it. Each route runs
// different Cypher (whole documents, summaries completed by loaders, projections
// nested in other projections), and a mistake in one shows only through that
// route: a variable captured in a nested projection gave Baldwin v. Morrissey one
// party under `party(id) { cases }` and four under `case(id)`.
//
// Nothing here lists fields or links by hand. The selection is built from the
// schema the server publishes (tests/support/selection.ts); the lookups by id
// (node, case, party) are the root fields taking only an id; the routes from an
// entity are all the fields that lead, through value objects, to an entity type
// ("parent.field", e.g. Case → counsel.client). Only the root fields that take
// other arguments say how they are called, in ROOT_ROUTES.
//
// Operations go through rawGql, not h.gql: h.gql refuses more Cypher round trips
// than root fields, and a selection several entity levels deep legitimately
// costs one batched round trip per level.
//
// The seed is checked in full, two entity levels deep. The generated graph (300
// cases) is checked one level deep: every entity through every lookup and list,
// and a sample of start points for the routes that cost a query each (see
// Coverage); all of it would take many minutes on two cores.

// The server's GraphQL Armor limits (src/server.ts).
const MAX_DEPTH = 20;
const MAX_ALIASES = 30;
/** Largest page the API serves: routes through a connection ask for it, roots page with it. */
const PAGE = 100;
/** Values for the fields that require arguments; the selection builder leaves out any field missing here. */
const REQUIRED_ARGS: Record<string, string> = {
  // A day inside the seed's story (the Baldwin trial) and the generated cases' span.
  'Case.asOf': 'date: "2024-07-15"',
};
/** Requests in flight: the server and the test share one process; Neo4j has the other core. */
const CONCURRENCY = 3;

// ---------------------------------------------------------------------------
// What the graph holds, read from the database so no entity escapes the check.

interface Entity {
  id: string;
  type: string;
  /** Its name, caption, label or title: what a user would search for. */
  text: string | null;
}

const INVENTORY = `// routeConsistencyInventory
MATCH (n:Node)
RETURN n.id AS id, labels(n) AS labels, coalesce(n.displayName, n.caption, n.label, n.title, n.name) AS text
ORDER BY id`;

class Inventory {
  constructor(
    readonly schema: GraphQLSchema,
    readonly all: Entity[],
  ) {}

  /** Entities of these types, abstract ones (Party) standing for their implementations. */
  of(...typeNames: string[]): Entity[] {
    const wanted = new Set(
      typeNames.flatMap((name) => concreteTypes(this.schema, this.schema.getType(name)!).map((t) => t.name)),
    );
    return this.all.filter((e) => wanted.has(e.type));
  }
}

async function inventory(h: Harness, schema: GraphQLSchema): Promise<Inventory> {
  const types = new Set(entityTypes(schema).map((t) => t.name));
  const rows = await h.executor.read(INVENTORY);
  return new Inventory(
    schema,
    rows.map((r) => {
      const type = (r.labels as string[]).find((l) => types.has(l));
      if (!type) throw new Error(`${String(r.id)} has no entity label: ${String(r.labels)}`);
      return { id: r.id as string, type, text: (r.text as string | null) ?? null };
    }),
  );
}

// ---------------------------------------------------------------------------
// Root fields taking more than an id: how each is called. Lookups by id
// (node, case, party) are found in the schema; each entity is fetched through
// every lookup that accepts its type, alone and as the parent of its links.

interface RootCall {
  /** The route as the report names it. */
  label: string;
  /** Arguments, without paging; sent as variables. */
  args: Record<string, unknown>;
  /** What this call starts from, for the report. */
  via: string;
}

/**
 * How deep and how wide. `entityLevels` sets the deep selection (see
 * SelectionOptions). The root calls made once per start point (search,
 * timeline, neighborhood, paths) and the lookups of an entity as a parent keep
 * one start point in `stride`, and the graph views, which compute a subgraph per
 * call and per fragment group, one in `graphStride`. Lookups of each entity by
 * id, and the lists, always cover every entity.
 */
interface Coverage {
  entityLevels: number;
  stride: number;
  graphStride: number;
}

interface RootRoute {
  field: string;
  /** A connection, paged with `first`/`after` to the end. */
  paged?: boolean;
  /** A graph view: sampled with `graphStride`. */
  graph?: boolean;
  /** The calls, given a sampler of start points. */
  calls(inv: Inventory, every: <T>(items: T[]) => T[]): RootCall[];
}

const ROOT_ROUTES: RootRoute[] = [
  {
    field: 'cases',
    paged: true,
    calls: () => [{ label: 'cases', args: {}, via: 'all' }],
  },
  { field: 'parties', paged: true, calls: () => [{ label: 'parties', args: {}, via: 'all' }] },
  {
    field: 'search',
    // Searchable entities by their own name, caption, label or title.
    calls: (inv, every) =>
      every([...new Set(inv.of('SearchResult').flatMap((e) => (e.text ? [e.text] : [])))]).map((text) => ({
        label: 'search',
        args: { text, first: PAGE },
        via: JSON.stringify(text),
      })),
  },
  {
    field: 'timeline',
    paged: true,
    calls: (inv, every) => [
      ...every(inv.of('Party')).map((e) => ({
        label: 'timeline(partyId)',
        args: { partyId: e.id },
        via: e.id,
      })),
      ...every(inv.of('Case')).map((e) => ({
        label: 'timeline(caseId)',
        args: { caseId: e.id },
        via: e.id,
      })),
      ...inv
        .of('Incident')
        .map((e) => ({ label: 'timeline(incidentId)', args: { incidentId: e.id }, via: e.id })),
    ],
  },
  {
    field: 'neighborhood',
    graph: true,
    calls: (inv, every) =>
      every(inv.all.filter((e) => e.type !== 'Source')).map((e) => ({
        label: 'neighborhood',
        args: { id: e.id },
        via: e.id,
      })),
  },
  {
    field: 'paths',
    graph: true,
    // From each start to a case a few steps away; one shortest path each.
    calls: (inv, every) => {
      const cases = inv.of('Case');
      return every(inv.all.filter((e) => e.type !== 'Source')).flatMap((from, i) => {
        const to = cases[(i * 7 + 3) % cases.length]!;
        return from.id === to.id
          ? []
          : [
              {
                label: 'paths',
                args: { from: from.id, to: to.id, first: 1 },
                via: `${from.id} ~ ${to.id}`,
              },
            ];
      });
    },
  },
  {
    field: 'outcomeStats',
    calls: () => [{ label: 'outcomeStats', args: { topParties: PAGE }, via: 'all cases' }],
  },
  {
    field: 'rankings',
    paged: true,
    // A ranked party is projected alike whatever the subject (the lawyers, firms and
    // judges are parties too): the parties' ranking and the courts' cover both routes.
    calls: () =>
      ['PARTY', 'COURT'].map((subject) => ({
        label: `rankings(${subject})`,
        args: { subject },
        via: 'all cases',
      })),
  },
];

// ---------------------------------------------------------------------------
// Answers: every entity object seen, by route; identical ones share a group.

interface Seen {
  route: string;
  via: string;
}

interface AnswerGroup {
  value: unknown;
  seen: Seen[];
}

class Answers {
  readonly byId = new Map<string, Map<string, AnswerGroup>>();
  /** Per route, the entities it reached. */
  readonly reached = new Map<string, Set<string>>();
  /** Calls that failed or could not be compared, by kind, with where they happened. */
  readonly problems = new Map<string, string[]>();
  count = 0;

  add(route: string, via: string, value: Record<string, unknown>): void {
    const id = value.id;
    // Objects of the types a call's fragments did not cover come back empty.
    if (typeof id !== 'string') return;
    const json = JSON.stringify(value);
    let groups = this.byId.get(id);
    if (!groups) this.byId.set(id, (groups = new Map()));
    let group = groups.get(json);
    if (!group) groups.set(json, (group = { value, seen: [] }));
    group.seen.push({ route, via });
    let reached = this.reached.get(route);
    if (!reached) this.reached.set(route, (reached = new Set()));
    reached.add(id);
    this.count += 1;
  }

  problem(kind: string, where: string): void {
    this.problems.set(kind, [...(this.problems.get(kind) ?? []), where]);
  }
}

// ---------------------------------------------------------------------------
// Calls: one alias each, batched by route into operations of at most 30 aliases.

interface Alias {
  /** The route, as the report names it; the first operation of each warms Neo4j up alone. */
  route: string;
  /**
   * Operations hold aliases of one batch only: one route (so what a route primes
   * in the operation's loaders serves no other) and one entity type (so that
   * full operations of a batch have the same text, parsed and validated once).
   */
  batch: string;
  /** What the call starts from, for the report. */
  via: string;
  field: string;
  /** Argument values, sent as variables for the same reason. */
  args: Record<string, unknown>;
  /** `{ … }` under the root field, and its depth. */
  selection: string;
  depth: number;
  fragments: string[];
  /** Records what the answer holds; returns the next page's call, if any. */
  take(value: unknown, answers: Answers): Alias | null;
}

interface Plan {
  schema: GraphQLSchema;
  fragmentText: Map<string, string>;
  fragmentDepth: Map<string, number>;
  /** Per entity type, abstract ones included: the groups of concrete types whose fragments can share a field. */
  groups: Map<string, string[][]>;
  /** Per type below a root: its entity paths and the selections walking them (the same for every instance). */
  below: Map<string, { paths: EntityPath[]; calls: PathCall[] }>;
}

interface PathCall {
  selection: string;
  depth: number;
  fragments: string[];
}

function buildPlan(schema: GraphQLSchema, entityLevels: number): Plan {
  const fragmentText = new Map<string, string>();
  const fragmentDepth = new Map<string, number>();
  for (const type of entityTypes(schema)) {
    const sel = deepSelection(schema, type.name, { entityLevels, requiredArgs: REQUIRED_ARGS });
    fragmentText.set(type.name, `fragment ${fragmentName(type.name)} on ${type.name} ${sel.text}`);
    fragmentDepth.set(type.name, sel.depth);
  }
  const groups = new Map<string, string[][]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!type.name.startsWith('__') && isEntity(schema, type))
      groups.set(
        type.name,
        spreadableGroups(schema, type, (t) => fragmentText.get(t) ?? ''),
      );
  }
  return { schema, fragmentText, fragmentDepth, groups, below: new Map() };
}

const PATH_OPTIONS = { requiredArgs: REQUIRED_ARGS, connectionArgs: `first: ${PAGE}` };

/**
 * The entity paths below `typeName` and the selections walking them, with the
 * entity fragments at their ends: one selection per group of fragments that can
 * share a field (see spreadableGroups).
 */
function below(
  plan: Plan,
  typeName: string,
  rootConnection = false,
): { paths: EntityPath[]; calls: PathCall[] } {
  const key = `${typeName}/${rootConnection}`;
  const known = plan.below.get(key);
  if (known) return known;
  const paths = entityPaths(plan.schema, typeName, PATH_OPTIONS);
  const groupsOf = (target: GraphQLNamedType) => plan.groups.get(target.name) ?? [];
  const rounds = Math.max(0, ...paths.map((p) => groupsOf(p.target).length));
  const calls = Array.from({ length: rounds }, (_, k) => {
    const groupOf = (target: GraphQLNamedType) => groupsOf(target)[k] ?? [];
    const chosen = paths.filter((p) => groupOf(p.target).length > 0);
    const sel = pathsSelection(
      chosen,
      (target) => ({
        text: groupOf(target)
          .map((t) => `...${fragmentName(t)}`)
          .join(' '),
        depth: 1 + Math.max(...groupOf(target).map((t) => plan.fragmentDepth.get(t) ?? 0)),
      }),
      { rootConnection },
    );
    return {
      selection: sel.text,
      depth: sel.depth,
      fragments: [...new Set(chosen.flatMap((p) => groupOf(p.target)))],
    };
  });
  const result = { paths, calls };
  plan.below.set(key, result);
  return result;
}

function record(answers: Answers, route: string, via: string, paths: EntityPath[], value: unknown): void {
  for (const path of paths) {
    const { found, truncated } = walkPath(value, path.steps);
    const label = `${route} → ${pathLabel(path)}`;
    if (truncated) answers.problem(`${label}: more than ${PAGE} items, the rest not compared`, via);
    for (const entity of found) answers.add(label, via, entity);
  }
}

/** The id lookups: root fields taking only `id: ID!` and returning an entity. */
function lookups(schema: GraphQLSchema): { field: string; abstract: boolean; accepts: Set<string> }[] {
  const query = schema.getQueryType()!;
  return Object.values(query.getFields())
    .filter(
      (f) =>
        f.args.length === 1 &&
        f.args[0]?.name === 'id' &&
        String(f.args[0].type) === 'ID!' &&
        isEntity(schema, getNamedType(f.type)),
    )
    .map((f) => ({
      field: f.name,
      abstract: !isObjectType(getNamedType(f.type)),
      accepts: new Set(concreteTypes(schema, getNamedType(f.type)).map((t) => t.name)),
    }));
}

function aliasesFor(plan: Plan, inv: Inventory, coverage: Coverage): Alias[] {
  const sampler =
    (stride: number) =>
    <T>(items: T[]) =>
      items.filter((_, i) => i % stride === 0);
  const every = sampler(coverage.stride);
  const { schema } = plan;
  const aliases: Alias[] = [];

  for (const lookup of lookups(schema)) {
    const accepted = inv.all.filter((e) => lookup.accepts.has(e.type));
    const parents = new Set(
      [...new Set(accepted.map((e) => e.type))].flatMap((type) =>
        every(accepted.filter((e) => e.type === type)),
      ),
    );
    for (const entity of accepted) {
      const on = (inner: string) => (lookup.abstract ? `{ ... on ${entity.type} ${inner} }` : inner);
      const extra = lookup.abstract ? 1 : 0;
      const route = `${lookup.field}(id)`;
      aliases.push({
        route,
        batch: `${route} ${entity.type}`,
        via: entity.id,
        field: lookup.field,
        args: { id: entity.id },
        selection: `{ ...${fragmentName(entity.type)} }`,
        depth: 1 + (plan.fragmentDepth.get(entity.type) ?? 0),
        fragments: [entity.type],
        take: (value, answers) => {
          if (value === null || value === undefined) answers.problem(`${route} returned null`, entity.id);
          else answers.add(route, entity.id, value as Record<string, unknown>);
          return null;
        },
      });
      // The entity as a parent: every link it has, each linked entity in full.
      if (!parents.has(entity)) continue;
      const { paths, calls } = below(plan, entity.type);
      const parentRoute = `${route} → ${entity.type}`;
      calls.forEach((call, k) =>
        aliases.push({
          route: parentRoute,
          batch: `${parentRoute} ${k}`,
          via: entity.id,
          field: lookup.field,
          args: { id: entity.id },
          selection: on(call.selection),
          depth: call.depth + extra,
          fragments: call.fragments,
          take: (value, answers) => {
            record(answers, parentRoute, entity.id, paths, value);
            return null;
          },
        }),
      );
    }
  }

  for (const root of ROOT_ROUTES) {
    const field = schema.getQueryType()!.getFields()[root.field];
    if (!field) throw new Error(`ROOT_ROUTES names ${root.field}, which the schema does not have`);
    const resultType = getNamedType(field.type);
    if (root.paged && !isConnection(resultType)) throw new Error(`${root.field} is not a connection`);
    const { paths, calls } = below(plan, resultType.name, root.paged);
    for (const call of root.calls(inv, sampler(root.graph ? coverage.graphStride : coverage.stride))) {
      calls.forEach((sel, k) => {
        const page = (after: string | null): Alias => ({
          route: call.label,
          batch: `${call.label} ${k}${after ? ' next' : ''}`,
          via: call.via,
          field: root.field,
          args: { ...call.args, ...(root.paged ? { first: PAGE } : {}), ...(after ? { after } : {}) },
          selection: sel.selection,
          depth: sel.depth,
          fragments: sel.fragments,
          take: (value, answers) => {
            record(answers, call.label, call.via, paths, value);
            const info = (value as { pageInfo?: { hasNextPage: boolean; endCursor: string | null } } | null)
              ?.pageInfo;
            return root.paged && info?.hasNextPage && info.endCursor ? page(info.endCursor) : null;
          },
        });
        aliases.push(page(null));
      });
    }
  }
  return aliases;
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Errors that say nothing about the answer: a busy or slow database (a cold planner on a loaded machine). */
const TRANSIENT = new Set(['DATABASE_TIMEOUT', 'DATABASE_BUSY', 'DATABASE_UNAVAILABLE']);
const ATTEMPTS = 3;

function operation(plan: Plan, batch: Alias[]): { query: string; variables: Record<string, unknown> } {
  const depth = 1 + Math.max(...batch.map((a) => a.depth));
  if (depth > MAX_DEPTH) {
    throw new Error(`${batch[0]?.batch} would nest ${depth} deep (limit ${MAX_DEPTH}): lower entityLevels`);
  }
  const fields = plan.schema.getQueryType()!.getFields();
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const body = batch.map((a, i) => {
    const args = Object.entries(a.args).map(([name, value]) => {
      const type = fields[a.field]?.args.find((arg) => arg.name === name)?.type;
      if (!type) throw new Error(`${a.field} has no argument ${name}`);
      declarations.push(`$a${i}_${name}: ${String(type)}`);
      variables[`a${i}_${name}`] = value;
      return `${name}: $a${i}_${name}`;
    });
    return `a${i}: ${a.field}${args.length > 0 ? `(${args.join(', ')})` : ''} ${a.selection}`;
  });
  const fragments = [...new Set(batch.flatMap((a) => a.fragments))].map((t) => plan.fragmentText.get(t));
  const query = [
    `query RouteConsistency${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} {`,
    ...body,
    '}',
    ...fragments,
  ].join('\n');
  return { query, variables };
}

/** `a3.resolves.1.case` → `resolves[].case`: where an error happened, whatever the alias and index. */
function errorPlace(path: readonly (string | number)[] | undefined): string {
  return (path ?? [])
    .slice(1)
    .map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? '[]' : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

async function execute(h: Harness, plan: Plan, batch: Alias[], answers: Answers): Promise<Alias[]> {
  const { query, variables } = operation(plan, batch);
  let res = await rawGql(h, query, variables);
  for (let attempt = 1; attempt < ATTEMPTS; attempt += 1) {
    if (!(res.errors ?? []).some((e) => TRANSIENT.has(e.extensions?.code ?? ''))) break;
    res = await rawGql(h, query, variables);
  }
  if (!res.data)
    throw new Error(`${batch[0]?.batch}: ${JSON.stringify(res.errors)}\n${query.slice(0, 2000)}`);
  const failed = new Set<number>();
  for (const error of res.errors ?? []) {
    const index = Number(String(error.path?.[0] ?? '').slice(1));
    const alias = batch[index];
    failed.add(index);
    const place = errorPlace(error.path);
    answers.problem(
      `${alias?.route ?? batch[0]?.route}: ${JSON.stringify(error.message)}${place ? ` at ${place}` : ''} (${error.extensions?.code ?? 'no code'})`,
      alias?.via ?? '?',
    );
  }
  const data = res.data as Record<string, unknown>;
  // A failed alias is reported once, as its error, not again as the differences its nulls make.
  return batch.flatMap((alias, i) => (failed.has(i) ? [] : (alias.take(data[`a${i}`], answers) ?? [])));
}

async function fetchAll(h: Harness, plan: Plan, aliases: Alias[], answers: Answers): Promise<void> {
  let pending = aliases;
  let warm = false;
  while (pending.length > 0) {
    const byBatch = new Map<string, Alias[]>();
    for (const a of pending) byBatch.set(a.batch, [...(byBatch.get(a.batch) ?? []), a]);
    const batches = [...byBatch.values()].flatMap((group) =>
      Array.from({ length: Math.ceil(group.length / MAX_ALIASES) }, (_, i) =>
        group.slice(i * MAX_ALIASES, (i + 1) * MAX_ALIASES),
      ),
    );
    const next: Alias[] = [];
    const run = async (batch: Alias[]) => {
      next.push(...(await execute(h, plan, batch, answers)));
    };
    let rest = batches;
    if (!warm) {
      // A cold Neo4j plans each big statement the first time it meets it, seconds
      // apiece on two cores, and planning several at once can outlast the
      // transaction timeout: one operation per route first, one at a time.
      const leaders = new Map<string, Alias[]>();
      for (const batch of batches) if (!leaders.has(batch[0]!.route)) leaders.set(batch[0]!.route, batch);
      for (const batch of leaders.values()) await run(batch);
      rest = batches.filter((b) => leaders.get(b[0]!.route) !== b);
      warm = true;
    }
    await pool(rest, CONCURRENCY, run);
    pending = next;
  }
}

// ---------------------------------------------------------------------------
// The report: per entity, which routes disagree and where, in a few lines.

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}

function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '.'}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      const d = firstDifference(ra[key], rb[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return `${path || '.'}: ${short(a)} vs ${short(b)}`;
}

function describeSeen(seen: Seen[]): string {
  const byRoute = new Map<string, string[]>();
  for (const s of seen) byRoute.set(s.route, [...(byRoute.get(s.route) ?? []), s.via]);
  return [...byRoute]
    .map(([route, vias]) => {
      const distinct = [...new Set(vias)];
      const shown = distinct.slice(0, 3).join(', ');
      return `${route} via ${shown}${distinct.length > 3 ? ` (+${distinct.length - 3})` : ''}`;
    })
    .join('; ');
}

const DETAILED_ENTITIES = 20;

interface Disagreement {
  id: string;
  reference: AnswerGroup;
  others: AnswerGroup[];
}

function disagreements(answers: Answers): Disagreement[] {
  return [...answers.byId]
    .filter(([, groups]) => groups.size > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, groups]) => {
      const all = [...groups.values()];
      // node(id) is the plainest route; without it, the answer most routes gave.
      const reference =
        all.find((g) => g.seen.some((s) => s.route === 'node(id)')) ??
        all.reduce((a, b) => (b.seen.length > a.seen.length ? b : a));
      return { id, reference, others: all.filter((g) => g !== reference) };
    });
}

function report(answers: Answers, inv: Inventory): string {
  const found = disagreements(answers);
  const typeOf = new Map(inv.all.map((e) => [e.id, e.type]));
  for (const e of inv.all) if (!answers.byId.has(e.id)) answers.problem('never answered by any route', e.id);
  if (found.length === 0 && answers.problems.size === 0) return '';

  // Per route: the entities it got wrong, and the first of them as an example.
  const byRoute = new Map<string, { ids: Set<string>; example: string }>();
  for (const { id, reference, others } of found) {
    for (const group of others) {
      for (const s of group.seen) {
        let entry = byRoute.get(s.route);
        if (!entry) {
          const diff = firstDifference(reference.value, group.value);
          entry = { ids: new Set(), example: `e.g. ${id} via ${s.via} at ${diff}` };
          byRoute.set(s.route, entry);
        }
        entry.ids.add(id);
      }
    }
  }
  const lines = [
    `Route consistency: ${inv.all.length} entities, ${answers.reached.size} routes, ${answers.count} answers compared.`,
    `${found.length} entities answer differently depending on the route; ${answers.problems.size} kind(s) of failed or incomplete calls.`,
  ];
  if (byRoute.size > 0) {
    lines.push('', "Routes that disagree with the reference answer (node(id)'s):");
    for (const [route, { ids, example }] of [...byRoute].sort(([, a], [, b]) => b.ids.size - a.ids.size)) {
      lines.push(
        `  ${route}: ${ids.size} of ${answers.reached.get(route)?.size ?? 0} entities differ, ${example}`,
      );
    }
  }
  if (found.length > 0) {
    const shown = found.slice(0, DETAILED_ENTITIES);
    lines.push(
      '',
      `Entities${found.length > shown.length ? ` (first ${shown.length} of ${found.length})` : ''}:`,
    );
    for (const { id, reference, others } of shown) {
      const routes = [...new Set(reference.seen.map((s) => s.route))];
      lines.push(
        `  ${id} (${typeOf.get(id) ?? '?'}): ${others.length + 1} different answers`,
        `    reference, ${reference.seen.length} answers: ${routes.slice(0, 5).join(', ')}${routes.length > 5 ? ', …' : ''}`,
      );
      for (const group of others) {
        lines.push(
          `    differs: ${describeSeen(group.seen)}`,
          `      first difference at ${firstDifference(reference.value, group.value)}`,
        );
      }
    }
  }
  if (answers.problems.size > 0) {
    lines.push('', 'Failed or incomplete calls:');
    for (const [kind, where] of answers.problems) {
      const distinct = [...new Set(where)];
      lines.push(
        `  ${kind}: ${where.length}× (${distinct.slice(0, 3).join('; ')}${distinct.length > 3 ? '; …' : ''})`,
      );
    }
  }
  return lines.join('\n');
}

async function checkEveryRoute(h: Harness, schema: GraphQLSchema, coverage: Coverage): Promise<string> {
  const inv = await inventory(h, schema);
  const plan = buildPlan(schema, coverage.entityLevels);
  const answers = new Answers();
  await fetchAll(h, plan, aliasesFor(plan, inv, coverage), answers);
  const routes = [...answers.reached.keys()];
  for (const root of [...ROOT_ROUTES.map((r) => r.field), ...lookups(schema).map((l) => `${l.field}(id)`)]) {
    // A route that reaches nothing compares nothing: a broken table entry, not a pass.
    if (!routes.some((r) => r.startsWith(root)))
      answers.problem(`${root} reached no entity`, 'the route table');
  }
  return report(answers, inv);
}

// ---------------------------------------------------------------------------

let h: Harness;
let schema: GraphQLSchema;

beforeAll(async () => {
  // Deep selections on purpose: far past the cost and token budgets a public client gets.
  h = await startHarness({ maxCost: Number.MAX_SAFE_INTEGER, maxTokens: 1_000_000 });
  schema = await introspect((query) => rawGql(h, query));
});

afterAll(async () => {
  await h.close();
});

it('selects every field of every entity type, within the server limits', () => {
  for (const type of entityTypes(schema)) {
    const sel = deepSelection(schema, type.name, { entityLevels: 2, requiredArgs: REQUIRED_ARGS });
    expect({ type: type.name, skipped: sel.skipped }).toEqual({ type: type.name, skipped: [] });
    expect(sel.depth).toBeLessThan(MAX_DEPTH);
  }
  const caseSel = deepSelection(schema, 'Case', { entityLevels: 2, requiredArgs: REQUIRED_ARGS }).text;
  expect(caseSel).toContain('parties { edges { cursor node { id party { __typename id name displayName');
  expect(caseSel).toContain('asOf(date: "2024-07-15")');
  // Three levels down, an entity is only a reference.
  expect(caseSel).toContain('relatedCases { id kind case { __typename id caption');
  expect(caseSel).toContain('parties { edges { cursor node { id party { __typename id } role');
});

// Timeouts are generous: a cold Neo4j plans each big statement once, seconds apiece, and a
// busy machine stretches that; a timeout would hide the report.
it('the seed: every entity answers the same by every route', async () => {
  const report = await checkEveryRoute(h, schema, { entityLevels: 2, stride: 1, graphStride: 4 });
  if (report) throw new Error(report);
}, 300_000);

describe('a generated litigation of 300 cases', () => {
  const DOC = 'route-consistency';

  beforeAll(async () => {
    await loadFiles(h.executor, [generateRichLitigation({ docId: DOC, cases: 300 }).file]);
  }, 120_000);

  afterAll(async () => {
    await h.executor.write(REMOVE_DOCUMENT, { doc: DOC });
  });

  it('every entity answers the same by every route', async () => {
    // One parent in 20 of each type and one search or timeline start in 20 (graph views: in 100).
    // Every route still reaches hundreds of entities; all start points would take many minutes.
    const report = await checkEveryRoute(h, schema, { entityLevels: 1, stride: 20, graphStride: 100 });
    if (report) throw new Error(report);
  }, 900_000);
});
