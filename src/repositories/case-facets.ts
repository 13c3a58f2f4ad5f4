import Cypher from '@neo4j/cypher-builder';
import type { Executor, Params } from '../db/executor';
import { badInput } from '../domain/errors';
import { list, num, optStr, str, type Props } from '../cypher/rows';
import { builtOnce, fixedText, type Statement } from '../cypher/statement';
import { caseFilterClause, caseFilterPlan, type CaseFilterInput, type CaseFilterShape } from './case-filter';
import { caseSet, indent, type Compile } from './case-set';

// Query.caseFacets: the cases a CaseFilter selects counted by kind, status, court,
// nature of suit and year of filing, in one statement. Each facet counts over the
// filter without its own conditions (drill-sideways), so a facet's other values
// say what choosing them instead would give: one CALL subquery per facet, each with
// the filter's shape minus those conditions (the same named parameters, so one set
// of values serves them all). Only the facets selected are computed.

export const FACETS = ['kind', 'status', 'court', 'natureOfSuit', 'filedYear'] as const;
export type Facet = (typeof FACETS)[number];

export const MAX_FACET_VALUES = 200;
export const DEFAULT_FACET_VALUES = 50;

export interface FacetValueModel {
  value: string | null;
  label: string;
  cases: number;
}

export interface CaseFacetsModel {
  total: number;
  kind: FacetValueModel[];
  status: FacetValueModel[];
  court: FacetValueModel[];
  natureOfSuit: FacetValueModel[];
  filedYear: FacetValueModel[];
}

/** The filter's fields each facet leaves out: its own conditions. */
const OWN_CONDITIONS: Record<Facet, readonly (keyof CaseFilterInput)[]> = {
  kind: ['kind'],
  status: ['status'],
  court: ['courtId', 'court'],
  natureOfSuit: ['natureOfSuit'],
  filedYear: ['filedFrom', 'filedTo'],
};

/** The filter without `fields`. */
function without(filter: CaseFilterInput, fields: readonly (keyof CaseFilterInput)[]): CaseFilterInput {
  const rest = { ...filter };
  for (const f of fields) delete rest[f];
  return rest;
}

/**
 * Per facet, how a case `c` gives its value and label (lines after the case is bound),
 * and how values are ordered: most cases first then by label, years newest first.
 */
const FACET_READ: Record<Facet, { lines: string; value: string; label: string; order: string }> = {
  kind: { lines: '', value: 'c.kind', label: "coalesce(c.kind, 'unknown')", order: 'n DESC, label, value' },
  status: {
    lines: '',
    value: 'c.status',
    label: "coalesce(c.status, 'unknown')",
    order: 'n DESC, label, value',
  },
  // A case in several courts counts in each.
  court: {
    lines: '\n  OPTIONAL MATCH (c)-[:IN_COURT]->(ct:Court)',
    value: 'ct.id',
    label: "coalesce(ct.name, 'unknown')",
    order: 'n DESC, label, value',
  },
  // As OutcomeStats.byNatureOfSuit: a case's first nature of suit.
  natureOfSuit: {
    lines: '',
    value: 'c.natureOfSuit[0]',
    label: "coalesce(c.natureOfSuit[0], 'unknown')",
    order: 'n DESC, label, value',
  },
  // The year of the first day the filing date can denote; undated cases last.
  filedYear: {
    lines: '',
    value: 'toString(c.filedEarliest.year)',
    label: "coalesce(toString(c.filedEarliest.year), 'unknown')",
    order: 'value IS NULL, value DESC',
  },
};

/** A facet's subquery: the cases of `shape` (the filter without the facet's conditions) by value. */
function facetBlock(compile: Compile, facet: Facet, shape: CaseFilterShape): string {
  const clause = caseFilterClause(shape);
  const read = FACET_READ[facet];
  const entry = indent(compile(clause.anchor(Cypher.and(...clause.conditions))));
  return `CALL () {
  ${entry}
  WITH ${clause.anchorMayRepeat ? 'DISTINCT ' : ''}${compile(clause.node)} AS c${read.lines}
  WITH ${read.value} AS value, ${read.label} AS label, count(DISTINCT c) AS n
  ORDER BY ${read.order}
  LIMIT $limit
  RETURN collect({value: value, label: label, cases: n}) AS ${facet}
}`;
}

function facetsStatement(filter: CaseFilterInput, facets: readonly Facet[], withTotal: boolean): Statement {
  return fixedText('caseFacets', (compile) => {
    const blocks: string[] = [];
    const columns: string[] = [];
    if (withTotal) {
      blocks.push(caseSet(compile, caseFilterClause(caseFilterPlan(filter).shape)).count());
      columns.push('caseCount AS total');
    }
    for (const facet of facets) {
      blocks.push(facetBlock(compile, facet, caseFilterPlan(without(filter, OWN_CONDITIONS[facet])).shape));
      columns.push(facet);
    }
    return `${blocks.join('\n')}\nRETURN ${columns.length ? columns.join(', ') : 'null AS nothing'}`;
  });
}

/** The `limit` argument, checked: BAD_USER_INPUT outside 1..MAX_FACET_VALUES. */
export function validateFacetLimit(value: number | null | undefined): number {
  const n = value ?? DEFAULT_FACET_VALUES;
  if (!Number.isInteger(n) || n < 1 || n > MAX_FACET_VALUES) {
    throw badInput(`\`limit\` must be between 1 and ${MAX_FACET_VALUES}; got ${n}`, 'limit');
  }
  return n;
}

/** What the statement computes: the facets selected, and the total when selected. */
export interface FacetParts {
  total: boolean;
  facets: readonly Facet[];
}

export const ALL_FACET_PARTS: FacetParts = { total: true, facets: FACETS };

/**
 * The statement and its parameters. The text depends on the shapes of the filter and
 * of each facet's filter (all derived from the whole filter's shape) and the parts.
 */
export function caseFacetsQuery(
  filter: CaseFilterInput,
  limit: number | null | undefined,
  parts: FacetParts = ALL_FACET_PARTS,
): { cypher: string; params: Params } {
  const n = validateFacetLimit(limit);
  const plan = caseFilterPlan(filter);
  const facets = FACETS.filter((f) => parts.facets.includes(f));
  // The text is made of the whole filter's shape and each facet's (the filter without
  // its conditions); their parameters are among the whole filter's.
  const shapes = facets.map((f) => caseFilterPlan(without(filter, OWN_CONDITIONS[f])).key);
  const key = ['caseFacets', plan.key, ...shapes, parts.total, facets.join(',')].join('|');
  const statement = builtOnce(key, () => facetsStatement(filter, facets, parts.total));
  return { cypher: statement.cypher, params: { ...statement.params, ...plan.params, limit: n } };
}

const toValue = (p: Props): FacetValueModel => ({
  value: optStr(p.value),
  label: str(p.label),
  cases: num(p.cases),
});

export function toCaseFacets(row: Props): CaseFacetsModel {
  return {
    total: num(row.total),
    kind: list(row.kind).map(toValue),
    status: list(row.status).map(toValue),
    court: list(row.court).map(toValue),
    natureOfSuit: list(row.natureOfSuit).map(toValue),
    filedYear: list(row.filedYear).map(toValue),
  };
}

/** Query.caseFacets: one statement, one round trip. */
export async function caseFacets(
  executor: Executor,
  filter: CaseFilterInput,
  limit: number | null | undefined,
  parts: FacetParts = ALL_FACET_PARTS,
): Promise<CaseFacetsModel> {
  const { cypher, params } = caseFacetsQuery(filter, limit, parts);
  const [row] = await executor.read(cypher, params);
  return toCaseFacets(row ?? {});
}
