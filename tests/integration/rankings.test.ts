import { join } from 'node:path';
import { docketFiles, importDockets, type ImportSummary } from '../../src/dockets/import';
import { removeDocument } from '../../src/ingest/load';
import { startHarness, type Harness } from '../support/harness';
import { rawGql } from '../support/raw-gql';

// Query.rankings and Query.caseFacets through the real server, over the seed and the
// sample PACER dockets (tests/fixtures/dockets): who appears in the most cases, in
// which roles, paged without gaps or repeats, over the same filters as `cases`, each
// answer checked against counts read straight from the graph; and the facets of a
// case list, each counted without its own condition.

const FIXTURES = join(__dirname, '../fixtures/dockets');
const SUBJECTS = ['PARTY', 'LAWYER', 'FIRM', 'JUDGE', 'COURT'] as const;
type Subject = (typeof SUBJECTS)[number];

let h: Harness;
let imported: ImportSummary;
beforeAll(async () => {
  h = await startHarness();
  imported = await importDockets(h.executor, docketFiles([FIXTURES]));
}, 300_000);
afterAll(async () => {
  for (const doc of imported.documents) await removeDocument(h.executor, doc);
  await h.close();
});

const RANK = `query Rank($subject: RankingSubject!, $filter: CaseFilter, $first: Int, $after: String) {
  rankings(subject: $subject, filter: $filter, first: $first, after: $after) {
    subject caseCount totalCount
    edges { cursor node { position id name cases roles { role cases } party { id displayName } court { id name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Entry {
  position: number;
  id: string;
  name: string;
  cases: number;
  roles: { role: string; cases: number }[];
  party: { id: string; displayName: string } | null;
  court: { id: string; name: string } | null;
}
interface Ranking {
  subject: Subject;
  caseCount: number;
  totalCount: number;
  edges: { cursor: string; node: Entry }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

async function rank(variables: Record<string, unknown>): Promise<Ranking> {
  const res = await h.gql(RANK, variables);
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['rankings'] });
  return res.data.rankings as Ranking;
}

/** Every page of a ranking, `size` at a time, following `endCursor`. */
async function allPages(
  subject: Subject,
  size: number,
  filter?: Record<string, unknown>,
): Promise<Ranking[]> {
  const pages: Ranking[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await rank({ subject, filter, first: size, after });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

/**
 * The counts a ranking must give, read straight from the graph with the simplest
 * Cypher: each entity's distinct cases among `caseIds` through the subject's links.
 */
const TRUTH: Record<Subject, string> = {
  PARTY:
    'MATCH (x:Party)-[:PARTY_TO]->(c:Case) WHERE c.id IN $caseIds RETURN x.id AS id, x.displayName AS name, count(DISTINCT c) AS n',
  LAWYER:
    'MATCH (x:Party)-[:COUNSEL_IN]->(c:Case) WHERE c.id IN $caseIds RETURN x.id AS id, x.displayName AS name, count(DISTINCT c) AS n',
  FIRM: 'MATCH (:Party)-[r:COUNSEL_IN]->(c:Case) WHERE c.id IN $caseIds MATCH (x:Party {id: r.firmId}) RETURN x.id AS id, x.displayName AS name, count(DISTINCT c) AS n',
  JUDGE:
    'MATCH (x:Party)-[:JUDGE_IN]->(c:Case) WHERE c.id IN $caseIds RETURN x.id AS id, x.displayName AS name, count(DISTINCT c) AS n',
  COURT:
    'MATCH (c:Case)-[:IN_COURT]->(x:Court) WHERE c.id IN $caseIds RETURN x.id AS id, x.name AS name, count(DISTINCT c) AS n',
};

async function caseIds(filter?: Record<string, unknown>): Promise<string[]> {
  const res = await h.gql(
    `query Ids($filter: CaseFilter) { cases(filter: $filter, first: 100) { totalCount edges { node { id } } } }`,
    { filter },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.cases.totalCount).toBeLessThanOrEqual(100);
  return res.data.cases.edges.map((e: { node: { id: string } }) => e.node.id);
}

/**
 * The expected ranking: most cases first, then by the lower-cased name, then by id
 * (code-point order, as Cypher sorts; the sample names are ASCII, so lower-casing agrees).
 */
async function expected(subject: Subject, filter?: Record<string, unknown>) {
  const rows = await h.executor.read(`// rankingsTruth\n${TRUTH[subject]}`, {
    caseIds: await caseIds(filter),
  });
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .map((r) => ({ id: r.id as string, name: (r.name as string) ?? '', cases: r.n as number }))
    .sort((a, b) => b.cases - a.cases || cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.id, b.id));
}

const summary = (r: Ranking) => r.edges.map((e) => [e.node.id, e.node.cases]);

describe('rankings', () => {
  it('ranks courts: D. Massachusetts holds two of the sample dockets, every other court one', async () => {
    const courts = await rank({ subject: 'COURT', first: 3 });
    expect(courts.subject).toBe('COURT');
    expect(courts.caseCount).toBe((await caseIds()).length);
    expect(courts.edges.map((e) => e.node)).toEqual([
      {
        position: 1,
        id: 'court:mad',
        name: 'District Court, D. Massachusetts',
        cases: 2,
        roles: [],
        party: null,
        court: { id: 'court:mad', name: 'District Court, D. Massachusetts' },
      },
      // Ties in name order.
      expect.objectContaining({
        position: 2,
        id: 'court:cadc',
        name: 'Court of Appeals for the D.C. Circuit',
        cases: 1,
      }),
      expect.objectContaining({
        position: 3,
        id: 'court:ca1',
        name: 'Court of Appeals for the First Circuit',
        cases: 1,
      }),
    ]);
    expect(courts.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('ranks parties by their own roles: the United States first, then Alec Baldwin', async () => {
    const parties = await rank({ subject: 'PARTY', first: 2 });
    expect(parties.edges.map((e) => e.node)).toEqual([
      {
        position: 1,
        id: 'organization:united-states-of-america',
        name: 'United States of America',
        cases: 5,
        // Most cases first, then in the order of PartyRole.
        roles: [
          { role: 'PLAINTIFF', cases: 3 },
          { role: 'RESPONDENT', cases: 1 },
          { role: 'APPELLEE', cases: 1 },
        ],
        party: { id: 'organization:united-states-of-america', displayName: 'United States of America' },
        court: null,
      },
      {
        position: 2,
        id: 'person:alec-baldwin',
        name: 'Alec Baldwin',
        cases: 4,
        roles: [
          { role: 'DEFENDANT', cases: 3 },
          { role: 'PLAINTIFF', cases: 1 },
        ],
        party: { id: 'person:alec-baldwin', displayName: 'Alec Baldwin' },
        court: null,
      },
    ]);
  });

  it("gives a lawyer's and a firm's cases by the role of the client they represent", async () => {
    const lawyers = await rank({ subject: 'LAWYER', filter: { court: 'mad' }, first: 100 });
    const rows = await h.executor.read(
      `// rankingsClientRoles
MATCH (l:Party)-[r:COUNSEL_IN]->(c:Case)-[:IN_COURT]->(:Court {id: 'court:mad'})
MATCH (:Party {id: r.clientId})-[pr:PARTY_TO]->(c)
RETURN l.id AS lawyer, r.firmId AS firm, collect(DISTINCT pr.role) AS roles`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const entry = lawyers.edges.find((e) => e.node.id === row.lawyer)?.node;
      expect(entry?.roles.map((r) => r.role).sort()).toEqual([...(row.roles as string[])].sort());
    }
    // The prosecutors of a criminal docket act for the United States, the plaintiff.
    const prosecution = await rank({ subject: 'LAWYER', filter: { court: 'dcd' }, first: 100 });
    expect(
      prosecution.edges.find((e) => e.node.id === 'person:attorney-andrew-weissmann.a55986ff--aaw-usdoj-gov')
        ?.node.roles,
    ).toEqual([{ role: 'PLAINTIFF', cases: 1 }]);
    const firms = await rank({ subject: 'FIRM', filter: { court: 'mad' }, first: 100 });
    for (const row of rows.filter((r) => r.firm)) {
      const entry = firms.edges.find((e) => e.node.id === row.firm)?.node;
      expect(entry?.roles.map((r) => r.role)).toEqual(expect.arrayContaining(row.roles as string[]));
    }
  });

  it.each(SUBJECTS)(
    '%s: every entity with its count, in order, paged after a cursor without gaps or repeats',
    async (subject) => {
      const truth = await expected(subject);
      const whole = await rank({ subject, first: 100 });
      expect(whole.totalCount).toBe(truth.length);
      expect(whole.edges.length).toBe(truth.length);
      expect(whole.edges.map((e) => ({ id: e.node.id, name: e.node.name, cases: e.node.cases }))).toEqual(
        truth,
      );
      expect(whole.edges.map((e) => e.node.position)).toEqual(truth.map((_, i) => i + 1));
      for (const { node } of whole.edges) {
        expect(node.party?.id ?? node.court?.id).toBe(node.id);
        // A case counts once per role, so the roles never count more cases than the entity has.
        for (const r of node.roles) expect(r.cases).toBeLessThanOrEqual(node.cases);
      }
      const pages = await allPages(subject, 7);
      expect(pages.length).toBe(Math.ceil(truth.length / 7));
      expect(pages.flatMap(summary)).toEqual(summary(whole));
      expect(pages.flatMap((p) => p.edges.map((e) => e.node.position))).toEqual(truth.map((_, i) => i + 1));
      expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(pages.map((_, i) => i > 0));
      for (const p of pages) expect(p.totalCount).toBe(truth.length);
      // A page's cursors continue where the whole list does.
      const third = whole.edges[2]!;
      const next = await rank({ subject, first: 3, after: third.cursor });
      expect(summary(next)).toEqual(summary(whole).slice(3, 6));
    },
  );

  it('counts over the filtered cases only, the same filter as `cases`', async () => {
    for (const filter of [
      { kind: ['CRIMINAL'] },
      { court: 'mad' },
      { status: ['PENDING'], kind: ['CIVIL'] },
    ]) {
      const ids = await caseIds(filter);
      for (const subject of SUBJECTS) {
        const truth = await expected(subject, filter);
        const got = await rank({ subject, filter, first: 100 });
        expect(got.caseCount).toBe(ids.length);
        expect(got.edges.map((e) => ({ id: e.node.id, name: e.node.name, cases: e.node.cases }))).toEqual(
          truth,
        );
      }
    }
    const judges = await rank({ subject: 'JUDGE', filter: { court: 'mad' } });
    expect(judges.caseCount).toBe(2);
    const none = await rank({ subject: 'COURT', filter: { text: 'zzzqqq-no-such-words' } });
    expect(none).toMatchObject({ caseCount: 0, totalCount: 0, edges: [] });
    expect(none.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('answers a ranked party and court as every other route does', async () => {
    const PARTY =
      'id displayName name evidence { quote source { id } } counselAppearances { case { id } } cases(first: 5) { totalCount edges { node { id } roles } }';
    const COURT =
      'id name jurisdiction evidence { quote locator source { id } } cases(first: 5) { totalCount edges { node { id } } } judges { id }';
    // Nested pages and lists of the entities are loaded one level at a time (rawGql allows it).
    const res = await rawGql(
      h,
      `query Same {
        firms: rankings(subject: FIRM, first: 3) { edges { node { party { ${PARTY} } } } }
        courts: rankings(subject: COURT, first: 3) { edges { node { court { ${COURT} } } } }
      }`,
    );
    expect(res.errors).toBeUndefined();
    for (const { node } of res.data.firms.edges) {
      const direct = await rawGql(h, `query P($id: ID!) { party(id: $id) { ${PARTY} } }`, {
        id: node.party.id,
      });
      expect(node.party).toEqual(direct.data.party);
    }
    for (const { node } of res.data.courts.edges) {
      const direct = await rawGql(h, `query C($id: ID!) { node(id: $id) { ... on Court { ${COURT} } } }`, {
        id: node.court.id,
      });
      expect(node.court).toEqual(direct.data.node);
    }
    expect(res.data.courts.edges[0].node.court.evidence.length).toBeGreaterThan(0);
  });

  it('refuses a bad page size or cursor, naming the argument', async () => {
    for (const [variables, argument] of [
      [{ subject: 'PARTY', first: 101 }, 'first'],
      [{ subject: 'PARTY', first: -1 }, 'first'],
      [{ subject: 'PARTY', after: 'not-a-cursor' }, 'after'],
    ] as const) {
      const res = await h.gql(RANK, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    // A cursor of another subject, or of another list, is refused by the resolver.
    const judges = await rank({ subject: 'JUDGE', first: 1 });
    const cases = await h.gql('{ cases(first: 1) { pageInfo { endCursor } } }');
    for (const after of [judges.pageInfo.endCursor, cases.data.cases.pageInfo.endCursor]) {
      const res = await h.gql(RANK, { subject: 'LAWYER', after });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
    // A page of 100 with a selection of each entity is allowed.
    const big = await h.gql(
      '{ rankings(subject: LAWYER, first: 100) { edges { node { party { id displayName counselAppearances { id } } roles { role cases } } } } }',
    );
    expect(big.errors).toBeUndefined();
  });
});

const FACETS = `query Facets($filter: CaseFilter, $limit: Int) {
  caseFacets(filter: $filter, limit: $limit) {
    total
    kind { value label cases }
    status { value label cases }
    court { value label cases }
    natureOfSuit { value label cases }
    filedYear { value label cases }
  }
}`;

interface FacetValue {
  value: string | null;
  label: string;
  cases: number;
}
type Facets = Record<'kind' | 'status' | 'court' | 'natureOfSuit' | 'filedYear', FacetValue[]> & {
  total: number;
};

async function facets(variables: Record<string, unknown> = {}): Promise<Facets> {
  const res = await h.gql(FACETS, variables);
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['caseFacets'] });
  return res.data.caseFacets as Facets;
}

const sum = (values: FacetValue[]) => values.reduce((n, v) => n + v.cases, 0);
const byValue = (values: FacetValue[]) => Object.fromEntries(values.map((v) => [v.value ?? 'null', v.cases]));

describe('caseFacets', () => {
  it('counts every case by each field; each facet adds up to the total', async () => {
    const all = await facets();
    expect(all.total).toBe((await caseIds()).length);
    for (const key of ['kind', 'status', 'court', 'natureOfSuit', 'filedYear'] as const) {
      // No sample case is in two courts or has two natures of suit.
      expect(sum(all[key])).toBe(all.total);
    }
    expect(byValue(all.kind)).toEqual({ CIVIL: 16, CRIMINAL: 6, APPEAL: 4 });
    expect(all.court[0]).toEqual({ value: null, label: 'unknown', cases: 5 });
    expect(all.court[1]).toEqual({ value: 'court:mad', label: 'District Court, D. Massachusetts', cases: 2 });
    // Most cases first, then by label; years newest first, undated last.
    for (const key of ['kind', 'status', 'court', 'natureOfSuit'] as const) {
      const values = all[key];
      for (let i = 1; i < values.length; i++) {
        const [a, b] = [values[i - 1]!, values[i]!];
        expect(a.cases > b.cases || (a.cases === b.cases && a.label <= b.label)).toBe(true);
      }
    }
    const years = all.filedYear.map((v) => v.value);
    expect(years[years.length - 1]).toBeNull();
    expect(years.slice(0, -1)).toEqual([...years.slice(0, -1)].sort().reverse());
    expect(all.natureOfSuit).toContainEqual({
      value: '442 Civil Rights: Jobs',
      label: '442 Civil Rights: Jobs',
      cases: 2,
    });
  });

  it('counts each facet without its own condition (drill-sideways)', async () => {
    const all = await facets();
    const criminal = await facets({ filter: { kind: ['CRIMINAL'] } });
    expect(criminal.total).toBe(6);
    // The kind facet ignores `kind`: what choosing another kind would give.
    expect(criminal.kind).toEqual(all.kind);
    for (const key of ['status', 'court', 'natureOfSuit', 'filedYear'] as const) {
      expect(sum(criminal[key])).toBe(6);
    }
    const mad = await facets({ filter: { court: 'mad', kind: ['CIVIL'] } });
    const madIds = await caseIds({ court: 'mad', kind: ['CIVIL'] });
    expect(mad.total).toBe(madIds.length);
    // The court facet keeps `kind` and drops the court: the civil cases of every court.
    expect(sum(mad.court)).toBe(all.kind.find((v) => v.value === 'CIVIL')!.cases);
    expect(byValue(mad.court)['court:mad']).toBe(mad.total);
    // The kind facet keeps the court: the cases of D. Massachusetts by kind.
    expect(sum(mad.kind)).toBe((await caseIds({ court: 'mad' })).length);
    // Each value of a facet is what the filter with that value selects.
    for (const v of criminal.status) {
      expect(v.cases).toBe((await caseIds({ kind: ['CRIMINAL'], status: [v.value] })).length);
    }
    const since2019 = await facets({ filter: { filedFrom: '2019-01-01', kind: ['CIVIL'] } });
    expect(sum(since2019.filedYear)).toBe(16);
    expect(sum(since2019.kind)).toBe((await caseIds({ filedFrom: '2019-01-01' })).length);
  });

  it('lists at most `limit` values per facet, and refuses a limit out of 1..200', async () => {
    const one = await facets({ limit: 1 });
    expect(one.kind).toEqual([{ value: 'CIVIL', label: 'CIVIL', cases: 16 }]);
    expect(one.filedYear).toHaveLength(1);
    for (const limit of [0, 201]) {
      const res = await h.gql(FACETS, { limit });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
    }
  });
});
