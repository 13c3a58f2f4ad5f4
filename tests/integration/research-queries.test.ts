import { loadFiles } from '../../src/ingest/load';
import { DEFAULT_MAX_COST } from '../../src/server/limits';
import { REMOVE_DOCUMENT } from '../support/generate';
import { generateRichLitigation } from '../support/generate-rich';
import { startHarness, type Harness } from '../support/harness';
import { researchQueries } from '../support/research-queries';

// Questions researchers ask, deep and wide with evidence, run under the default
// limits (no cost budget raised) on the seed and on a generated graph whose hubs
// sit in dozens of cases; each answers in one round trip and agrees with the graph
// counted directly. Nested pages of pages are still refused before any Cypher.

const WORLD = 'research-queries-world';

interface Ids {
  partyId: string;
  incidentId: string;
  caseId: string;
}

/** Counts straight from the graph: parties, events and outcomes of each case. */
async function caseCounts(
  h: Harness,
): Promise<Map<string, { parties: number; events: number; outcomes: number }>> {
  const rows = await h.executor.read(`// researchCaseCounts
MATCH (c:Case)
RETURN c.id AS id, COUNT { (:Party)-[:PARTY_TO]->(c) } AS parties, COUNT { (c)-[:HAS_EVENT]->() } AS events,
  COUNT { (c)-[:HAS_OUTCOME]->() } AS outcomes`);
  return new Map(
    rows.map((r) => [
      String(r.id),
      { parties: Number(r.parties), events: Number(r.events), outcomes: Number(r.outcomes) },
    ]),
  );
}

async function casesOfParty(h: Harness, id: string): Promise<number> {
  const [row] = await h.executor.read(
    `// researchCasesOfParty
MATCH (:Party {id: $id})-[:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case) RETURN count(DISTINCT c) AS n`,
    { id },
  );
  return Number(row?.n);
}

function checkAnswers(name: string, h: () => Harness, ids: () => Ids): void {
  describe(`research queries on ${name}, under the default cost limit (${DEFAULT_MAX_COST})`, () => {
    it.each(researchQueries({ partyId: 'p', incidentId: 'i', caseId: 'c' }).map((q) => [q.name]))(
      '%s answers without errors',
      async (queryName) => {
        const q = researchQueries(ids()).find((r) => r.name === queryName)!;
        const res = await h().gql(q.query, q.variables);
        expect(res.errors).toBeUndefined();
        expect(res.extensions?.cypher?.roundTrips).toBe(1);
      },
    );

    it('the docket sheet gives every case with all its parties and events, as the graph counts them', async () => {
      const [sheet] = researchQueries(ids());
      const res = await h().gql(sheet!.query);
      const counts = await caseCounts(h());
      expect(res.data.cases.totalCount).toBe(counts.size);
      expect(res.data.cases.edges).toHaveLength(Math.min(100, counts.size));
      for (const { node } of res.data.cases.edges) {
        const expected = counts.get(node.id)!;
        expect([node.id, node.parties.totalCount]).toEqual([node.id, expected.parties]);
        expect(node.parties.edges).toHaveLength(Math.min(100, expected.parties));
        expect(node.events.totalCount).toBe(expected.events);
        expect(node.outcomes).toHaveLength(expected.outcomes);
        expect(node.evidence.length).toBeGreaterThan(0);
        for (const { node: cp } of node.parties.edges) expect(cp.evidence.length).toBeGreaterThan(0);
      }
    });

    it("the party page lists the party's cases, each with its parties", async () => {
      const page = researchQueries(ids()).find((q) => q.name.startsWith('party page'))!;
      const res = await h().gql(page.query, page.variables);
      const party = res.data.party;
      expect(party.id).toBe(ids().partyId);
      expect(party.cases.totalCount).toBe(await casesOfParty(h(), ids().partyId));
      const counts = await caseCounts(h());
      for (const { node } of party.cases.edges)
        expect(node.parties.totalCount).toBe(counts.get(node.id)!.parties);
    });
  });
}

describe('the seed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());
  checkAnswers(
    'the seed',
    () => h,
    () => ({
      partyId: 'person:alec-baldwin',
      incidentId: 'incident:rust-shooting',
      caseId: 'case:baldwin-criminal',
    }),
  );

  it('the cases that arose from the shooting are those the graph links to it, directly or through related cases', async () => {
    const q = researchQueries({ partyId: '', incidentId: 'incident:rust-shooting', caseId: '' }).find((r) =>
      r.name.startsWith('cases that arose'),
    )!;
    const res = await h.gql(q.query, q.variables);
    const ids = res.data.node.cases.map((c: { id: string }) => c.id).sort();
    expect(ids).toEqual([
      'case:baldwin-criminal',
      'case:baldwin-v-morrissey',
      'case:gutierrez-reed-criminal',
      'case:hutchins-parents-v-baldwin',
      'case:hutchins-widower-v-baldwin',
    ]);
    // Each with its parties and their evidence, in the incident's one statement.
    for (const c of res.data.node.cases) {
      expect(c.parties.edges.length).toBeGreaterThan(0);
      for (const { node } of c.parties.edges) expect(node.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('a generated graph', () => {
  let h: Harness;
  let ids: Ids;
  beforeAll(async () => {
    const world = generateRichLitigation({ docId: WORLD, cases: 150 });
    const loader = await startHarness();
    await loadFiles(loader.executor, [world.file]);
    await loader.close();
    // Started after the load: the estimate reads the shape of the graph with the world in it.
    h = await startHarness();
    const [hub] = await h.executor.read(
      `// researchHubParty
MATCH (p:Party)-[:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case) WHERE c.id IN $caseIds
WITH p, count(DISTINCT c) AS cases ORDER BY cases DESC, p.id LIMIT 1
RETURN p.id AS id`,
      { caseIds: world.caseIds },
    );
    const [incident] = await h.executor.read(
      `// researchWorldIncident
MATCH (c:Case)-[:ARISES_FROM]->(i:Incident) WHERE c.id IN $caseIds
RETURN i.id AS id ORDER BY id LIMIT 1`,
      { caseIds: world.caseIds },
    );
    ids = { partyId: String(hub?.id), incidentId: String(incident?.id), caseId: world.caseIds[0]! };
  });
  afterAll(async () => {
    await h.executor.write(REMOVE_DOCUMENT, { doc: WORLD });
    await h.close();
  });
  checkAnswers(
    'a generated graph',
    () => h,
    () => ids,
  );

  it("pages through the busiest party's cases in Cypher: every case once, in caption order", async () => {
    const expected = (
      await h.executor.read(
        `// researchHubCases
MATCH (:Party {id: $id})-[:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case)
WITH DISTINCT c ORDER BY c.caption, c.id RETURN c.id AS id`,
        { id: ids.partyId },
      )
    ).map((r) => String(r.id));
    expect(expected.length).toBeGreaterThan(14);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await h.gql(
        `query($id: ID!, $after: String) { party(id: $id) { cases(first: 7, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { roles node { id caption } } } } }`,
        { id: ids.partyId, after },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data.party.cases;
      expect(page.totalCount).toBe(expected.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const edge of page.edges) {
        expect(edge.roles.length).toBeGreaterThan(0);
        seen.push(edge.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('nested pages of pages are still refused before any Cypher, naming what multiplies', async () => {
    const res = await h.gql(
      '{ cases(first: 100) { edges { node { parties(first: 100) { edges { node { party { cases(first: 100) { edges { node { id } } } } } } } } } } }',
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(res.errors?.[0]?.message).toMatch(/cases ×100 › parties ×100 › cases ×100/);
    expect(res.extensions?.cypher).toEqual({ roundTrips: 0, queries: [] });
  });
});
