import type { Executor } from '../db/executor';
import type { CaseModel, ConnectionModel } from '../domain/models';
import { keysetConnection } from '../cypher/connection';
import type { KeysetList } from '../cypher/keyset';
import { toCase } from '../cypher/mappers';
import type { PageArgs } from '../cypher/paging';
import {
  ALL_CASE_PARTS,
  CASE_PARTS,
  caseDocument,
  casePageParams,
  type CasePart,
} from '../cypher/projections';
import { partsKey } from '../cypher/statement';
import { caseFilterClause, caseFilterPlan, type CaseFilterInput } from './case-filter';

// Query.cases: the filtered cases in a stable order, paged with keyset cursors.

export type CaseOrderField = 'FILED' | 'CAPTION' | 'CLOSED';
export interface CaseOrderInput {
  field: CaseOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

/** Stored sort keys (see graph/codecs.ts): undated cases go last in either direction. */
function sortKeyOf(field: CaseOrderField, descending: boolean): { property: string; isDate: boolean } {
  if (field === 'CAPTION') return { property: 'caption', isDate: false };
  const prop = field === 'FILED' ? 'filed' : 'closed';
  return { property: `${prop}${descending ? 'SortDesc' : 'SortAsc'}`, isDate: true };
}

/**
 * The case list: the filter, ordered by (sort key, id), as a keyset list. Its key
 * names every choice of the query (the filter's shape, the order, the total, the
 * document's parts); the query itself is built only for a key not built yet.
 */
export function caseListQuery(
  filter: CaseFilterInput,
  order: CaseOrderInput,
  withTotal: boolean,
  parts: ReadonlySet<CasePart> = ALL_CASE_PARTS,
): KeysetList {
  const plan = caseFilterPlan(filter);
  const descending = order.direction === 'DESC';
  const key = sortKeyOf(order.field, descending);
  return {
    name: 'listCases',
    key: ['listCases', plan.key, key.property, descending, withTotal, partsKey(CASE_PARTS, parts)].join('|'),
    params: { ...plan.params, ...casePageParams(parts) },
    keyIsDate: key.isDate,
    build: () => {
      const clause = caseFilterClause(plan.shape);
      return {
        name: 'listCases',
        node: clause.node,
        anchor: clause.anchor,
        anchorMayRepeat: clause.anchorMayRepeat,
        conditions: clause.conditions,
        sortKey: key.property,
        descending,
        projection: caseDocument(clause.node, parts),
        withTotal,
      };
    },
  };
}

export function orderName(order: CaseOrderInput): string {
  return `cases:${order.field}:${order.direction ?? 'ASC'}`;
}

export async function listCases(
  executor: Executor,
  filter: CaseFilterInput,
  order: CaseOrderInput,
  page: PageArgs,
  withTotal: boolean,
  parts: ReadonlySet<CasePart>,
): Promise<ConnectionModel<CaseModel>> {
  const list = caseListQuery(filter, order, withTotal, parts);
  return keysetConnection(executor, list, orderName(order), page, toCase);
}
