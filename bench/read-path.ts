import { getComplexity } from 'graphql-query-complexity';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { FIELD_MODELS, hopsOf } from '../src/api/fields';
import { casePartsFor, namesRead } from '../src/api/parts';
import type { Executor } from '../src/db/executor';
import { casesByIdStatement } from '../src/repositories/entities';
import { CaseParts } from '../src/cypher/projections';
import { hopKey, readGraphShape } from '../src/repositories/graph-shape';
import { costEstimator, DEFAULT_MAX_COST } from '../src/server/limits';
import { loadTypeDefs } from '../src/server/server';
import { shapeView } from '../src/server/shape';
import { researchQueries } from '../tests/support/research-queries';
import { CASE_DETAIL, type Targets } from './operations';

// What the read path's estimate and projections make of a graph: its shape as the
// cost estimate reads it, the estimated cost of the research questions under the
// default limit, and the size of the case detail row with and without the evidence
// of what the case nests (which it read before whatever the selection).

export interface ReadPathFigures {
  shapeMs: number;
  recordsP99: number;
  recordsLargest: number;
  anyDegreeP99: number;
  partiesPerCaseP99: number;
  eventsPerCaseP99: number;
  limit: number;
  costs: Record<string, number>;
  /**
   * The benchmark's case detail row: as its selection reads it (`selected`), reading every
   * property and source (`everyProperty`, what a route without names reads), and with the
   * evidence of what the case nests too. Runs before the operation's names were read
   * (bench/results/latest.json of 2026-12-07) have no `selected`.
   */
  caseDetailRowBytes: { selected?: number; everyProperty: number; withNestedEvidence: number };
}

/** The fields the benchmark's case detail selects on the case (bench/operations.ts). */
const CASE_DETAIL_FIELDS = [
  'id',
  'caption',
  'kind',
  'status',
  'docketNumber',
  'evidence',
  'court',
  'parties',
];
const CASE_DETAIL_LISTS = ['counsel', 'judges', 'claims', 'outcomes', 'events'];

/** The field names the benchmark's case detail operation reads (src/api/parts.ts). */
function caseDetailNames(): ReadonlySet<string> | null {
  const document = parse(CASE_DETAIL);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  return namesRead({ operation, fragments } as unknown as GraphQLResolveInfo);
}

async function rowBytes(
  executor: Executor,
  caseId: string,
  read: { nestedEvidence: boolean; names: ReadonlySet<string> | null },
): Promise<number> {
  const named = casePartsFor([...CASE_DETAIL_FIELDS, ...CASE_DETAIL_LISTS]);
  if (read.nestedEvidence) named.add('nestedEvidence');
  // The pages the benchmark's case detail asks for: 100 parties, 100 events.
  const parts = new CaseParts(
    named,
    {
      parties: [{ role: null, after: null, first: 100 }],
      events: [{ after: null, first: 100 }],
    },
    read.names,
  );
  const { cypher, params } = casesByIdStatement(parts);
  const rows = await executor.read(cypher, { ...params, ids: [caseId] });
  return Buffer.byteLength(JSON.stringify(rows[0]?.doc ?? null));
}

export async function readPathFigures(executor: Executor, targets: Targets): Promise<ReadPathFigures> {
  const shape = await readGraphShape(executor, hopsOf(Object.values(FIELD_MODELS)));
  const view = shapeView(shape);
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
  const ids = { partyId: targets.partyId, incidentId: 'incident:x', caseId: targets.caseId };
  const costs = Object.fromEntries(
    researchQueries(ids).map((q) => [
      q.name,
      getComplexity({
        schema,
        query: parse(q.query),
        variables: q.variables ?? {},
        estimators: [costEstimator(view)],
      }),
    ]),
  );
  const p99 = (key: string) => shape.degrees[key]?.p99 ?? 0;
  return {
    shapeMs: shape.ms,
    recordsP99: shape.records.p99,
    recordsLargest: shape.records.largest,
    anyDegreeP99: shape.anyDegree.p99,
    partiesPerCaseP99: p99(hopKey({ type: 'PARTY_TO', direction: 'in' })),
    eventsPerCaseP99: p99(hopKey({ type: 'HAS_EVENT', direction: 'out' })),
    limit: DEFAULT_MAX_COST,
    costs,
    caseDetailRowBytes: {
      selected: await rowBytes(executor, targets.caseId, { nestedEvidence: false, names: caseDetailNames() }),
      everyProperty: await rowBytes(executor, targets.caseId, { nestedEvidence: false, names: null }),
      withNestedEvidence: await rowBytes(executor, targets.caseId, { nestedEvidence: true, names: null }),
    },
  };
}
