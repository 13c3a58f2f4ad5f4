import { loadFiles } from '../../src/ingest/load';
import { generateLitigation, REMOVE_DOCUMENT } from '../support/generate';
import { startHarness, type Harness } from '../support/harness';

// No N+1: the number of Cypher statements for a case page does not grow with
// the number of parties, counsel, outcomes or events.

const CASE_QUERY = `query Case($id: ID!) {
  case(id: $id) {
    caption
    parties(first: 100) { totalCount edges { node { role party { displayName offices { title } } evidence { quote source { title } } } } }
    counsel { lawyer { displayName } client { displayName } capacity }
    judges { judge { displayName } }
    outcomes { kind decidedBy { displayName } resolves { __typename } evidence { quote source { title } } }
    events { edges { node { kind date { value } evidence { quote source { title } } } } }
    charges { label defendant { displayName } }
    claims { label }
    incident { name }
    relatedCases { kind case { caption } }
  }
}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await loadFiles(h.executor, [
    generateLitigation({ docId: 'roundtrips', cases: 2, partiesPerCase: 60 }).file,
  ]);
});
afterAll(async () => {
  await h.executor.write(REMOVE_DOCUMENT, { doc: 'roundtrips' });
  await h.close();
});

it('a case with 60 parties takes one round trip, like the Rust criminal case with 2', async () => {
  const big = await h.gql(CASE_QUERY, { id: 'case:roundtrips-0' });
  expect(big.errors).toBeUndefined();
  expect((big.data as any).case.parties.totalCount).toBe(60);
  const small = await h.gql(CASE_QUERY, { id: 'case:baldwin-criminal' });
  expect(small.errors).toBeUndefined();
  expect(big.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['casesById'] });
  expect(small.extensions?.cypher).toEqual(big.extensions?.cypher);
});

it('a page of cases with their parties and evidence is one statement', async () => {
  const res = await h.gql(
    `{ cases(first: 10) { edges { node { caption parties { edges { node { party { displayName } evidence { source { id } } } } } } } } }`,
  );
  expect(res.errors).toBeUndefined();
  expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['listCases'] });
});

it('the per-operation guard in the harness catches an operation that needs a second statement', async () => {
  // A related case's own parties lie one level past the case document: the loader
  // fetches them in a second (batched) statement, which the guard reports.
  const deep = `{ case(id: "case:baldwin-v-morrissey") {
    relatedCases { case { parties { edges { node { party { displayName } } } } } }
  } }`;
  await expect(h.gql(deep)).rejects.toThrow('2 Cypher round trips for 1 root field(s): casesById, casesById');
});
