import { loadFiles } from '../../src/ingest/load';
import { generateLitigation, REMOVE_DOCUMENT } from '../support/generate';
import { startHarness, type Harness } from '../support/harness';

// Research queries: timelines, the state of cases on a day, and keyset paging —
// each root field in one Cypher round trip.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const TIMELINE = `query Timeline($incident: ID, $party: ID, $case: ID, $transitive: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
  timeline(incidentId: $incident, partyId: $party, caseId: $case, transitive: $transitive, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    edges { cursor node { id kind eventKind date { value precision derived } case { id } evidence { quote source { id } } } }
  }
}`;

describe('timeline', () => {
  it('puts the whole Rust litigation in order, with derived dates marked', async () => {
    const res = await h.gql(TIMELINE, { incident: 'incident:rust-shooting', transitive: true, first: 50 });
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const rows = res.data.timeline.edges.map((e: any) => [
      e.node.id,
      e.node.date?.value ?? null,
      e.node.date?.derived ?? null,
    ]);
    expect(rows).toEqual([
      ['incident:rust-shooting', '2021', false],
      ['event:gutierrez-reed-convicted', '2024-03', false],
      ['event:gutierrez-reed-sentenced', null, null],
      ['event:baldwin-criminal-trial-started', '2024-07', false],
      // Three days after a trial begun in July 2024: an interval running into August.
      ['event:baldwin-criminal-dismissed', '2024-07-04/2024-08-03', true],
      ['event:baldwin-v-morrissey-filed', '2025-01', true],
      ['event:baldwin-v-morrissey-dismissed', '2025-01-01', true],
      ['event:baldwin-v-morrissey-settlement-talks', null, null],
      ['event:baldwin-v-morrissey-refiling-announced', null, null],
      ['event:gutierrez-reed-paroled', '2025-05', true],
      // What parties said, undated, in the article's order: after every dated step.
      ['statement:baldwin-alleges-rights-violated', null, null],
      ['statement:nikas-settlement-talks-underway', null, null],
      ['statement:nikas-will-refile', null, null],
      ['statement:baldwin-denies-pulling-trigger', null, null],
      ['statement:baldwin-accuses-defendants', null, null],
    ]);
    expect(res.data.timeline.totalCount).toBe(15);
    for (const e of res.data.timeline.edges)
      expect(e.node.evidence[0].source.id).toBe('source:000_5585b8dd8960c38c');
  });

  it("follows a party across cases: Alec Baldwin's timeline", async () => {
    const res = await h.gql(TIMELINE, { party: 'person:alec-baldwin', first: 50 });
    expect(res.errors).toBeUndefined();
    const cases = new Set(res.data.timeline.edges.map((e: any) => e.node.case?.id).filter(Boolean));
    expect([...cases].sort()).toEqual(['case:baldwin-criminal', 'case:baldwin-v-morrissey']);
    expect(res.data.timeline.edges[0].node.id).toBe('incident:rust-shooting');
  });

  it('pages forwards and backwards through a timeline', async () => {
    const first = await h.gql(TIMELINE, { incident: 'incident:rust-shooting', transitive: true, first: 4 });
    const second = await h.gql(TIMELINE, {
      incident: 'incident:rust-shooting',
      transitive: true,
      first: 4,
      after: first.data.timeline.pageInfo.endCursor,
    });
    const back = await h.gql(TIMELINE, {
      incident: 'incident:rust-shooting',
      transitive: true,
      last: 4,
      before: second.data.timeline.pageInfo.startCursor,
    });
    expect(back.data.timeline.edges.map((e: any) => e.node.id)).toEqual(
      first.data.timeline.edges.map((e: any) => e.node.id),
    );
    expect(second.data.timeline.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('asks for exactly one subject', async () => {
    const res = await h.gql(TIMELINE, { incident: 'incident:rust-shooting', party: 'person:alec-baldwin' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await h.gql(TIMELINE, { case: 'case:nope' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data.timeline).toBeNull();
  });
});

const PENDING = `query Pending($day: Date!) {
  cases(filter: { pendingOn: $day }) {
    totalCount
    edges { node { id asOf(date: $day) { exists status pending certainty basis } } }
  }
}`;

describe('as of a date', () => {
  it('on 2024-06-01: the criminal case against Baldwin and the two suits by the Hutchins family', async () => {
    const res = await h.gql(PENDING, { day: '2024-06-01' });
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const rows = res.data.cases.edges.map((e: any) => [e.node.id, e.node.asOf.status, e.node.asOf.certainty]);
    expect(rows).toEqual([
      ['case:baldwin-criminal', 'PENDING', 'ASSUMED'],
      ['case:hutchins-parents-v-baldwin', 'PENDING', 'ASSUMED'],
      ['case:hutchins-widower-v-baldwin', 'PENDING', 'ASSUMED'],
    ]);
    expect(res.data.cases.totalCount).toBe(3);
  });

  it('as of the article (2025-01-01): only the two suits by the Hutchins family, as the article states', async () => {
    const res = await h.gql(PENDING, { day: '2025-01-01' });
    const rows = res.data.cases.edges.map((e: any) => [e.node.id, e.node.asOf.certainty, e.node.asOf.basis]);
    expect(rows).toEqual([
      ['case:hutchins-parents-v-baldwin', 'ESTABLISHED', 'stated pending by a source dated 2025-01-01'],
      ['case:hutchins-widower-v-baldwin', 'ESTABLISHED', 'stated pending by a source dated 2025-01-01'],
    ]);
  });

  it('tells what each case looked like on a day, from its dated steps', async () => {
    const res = await h.gql(`{
      suit: case(id: "case:baldwin-v-morrissey") {
        before: asOf(date: "2024-12-01") { exists status basis events { id } }
        after: asOf(date: "2025-02-01") { status certainty events { kind } outcomes { kind withPrejudice } }
      }
      armourer: case(id: "case:gutierrez-reed-criminal") {
        mid2024: asOf(date: "2024-06-01") { status pending certainty outcomes { kind } }
      }
      trial: case(id: "case:baldwin-criminal") {
        july: asOf(date: "2024-07-15") { status pending certainty possibleStatuses basis }
        august: asOf(date: "2024-08-04") { status pending certainty possibleStatuses }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.suit.before).toEqual({
      exists: false,
      status: null,
      basis: 'filed 2025-01, after this day',
      events: [],
    });
    expect(res.data.suit.after).toEqual({
      status: 'DISMISSED',
      certainty: 'ESTABLISHED',
      events: [
        { kind: 'FILED' },
        { kind: 'DISMISSED' },
        { kind: 'SETTLEMENT_TALKS' },
        { kind: 'REFILING_ANNOUNCED' },
      ],
      outcomes: [{ kind: 'DISMISSAL', withPrejudice: false }],
    });
    // Convicted in March 2024; the undated sentence follows the conviction; parole (May 2025) had not happened.
    expect(res.data.armourer.mid2024).toEqual({
      status: 'DECIDED',
      pending: false,
      certainty: 'ESTABLISHED',
      outcomes: [{ kind: 'CONVICTION' }, { kind: 'SENTENCE' }],
    });
    // "Three days into the trial", a trial begun in July 2024: between 2024-07-04 and
    // 2024-08-03. On 2024-07-15 it may or may not have happened: never ESTABLISHED.
    expect(res.data.trial.july).toEqual({
      status: 'PENDING',
      pending: true,
      certainty: 'UNKNOWN',
      possibleStatuses: ['DISMISSED'],
      basis:
        'no source dates its filing; taken to be pending from its incident until its first dated step; in doubt: The criminal case was dismissed three days into the trial: the judge ruled that the prosecution had improperly withheld evidence from the defence. (2024-07-04/2024-08-03, derived) may or may not have happened by then',
    });
    expect(res.data.trial.august).toEqual({
      status: 'DISMISSED',
      pending: false,
      certainty: 'ESTABLISHED',
      possibleStatuses: [],
    });
  });

  it('counts a case as pending while its closing may still be ahead (pendingOn, month and derived intervals)', async () => {
    const ids = async (day: string) =>
      (await h.gql(PENDING, { day })).data.cases.edges.map((e: any) => [e.node.id, e.node.asOf.certainty]);
    // The trial ran in July 2024; its dismissal falls between 2024-07-04 and 2024-08-03.
    expect(await ids('2024-07-15')).toEqual([
      ['case:baldwin-criminal', 'UNKNOWN'],
      ['case:hutchins-parents-v-baldwin', 'ASSUMED'],
      ['case:hutchins-widower-v-baldwin', 'ASSUMED'],
    ]);
    expect((await ids('2024-08-03')).map(([id]: string[]) => id)).not.toContain('case:baldwin-criminal');
    // Gutierrez Reed was convicted "in March 2024": in doubt through March, decided after.
    const armourer = await h.gql(`{ case(id: "case:gutierrez-reed-criminal") {
      before: asOf(date: "2024-02-29") { status certainty }
      during: asOf(date: "2024-03-15") { status certainty possibleStatuses }
      after: asOf(date: "2024-03-31") { status certainty }
    } }`);
    expect(armourer.data.case).toEqual({
      before: { status: 'PENDING', certainty: 'ASSUMED' },
      during: { status: 'PENDING', certainty: 'UNKNOWN', possibleStatuses: ['DECIDED'] },
      after: { status: 'DECIDED', certainty: 'ESTABLISHED' },
    });
  });

  it('lists a step whose date straddles the day as possible, never as happened', async () => {
    const res = await h.gql(`{ case(id: "case:baldwin-criminal") {
      july: asOf(date: "2024-07-15") { events { kind } possibleEvents { kind } outcomes { kind } possibleOutcomes { kind } }
      august: asOf(date: "2024-08-04") { events { kind } possibleEvents { kind } outcomes { kind } possibleOutcomes { kind } }
    } }`);
    expect(res.errors).toBeUndefined();
    // The trial began "in July 2024" and was dismissed three days in: on 15 July both may or may not have happened.
    expect(res.data.case.july).toEqual({
      events: [],
      possibleEvents: [{ kind: 'TRIAL_STARTED' }, { kind: 'DISMISSED' }],
      outcomes: [],
      possibleOutcomes: [{ kind: 'DISMISSAL' }],
    });
    expect(res.data.case.august).toEqual({
      events: [{ kind: 'TRIAL_STARTED' }, { kind: 'DISMISSED' }],
      possibleEvents: [],
      outcomes: [{ kind: 'DISMISSAL' }],
      possibleOutcomes: [],
    });
  });

  it('filters partial dates as intervals: POSSIBLY by default, CERTAINLY on request', async () => {
    const ids = async (filter: object) => {
      const res = await h.gql(`query($f: CaseFilter) { cases(filter: $f) { edges { node { id } } } }`, {
        f: filter,
      });
      expect(res.errors).toBeUndefined();
      return res.data.cases.edges.map((e: any) => e.node.id);
    };
    // Baldwin v. Morrissey was filed "in January" 2025.
    expect(await ids({ filedFrom: '2025-01-15' })).toEqual(['case:baldwin-v-morrissey']);
    expect(await ids({ filedFrom: '2025-01-15', dateMatch: 'CERTAINLY' })).toEqual([]);
    expect(await ids({ filedFrom: '2025-01-01', filedTo: '2025-01-31', dateMatch: 'CERTAINLY' })).toEqual([
      'case:baldwin-v-morrissey',
    ]);
    // The criminal case closed between 4 July and 3 August 2024.
    expect(await ids({ closedTo: '2024-07-31' })).toContain('case:baldwin-criminal');
    expect(await ids({ closedTo: '2024-07-31', dateMatch: 'CERTAINLY' })).not.toContain(
      'case:baldwin-criminal',
    );
    expect(await ids({ closedFrom: '2024-08-01' })).toContain('case:baldwin-criminal');
    expect(await ids({ closedFrom: '2024-08-01', dateMatch: 'CERTAINLY' })).not.toContain(
      'case:baldwin-criminal',
    );
  });

  it("finds a prosecutor's cases by the PROSECUTION role, whether stored as counsel or as a party", async () => {
    const res = await h.gql(`{
      party(id: "person:kari-morrissey") { cases(role: PROSECUTION) { totalCount edges { roles node { id } } } }
      cases(filter: { partyId: "person:kari-morrissey", role: PROSECUTION }) { edges { node { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.party.cases.edges.map((e: any) => [e.node.id, e.roles])).toEqual([
      ['case:baldwin-criminal', ['PROSECUTION', 'COUNSEL']],
    ]);
    expect(res.data.cases.edges.map((e: any) => e.node.id)).toEqual(['case:baldwin-criminal']);
  });
});

describe('keyset paging through 1,000 generated cases', () => {
  const DOC = 'paging';
  beforeAll(async () => {
    await loadFiles(h.executor, [
      generateLitigation({ docId: DOC, cases: 1000, partiesPerCase: 1, distinctFilingDays: 10 }).file,
    ]);
  }, 120_000);
  afterAll(() => h.executor.write(REMOVE_DOCUMENT, { doc: DOC }));

  const PAGE = `query Page($order: CaseOrder, $first: Int, $after: String, $last: Int, $before: String, $filter: CaseFilter) {
    cases(orderBy: $order, first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }`;

  async function reference(field: 'FILED' | 'CAPTION', direction: 'ASC' | 'DESC'): Promise<string[]> {
    const rows = await h.executor.read(`// referenceOrder
      MATCH (c:Case) RETURN c.id AS id, c.caption AS caption, toString(c.filedEarliest) AS filed`);
    const missing = direction === 'ASC' ? '9999-12-31' : '0001-01-01';
    const keyed = rows.map((r) => ({
      id: String(r.id),
      key: String(field === 'CAPTION' ? r.caption : (r.filed ?? missing)),
    }));
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const sign = direction === 'ASC' ? 1 : -1;
    // Ties on the sort key are broken by id, in the same direction.
    return keyed.sort((a, b) => sign * (cmp(a.key, b.key) || cmp(a.id, b.id))).map((r) => r.id);
  }

  it.each([
    ['FILED', 'ASC'],
    ['FILED', 'DESC'],
    ['CAPTION', 'ASC'],
  ] as const)(
    'by %s %s: forwards and backwards, no duplicates, no gaps, one round trip a page',
    async (field, direction) => {
      const expected = await reference(field, direction);
      expect(expected.length).toBe(1005);
      const order = { field, direction };
      const forward: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: any = await h.gql(PAGE, { order, first: 97, after });
        expect(res.errors).toBeUndefined();
        expect(res.extensions.cypher.roundTrips).toBe(1);
        forward.push(...res.data.cases.edges.map((e: any) => e.node.id));
        pages += 1;
        if (!res.data.cases.pageInfo.hasNextPage) break;
        after = res.data.cases.pageInfo.endCursor;
      }
      expect(pages).toBe(11);
      expect(forward).toEqual(expected);

      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const res: any = await h.gql(PAGE, { order, last: 100, before });
        expect(res.errors).toBeUndefined();
        backward.unshift(...res.data.cases.edges.map((e: any) => e.node.id));
        if (!res.data.cases.pageInfo.hasPreviousPage) break;
        before = res.data.cases.pageInfo.startCursor;
      }
      expect(backward).toEqual(expected);
    },
    120_000,
  );

  it('counts only when asked, in the same statement', async () => {
    const res = await h.gql(
      `{ cases(first: 1, filter: { text: "generated" }) { totalCount edges { node { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.cases.totalCount).toBe(1000);
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
  });

  it('refuses a cursor made for another order, naming the argument', async () => {
    const page = await h.gql(PAGE, { order: { field: 'FILED', direction: 'ASC' }, first: 1 });
    const res = await h.gql(PAGE, {
      order: { field: 'CAPTION' },
      first: 1,
      after: page.data.cases.pageInfo.endCursor,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
