import { startHarness, type Harness } from '../support/harness';

// A source view: the source's whole text and every fact it supports.

let h: Harness;
const SOURCE = 'source:000_5585b8dd8960c38c';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const QUERY = `query SourceView($id: ID!) {
  node(id: $id) { ... on Source { id text } }
  citations(sourceId: $id) {
    quote field detail
    node { id kind displayName }
    edge { id kind label source target }
    target { id displayName }
  }
}`;

test('the text of a source and the facts each of its quotes supports', async () => {
  const res = await h.gql(QUERY, { id: SOURCE });
  expect(res.errors).toBeUndefined();
  const text: string = res.data.node.text;
  expect(text).toContain('A judge has dismissed Alec Baldwin');
  const citations: any[] = res.data.citations;
  expect(citations.length).toBeGreaterThan(50);
  // Every quote is verbatim in the text, and the list follows the text.
  const positions = citations.map((c) => text.indexOf(c.quote));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));

  const about = (id: string) => citations.filter((c) => c.node.id === id);
  expect(about('person:kari-morrissey')).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        field: 'OFFICE',
        detail: 'special prosecutor',
        quote: 'special prosecutor Kari Morrissey',
      }),
      expect.objectContaining({
        field: 'RELATIONSHIP',
        edge: expect.objectContaining({
          kind: 'COUNSEL_IN',
          label: 'prosecuted',
          target: 'case:baldwin-criminal',
        }),
        target: { id: 'case:baldwin-criminal', displayName: 'Criminal case against Alec Baldwin' },
      }),
    ]),
  );
  expect(about('person:alec-baldwin')).toEqual(
    expect.arrayContaining([expect.objectContaining({ field: 'DESCRIPTOR', detail: 'The 30 Rock actor' })]),
  );
  const entity = citations.find((c) => c.field === 'ENTITY' && c.node.id === 'case:baldwin-criminal');
  expect(entity).toMatchObject({ detail: null, edge: null, target: null });
});

test('an unknown source has no citations; a source reached through evidence has the same text', async () => {
  const none = await h.gql(QUERY, { id: 'source:nope' });
  expect(none.data).toEqual({ node: null, citations: [] });
  const direct = await h.gql(`{ node(id: "${SOURCE}") { ... on Source { text } } }`);
  // Evidence resolves its sources inline without their text; asking for it loads it (one
  // more round trip, so this goes around h.gql's one-trip-per-root-field check).
  const response = await fetch(`http://127.0.0.1:${h.server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ case(id: "case:baldwin-criminal") { evidence { source { id text } } } }',
    }),
  });
  const viaEvidence = (await response.json()) as any;
  expect(viaEvidence.data.case.evidence[0].source).toEqual({ id: SOURCE, text: direct.data.node.text });
  expect(direct.data.node.text.length).toBeGreaterThan(1000);
});
