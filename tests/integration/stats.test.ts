import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFiles, removeDocument } from '../../src/ingest/load';
import { outcomeStats } from '../../src/repositories/stats';
import { refreshOutcomeStats } from '../../src/repositories/stats-snapshot';
import { generateLitigation, REMOVE_DOCUMENT } from '../support/generate';
import { startHarness, type Harness } from '../support/harness';

// Query.outcomeStats through the real server: exact counts on the Rust seed, the
// same filters as `cases`, one Cypher statement per operation, and percentiles on
// a generated document whose filing-to-disposition gaps are known.

const TIMES = 'cases medianDays minDays maxDays p25Days p75Days approximate';
const GROUP = `key label times { ${TIMES} }`;
const STATS = `query Stats($filter: CaseFilter, $top: Int) {
  outcomeStats(filter: $filter, topParties: $top) {
    caseCount
    outcomeCount
    byKind { key label count }
    byCourt { key label count }
    byJudge { key label count unnamed }
    byCaseKind { key label count }
    byKindAndCaseKind { outcomeKind caseKind count }
    timeToDisposition {
      overall { ${TIMES} }
      byCaseKind { ${GROUP} }
      byCourt { ${GROUP} }
      byJudge { ${GROUP} }
    }
    topParties { cases roles party { __typename id displayName evidence { quote source { id title } } } }
  }
}`;

// Every field, for comparing narrower selections with.
const ALL_TIMES = `${TIMES} minDaysInterval { low high } medianDaysInterval { low high } maxDaysInterval { low high }`;
const ALL_GROUP = `key label unnamed times { ${ALL_TIMES} }`;
const ALL_BUCKET = 'key label unnamed count';
const FULL = `query Full($filter: CaseFilter) {
  outcomeStats(filter: $filter) {
    caseCount outcomeCount
    byKind { ${ALL_BUCKET} } byCourt { ${ALL_BUCKET} } byJudge { ${ALL_BUCKET} }
    byCaseKind { ${ALL_BUCKET} } byNatureOfSuit { ${ALL_BUCKET} }
    byKindAndCaseKind { outcomeKind caseKind count }
    timeToDisposition {
      overall { ${ALL_TIMES} }
      byCaseKind { ${ALL_GROUP} } byCourt { ${ALL_GROUP} } byNatureOfSuit { ${ALL_GROUP} } byJudge { ${ALL_GROUP} }
    }
    topParties { cases roles party { id displayName } }
  }
}`;
// The benchmark's selection (bench/operations.ts).
const BENCH = `query Bench($filter: CaseFilter) {
  outcomeStats(filter: $filter, topParties: 10) {
    caseCount outcomeCount byKind { key count } byCaseKind { key count } topParties { party { id displayName } cases }
  }
}`;

// Each new filter shape is planned once by Neo4j (a second or so for this statement).
jest.setTimeout(60_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function stats(variables: Record<string, unknown> = {}) {
  const res = await h.gql(STATS, variables);
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['outcomeStats'] });
  return res.data.outcomeStats;
}

/** The one root field's answer to `query`, asked in one statement. */
async function statsOf(query: string, filter: Record<string, unknown>) {
  const res = await h.gql(query, { filter });
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['outcomeStats'] });
  return Object.values(res.data as Record<string, any>)[0];
}

const counts = (buckets: { key: string | null; label: string; count: number }[]) =>
  buckets.map((b) => [b.key, b.label, b.count]);

describe('on the Rust seed', () => {
  it('counts outcomes by kind, court, judge and case kind', async () => {
    const s = await stats();
    expect(s.caseCount).toBe(5);
    expect(s.outcomeCount).toBe(5);
    expect(counts(s.byKind)).toEqual([
      ['DISMISSAL', 'DISMISSAL', 2],
      ['CONVICTION', 'CONVICTION', 1],
      ['PAROLE', 'PAROLE', 1],
      ['SENTENCE', 'SENTENCE', 1],
    ]);
    // No source names a court for any Rust case.
    expect(counts(s.byCourt)).toEqual([[null, 'unknown', 5]]);
    expect(counts(s.byJudge)).toEqual([
      [null, 'unknown', 3],
      ['person:casey-fitch', 'Casey Fitch', 1],
      // The trial judge is unnamed: the bucket says so and keeps the article's descriptor.
      ['person:baldwin-trial-judge', 'unnamed: the judge', 1],
    ]);
    expect(s.byJudge.map((b: any) => b.unnamed)).toEqual([false, false, true]);
    expect(counts(s.byCaseKind)).toEqual([
      ['CRIMINAL', 'CRIMINAL', 4],
      ['CIVIL', 'CIVIL', 1],
    ]);
    expect(s.byKindAndCaseKind).toEqual([
      { outcomeKind: 'CONVICTION', caseKind: 'CRIMINAL', count: 1 },
      { outcomeKind: 'DISMISSAL', caseKind: 'CIVIL', count: 1 },
      { outcomeKind: 'DISMISSAL', caseKind: 'CRIMINAL', count: 1 },
      { outcomeKind: 'PAROLE', caseKind: 'CRIMINAL', count: 1 },
      { outcomeKind: 'SENTENCE', caseKind: 'CRIMINAL', count: 1 },
    ]);
  });

  it('gives time to disposition as an interval of days, never below zero', async () => {
    const res = await h.gql(`{ outcomeStats(filter: { kind: [CIVIL] }) { timeToDisposition { overall {
      cases minDays approximate minDaysInterval { low high } medianDaysInterval { low high } maxDaysInterval { low high }
    } } } }`);
    expect(res.errors).toBeUndefined();
    // Filed "in January" (2025-01-01..31) and dismissed "on Wednesday" (2025-01-01), both read
    // against the article's date, which its content contradicts: at most 0 days, and flagged.
    expect(res.data.outcomeStats.timeToDisposition.overall).toEqual({
      cases: 1,
      minDays: 0,
      approximate: true,
      minDaysInterval: { low: 0, high: 0 },
      medianDaysInterval: { low: 0, high: 0 },
      maxDaysInterval: { low: 0, high: 0 },
    });
  });

  it('takes the same filters as `cases`', async () => {
    const criminal = await stats({ filter: { kind: ['CRIMINAL'] } });
    expect(criminal.caseCount).toBe(2);
    expect(criminal.outcomeCount).toBe(4);
    expect(counts(criminal.byKind)).toEqual([
      ['CONVICTION', 'CONVICTION', 1],
      ['DISMISSAL', 'DISMISSAL', 1],
      ['PAROLE', 'PAROLE', 1],
      ['SENTENCE', 'SENTENCE', 1],
    ]);
    expect(counts(criminal.byJudge)).toEqual([
      [null, 'unknown', 3],
      // The trial judge is unnamed: the bucket says so and keeps the article's descriptor.
      ['person:baldwin-trial-judge', 'unnamed: the judge', 1],
    ]);
    expect(criminal.timeToDisposition.overall.cases).toBe(0);

    const baldwin = await stats({ filter: { partyId: 'person:alec-baldwin', role: 'DEFENDANT' } });
    expect(baldwin.caseCount).toBe(3);
    expect(counts(baldwin.byKind)).toEqual([['DISMISSAL', 'DISMISSAL', 1]]);

    const dismissedByText = await stats({ filter: { text: 'Baldwin', outcomeKind: 'DISMISSAL' } });
    expect(dismissedByText.caseCount).toBe(2);
    expect(counts(dismissedByText.byCaseKind)).toEqual([
      ['CIVIL', 'CIVIL', 1],
      ['CRIMINAL', 'CRIMINAL', 1],
    ]);

    const none = await stats({ filter: { judgeId: 'person:nobody' } });
    expect(none).toMatchObject({ caseCount: 0, outcomeCount: 0, byKind: [], topParties: [] });
    expect(none.timeToDisposition).toEqual({
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
      byCourt: [],
      byJudge: [],
    });
  });

  it('times filing to disposition only where both dates are known, flagging derived dates', async () => {
    const s = await stats();
    // Baldwin v. Morrissey: filed "in January" (2025-01, derived from the article's date),
    // dismissed "on Wednesday" (2025-01-01, derived). The other cases have no filing date.
    const zero = {
      cases: 1,
      medianDays: 0,
      minDays: 0,
      maxDays: 0,
      p25Days: 0,
      p75Days: 0,
      approximate: true,
    };
    expect(s.timeToDisposition).toEqual({
      overall: zero,
      byCaseKind: [{ key: 'CIVIL', label: 'CIVIL', times: zero }],
      byCourt: [{ key: null, label: 'unknown', times: zero }],
      byJudge: [{ key: 'person:casey-fitch', label: 'Casey Fitch', times: zero }],
    });
  });

  it('lists the parties in the most cases, with their roles and evidence', async () => {
    const s = await stats({ top: 3 });
    expect(s.topParties.map((t: any) => [t.party.id, t.party.displayName, t.cases, t.roles])).toEqual([
      ['person:alec-baldwin', 'Alec Baldwin', 4, ['PLAINTIFF', 'DEFENDANT']],
      ['person:kari-morrissey', 'Kari Morrissey', 2, ['DEFENDANT', 'COUNSEL']],
      ['person:mary-carmack-altwies', 'Mary Carmack-Altwies', 2, ['DEFENDANT', 'COUNSEL']],
    ]);
    expect(s.topParties[0].party.__typename).toBe('Person');
    expect(s.topParties[0].party.evidence[0].source.id).toBe('source:000_5585b8dd8960c38c');

    expect((await stats()).topParties).toHaveLength(10);
    expect((await stats({ top: 0 })).topParties).toEqual([]);
  });

  it('resolves party evidence sources inside the statement', async () => {
    const model = await outcomeStats(h.executor, {}, 1);
    const [top] = model.topParties;
    expect(top?.party.evidence[0]?.source?.id).toBe('source:000_5585b8dd8960c38c');
    expect(top?.party.evidence[0]?.source?.title).toMatch(/Alec Baldwin/);
  });

  it('refuses topParties outside 0..100 before querying', async () => {
    for (const top of [101, -1]) {
      const res = await h.gql(STATS, { top });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'topParties' });
      expect(res.extensions?.cypher?.roundTrips).toBe(0);
    }
  });
});

// A generated document with known gaps (days from filing to disposition):
//   g0 10, g1 20 (court A, closing dates only), g8 5 (court A, undated settlement
//   by the judge, so the closing date counts), g2 30 (court B, conviction by the
//   judge; an earlier sentence and a later closing date are ignored), g3 40 (court B,
//   dismissal by the judge on a derived date), g4 100 (no court), g6 14 (no court,
//   filed in a month). Not timed: g5 (no filing date), g7 (pending).
const DOC = 'statsgen';
const SOURCE = `source:${DOC}`;
const COURT_A = `court:${DOC}-a`;
const COURT_B = `court:${DOC}-b`;
const JUDGE = `person:${DOC}-judge`;
const INCIDENT = `incident:${DOC}`;

function statsDocument(): string {
  const dir = mkdtempSync(join(tmpdir(), `${DOC}-`));
  mkdirSync(join(dir, 'sources'));
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    return [{ source: SOURCE, quote: line }];
  };
  const outcome = (n: number, kind: string, date: Record<string, string> | null, judge: boolean) => ({
    id: `outcome:${DOC}-${n}-${kind.toLowerCase()}`,
    kind,
    ...(date ? { date } : {}),
    ...(judge ? { decidedBy: JUDGE } : {}),
    evidence: say(`Case ${n} ended in a ${kind.toLowerCase()}.`),
  });
  const spec: {
    kind: string;
    status: string;
    court?: string;
    filed?: Record<string, string>;
    closed?: string;
    outcomes?: unknown[];
  }[] = [
    { kind: 'CIVIL', status: 'CLOSED', court: COURT_A, filed: { value: '2020-01-01' }, closed: '2020-01-11' },
    { kind: 'CIVIL', status: 'CLOSED', court: COURT_A, filed: { value: '2020-01-01' }, closed: '2020-01-21' },
    {
      kind: 'CRIMINAL',
      status: 'DECIDED',
      court: COURT_B,
      filed: { value: '2020-01-01' },
      closed: '2020-06-01',
      outcomes: [
        outcome(2, 'SENTENCE', { value: '2020-01-05' }, false),
        outcome(2, 'CONVICTION', { value: '2020-01-31' }, true),
      ],
    },
    {
      kind: 'CRIMINAL',
      status: 'DISMISSED',
      court: COURT_B,
      filed: { value: '2020-01-01' },
      outcomes: [
        outcome(
          3,
          'DISMISSAL',
          { value: '2020-02-10', wording: 'ten days into February', derivation: 'counted from 1 February' },
          true,
        ),
      ],
    },
    { kind: 'CIVIL', status: 'CLOSED', filed: { value: '2020-01-01' }, closed: '2020-04-10' },
    { kind: 'CIVIL', status: 'CLOSED', closed: '2020-02-01' },
    { kind: 'CIVIL', status: 'CLOSED', filed: { value: '2020-03' }, closed: '2020-03-15' },
    { kind: 'CIVIL', status: 'PENDING', court: COURT_A, filed: { value: '2020-05-01' } },
    {
      kind: 'CIVIL',
      status: 'SETTLED',
      court: COURT_A,
      filed: { value: '2020-01-01' },
      closed: '2020-01-06',
      outcomes: [outcome(8, 'SETTLEMENT', null, true)],
    },
  ];
  const cases = spec.map((c, n) => ({
    id: `case:${DOC}-g${n}`,
    caption: `Statsgen case ${n}`,
    captionKind: 'DESCRIPTIVE',
    kind: c.kind,
    status: c.status,
    ...(c.court ? { court: c.court } : {}),
    ...(c.filed ? { filed: c.filed } : {}),
    ...(c.closed ? { closed: { value: c.closed } } : {}),
    incident: { id: INCIDENT, evidence: say(`Case ${n} arises from the statsgen incident.`) },
    parties: [
      {
        party: `organization:${DOC}-corp`,
        role: 'PLAINTIFF',
        evidence: say(`Statsgen Corp sued in case ${n}.`),
      },
    ],
    ...([2, 3].includes(n)
      ? { judges: [{ judge: JUDGE, evidence: say(`The Statsgen judge sat on case ${n}.`) }] }
      : {}),
    ...(c.outcomes ? { outcomes: c.outcomes } : {}),
    evidence: say(`Statsgen case ${n} exists.`),
  }));
  const file = join(dir, `${DOC}.json`);
  const document = {
    format: 'litigation-graph',
    formatVersion: 1,
    document: { id: DOC, title: 'Generated outcome statistics' },
    sources: [{ id: SOURCE, kind: 'OTHER', title: 'Statsgen', identifier: DOC, file: `sources/${DOC}.txt` }],
    parties: [
      { id: JUDGE, kind: 'PERSON', name: 'Statsgen Judge', evidence: say('Statsgen Judge is a judge.') },
      {
        id: `organization:${DOC}-corp`,
        kind: 'ORGANIZATION',
        name: 'Statsgen Corp',
        evidence: say('Statsgen Corp.'),
      },
    ],
    courts: [
      { id: COURT_A, name: 'Statsgen District Court', evidence: say('The Statsgen District Court.') },
      { id: COURT_B, name: 'Statsgen Appeals Court', evidence: say('The Statsgen Appeals Court.') },
    ],
    incidents: [
      {
        id: INCIDENT,
        name: 'Statsgen incident',
        description: 'A generated incident.',
        evidence: say('The statsgen incident happened.'),
      },
    ],
    cases,
  };
  writeFileSync(join(dir, 'sources', `${DOC}.txt`), lines.join('\n'));
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('on generated cases with known gaps', () => {
  beforeAll(async () => {
    await loadFiles(h.executor, [statsDocument()]);
  });
  afterAll(async () => {
    await h.executor.write(REMOVE_DOCUMENT, { doc: DOC });
  });

  const times = (
    cases: number,
    medianDays: number,
    minDays: number,
    maxDays: number,
    p25Days: number,
    p75Days: number,
    approximate: boolean,
  ) => ({ cases, medianDays, minDays, maxDays, p25Days, p75Days, approximate });

  it('gives the median and quartiles of the gaps, overall and by group', async () => {
    const s = await stats({ filter: { incidentId: INCIDENT } });
    expect(s.caseCount).toBe(9);
    expect(s.outcomeCount).toBe(4);
    // Timed: 5, 10, 14, 20, 30, 40, 100.
    expect(s.timeToDisposition.overall).toEqual(times(7, 20, 5, 100, 12, 35, true));
    expect(s.timeToDisposition.byCaseKind).toEqual([
      { key: 'CIVIL', label: 'CIVIL', times: times(5, 14, 5, 100, 10, 20, true) },
      { key: 'CRIMINAL', label: 'CRIMINAL', times: times(2, 35, 30, 40, 32.5, 37.5, true) },
    ]);
    expect(s.timeToDisposition.byCourt).toEqual([
      { key: COURT_A, label: 'Statsgen District Court', times: times(3, 10, 5, 20, 7.5, 15, false) },
      { key: COURT_B, label: 'Statsgen Appeals Court', times: times(2, 35, 30, 40, 32.5, 37.5, true) },
      { key: null, label: 'unknown', times: times(2, 57, 14, 100, 35.5, 78.5, true) },
    ]);
    expect(s.timeToDisposition.byJudge).toEqual([
      { key: null, label: 'unknown', times: times(4, 17, 10, 100, 13, 40, true) },
      { key: JUDGE, label: 'Statsgen Judge', times: times(3, 30, 5, 40, 17.5, 35, true) },
    ]);
  });

  it('counts the generated outcomes by court and judge', async () => {
    const s = await stats({ filter: { incidentId: INCIDENT } });
    expect(counts(s.byKind)).toEqual([
      ['CONVICTION', 'CONVICTION', 1],
      ['DISMISSAL', 'DISMISSAL', 1],
      ['SENTENCE', 'SENTENCE', 1],
      ['SETTLEMENT', 'SETTLEMENT', 1],
    ]);
    expect(counts(s.byCourt)).toEqual([
      [COURT_B, 'Statsgen Appeals Court', 3],
      [COURT_A, 'Statsgen District Court', 1],
    ]);
    expect(counts(s.byJudge)).toEqual([
      [JUDGE, 'Statsgen Judge', 3],
      [null, 'unknown', 1],
    ]);
    expect(s.topParties.map((t: any) => [t.party.displayName, t.cases, t.roles])).toEqual([
      ['Statsgen Corp', 9, ['PLAINTIFF']],
      ['Statsgen Judge', 2, ['JUDGE']],
    ]);
  });

  // Only the selected statistics are computed: each narrow selection answers
  // exactly what the full selection answers for the same fields.
  it.each([
    ['no filter', {}],
    ['the generated incident', { incidentId: INCIDENT }],
    ['a party', { partyId: `organization:${DOC}-corp`, role: 'PLAINTIFF' }],
    ['criminal cases', { kind: ['CRIMINAL'] }],
  ])('answers a narrow selection as the full one: %s', async (_name, filter) => {
    const full = await statsOf(FULL, filter);
    const narrow = async (query: string) => statsOf(query, filter);

    expect(await narrow(BENCH)).toEqual({
      caseCount: full.caseCount,
      outcomeCount: full.outcomeCount,
      byKind: full.byKind.map(({ key, count }: any) => ({ key, count })),
      byCaseKind: full.byCaseKind.map(({ key, count }: any) => ({ key, count })),
      topParties: full.topParties.map(({ party, cases }: any) => ({
        party: { id: party.id, displayName: party.displayName },
        cases,
      })),
    });
    expect(
      await narrow('query Q($filter: CaseFilter) { outcomeStats(filter: $filter) { outcomeCount } }'),
    ).toEqual({ outcomeCount: full.outcomeCount });
    expect(
      await narrow('query Q($filter: CaseFilter) { outcomeStats(filter: $filter) { caseCount } }'),
    ).toEqual({
      caseCount: full.caseCount,
    });
    // Through fragments, inline fragments and aliases.
    const viaFragments = await narrow(`query Q($filter: CaseFilter) {
      outcomeStats(filter: $filter, topParties: 3) { ...Picked }
    }
    fragment Picked on OutcomeStats {
      cases: caseCount
      ... on OutcomeStats { judges: byJudge { key label unnamed count } byKindAndCaseKind { outcomeKind caseKind count } }
      timeToDisposition { ...Times }
      top: topParties { roles cases party { id } }
    }
    fragment Times on TimeToDisposition {
      overall { ${ALL_TIMES} }
      courts: byCourt { ${ALL_GROUP} }
    }`);
    expect(viaFragments).toEqual({
      cases: full.caseCount,
      judges: full.byJudge,
      byKindAndCaseKind: full.byKindAndCaseKind,
      timeToDisposition: { overall: full.timeToDisposition.overall, courts: full.timeToDisposition.byCourt },
      top: full.topParties
        .slice(0, 3)
        .map(({ roles, cases, party }: any) => ({ roles, cases, party: { id: party.id } })),
    });
    const times = await narrow(`query Q($filter: CaseFilter) { outcomeStats(filter: $filter, topParties: 0) {
      byNatureOfSuit { key label unnamed count } topParties { cases }
      timeToDisposition { byNatureOfSuit { ${ALL_GROUP} } byJudge { ${ALL_GROUP} } byCaseKind { ${ALL_GROUP} } }
    } }`);
    expect(times).toEqual({
      byNatureOfSuit: full.byNatureOfSuit,
      topParties: [],
      timeToDisposition: {
        byNatureOfSuit: full.timeToDisposition.byNatureOfSuit,
        byJudge: full.timeToDisposition.byJudge,
        byCaseKind: full.timeToDisposition.byCaseKind,
      },
    });
  });

  it('applies the filter before timing', async () => {
    const court = await stats({ filter: { courtId: COURT_A } });
    expect(court.caseCount).toBe(4);
    expect(court.timeToDisposition.overall).toEqual(times(3, 10, 5, 20, 7.5, 15, false));

    // Filed on or after 2020-02-01: g6 (2020-03, timed) and g7 (pending, not timed).
    const late = await stats({ filter: { incidentId: INCIDENT, filedFrom: '2020-02-01' } });
    expect(late.caseCount).toBe(2);
    expect(late.timeToDisposition.overall).toEqual(times(1, 14, 14, 14, 14, 14, true));
  });
});

describe('the whole graph, from its precomputed statistics', () => {
  const VERSION = `// graphVersion
MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version`;
  const SNAPSHOT = `// statsSnapshot
MATCH (s:StatsSnapshot {id: 'outcomeStats'}) RETURN s.version AS version, s.row AS row`;
  /** What answering directly gives: the snapshot no longer the graph's (a version with no change). */
  const staleSnapshot = () =>
    h.executor.write(`// raiseGraphVersion
MATCH (v:GraphVersion {id: 'graph'}) SET v.version = v.version + 1`);
  const SELECTIONS: [string, string][] = [
    ['every field', FULL],
    ['the benchmark’s', BENCH],
    [
      'the top 1 and the top 100, aliased',
      `query Q($filter: CaseFilter) {
        one: outcomeStats(filter: $filter, topParties: 1) { topParties { cases roles party { id displayName } } }
      }`,
    ],
    [
      'no top parties',
      `query Q($filter: CaseFilter) { outcomeStats(filter: $filter, topParties: 0) { caseCount topParties { cases } } }`,
    ],
    [
      'all 100 top parties with their evidence',
      `query Q($filter: CaseFilter) { outcomeStats(filter: $filter, topParties: 100) {
        topParties { cases roles party { id displayName evidence { quote source { id } } } }
      } }`,
    ],
  ];

  afterAll(staleSnapshot);

  it('answers every selection as the direct computation does, in one statement', async () => {
    await staleSnapshot();
    const direct = new Map<string, unknown>();
    for (const [name, query] of SELECTIONS) direct.set(name, await statsOf(query, {}));
    const refresh = await refreshOutcomeStats(h.executor);
    expect(refresh.refreshed).toBe(true);
    const [version] = await h.executor.read(VERSION);
    expect((await h.executor.read(SNAPSHOT))[0]?.version).toBe(version?.version);
    for (const [name, query] of SELECTIONS)
      expect([name, await statsOf(query, {})]).toEqual([name, direct.get(name)]);
    // Nothing changed since: a second refresh has nothing to do.
    expect((await refreshOutcomeStats(h.executor)).refreshed).toBe(false);
  });

  it('reads the snapshot while it is the graph’s, and never once a load has changed the graph', async () => {
    await refreshOutcomeStats(h.executor);
    const before = await statsOf(BENCH, {});
    // A snapshot altered by hand shows that the answer is the snapshot's…
    await h.executor.write(`// alterSnapshot
MATCH (s:StatsSnapshot {id: 'outcomeStats'})
SET s.row = replace(s.row, '"caseCount":${before.caseCount}', '"caseCount":-1')`);
    expect((await statsOf(BENCH, {})).caseCount).toBe(-1);
    // …and a load makes it stale at once: the answer counts the new cases.
    const added = generateLitigation({ docId: 'stats-snapshot-load', cases: 9, partiesPerCase: 2 });
    await loadFiles(h.executor, [added.file]);
    try {
      const after = await statsOf(BENCH, {});
      expect(after.caseCount).toBe(before.caseCount + 9);
      await refreshOutcomeStats(h.executor);
      expect(await statsOf(BENCH, {})).toEqual(after);
    } finally {
      await removeDocument(h.executor, 'stats-snapshot-load');
    }
    // The removal made it stale again: the answer is the one before the load.
    expect(await statsOf(BENCH, {})).toEqual(before);
  });

  it('a filter is always counted directly, whatever the snapshot holds', async () => {
    await refreshOutcomeStats(h.executor);
    const res = await h.gql('query Q($filter: CaseFilter) { outcomeStats(filter: $filter) { caseCount } }', {
      filter: { kind: ['CRIMINAL'] },
    });
    const [row] = await h.executor.read(`// criminalCases
MATCH (c:Case {kind: 'CRIMINAL'}) RETURN count(c) AS n`);
    expect(res.data.outcomeStats.caseCount).toBe(row?.n);
  });
});
