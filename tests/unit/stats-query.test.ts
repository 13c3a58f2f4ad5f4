import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { queryName } from '../../src/db/executor';
import { selectedAt } from '../../src/api/selection';
import {
  ALL_OUTCOME_STATS_PARTS,
  answerRow,
  outcomeStatsParts,
  outcomeStatsQuery,
  snapshotStatsQuery,
  type OutcomeStatsParts,
} from '../../src/repositories/stats';

// Query.outcomeStats computes only what the client selects: the parts come from
// the selection (fragments and aliases included), and the statement leaves out
// every part not asked for.

/** The parameters a statement names. */
const namedParams = (cypher: string) =>
  [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();

/** The parts the resolver derives for `outcomeStats` in `query` (the first root field). */
function partsOf(query: string): OutcomeStatsParts {
  const doc = parse(query);
  const operation = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fieldNodes = operation.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'outcomeStats',
  );
  const info = { fieldNodes, fragments } as unknown as GraphQLResolveInfo;
  return outcomeStatsParts({
    fields: selectedAt(info, []),
    timeToDisposition: selectedAt(info, ['timeToDisposition']),
    topParties: selectedAt(info, ['topParties']),
  });
}

const BENCH = `{ outcomeStats(topParties: 10) {
  caseCount outcomeCount byKind { key count } byCaseKind { key count } topParties { party { id displayName } cases }
} }`;

const TIMES = 'cases medianDays';
const FULL = `{ outcomeStats {
  caseCount outcomeCount
  byKind { key } byCourt { key } byJudge { key } byCaseKind { key } byNatureOfSuit { key }
  byKindAndCaseKind { count }
  timeToDisposition {
    overall { ${TIMES} } byCaseKind { times { ${TIMES} } } byCourt { times { ${TIMES} } }
    byNatureOfSuit { times { ${TIMES} } } byJudge { times { ${TIMES} } }
  }
  topParties { cases roles party { id } }
} }`;

/** The subqueries of a statement that compute each part (by the column they return). */
const COMPUTES = {
  cases: / AS cases\n/,
  caseCount: /AS caseCount/,
  outcomes: /MATCH \(c(:Case)?\)-\[:HAS_OUTCOME\]->\(o:Outcome\)\n/,
  courtLookup: /\[:IN_COURT\]/,
  judgeLookup: /\[:DECIDED_BY\]/,
  natureOfSuit: /natureOfSuit/,
  byKind: /AS byKind\n/,
  byCourt: /AS byCourt\n/,
  byJudge: /AS byJudge\n/,
  byCaseKind: /AS byCaseKind\n/,
  byNatureOfSuit: /AS byNatureOfSuit\n/,
  byKindAndCaseKind: /AS byKindAndCaseKind\n/,
  timed: /AS timed\n/,
  overall: /AS overall\n/,
  timesByCaseKind: /AS timesByCaseKind\n/,
  timesByCourt: /AS timesByCourt\n/,
  timesByNatureOfSuit: /AS timesByNatureOfSuit\n/,
  timesByJudge: /AS timesByJudge\n/,
  topParties: /AS topParties\n/,
  roles: /collect\(DISTINCT role\)/,
};
type Part = keyof typeof COMPUTES;
const computed = (cypher: string): Part[] =>
  (Object.keys(COMPUTES) as Part[]).filter((p) => COMPUTES[p].test(cypher));

describe('the parts a selection needs', () => {
  it("are the bench's fields only", () => {
    expect(partsOf(BENCH)).toEqual({
      caseCount: true,
      outcomeCount: true,
      buckets: ['byKind', 'byCaseKind'],
      times: [],
      topParties: true,
      topPartyRoles: false,
    });
  });

  it('are every part for a full selection', () => {
    expect(partsOf(FULL)).toEqual(ALL_OUTCOME_STATS_PARTS);
  });

  it('are found through fragments, inline fragments and aliases', () => {
    const parts = partsOf(`
      query { stats: outcomeStats { ...Counts ... on OutcomeStats { courts: byCourt { key } } } }
      fragment Counts on OutcomeStats {
        total: caseCount
        timeToDisposition { ...Times }
        topParties { ... on PartyCaseCount { roles } }
      }
      fragment Times on TimeToDisposition { judges: byJudge { key } }`);
    expect(parts).toEqual({
      caseCount: true,
      outcomeCount: false,
      buckets: ['byCourt'],
      times: ['byJudge'],
      topParties: true,
      topPartyRoles: true,
    });
  });

  it('need no times when timeToDisposition asks for nothing but its type', () => {
    expect(partsOf('{ outcomeStats { timeToDisposition { __typename } } }').times).toEqual([]);
  });
});

describe('the statement for a selection', () => {
  it('for the bench: counts, two outcome groupings and the top parties, nothing else', () => {
    const { cypher, params } = outcomeStatsQuery({}, 10, partsOf(BENCH));
    expect(queryName(cypher)).toBe('outcomeStats');
    expect(cypher.split('\n')[0]).toBe('// outcomeStats');
    expect(computed(cypher)).toEqual(['caseCount', 'outcomes', 'byKind', 'byCaseKind', 'topParties']);
    // Unfiltered: the case count is the label's count, and no list of every case is built.
    expect(cypher.replace(/\s+/g, ' ')).toContain('MATCH (c:Case) RETURN count(c) AS caseCount');
    expect(cypher).not.toContain('collect(DISTINCT');
    // Computed only when the snapshot is not the current graph's (see below).
    expect(cypher).toMatch(/RETURN caseCount, outcomeCount, byKind, byCaseKind, topParties\n\}\n/);
    expect(params).toEqual({ topParties: 10 });
  });

  it('for a full selection: every part, as the default', () => {
    const full = outcomeStatsQuery({ kind: ['CIVIL'] }, 10, partsOf(FULL));
    expect(full).toEqual(outcomeStatsQuery({ kind: ['CIVIL'] }, 10));
    expect(computed(full.cypher)).toEqual(Object.keys(COMPUTES));
    expect(full.cypher).toMatch(
      /RETURN size\(cases\) AS caseCount, outcomeCount, byKind, byCourt, byJudge, byCaseKind, byNatureOfSuit, byKindAndCaseKind, \{overall: overall, byCaseKind: timesByCaseKind, byCourt: timesByCourt, byNatureOfSuit: timesByNatureOfSuit, byJudge: timesByJudge\} AS timeToDisposition, topParties$/,
    );
  });

  it('skips the top parties when 0 are asked for, and their parameter with them', () => {
    const { cypher, params } = outcomeStatsQuery({}, 0, partsOf(BENCH));
    expect(computed(cypher)).toEqual(['caseCount', 'outcomes', 'byKind', 'byCaseKind']);
    expect(cypher).not.toContain('$topParties');
    expect(params).toEqual({});
  });

  it('times only the groupings selected, reading only what they group by', () => {
    const { cypher } = outcomeStatsQuery(
      {},
      10,
      partsOf('{ outcomeStats { timeToDisposition { byCourt { key } } } }'),
    );
    expect(computed(cypher)).toEqual(['courtLookup', 'timed', 'timesByCourt']);
    expect(cypher).toMatch(/RETURN \{byCourt: timesByCourt\} AS timeToDisposition\n\}\n/);
  });

  it('counts outcomes without grouping them when only the count is selected', () => {
    const { cypher } = outcomeStatsQuery({}, 10, partsOf('{ outcomeStats { outcomeCount } }'));
    expect(computed(cypher)).toEqual(['outcomes']);
    expect(cypher).toContain('RETURN count(*) AS outcomeCount');
  });

  it('counts the filtered cases without listing them when nothing else needs them', () => {
    const filter = { partyId: 'person:a', status: ['CLOSED'] };
    const { cypher, params } = outcomeStatsQuery(filter, 10, partsOf('{ outcomeStats { caseCount } }'));
    expect(computed(cypher)).toEqual(['caseCount']);
    // A party may be linked to a case twice: each case counts once.
    expect(cypher).toMatch(/RETURN count\(DISTINCT this\d+\) AS caseCount\n\}\nRETURN caseCount$/);
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
    expect(Object.values(params)).toEqual(expect.arrayContaining(['person:a', ['CLOSED']]));
  });

  it('lists the filtered cases once when other parts read them, matching no case again', () => {
    const { cypher } = outcomeStatsQuery({ kind: ['CIVIL'] }, 10, partsOf(BENCH));
    expect(computed(cypher)).toEqual([
      'cases',
      'caseCount',
      'outcomes',
      'byKind',
      'byCaseKind',
      'topParties',
    ]);
    // One anchor; the kind filter cannot repeat a case, so no DISTINCT is needed.
    expect(cypher.match(/:Case\)/g)).toHaveLength(1);
    expect(cypher).toMatch(/RETURN collect\(this0\) AS cases/);
    expect(cypher.match(/UNWIND cases AS c/g)).toHaveLength(2);
  });

  it('still runs one statement when nothing but the type is selected', () => {
    const { cypher, params } = outcomeStatsQuery({}, 10, partsOf('{ outcomeStats { __typename } }'));
    expect(cypher).toBe('// outcomeStats\nRETURN null AS nothing');
    expect(params).toEqual({});
  });
});

describe('the whole graph answers from its precomputed statistics when they are current', () => {
  it('without a filter: the snapshot when it records the graph version, else the direct computation', () => {
    const { cypher, params } = outcomeStatsQuery({}, 10, partsOf(BENCH));
    expect(cypher).toContain(
      'WITH snapshot, snapshot IS NOT NULL AND snapshot.version = coalesce(graphVersion.version, 0) AS fresh\nOPTIONAL CALL (fresh) {\n  WITH fresh WHERE NOT fresh\n',
    );
    expect(cypher).toMatch(
      /\nRETURN fresh, CASE WHEN fresh THEN snapshot\.row END AS snapshotRow,\n {2}CASE WHEN fresh THEN \[i IN range\(0, size\(snapshot\.topPartyIds\) - 1\) WHERE i < \$topParties \| \{/,
    );
    expect(cypher).toMatch(
      /\] END AS snapshotTopParties, caseCount, outcomeCount, byKind, byCaseKind, topParties$/,
    );
    expect(params).toEqual({ topParties: 10 });
  });

  it('with a filter, or with nothing to compute: always the direct computation', () => {
    expect(outcomeStatsQuery({ kind: ['CIVIL'] }, 10, partsOf(BENCH)).cypher).not.toContain('snapshot');
    expect(outcomeStatsQuery({}, 10, partsOf('{ outcomeStats { __typename } }')).cypher).not.toContain(
      'snapshot',
    );
  });

  it('the snapshot holds every part and the 100 top parties as ids', () => {
    const { cypher, params } = snapshotStatsQuery();
    expect(queryName(cypher)).toBe('outcomeStatsSnapshot');
    expect(computed(cypher)).toEqual(Object.keys(COMPUTES).filter((k) => k !== 'cases'));
    expect(cypher).toContain('RETURN collect({id: p.id, cases: n, roles:');
    expect(cypher).not.toContain('evidence');
    expect(params).toEqual({ topParties: 100 });
  });

  it('a fresh row reads as the direct row, the top parties with their summaries', () => {
    const direct = {
      caseCount: 3,
      byKind: [{ key: 'DISMISSAL', label: 'DISMISSAL', unnamed: false, count: 2 }],
    };
    const row = {
      fresh: true,
      snapshotRow: JSON.stringify(direct),
      snapshotTopParties: [
        { party: { id: 'person:a' }, cases: 2, roles: 'DEFENDANT,PLAINTIFF' },
        { party: { id: 'person:b' }, cases: 1, roles: '' },
      ],
      caseCount: null,
    };
    expect(answerRow(row)).toEqual({
      ...direct,
      topParties: [
        { party: { id: 'person:a' }, cases: 2, roles: ['DEFENDANT', 'PLAINTIFF'] },
        { party: { id: 'person:b' }, cases: 1, roles: [] },
      ],
    });
    const stale = { fresh: false, snapshotRow: null, caseCount: 3 };
    expect(answerRow(stale)).toBe(stale);
  });
});
