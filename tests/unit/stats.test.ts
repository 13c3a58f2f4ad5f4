import Cypher from '@neo4j/cypher-builder';
import { GraphQLError } from 'graphql';
import { queryName } from '../../src/db/executor';
import { caseFilterClause, caseFilterPlan, type CaseFilterInput } from '../../src/repositories/case-filter';
import {
  DEFAULT_TOP_PARTIES,
  outcomeStatsQuery,
  toOutcomeStats,
  validateTopParties,
} from '../../src/repositories/stats';

/** The parameters a statement names. */
const namedParams = (cypher: string) =>
  [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();

describe('outcomeStatsQuery snapshots', () => {
  const scenarios: [string, CaseFilterInput][] = [
    ['no filter', {}],
    [
      'kind + status + filedFrom',
      { kind: ['CRIMINAL'], status: ['DISMISSED', 'DECIDED'], filedFrom: '2024-01-01' },
    ],
    ['text + partyId + role', { text: 'Baldwin', partyId: 'person:alec-baldwin', role: 'DEFENDANT' }],
    [
      'courtId + judgeId + outcomeKind',
      { courtId: 'court:nm', judgeId: 'person:j', outcomeKind: 'DISMISSAL' },
    ],
  ];

  // The whole statement as it runs, the party projection included.
  it.each(scenarios)('%s', (_name, filter) => {
    const { cypher, params } = outcomeStatsQuery(filter, 10);
    expect(queryName(cypher)).toBe('outcomeStats');
    expect(cypher.split('\n')[0]).toBe('// outcomeStats');
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
    expect({ cypher, params }).toMatchSnapshot();
  });

  it('projects the top parties as party summaries, evidence included', () => {
    const { cypher } = outcomeStatsQuery({}, 10);
    // Evidence from the records of the documents stating each party, by document.
    expect(cypher).toMatch(
      /RETURN collect\(\{party: p \{ \.id, \.name, \.aliases, \.kind, \.displayName, evidence: COLLECT \{\n\s+MATCH \((\w+):Share \{ of: p\.id \}\)\n\s+WHERE \1\.evidenceSources IS NOT NULL\n\s+UNWIND range\(0, \(size\(\1\.evidenceSources\) - 1\)\) AS (\w+)\n\s+RETURN \{quote: \1\.evidenceQuotes\[\2\], locator: \1\.evidenceLocators\[\2\], source: COLLECT \{/,
    );
    expect(cypher).toMatch(/ORDER BY (\w+)\.doc ASC, \w+ ASC\n\s+\}, descriptorsEvidence: COLLECT \{/);
    expect(cypher).toContain('officesEvidence: COLLECT {');
  });

  it('binds the cases exactly as the case list does, once', () => {
    const filter: CaseFilterInput = { kind: ['CIVIL'], partyId: 'person:a', closedTo: '2025-01-01' };
    const plan = caseFilterPlan(filter);
    const clause = caseFilterClause(plan.shape);
    // The filter on its own, built in a fresh statement: the same names as at the top of the statistics.
    const entry = Cypher.utils
      .concat(clause.anchor(Cypher.and(...clause.conditions)), new Cypher.Return(clause.node))
      .build();
    const [match, where, ret] = entry.cypher.split('\n');
    expect(match).toBe(
      'MATCH (this0:Party { id: $partyId })-[this1:(PARTY_TO|COUNSEL_IN|JUDGE_IN)]->(this2:Case)',
    );
    const { cypher, params } = outcomeStatsQuery(filter, 5);
    expect(cypher).toContain(
      `// outcomeStats\nCALL () {\n  ${match}\n  ${where}\n  RETURN collect(DISTINCT ${ret!.replace('RETURN ', '')}) AS cases\n}\n`,
    );
    expect(cypher.match(/MATCH \(\w+:Party \{ id: \$\w+ \}\)/g)).toHaveLength(1);
    expect(params).toEqual({ ...entry.params, ...plan.params, topParties: 5 });
  });

  it('counts every case, and lists none, when nothing is filtered', () => {
    const { cypher, params } = outcomeStatsQuery({}, 10);
    expect(cypher).toContain('CALL () {\n    MATCH (c:Case)\n    RETURN count(c) AS caseCount\n  }');
    expect(cypher).not.toMatch(/ AS cases\n/);
    expect(cypher).not.toContain('UNWIND cases');
    // The only conditions are the records' (which evidence lists a record holds).
    expect(cypher).not.toMatch(/WHERE this\d+\.(?!\w+Sources IS NOT NULL)/);
    expect(params).toEqual({ topParties: 10 });
  });
});

describe('user values travel only as parameters', () => {
  const HOSTILE = 'x\'}) DETACH DELETE n WITH 1 AS x MATCH (m {id: "y" //';
  const filter: CaseFilterInput = {
    text: HOSTILE,
    partyId: `person:${HOSTILE}`,
    judgeId: `person:j${HOSTILE}`,
    courtId: `court:${HOSTILE}`,
    incidentId: `incident:${HOSTILE}`,
    kind: [HOSTILE],
    status: [HOSTILE],
    outcomeKind: HOSTILE,
    role: 'PLAINTIFF',
  };

  it('keeps them out of the Cypher text', () => {
    const { cypher, params } = outcomeStatsQuery(filter, 7);
    expect(cypher).not.toContain(HOSTILE);
    expect(cypher).not.toContain('DETACH');
    const values = Object.values(params);
    for (const v of [filter.partyId, filter.judgeId, filter.courtId, filter.incidentId, filter.outcomeKind]) {
      expect(values).toContain(v);
    }
    // The kinds and the statuses, each a list parameter of its own.
    expect(values.filter((v) => Array.isArray(v) && v.length === 1 && v[0] === HOSTILE)).toHaveLength(2);
    expect(values).toContain('PLAINTIFF');
    // The text reaches Lucene as escaped words only.
    expect(cypher).toMatch(/db\.index\.fulltext\.queryNodes\('search_text_v4', \$\w+\)/);
    expect(values).toContain(
      '(x OR x*) AND (detach OR detach*) AND (delete OR delete*) AND (n OR n*) AND (with OR with*) AND (1 OR 1*) AND (as OR as*) AND (x OR x*) AND (match OR match*) AND (m OR m*) AND (id OR id*) AND (y OR y*)',
    );
    expect(params.topParties).toBe(7);
    // Every parameter the statement names is supplied.
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
  });
});

describe('validateTopParties', () => {
  it('defaults to 10 and accepts 0 to 100', () => {
    expect(validateTopParties(undefined)).toBe(DEFAULT_TOP_PARTIES);
    expect(validateTopParties(null)).toBe(10);
    expect(validateTopParties(0)).toBe(0);
    expect(validateTopParties(100)).toBe(100);
  });

  it.each([101, -1, 2.5])('refuses %p as BAD_USER_INPUT', (value) => {
    let error: unknown;
    try {
      validateTopParties(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'topParties' });
  });
});

describe('toOutcomeStats', () => {
  it('maps the row, keeping nulls for unknown keys and empty groups', () => {
    const model = toOutcomeStats({
      caseCount: 2,
      outcomeCount: 1,
      byKind: [{ key: 'DISMISSAL', label: 'DISMISSAL', count: 1 }],
      byCourt: [{ key: null, label: 'unknown', count: 1 }],
      byJudge: [],
      byCaseKind: [{ key: 'CIVIL', label: 'CIVIL', count: 1 }],
      byKindAndCaseKind: [{ outcomeKind: 'DISMISSAL', caseKind: 'CIVIL', count: 1 }],
      timeToDisposition: {
        overall: {
          cases: 0,
          medianDays: null,
          minDays: null,
          maxDays: null,
          p25Days: null,
          p75Days: null,
          approximate: false,
        },
        byCaseKind: [],
        byCourt: [
          {
            key: null,
            label: 'unknown',
            times: {
              cases: 1,
              medianDays: 3,
              minDays: 3,
              maxDays: 3,
              p25Days: 3,
              p75Days: 3,
              approximate: true,
            },
          },
        ],
        byJudge: [],
      },
      topParties: [
        {
          cases: 2,
          roles: ['PLAINTIFF', 'COUNSEL'],
          party: {
            id: 'person:a',
            kind: 'PERSON',
            name: 'A',
            aliases: [],
            evidence: [
              { quote: 'A.', source: { id: 'source:s', kind: 'ARTICLE', title: 'S', identifier: 's' } },
            ],
          },
        },
      ],
    });
    expect(model).toMatchObject({
      caseCount: 2,
      outcomeCount: 1,
      byCourt: [{ key: null, label: 'unknown', count: 1 }],
      byJudge: [],
      byKindAndCaseKind: [{ outcomeKind: 'DISMISSAL', caseKind: 'CIVIL', count: 1 }],
      timeToDisposition: {
        overall: { cases: 0, medianDays: null, approximate: false },
        byCourt: [{ key: null, label: 'unknown', times: { cases: 1, medianDays: 3, approximate: true } }],
      },
    });
    const [top] = model.topParties;
    expect(top).toMatchObject({ cases: 2, roles: ['PLAINTIFF', 'COUNSEL'] });
    expect(top?.party).toMatchObject({ __typename: 'Person', id: 'person:a', name: 'A' });
    expect(top?.party.evidence).toEqual([
      {
        sourceId: 'source:s',
        quote: 'A.',
        source: expect.objectContaining({ id: 'source:s', title: 'S' }),
      },
    ]);
  });

  it('gives zeros and empty lists for an empty row', () => {
    expect(toOutcomeStats({})).toEqual({
      caseCount: 0,
      outcomeCount: 0,
      byKind: [],
      byCourt: [],
      byJudge: [],
      byCaseKind: [],
      byNatureOfSuit: [],
      byKindAndCaseKind: [],
      timeToDisposition: {
        overall: {
          cases: 0,
          medianDays: null,
          minDays: null,
          maxDays: null,
          p25Days: null,
          p75Days: null,
          approximate: false,
          minDaysInterval: null,
          medianDaysInterval: null,
          maxDaysInterval: null,
        },
        byCaseKind: [],
        byCourt: [],
        byJudge: [],
        byNatureOfSuit: [],
      },
      topParties: [],
    });
  });
});
