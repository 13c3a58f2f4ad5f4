import { example } from '../support/examples';
import { startHarness, type Harness } from '../support/harness';

// What parties and lawyers said: reachable from a party, a case, search, the
// timeline and the graph view, each with its evidence, and always as a statement
// by its speaker (kind, speaker, content), never as a fact of what it is about.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const STATEMENT = `
  id kind content directQuote attribution date { value }
  speaker { id displayName }
  onBehalfOf { id }
  about { __typename ... on Node { id } }
  evidence { quote source { id } }`;

describe('statements', () => {
  it("gives a party's statements, a denial and allegations among them, each with evidence", async () => {
    const res = await h.gql(`{ party(id: "person:alec-baldwin") { statements { ${STATEMENT} } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const statements = res.data.party.statements;
    expect(statements.map((s: any) => [s.id, s.kind, s.speaker.id, s.onBehalfOf?.id ?? null])).toEqual([
      ['statement:baldwin-alleges-rights-violated', 'ALLEGATION', 'person:alec-baldwin', null],
      // Made by his lawyer on his behalf.
      [
        'statement:nikas-settlement-talks-underway',
        'ANNOUNCEMENT',
        'person:luke-nikas',
        'person:alec-baldwin',
      ],
      ['statement:nikas-will-refile', 'QUOTE', 'person:luke-nikas', 'person:alec-baldwin'],
      ['statement:baldwin-denies-pulling-trigger', 'DENIAL', 'person:alec-baldwin', null],
      ['statement:baldwin-accuses-defendants', 'ALLEGATION', 'person:alec-baldwin', null],
    ]);
    const denial = statements.find((s: any) => s.kind === 'DENIAL');
    expect(denial).toMatchObject({
      content: 'has always denied pulling the trigger on the prop gun',
      directQuote: false,
      date: null,
      about: [{ __typename: 'Incident', id: 'incident:rust-shooting' }],
      evidence: [
        {
          quote: 'Baldwin, who has always denied pulling the trigger on the prop gun',
          source: { id: 'source:000_5585b8dd8960c38c' },
        },
      ],
    });
    for (const s of statements) {
      expect(s.evidence.length).toBeGreaterThan(0);
      // The content is the source's own words, inside the evidence.
      expect(s.evidence.some((e: any) => e.quote.includes(s.content))).toBe(true);
    }
  });

  it('keeps an allegation an assertion by its speaker, about the people it accuses', async () => {
    const res = await h.gql(
      `{ node(id: "statement:baldwin-alleges-rights-violated") { ... on Statement { ${STATEMENT} } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toMatchObject({
      kind: 'ALLEGATION',
      speaker: { id: 'person:alec-baldwin', displayName: 'Alec Baldwin' },
      attribution: 'He alleged',
      content:
        'they violated his rights during their "malicious and unlawful pursuit" to make him the "scapegoat" for the incident',
    });
    expect(res.data.node.about.map((a: any) => a.id)).toEqual([
      'case:baldwin-v-morrissey',
      'claim:baldwin-rights-violations',
      'group:baldwin-suit-other-defendants',
      'person:kari-morrissey',
      'person:mary-carmack-altwies',
    ]);
    // The accused see it as a statement about them, not as a fact of theirs.
    const about = await h.gql(
      `{ party(id: "person:kari-morrissey") { statements { id } statementsAbout { id kind speaker { id } } } }`,
    );
    expect(about.data.party.statements).toEqual([]);
    expect(about.data.party.statementsAbout).toEqual([
      {
        id: 'statement:baldwin-alleges-rights-violated',
        kind: 'ALLEGATION',
        speaker: { id: 'person:alec-baldwin' },
      },
      {
        id: 'statement:baldwin-accuses-defendants',
        kind: 'ALLEGATION',
        speaker: { id: 'person:alec-baldwin' },
      },
    ]);
  });

  it("gives a case's statements: about the case or its claims and events, not the denial about the shooting", async () => {
    const res = await h.gql(`{ case(id: "case:baldwin-v-morrissey") { statements { ${STATEMENT} } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    expect(res.data.case.statements.map((s: any) => s.id)).toEqual([
      'statement:baldwin-alleges-rights-violated',
      'statement:nikas-settlement-talks-underway',
      'statement:nikas-will-refile',
      'statement:baldwin-accuses-defendants',
    ]);
    const quote = res.data.case.statements.find((s: any) => s.kind === 'QUOTE');
    expect(quote).toMatchObject({ directQuote: true, attribution: 'he said in a statement' });
    const criminal = await h.gql(`{ case(id: "case:baldwin-criminal") { statements { id } } }`);
    expect(criminal.data.case.statements).toEqual([]);
  });

  it('answers the same statement the same way on every route', async () => {
    const id = 'statement:nikas-will-refile';
    const viaNode = await h.gql(`{ node(id: "${id}") { ... on Statement { ${STATEMENT} } } }`);
    const viaParty = await h.gql(`{ party(id: "person:luke-nikas") { statements { ${STATEMENT} } } }`);
    const viaCase = await h.gql(`{ case(id: "case:baldwin-v-morrissey") { statements { ${STATEMENT} } } }`);
    const viaSearch = await h.gql(
      `{ search(text: "favourably resolved") { node { ... on Statement { ${STATEMENT} } } } }`,
    );
    const viaTimeline = await h.gql(
      `{ timeline(caseId: "case:baldwin-v-morrissey", first: 50) { edges { node { statement { ${STATEMENT} } } } } }`,
    );
    const expected = viaNode.data.node;
    expect(expected.id).toBe(id);
    const pick = (list: any[]) => list.find((s) => s?.id === id);
    expect(pick(viaParty.data.party.statements)).toEqual(expected);
    expect(pick(viaCase.data.case.statements)).toEqual(expected);
    expect(pick(viaSearch.data.search.map((hit: any) => hit.node))).toEqual(expected);
    expect(pick(viaTimeline.data.timeline.edges.map((e: any) => e.node.statement))).toEqual(expected);
  });

  it('finds statements by their words, and says what kind of statement matched', async () => {
    const res = await h.gql(
      `{ search(text: "pulling the trigger") { node { __typename ... on Statement { id kind speaker { id } } } matches { field allWords } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [first, ...rest] = res.data.search;
    expect(first.node).toEqual({
      __typename: 'Statement',
      id: 'statement:baldwin-denies-pulling-trigger',
      kind: 'DENIAL',
      speaker: { id: 'person:alec-baldwin' },
    });
    expect(first.matches[0]).toEqual({ field: 'CONTENT', allWords: true });
    // The other statement made in the same sentence is found by its quote, not by what it says.
    expect(rest.map((hit: any) => [hit.node.id, hit.matches[0]])).toEqual([
      ['statement:baldwin-accuses-defendants', { field: 'EVIDENCE', allWords: true }],
    ]);
  });

  it('puts statements in timelines as STATEMENT entries that name the speaker and the kind', async () => {
    const res = await h.gql(
      `{ timeline(incidentId: "incident:rust-shooting", transitive: true, first: 50) { edges { node { id kind description date { value } statement { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const statements = res.data.timeline.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === 'STATEMENT');
    expect(statements.map((n: any) => [n.id, n.description])).toEqual([
      [
        'statement:baldwin-alleges-rights-violated',
        'Allegation by Alec Baldwin: “they violated his rights during their "malicious and unlawful pursuit" to make him the "scapegoat" for the incident”',
      ],
      [
        'statement:nikas-settlement-talks-underway',
        'Announcement by Luke Nikas for Alec Baldwin: “settlement talks were underway and the lawsuit would be refiled if they fell through”',
      ],
      [
        'statement:nikas-will-refile',
        'Statement by Luke Nikas for Alec Baldwin: “We have been in good faith discussions with the parties to the lawsuit and will be refiling promptly if those discussions are not promptly and favourably resolved”',
      ],
      [
        'statement:baldwin-denies-pulling-trigger',
        'Denial by Alec Baldwin: “has always denied pulling the trigger on the prop gun”',
      ],
      [
        'statement:baldwin-accuses-defendants',
        'Allegation by Alec Baldwin: “accused the defendants of malicious abuse of process, defamation and mishandling of evidence, among other rights violations”',
      ],
    ]);
    for (const n of statements) expect(n.statement.id).toBe(n.id);
  });

  it('draws statements in the graph view, with their speaker and subjects, and evidence on the nodes', async () => {
    const res = await h.gql(`{
      neighborhood(id: "statement:baldwin-denies-pulling-trigger") {
        nodes { id kind displayName evidence { quote } }
        edges { kind source target label }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const g = res.data.neighborhood;
    expect(g.nodes.map((n: any) => [n.id, n.kind])).toEqual([
      ['statement:baldwin-denies-pulling-trigger', 'STATEMENT'],
      ['incident:rust-shooting', 'INCIDENT'],
      ['person:alec-baldwin', 'PERSON'],
    ]);
    expect(g.nodes[0].displayName).toBe('Denial: "has always denied pulling the trigger on the prop gun"');
    for (const n of g.nodes) expect(n.evidence.length).toBeGreaterThan(0);
    expect(g.edges.map((e: any) => [e.source, e.label, e.target])).toEqual([
      ['statement:baldwin-denies-pulling-trigger', 'is about', 'incident:rust-shooting'],
      ['person:alec-baldwin', 'involved in', 'incident:rust-shooting'],
      ['person:alec-baldwin', 'stated', 'statement:baldwin-denies-pulling-trigger'],
    ]);
  });

  it("answers the example: Baldwin's denial and allegations, and his lawyer's statements for him", async () => {
    const ex = example('13-statements');
    const res = await h.gql(ex.query, ex.variables);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const rows = res.data.party.statements.map((s: any) => [
      s.kind,
      s.speaker.displayName,
      s.onBehalfOf?.displayName ?? null,
    ]);
    expect(rows).toEqual([
      ['ALLEGATION', 'Alec Baldwin', null],
      ['ANNOUNCEMENT', 'Luke Nikas', 'Alec Baldwin'],
      ['QUOTE', 'Luke Nikas', 'Alec Baldwin'],
      ['DENIAL', 'Alec Baldwin', null],
      ['ALLEGATION', 'Alec Baldwin', null],
    ]);
  });
});
