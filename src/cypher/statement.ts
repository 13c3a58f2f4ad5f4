import Cypher from '@neo4j/cypher-builder';
import { namesKey } from './reading';

// A statement ready for the executor: the builder's text under its name (the
// leading `// name` comment logs and stats use), and the parameters it collected.

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

export function named(name: string, clause: Cypher.Clause): Statement {
  const { cypher, params } = clause.build();
  return { cypher: `// ${name}\n${cypher}`, params };
}

/**
 * A fixed statement text (a shape the builder has no clause for, such as a
 * breadth-first expansion) around builder-made projections: they are compiled
 * in the statement's one environment, so their variables are named once and
 * cannot collide with each other or with the text's own `Named*` variables.
 */
/** An expression or a clause the builder can print. */
export type Compilable = Parameters<Cypher.RawCypherContext['compile']>[0];

export function fixedText(name: string, text: (compile: (part: Compilable) => string) => string): Statement {
  return named(name, new Cypher.Raw((ctx) => text((part) => ctx.compile(part))));
}

// Statements whose text depends only on a shape (which conditions, which branches,
// which parts) are built once per shape: requests of one shape differ only in their
// parameters, so the builder runs once and Neo4j plans one text. Bounded: clients
// choose the shapes.
const built = new Map<string, Statement>();
const MAX_BUILT = 2000;

/**
 * The statement built for `key`, building it with `build` the first time. `key` must
 * name every choice `build` makes: two builds under one key must give the same text.
 */
export function builtOnce(key: string, build: () => Statement): Statement {
  let statement = built.get(key);
  if (!statement) {
    if (built.size >= MAX_BUILT) built.clear();
    statement = build();
    built.set(key, statement);
  }
  return statement;
}

/** A set of parts as a key: those of `order` it holds, in that order, and the names it reads (reading.ts). */
export const partsKey = <P extends string>(order: readonly P[], parts: ReadonlySet<P>): string =>
  `${order.filter((k) => parts.has(k)).join(',')}|${namesKey(parts)}`;
