import Cypher from '@neo4j/cypher-builder';
import type { Params } from '../db/executor';
import { builtOnce, fixedText, type Statement } from '../cypher/statement';
import { caseFilterClause, caseFilterPlan, type CaseFilterInput } from '../repositories/case-filter';

// What an export covers: every case (no filter), or the cases a CaseFilter selects and
// what they involve. The selected cases are bound to `c` by the case list's own filter
// (repositories/case-filter.ts); around them the export reads, in Cypher:
//
// - the relationships of the scope (`SCOPED_RELS`): every relationship of a selected case
//   (its parties, counsel, judges, court, incident, charges, claims, events, outcomes,
//   related cases, statements about it), those of its charges, claims, events and outcomes
//   (whom a charge charges, who decided, what an outcome resolves), and those of the
//   statements about the case or about its charges, claims, events or outcomes (speaker,
//   on whose behalf, what else they are about);
// - the nodes of the scope: the selected cases and both ends of those relationships;
// - and, for the parties table, the firms named by its counsel (`firmId`).
//
// Everything is streamed by Neo4j (DISTINCT in the database), never collected here.

/** The case-owned facts: charges, claims, outcomes, events. */
const OWNS = 'HAS_CHARGE|HAS_CLAIM|HAS_EVENT|HAS_OUTCOME';

/** Relationships of the scope around one selected case `c`, each returned as `r` (a CALL (c) body). */
export const SCOPED_RELS = `MATCH (c)-[r]-() RETURN r
  UNION
  MATCH (c)-[:${OWNS}]->()-[r:CHARGED|DECIDED_BY|RESOLVES]->() RETURN r
  UNION
  MATCH (c)<-[:ABOUT]-(:Statement)-[r:STATED|ON_BEHALF_OF|ABOUT]-() RETURN r
  UNION
  MATCH (c)-[:${OWNS}]->()<-[:ABOUT]-(:Statement)-[r:STATED|ON_BEHALF_OF|ABOUT]-() RETURN r`;

/** The export's reach: null = the whole graph. */
export type ExportFilter = CaseFilterInput | null;

export interface Scoped {
  /** True: no filter, read labels and types directly. */
  all: boolean;
  /** Binds each selected case once to `c` (text to start a statement with). */
  cases: string;
}

/**
 * A named statement over the scope: `text` gets the scope's blocks. The text of a
 * filtered export is built once per filter shape; the filter's values are parameters.
 */
export function scopedStatement(
  name: string,
  filter: ExportFilter,
  text: (scope: Scoped) => string,
): Statement {
  if (filter === null) {
    return builtOnce(`export|${name}|all`, () =>
      fixedText(name, () => text({ all: true, cases: 'MATCH (c:Case)' })),
    );
  }
  const plan = caseFilterPlan(filter);
  const statement = builtOnce(`export|${name}|${plan.key}`, () =>
    fixedText(name, (compile) => {
      const clause = caseFilterClause(plan.shape);
      if (clause.selectsAll) return text({ all: true, cases: 'MATCH (c:Case)' });
      const entry = compile(Cypher.utils.concat(clause.anchor(Cypher.and(...clause.conditions))));
      const cases = `CALL () {\n  ${entry.split('\n').join('\n  ')}\n  RETURN DISTINCT ${compile(clause.node)} AS c\n}`;
      return text({ all: false, cases });
    }),
  );
  return { cypher: statement.cypher, params: { ...statement.params, ...plan.params } };
}

/** Statement and parameters as the executor takes them. */
export interface Query {
  cypher: string;
  params: Params;
}

/** Every node of the scope, bound to `n` once each (entities only: `Node`). */
export function scopedNodes(s: Scoped, where = ''): string {
  if (s.all) return `MATCH (n:Node)${where ? ` WHERE ${where}` : ''}`;
  return `CALL () {
  ${s.cases.split('\n').join('\n  ')}
  CALL (c) {
    RETURN c AS n
    UNION
    CALL (c) {
      ${SCOPED_RELS.split('\n').join('\n    ')}
    }
    UNWIND [startNode(r), endNode(r)] AS n
    RETURN n
  }
  RETURN DISTINCT n
}${where ? `\nWITH n WHERE ${where}` : ''}`;
}

/** Every relationship of the scope, bound to `r` once each, with its ends `a` and `b`. */
export function scopedRels(s: Scoped): string {
  if (s.all) return 'MATCH (a:Node)-[r]->(b:Node)';
  return `CALL () {
  ${s.cases.split('\n').join('\n  ')}
  CALL (c) {
    ${SCOPED_RELS.split('\n').join('\n  ')}
  }
  RETURN DISTINCT r
}
WITH r, startNode(r) AS a, endNode(r) AS b`;
}
