import { startHarness, type Harness } from '../support/harness';

// "The cases of an incident" means one thing on every route: the cases arising
// from it, or with `transitive: true` also the cases related to those. The filter,
// `Incident.cases`, `timeline(incidentId)` and the statistics agree for each value.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const INCIDENT = 'incident:rust-shooting';
const DIRECT = [
  'case:baldwin-criminal',
  'case:gutierrez-reed-criminal',
  'case:hutchins-parents-v-baldwin',
  'case:hutchins-widower-v-baldwin',
];
// Baldwin's suit against his prosecutors arises from the criminal case, not from the shooting.
const TRANSITIVE = [...DIRECT, 'case:baldwin-v-morrissey'].sort();

async function routes(transitive: boolean | null) {
  const arg = transitive === null ? '' : `, transitive: ${transitive}`;
  const res = await h.gql(`{
    list: cases(first: 100, filter: { incidentId: "${INCIDENT}"${arg} }) { totalCount edges { node { id } } }
    incident: node(id: "${INCIDENT}") { ... on Incident { cases${transitive === null ? '' : `(transitive: ${transitive})`} { id } } }
    timeline(incidentId: "${INCIDENT}"${arg}, first: 100) { edges { node { case { id } } } }
    stats: outcomeStats(filter: { incidentId: "${INCIDENT}"${arg} }) { caseCount }
  }`);
  expect(res.errors).toBeUndefined();
  const ids = (list: { id: string }[]) => [...new Set(list.map((x) => x.id))].sort();
  return {
    list: ids(res.data.list.edges.map((e: any) => e.node)),
    listCount: res.data.list.totalCount,
    incident: ids(res.data.incident.cases),
    // Cases with at least one step in the timeline (the Hutchins suits have none).
    timeline: ids(res.data.timeline.edges.map((e: any) => e.node.case).filter(Boolean)),
    statsCount: res.data.stats.caseCount,
  };
}

describe('the cases of an incident', () => {
  it('are the cases arising from it by default, on every route', async () => {
    for (const transitive of [null, false]) {
      const r = await routes(transitive);
      expect(r.list).toEqual(DIRECT);
      expect(r.listCount).toBe(DIRECT.length);
      expect(r.incident).toEqual(DIRECT);
      expect(r.statsCount).toBe(DIRECT.length);
      expect(r.timeline).toEqual(['case:baldwin-criminal', 'case:gutierrez-reed-criminal']);
    }
  });

  it('add the cases related to those with transitive: true, on every route', async () => {
    const r = await routes(true);
    expect(r.list).toEqual(TRANSITIVE);
    expect(r.listCount).toBe(TRANSITIVE.length);
    expect(r.incident).toEqual(TRANSITIVE);
    expect(r.statsCount).toBe(TRANSITIVE.length);
    expect(r.timeline).toEqual([
      'case:baldwin-criminal',
      'case:baldwin-v-morrissey',
      'case:gutierrez-reed-criminal',
    ]);
  });

  it('refuses transitive without an incident', async () => {
    const res = await h.gql(`{ cases(first: 1, filter: { transitive: true }) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const t = await h.gql(`{ timeline(caseId: "case:baldwin-criminal", transitive: true) { totalCount } }`);
    expect(t.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'transitive' } });
  });
});

describe('the prosecution of a case', () => {
  it('finds the prosecutors whether stored as a party or as counsel for the State', async () => {
    const res = await h.gql(`{
      case(id: "case:baldwin-criminal") { parties(role: PROSECUTION) { edges { node { role party { id } } } } }
      parties(filter: { caseId: "case:baldwin-criminal", role: PROSECUTION }) { edges { node { id } } }
      cases(filter: { partyId: "person:kari-morrissey", role: PROSECUTION }) { edges { node { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    const viaCase = res.data.case.parties.edges.map((e: any) => [e.node.role, e.node.party.id]);
    expect(viaCase).toEqual(
      expect.arrayContaining([
        ['PROSECUTION', 'person:kari-morrissey'],
        ['PROSECUTION', 'person:mary-carmack-altwies'],
      ]),
    );
    const viaFilter = res.data.parties.edges.map((e: any) => e.node.id);
    expect(viaFilter).toEqual(
      expect.arrayContaining(['person:kari-morrissey', 'person:mary-carmack-altwies']),
    );
    expect(viaFilter.sort()).toEqual(viaCase.map(([, id]: string[]) => id).sort());
    expect(res.data.cases.edges.map((e: any) => e.node.id)).toEqual(['case:baldwin-criminal']);
  });
});
