import { caseListQuery } from '../../src/repositories/cases';
import type { CaseFilterInput } from '../../src/repositories/case-filter';
import { casesByIdStatement, QUERIES } from '../../src/repositories/entities';
import { CaseParts } from '../../src/cypher/projections';
import { keysetStatement } from '../../src/cypher/keyset';
import { pageWindow } from '../../src/cypher/paging';
import { partyListQuery } from '../../src/repositories/parties';
import { searchStatement } from '../../src/repositories/search';
import { TIMELINE_QUERIES } from '../../src/repositories/timeline';
import { neighborhoodQuery, pathsQuery } from '../../src/repositories/explore';
import { outcomeStatsQuery } from '../../src/repositories/stats';
import { rankingQuery } from '../../src/repositories/rankings';
import { caseFacetsQuery } from '../../src/repositories/case-facets';
import { startHarness, type Harness } from '../support/harness';

// Every named query is planned by Neo4j (EXPLAIN, nothing runs) and its plan
// checked: an index must serve each entry point. A label scan is accepted only
// where the query by design reads every node of a label, and says why.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Case {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
  /** Why a label scan is right here; absent means none is allowed. */
  labelScan?: string;
}

const ids = { ids: ['case:baldwin-criminal'] };
const byIds: Case[] = Object.entries(QUERIES).map(([name, { cypher }]) => ({
  name,
  cypher,
  params: name.startsWith('parties') ? { ids: ['person:alec-baldwin'] } : ids,
}));

function list(name: string, filter: CaseFilterInput, labelScan?: string): Case {
  const { cypher, params } = keysetStatement(
    caseListQuery(filter, { field: 'FILED', direction: 'ASC' }, true),
    pageWindow({ first: 10 }, 'x'),
  );
  return { name: `listCases ${name}`, cypher, params, labelScan };
}

// A case with one page of its parties and of its timeline (cut in Cypher).
const pages = new CaseParts(['partyPages', 'eventPages'], {
  events: [{ after: 'event:x', first: 5 }],
  parties: [
    { role: null, after: null, first: 10 },
    { role: 'DEFENDANT', after: null, first: 10 },
  ],
});

const CASES: Case[] = [
  ...byIds,
  {
    name: 'casesById with pages',
    ...casesByIdStatement(pages),
    params: { ...casesByIdStatement(pages).params, ...ids },
  },
  { name: 'searchEntities', ...searchStatement('rust*', 10) },
  ...Object.entries(TIMELINE_QUERIES).map(([subject, { cypher }]) => ({
    name: `timeline ${subject}`,
    cypher,
    params: { id: 'person:alec-baldwin' },
  })),
  list('by party and role', { partyId: 'person:alec-baldwin', role: 'PLAINTIFF' }),
  list('by judge', { judgeId: 'person:casey-fitch' }),
  list('by incident', { incidentId: 'incident:rust-shooting' }),
  list('by text', { text: 'baldwin' }),
  list('by status', { status: ['PENDING'] }),
  list('by kind and filing dates', { kind: ['CIVIL'], filedFrom: '2024-01-01', filedTo: '2025-12-31' }),
  list('unfiltered', {}, 'lists every case'),
  list(
    'pending on a day',
    { pendingOn: '2024-06-01' },
    'the pending rule reads open-ended intervals over every case',
  ),
  ...[1, 2, 3].map((depth) => ({
    name: `neighborhood depth ${depth}`,
    ...neighborhoodQuery({ id: 'case:baldwin-criminal', depth }),
  })),
  {
    name: 'paths',
    ...pathsQuery({ from: 'person:kari-morrissey', to: 'person:halyna-hutchins', maxLength: 4 }),
  },
  { name: 'outcomeStats by party', ...outcomeStatsQuery({ partyId: 'person:alec-baldwin' }, 10) },
  { name: 'outcomeStats by status', ...outcomeStatsQuery({ status: ['DISMISSED'] }, 10) },
  { name: 'outcomeStats unfiltered', ...outcomeStatsQuery({}, 10), labelScan: 'counts over every case' },
  ...(['PARTY', 'LAWYER', 'FIRM', 'JUDGE', 'COURT'] as const).flatMap((subject) => [
    { name: `rankings ${subject} by court`, ...rankingQuery(subject, { court: 'nyed' }, { first: 10 }) },
    {
      name: `rankings ${subject} unfiltered`,
      ...rankingQuery(subject, {}, { first: 10 }),
      labelScan: 'ranks over every case',
    },
  ]),
  // Each facet drops its own condition and keeps the others: with two, none reads every case.
  { name: 'caseFacets by court and kind', ...caseFacetsQuery({ court: 'nyed', kind: ['CIVIL'] }, 10) },
  { name: 'caseFacets unfiltered', ...caseFacetsQuery({}, 10), labelScan: 'counts over every case' },
  {
    name: 'listParties by case',
    ...keysetStatement(
      partyListQuery({ caseId: 'case:baldwin-criminal' }, true),
      pageWindow({ first: 10 }, 'x'),
    ),
  },
  {
    name: 'listParties by text',
    ...keysetStatement(partyListQuery({ text: 'fitch' }, false), pageWindow({ first: 10 }, 'x')),
  },
  {
    name: 'listParties unfiltered',
    ...keysetStatement(partyListQuery({}, false), pageWindow({ first: 10 }, 'x')),
    labelScan: 'lists every party',
  },
];

it("finds the link a quote states through its type's id index, whatever its ends hold", async () => {
  // Expanding from a link's end read every relationship of a judge or a lawyer in
  // thousands of cases (search slowed as the graph grew); the index seek does not.
  const { cypher, params } = searchStatement('rust*', 10);
  const operators = await h.executor.explain(cypher, params);
  expect(operators.filter((o) => o.startsWith('DirectedRelationshipIndexSeek')).length).toBeGreaterThan(0);
});

it.each(CASES.map((c) => [c.name, c] as const))(
  '%s: no scan where an index should serve',
  async (_name, c) => {
    const operators = await h.executor.explain(c.cypher, c.params);
    expect(operators.length).toBeGreaterThan(0);
    expect(operators.filter((o) => o.startsWith('AllNodesScan'))).toEqual([]);
    if (!c.labelScan) expect(operators.filter((o) => o.startsWith('NodeByLabelScan'))).toEqual([]);
  },
);

it('checks the status filter through its index (a scan would show here)', async () => {
  const { cypher, params } = keysetStatement(
    caseListQuery({ status: ['PENDING'] }, { field: 'CAPTION' }, false),
    pageWindow({ first: 5 }, 'x'),
  );
  const operators = await h.executor.explain(cypher, params);
  expect(operators.some((o) => o.startsWith('NodeIndexSeek'))).toBe(true);
});
