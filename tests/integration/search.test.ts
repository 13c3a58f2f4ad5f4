import { startHarness, type Harness } from '../support/harness';

// Search over everything the sources say: entities' own texts, events, outcomes,
// statements and every evidence quote, each hit saying which texts matched.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const HIT = `score node { __typename ... on Node { id } }
  matches { field text via allWords evidence { quote source { id kind } } }`;

async function search(text: string, first = 20) {
  const res = await h.gql(
    `query($text: String!, $first: Int) { search(text: $text, first: $first) { ${HIT} } }`,
    {
      text,
      first,
    },
  );
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.cypher?.roundTrips).toBe(1);
  return res.data.search as any[];
}

const ids = (hits: any[]) => hits.map((hit) => hit.node.id);

describe('search', () => {
  it('finds an event by its description and says so', async () => {
    const hits = await search('went on trial');
    const hit = hits.find((x) => x.node.__typename === 'Event');
    expect(hit).toBeDefined();
    expect(hit.matches[0]).toMatchObject({ field: 'DESCRIPTION', allWords: true, via: null, evidence: null });
    expect(hit.matches[0].text).toMatch(/went on trial/i);
  });

  it('finds an outcome by its reason', async () => {
    const hits = await search('improperly withheld');
    const outcome = hits.find((x) => x.node.__typename === 'Outcome');
    expect(outcome).toBeDefined();
    expect(outcome.matches.map((m: any) => m.field)).toContain('DESCRIPTION');
  });

  it('finds the facts a sentence supports, with the quote and its source', async () => {
    // "sensationally" is in one sentence of the article and in no name or description.
    const hits = await search('sensationally');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const evidence = hit.matches.filter((m: any) => m.field === 'EVIDENCE');
      expect(evidence.length).toBeGreaterThan(0);
      for (const m of evidence) {
        expect(m.text).toMatch(/sensationally/);
        expect(m.evidence.quote).toBe(m.text);
        expect(m.evidence.source.kind).toBe('ARTICLE');
        expect(m.allWords).toBe(true);
      }
    }
    expect(ids(hits)).toContain('case:baldwin-criminal');
  });

  it('finds both ends of a link by the quote that states the link, naming the link', async () => {
    // The quote for Luke Nikas representing Baldwin in the civil suit.
    const hits = await search('Beetlejuice');
    const nikas = hits.find((x) => x.node.id === 'person:luke-nikas');
    expect(nikas).toBeDefined();
    const vias = nikas.matches.map((m: any) => m.via);
    expect(vias).toContain('COUNSEL_IN');
    const ends = ids(hits);
    expect(ends).toContain('case:baldwin-v-morrissey');
  });

  it('puts texts holding every word before texts holding some', async () => {
    const hits = await search('Baldwin prop gun');
    const withAll = hits.filter((x) => x.matches.some((m: any) => m.allWords));
    expect(withAll.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const flags = hit.matches.map((m: any) => m.allWords);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(hit.matches.length).toBeGreaterThan(0);
    }
  });

  it('keeps `text` filters to names: an evidence quote does not make a party match', async () => {
    const res = await h.gql(`{ parties(filter: { text: "sensationally" }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.parties.totalCount).toBe(0);
  });

  it('answers `first` with at most that many hits, each entity once', async () => {
    const hits = await search('Baldwin', 5);
    expect(hits).toHaveLength(5);
    expect(new Set(ids(hits)).size).toBe(5);
    const scores = hits.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
