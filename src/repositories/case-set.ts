import Cypher from '@neo4j/cypher-builder';
import type { CaseFilterClause } from './case-filter';
import type { Compilable } from '../cypher/statement';
import { PROSECUTOR_CAPACITIES, roleOf } from '../graph/roles';

// Blocks of the fixed-text statements that count over a set of cases (outcomeStats,
// rankings, caseFacets): the filtered cases as one list, subqueries over them, and
// who takes part in them. Their own variables are fixed names (`cases`, `c`, `p`,
// `r`); the filter inside is compiled by the builder, whose names cannot meet them.

/** A Cypher list literal of fixed identifiers (never user input). */
export const literalList = (values: readonly string[]): string =>
  `[${values.map((v) => `'${v}'`).join(', ')}]`;

/**
 * A block nested one level deeper: two spaces after each line break. Cosmetic only;
 * the text holds no multi-line string literal (user values are parameters).
 */
export const indent = (text: string): string => text.split('\n').join('\n  ');

/** Compiles the builder's parts inside a fixed text (see `fixedText`). */
export type Compile = (part: Compilable) => string;

/** The cases a filter selects, as the fixed text reads them. */
export interface CaseSet {
  /** Every case: a count or a label match reads them faster than a list. */
  all: boolean;
  /** `CALL () { … }` binding `cases`, the list of the filtered cases (never for `all`). */
  collect(): string;
  /** `CALL () { … }` binding `caseCount` without a list of them. */
  count(): string;
  /** The opening of a subquery over the cases, each bound to `c` (`pattern` continues from it); close it with `}`. */
  over(pattern?: string): string;
}

export function caseSet(compile: Compile, clause: CaseFilterClause): CaseSet {
  const all = clause.selectsAll;
  const distinct = clause.anchorMayRepeat ? 'DISTINCT ' : '';
  const entry = () => indent(compile(Cypher.utils.concat(clause.anchor(Cypher.and(...clause.conditions)))));
  return {
    all,
    collect: () =>
      `CALL () {\n  ${entry()}\n  RETURN collect(${distinct}${compile(clause.node)}) AS cases\n}`,
    count: () =>
      all
        ? 'CALL () {\n  MATCH (c:Case)\n  RETURN count(c) AS caseCount\n}'
        : `CALL () {\n  ${entry()}\n  RETURN count(${distinct}${compile(clause.node)}) AS caseCount\n}`,
    over: (pattern = '') =>
      all
        ? `CALL () {\n  MATCH (c:Case)${pattern}`
        : `CALL (cases) {\n  UNWIND cases AS c${pattern ? `\n  MATCH (c)${pattern}` : ''}`,
  };
}

/**
 * Who takes part in the cases, and as what: the parties proper (PARTY_TO), the lawyers
 * (COUNSEL_IN), the firms and offices lawyers act from (the `firmId` of COUNSEL_IN),
 * the judges (JUDGE_IN), the courts (IN_COURT), or anyone in any of the first
 * three (ANY, OutcomeStats.topParties).
 */
export type Participation = 'PARTY' | 'LAWYER' | 'FIRM' | 'JUDGE' | 'COURT' | 'ANY';

/**
 * The roles a lawyer's appearance `r` in case `c` stands for: those its client has in
 * the case; a prosecutor named without a client prosecutes (see PROSECUTOR_CAPACITIES).
 */
const CLIENT_ROLES = `CASE WHEN r.clientId IS NULL AND r.capacity IN ${literalList(PROSECUTOR_CAPACITIES)} THEN ['PROSECUTION']
    ELSE COLLECT { MATCH (client:Party {id: r.clientId})-[cr:PARTY_TO]->(c) RETURN DISTINCT cr.role } END`;

/**
 * Each participant `p` of a case `c` through its link `r` (lines that follow a
 * subquery's opening over `c`), and the roles the link stands for: one role (`role`)
 * or a list of them (`roles`).
 */
export function participation(
  kind: Participation,
  compile: Compile,
): { match: string; role: string } | { match: string; roles: string } {
  switch (kind) {
    case 'PARTY':
      return { match: 'MATCH (p:Party)-[r:PARTY_TO]->(c)', roles: '[r.role]' };
    case 'LAWYER':
      return { match: 'MATCH (p:Party)-[r:COUNSEL_IN]->(c)', roles: CLIENT_ROLES };
    case 'FIRM':
      // The firm is named on the lawyer's appearance: a range seek on the relationship's `firmId`.
      return {
        match:
          'MATCH (:Party)-[r:COUNSEL_IN]->(c) WHERE r.firmId IS NOT NULL\n  MATCH (p:Party {id: r.firmId})',
        roles: CLIENT_ROLES,
      };
    case 'JUDGE':
      return { match: 'MATCH (p:Party)-[r:JUDGE_IN]->(c)', roles: "['JUDGE']" };
    case 'COURT':
      return { match: 'MATCH (c)-[r:IN_COURT]->(p:Court)', roles: '[]' };
    case 'ANY':
      return {
        match: 'MATCH (p:Party)-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c)',
        role: compile(roleOf(new Cypher.NamedRelationship('r'))),
      };
  }
}
