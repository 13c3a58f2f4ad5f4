import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { queryName } from '../../src/db/executor';
import { Selected } from '../../src/cypher/reading';
import { encodeCursor } from '../../src/cypher/paging';
import {
  caseFacetsQuery,
  toCaseFacets,
  validateFacetLimit,
  type FacetParts,
} from '../../src/repositories/case-facets';
import {
  rankingCursor,
  rankingQuery,
  toRankingConnection,
  type RankingParts,
} from '../../src/repositories/rankings';
import { outcomeStatsQuery } from '../../src/repositories/stats';
import { costEstimator } from '../../src/server/limits';
import { loadTypeDefs } from '../../src/server/server';
import { shapeView } from '../../src/server/shape';

// Query.rankings and Query.caseFacets as statements: whole texts, named, values only
// as parameters, one text per shape; the rows as models; the cost estimate.

/** An entry showing only a party's id and name, a court without evidence. */
const LEAN: RankingParts = {
  party: new Selected([], new Set(['id', 'displayName', 'name'])),
  court: new Selected([], new Set(['id', 'name'])),
};

describe('rankings statement', () => {
  it('ranks the firms of every case: the whole statement', () => {
    expect(rankingQuery('FIRM', {}, { first: 2 }, LEAN)).toMatchSnapshot();
  });

  it("ranks the lawyers of a filter's cases after a cursor: the whole statement", () => {
    const after = rankingCursor('LAWYER', { cases: 3, sortName: "O'Brien } RETURN 1 //", id: 'person:x' });
    const q = rankingQuery('LAWYER', { kind: ['CIVIL'], court: 'nyed' }, { first: 5, after }, LEAN);
    expect(q).toMatchSnapshot();
    // The cursor's values travel as parameters only.
    expect(q.cypher).not.toContain("O'Brien");
    expect(q.params).toMatchObject({
      afterCases: 3,
      afterName: "O'Brien } RETURN 1 //",
      afterId: 'person:x',
      limit: 6,
    });
  });

  it('ranks courts with their evidence when selected, and judges by JUDGE_IN', () => {
    const court = rankingQuery(
      'COURT',
      { status: ['PENDING'] },
      {},
      {
        ...LEAN,
        court: new Selected(['nestedEvidence'], new Set(['id', 'evidence', 'quote'])),
      },
    );
    expect(queryName(court.cypher)).toBe('rankings');
    expect(court.cypher).toContain('MATCH (c)-[r:IN_COURT]->(p:Court)');
    expect(court.cypher).toMatch(/evidence: COLLECT/);
    expect(court.params.limit).toBe(21);
    const judges = rankingQuery('JUDGE', {}, { first: 0 }, LEAN);
    expect(judges.cypher).toContain("MATCH (p:Party)-[r:JUDGE_IN]->(c)\n  WITH p, c, ['JUDGE'] AS linkRoles");
    expect(judges.params.limit).toBe(1);
  });

  it('builds one text per shape: values change only the parameters', () => {
    const a = rankingQuery('PARTY', { kind: ['CIVIL'] }, { first: 5 }, LEAN);
    const b = rankingQuery('PARTY', { kind: ['CRIMINAL'] }, { first: 50 }, LEAN);
    expect(b.cypher).toBe(a.cypher);
    expect(rankingQuery('JUDGE', { kind: ['CIVIL'] }, { first: 5 }, LEAN).cypher).not.toBe(a.cypher);
  });

  it('refuses a bad page size and cursors of another ranking or list, naming the argument', () => {
    const refused = (page: { first?: number; after?: string }) => {
      try {
        rankingQuery('PARTY', {}, page, LEAN);
      } catch (error) {
        return (error as { extensions?: unknown }).extensions;
      }
      return null;
    };
    expect(refused({ first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(refused({ first: -1 })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(refused({ after: rankingCursor('JUDGE', { cases: 1, sortName: 'A', id: 'x' }) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    // A cursor of this ordering whose key is not (cases, name).
    expect(refused({ after: encodeCursor({ order: 'rankings:PARTY', key: 'x', id: 'y' }) })).toMatchObject({
      argument: 'after',
    });
    expect(
      refused({ after: encodeCursor({ order: 'rankings:PARTY', key: JSON.stringify([1.5, 'a']), id: 'y' }) }),
    ).toMatchObject({ argument: 'after' });
  });

  it('shares its blocks with OutcomeStats.topParties (who takes part in the cases)', () => {
    expect(outcomeStatsQuery({ kind: ['CIVIL'] }, 3).cypher).toContain(
      'UNWIND cases AS c\n  MATCH (p:Party)-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c)',
    );
    expect(rankingQuery('PARTY', { kind: ['CIVIL'] }, {}, LEAN).cypher).toContain(
      'UNWIND cases AS c\n  MATCH (p:Party)-[r:PARTY_TO]->(c)',
    );
  });
});

describe('rankings rows', () => {
  const row = (position: number, id: string, cases: number, extra: Record<string, unknown> = {}) => ({
    caseCount: 9,
    total: 4,
    skipped: 1,
    position,
    cases,
    name: id.toUpperCase(),
    sortName: id,
    roles: [
      { role: 'PLAINTIFF', cases: 1 },
      { role: 'DEFENDANT', cases: cases },
    ],
    doc: { id, kind: 'PERSON', displayName: id.toUpperCase() },
    ...extra,
  });

  it('cuts the look-ahead row, orders roles by cases then PartyRole, and issues cursors', () => {
    const c = toRankingConnection('PARTY', [row(2, 'b', 3), row(3, 'c', 2), row(4, 'd', 1)], 2);
    expect(c.caseCount).toBe(9);
    expect(c.totalCount).toBe(4);
    expect(c.edges.map((e) => [e.node.position, e.node.id, e.node.cases])).toEqual([
      [2, 'b', 3],
      [3, 'c', 2],
    ]);
    expect(c.edges[0]!.node.roles).toEqual([
      { role: 'DEFENDANT', cases: 3 },
      { role: 'PLAINTIFF', cases: 1 },
    ]);
    expect(c.edges[1]!.node.party?.id).toBe('c');
    expect(c.edges[1]!.node.court).toBeNull();
    expect(c.edges[1]!.cursor).toBe(rankingCursor('PARTY', { cases: 2, sortName: 'c', id: 'c' }));
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('an empty page still says how many cases and entities there are', () => {
    const c = toRankingConnection(
      'COURT',
      [
        {
          caseCount: 3,
          total: 2,
          skipped: 2,
          position: null,
          cases: null,
          name: null,
          roles: null,
          doc: null,
        },
      ],
      20,
    );
    expect(c).toEqual({
      subject: 'COURT',
      caseCount: 3,
      totalCount: 2,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });
});

describe('caseFacets statement', () => {
  it('counts each facet without its own conditions: the whole statement', () => {
    expect(
      caseFacetsQuery({ court: 'nyed', kind: ['CIVIL'], filedFrom: '2019-01-01' }, 10),
    ).toMatchSnapshot();
  });

  it('computes only the facets selected, and one text per shape', () => {
    const parts: FacetParts = { total: false, facets: ['status'] };
    const q = caseFacetsQuery({ kind: ['CIVIL'] }, 5, parts);
    expect(queryName(q.cypher)).toBe('caseFacets');
    expect(q.cypher).not.toContain('AS kind');
    expect(q.cypher).toContain('AS status');
    expect(q.cypher).toContain('RETURN status');
    expect(caseFacetsQuery({ kind: ['CRIMINAL'] }, 50, parts).cypher).toBe(q.cypher);
    // The status facet leaves out `status`, not the other conditions.
    expect(caseFacetsQuery({ kind: ['CRIMINAL'], status: ['PENDING'] }, 50, parts).cypher).toBe(q.cypher);
    expect(caseFacetsQuery({ kind: ['CRIMINAL'], court: 'nyed' }, 50, parts).cypher).not.toBe(q.cypher);
    expect(q.params).toEqual({ kind: ['CIVIL'], limit: 5 });
  });

  it('limits each facet to 1..200 values, 50 by default', () => {
    expect(validateFacetLimit(undefined)).toBe(50);
    expect(validateFacetLimit(200)).toBe(200);
    for (const bad of [0, 201, 1.5])
      expect(() => validateFacetLimit(bad)).toThrow(/`limit` must be between 1 and 200/);
  });

  it('reads a row as the facets', () => {
    expect(
      toCaseFacets({
        total: 2,
        kind: [{ value: 'CIVIL', label: 'CIVIL', cases: 2 }],
        court: [{ value: null, label: 'unknown', cases: 2 }],
      }),
    ).toEqual({
      total: 2,
      kind: [{ value: 'CIVIL', label: 'CIVIL', cases: 2 }],
      status: [],
      court: [{ value: null, label: 'unknown', cases: 2 }],
      natureOfSuit: [],
      filedYear: [],
    });
  });
});

describe('cost', () => {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
  const cost = (query: string, degree = 10) =>
    getComplexity({
      schema,
      query: parse(query),
      variables: {},
      estimators: [
        costEstimator({
          ...shapeView(null),
          degree: () => degree,
          records: () => 2,
          anyDegree: () => degree,
        }),
      ],
    });

  it("counts a ranking's page, each entry's links and what each entry selects", () => {
    const lean = cost('{ rankings(subject: PARTY, first: 10) { edges { node { id cases } } } }');
    expect(lean).toBe(1 + 10 * (1 + 10));
    // A lawyer's links also read the client's role.
    expect(cost('{ rankings(subject: LAWYER, first: 10) { edges { node { id cases } } } }')).toBe(
      1 + 10 * (1 + 20),
    );
    const withEvidence = cost(
      '{ rankings(subject: PARTY, first: 10) { edges { node { party { evidence { quote } } } } } }',
    );
    expect(withEvidence).toBeGreaterThan(lean);
    // The largest page, with each entity's counsel appearances, is allowed (MAX_QUERY_COST 500 000).
    expect(
      cost(
        '{ rankings(subject: FIRM, first: 100) { edges { node { party { counselAppearances { id } } roles { role } } } } }',
        50,
      ),
    ).toBeLessThan(500_000);
  });

  it('counts the values each facet can list', () => {
    expect(cost('{ caseFacets { total kind { value } } }')).toBe(1 + 5 * 50);
    expect(cost('{ caseFacets(limit: 200) { court { value label cases } } }')).toBe(1 + 5 * 200);
  });
});
