import Cypher from '@neo4j/cypher-builder';

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
