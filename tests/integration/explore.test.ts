import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHarness, type Harness } from '../support/harness';

// Graph exploration through the real server: neighbourhoods for a graph view and
// the shortest connections between two entities, each in one Cypher statement.

jest.setTimeout(30_000);

const ARTICLE = readFileSync(resolve(__dirname, '../../seed/sources/000_5585b8dd8960c38c.txt'), 'utf8');
const SOURCE_ID = 'source:000_5585b8dd8960c38c';

const NODE_FIELDS = `id kind displayName node { __typename id ... on Person { name evidence { quote source { id title } } } ... on Case { caption evidence { quote source { title } } } }`;
const EDGE_FIELDS = `id kind source target direction label evidence { quote source { id title } }`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $nodeKinds: [NodeKind!], $edgeKinds: [EdgeKind!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, nodeKinds: $nodeKinds, edgeKinds: $edgeKinds, limit: $limit) {
    truncated
    nodes { ${NODE_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    length
    rendering
    nodes { ${NODE_FIELDS} }
    steps { direction from { id displayName } to { id displayName } edge { ${EDGE_FIELDS} } }
  }
}`;

const DEPTH_1 = [
  'case:baldwin-criminal',
  'case:baldwin-v-morrissey',
  'charge:baldwin-involuntary-manslaughter',
  'event:baldwin-criminal-dismissed',
  'event:baldwin-criminal-trial-started',
  'incident:rust-shooting',
  'organization:baldwin-prosecution',
  'outcome:baldwin-criminal-dismissal',
  'person:alec-baldwin',
  'person:baldwin-trial-judge',
  'person:kari-morrissey',
  'person:mary-carmack-altwies',
];

const DEPTH_2_MORE = [
  'case:gutierrez-reed-criminal',
  'case:hutchins-parents-v-baldwin',
  'case:hutchins-widower-v-baldwin',
  'claim:baldwin-defamation',
  'claim:baldwin-malicious-abuse-of-process',
  'claim:baldwin-mishandling-of-evidence',
  'claim:baldwin-rights-violations',
  'event:baldwin-v-morrissey-dismissed',
  'event:baldwin-v-morrissey-filed',
  'event:baldwin-v-morrissey-refiling-announced',
  'event:baldwin-v-morrissey-settlement-talks',
  'group:baldwin-suit-other-defendants',
  'outcome:baldwin-v-morrissey-dismissal',
  'person:casey-fitch',
  'person:halyna-hutchins',
  'person:luke-nikas',
  'production:rust',
  // What Baldwin and his lawyer said about the suit and its parties.
  'statement:baldwin-accuses-defendants',
  'statement:baldwin-alleges-rights-violated',
  'statement:baldwin-denies-pulling-trigger',
  'statement:nikas-settlement-talks-underway',
  'statement:nikas-will-refile',
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function ask(query: string, variables: Record<string, unknown>) {
  const res = await h.gql(query, variables);
  expect(res.errors).toBeUndefined();
  return res;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

/** Every edge joins two returned nodes, every quote is verbatim in the article, every source came along. */
function expectWellFormed(subgraph: any) {
  const nodeIds = new Set(subgraph.nodes.map((n: any) => n.id));
  expect(nodeIds.size).toBe(subgraph.nodes.length);
  for (const node of subgraph.nodes) {
    expect(node.node.id).toBe(node.id);
    expect(node.displayName).not.toBe('');
  }
  for (const edge of subgraph.edges) {
    expect(nodeIds.has(edge.source)).toBe(true);
    expect(nodeIds.has(edge.target)).toBe(true);
    expect(edge.evidence.length).toBeGreaterThan(0);
    for (const e of edge.evidence) {
      expect(ARTICLE).toContain(e.quote);
      expect(e.source).toMatchObject({ id: SOURCE_ID, title: expect.any(String) });
    }
  }
}

describe('paths', () => {
  it('connects Kari Morrissey to Halyna Hutchins through the criminal case and the shooting', async () => {
    const res = await ask(PATHS, { from: 'person:kari-morrissey', to: 'person:halyna-hutchins' });
    expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['explorePaths4'] });
    const paths = res.data.paths;
    expect(paths).toHaveLength(1);
    const [path] = paths;
    expect(path.length).toBe(3);
    expect(path.rendering).toBe(
      'Kari Morrissey —prosecuted→ Criminal case against Alec Baldwin —arose from→ Rust set shooting ←killed in— Halyna Hutchins',
    );
    expect(path.nodes.map((n: any) => [n.id, n.kind, n.displayName])).toEqual([
      ['person:kari-morrissey', 'PERSON', 'Kari Morrissey'],
      ['case:baldwin-criminal', 'CASE', 'Criminal case against Alec Baldwin'],
      ['incident:rust-shooting', 'INCIDENT', 'Rust set shooting'],
      ['person:halyna-hutchins', 'PERSON', 'Halyna Hutchins'],
    ]);
    expect(path.nodes[0].node).toMatchObject({ __typename: 'Person', name: 'Kari Morrissey' });
    expect(path.nodes[1].node).toMatchObject({
      __typename: 'Case',
      caption: 'Criminal case against Alec Baldwin',
    });
    expect(
      path.steps.map((s: any) => [
        s.from.id,
        s.edge.kind,
        s.edge.label,
        s.direction,
        s.to.id,
        s.edge.direction,
      ]),
    ).toEqual([
      ['person:kari-morrissey', 'COUNSEL_IN', 'prosecuted', 'FORWARD', 'case:baldwin-criminal', 'DIRECTED'],
      ['case:baldwin-criminal', 'ARISES_FROM', 'arose from', 'FORWARD', 'incident:rust-shooting', 'DIRECTED'],
      [
        'incident:rust-shooting',
        'INVOLVED_IN',
        'killed in',
        'BACKWARD',
        'person:halyna-hutchins',
        'DIRECTED',
      ],
    ]);
    expect(path.steps.map((s: any) => [s.edge.source, s.edge.target])).toEqual([
      ['person:kari-morrissey', 'case:baldwin-criminal'],
      ['case:baldwin-criminal', 'incident:rust-shooting'],
      ['person:halyna-hutchins', 'incident:rust-shooting'],
    ]);
    expect(path.steps.map((s: any) => s.edge.evidence.map((e: any) => e.quote))).toEqual([
      [
        "A judge has dismissed Alec Baldwin's misconduct lawsuit against the prosecutors in the Rust trial.",
        'special prosecutor Kari Morrissey',
      ],
      [
        'The 30 Rock actor went on trial for involuntary manslaughter in July 2024 over the death of cinematographer Halyna Hutchins',
      ],
      [
        'cinematographer Halyna Hutchins, who was fatally shot on the New Mexico set of the movie Rust in 2021',
      ],
    ]);
    for (const step of path.steps) {
      expect(step.edge.evidence.length).toBeGreaterThan(0);
      for (const e of step.edge.evidence) {
        expect(ARTICLE).toContain(e.quote);
        expect(e.source.id).toBe(SOURCE_ID);
      }
    }
    for (const node of path.nodes)
      for (const e of node.node.evidence ?? []) expect(ARTICLE).toContain(e.quote);
  });

  it('returns every shortest path in a stable order, up to `first`', async () => {
    const vars = { from: 'person:kari-morrissey', to: 'person:mary-carmack-altwies' };
    const res = await ask(PATHS, vars);
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    expect(res.data.paths.map((p: any) => p.rendering)).toEqual([
      'Kari Morrissey —prosecuted→ Criminal case against Alec Baldwin ←prosecuted— Mary Carmack-Altwies',
      'Kari Morrissey —defendant in→ Baldwin v. Morrissey, Carmack-Altwies et al. ←defendant in— Mary Carmack-Altwies',
      // Through what Baldwin alleged about both: the rendering shows it is an allegation, not a fact.
      'Kari Morrissey ←is about— Allegation: "accused the defendants of malicious abuse of process, defamation and mishandling of evidence, among other rights violations" —is about→ Mary Carmack-Altwies',
      'Kari Morrissey ←is about— Allegation: "they violated his rights during their "malicious and unlawful pursuit" to make him the "scapegoat" for the incident" —is about→ Mary Carmack-Altwies',
    ]);
    const one = await ask(PATHS, { ...vars, first: 1 });
    expect(one.data.paths.map((p: any) => p.rendering)).toEqual([res.data.paths[0].rendering]);
  });

  it('is empty when no connection is short enough or an id is unknown', async () => {
    const short = await ask(PATHS, {
      from: 'person:kari-morrissey',
      to: 'person:halyna-hutchins',
      maxLength: 2,
    });
    expect(short.data.paths).toEqual([]);
    expect(short.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['explorePaths2'] });
    const unknown = await ask(PATHS, { from: 'person:nobody', to: 'person:halyna-hutchins' });
    expect(unknown.data.paths).toEqual([]);
    expect(unknown.extensions?.cypher?.roundTrips).toBe(1);
  });

  it('refuses a maximum length, a count or an end out of range', async () => {
    for (const [vars, argument] of [
      [{ maxLength: 7 }, 'maxLength'],
      [{ maxLength: 0 }, 'maxLength'],
      [{ first: 21 }, 'first'],
      [{ to: 'person:kari-morrissey' }, 'to'],
    ] as const) {
      const res = await h.gql(PATHS, {
        from: 'person:kari-morrissey',
        to: 'person:halyna-hutchins',
        ...vars,
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.extensions?.cypher?.roundTrips).toBe(0);
    }
  });
});

describe('neighborhood', () => {
  it('at depth 1 holds the criminal case and everything directly linked to it', async () => {
    const res = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal' });
    expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['exploreNeighborhood1'] });
    const g = res.data.neighborhood;
    expect(g.truncated).toBe(false);
    expect(g.nodes[0]).toMatchObject({
      id: 'case:baldwin-criminal',
      kind: 'CASE',
      displayName: 'Criminal case against Alec Baldwin',
      node: { __typename: 'Case', caption: 'Criminal case against Alec Baldwin' },
    });
    expect(ids(g.nodes)).toEqual(DEPTH_1);
    expectWellFormed(g);
    const kinds = Object.fromEntries(g.nodes.map((n: any) => [n.id, n.kind]));
    expect(kinds).toMatchObject({
      'charge:baldwin-involuntary-manslaughter': 'CHARGE',
      'event:baldwin-criminal-dismissed': 'EVENT',
      'incident:rust-shooting': 'INCIDENT',
      'organization:baldwin-prosecution': 'ORGANIZATION',
      'outcome:baldwin-criminal-dismissal': 'OUTCOME',
      'person:kari-morrissey': 'PERSON',
    });
    // Every relationship among the kept nodes, including those between two neighbours.
    const triples = g.edges.map((e: any) => `${e.source} ${e.label} ${e.target}`).sort();
    expect(triples).toEqual([
      'case:baldwin-criminal arose from incident:rust-shooting',
      'case:baldwin-criminal had event event:baldwin-criminal-dismissed',
      'case:baldwin-criminal had event event:baldwin-criminal-trial-started',
      'case:baldwin-criminal includes charge charge:baldwin-involuntary-manslaughter',
      'case:baldwin-criminal resulted in outcome:baldwin-criminal-dismissal',
      'case:baldwin-v-morrissey arose from case:baldwin-criminal',
      'charge:baldwin-involuntary-manslaughter charged against person:alec-baldwin',
      'organization:baldwin-prosecution prosecuted case:baldwin-criminal',
      'outcome:baldwin-criminal-dismissal decided by person:baldwin-trial-judge',
      'outcome:baldwin-criminal-dismissal resolved case:baldwin-criminal',
      'outcome:baldwin-criminal-dismissal resolved charge:baldwin-involuntary-manslaughter',
      'person:alec-baldwin defendant in case:baldwin-criminal',
      'person:alec-baldwin involved in incident:rust-shooting',
      'person:alec-baldwin plaintiff in case:baldwin-v-morrissey',
      'person:baldwin-trial-judge presided over case:baldwin-criminal',
      'person:kari-morrissey defendant in case:baldwin-v-morrissey',
      'person:kari-morrissey prosecuted case:baldwin-criminal',
      'person:mary-carmack-altwies defendant in case:baldwin-v-morrissey',
      'person:mary-carmack-altwies prosecuted case:baldwin-criminal',
    ]);
  });

  it('at depth 2 reaches the other cases, their parties, claims and events, the production and the victim', async () => {
    const res = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal', depth: 2 });
    expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['exploreNeighborhood2'] });
    const g = res.data.neighborhood;
    expect(g.truncated).toBe(false);
    expect(ids(g.nodes)).toEqual([...DEPTH_1, ...DEPTH_2_MORE].sort());
    // Breadth-first: the whole first level precedes the second.
    expect(ids(g.nodes.slice(0, DEPTH_1.length))).toEqual(DEPTH_1);
    expectWellFormed(g);
    // 42 among facts, and 26 from statements: 19 ABOUT, 5 STATED, 2 ON_BEHALF_OF.
    expect(g.edges).toHaveLength(68);
  });

  it('answers a view that reads no evidence and no entity with a lean statement, the same nodes and edges', async () => {
    const view = (fields: string) => `query View($id: ID!) {
      neighborhood(id: $id, depth: 2) { truncated nodes { id kind displayName } edges { id kind source target direction label${fields} } }
    }`;
    const lean = await ask(view(''), { id: 'case:baldwin-criminal' });
    expect(lean.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['exploreNeighborhoodLean2'] });
    const full = await ask(view(' evidence { quote }'), { id: 'case:baldwin-criminal' });
    expect(full.extensions?.cypher?.queries).toEqual(['exploreNeighborhood2']);
    const withoutEvidence = {
      ...full.data.neighborhood,
      edges: full.data.neighborhood.edges.map(({ evidence: _e, ...edge }: { evidence: unknown }) => edge),
    };
    expect(lean.data.neighborhood).toEqual(withoutEvidence);
    expect(lean.data.neighborhood.edges).toHaveLength(68);
  });

  it('follows only the relationship kinds asked for', async () => {
    const res = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal', depth: 3, edgeKinds: ['PARTY_TO'] });
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const g = res.data.neighborhood;
    expect(ids(g.nodes)).toEqual([
      'case:baldwin-criminal',
      'case:baldwin-v-morrissey',
      'case:hutchins-parents-v-baldwin',
      'case:hutchins-widower-v-baldwin',
      'group:baldwin-suit-other-defendants',
      'group:hutchins-parents',
      'group:other-rust-producers',
      'organization:baldwin-prosecution',
      'person:alec-baldwin',
      'person:hutchins-widower',
      'person:kari-morrissey',
      'person:mary-carmack-altwies',
    ]);
    expect(new Set(g.edges.map((e: any) => e.kind))).toEqual(new Set(['PARTY_TO']));
    expect(g.edges).toHaveLength(12);
    expectWellFormed(g);
  });

  it('reaches and expands only through the node kinds asked for, always keeping the start', async () => {
    const res = await ask(NEIGHBORHOOD, {
      id: 'case:baldwin-criminal',
      depth: 2,
      nodeKinds: ['PERSON', 'ORGANIZATION', 'GROUP'],
    });
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const g = res.data.neighborhood;
    expect(ids(g.nodes)).toEqual([
      'case:baldwin-criminal',
      'organization:baldwin-prosecution',
      'person:alec-baldwin',
      'person:baldwin-trial-judge',
      'person:kari-morrissey',
      'person:mary-carmack-altwies',
    ]);
    expect(new Set(g.edges.map((e: any) => e.kind))).toEqual(new Set(['PARTY_TO', 'COUNSEL_IN', 'JUDGE_IN']));
    expectWellFormed(g);

    // From Halyna Hutchins through people only: her widower and her parents, never the shooting or the film.
    const family = await ask(NEIGHBORHOOD, {
      id: 'person:halyna-hutchins',
      depth: 3,
      nodeKinds: ['PERSON', 'GROUP'],
    });
    expect(ids(family.data.neighborhood.nodes)).toEqual([
      'group:hutchins-parents',
      'person:halyna-hutchins',
      'person:hutchins-widower',
    ]);
    expect(
      family.data.neighborhood.edges.map((e: any) => [e.source, e.label, e.target, e.direction]).sort(),
    ).toEqual([
      ['group:hutchins-parents', 'parent of', 'person:halyna-hutchins', 'DIRECTED'],
      ['person:hutchins-widower', 'widower of', 'person:halyna-hutchins', 'UNDIRECTED'],
    ]);
  });

  it('caps the nodes, nearest and lowest ids first, and says so', async () => {
    const res = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal', depth: 2, limit: 5 });
    expect(res.extensions?.cypher?.roundTrips).toBe(1);
    const g = res.data.neighborhood;
    expect(g.truncated).toBe(true);
    expect(g.nodes.map((n: any) => n.id)).toEqual(DEPTH_1.slice(0, 5));
    expectWellFormed(g);

    // Exactly enough room for the first level: nothing cut at depth 1, the second level cut at depth 2.
    const exact = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal', limit: DEPTH_1.length });
    expect(exact.data.neighborhood.truncated).toBe(false);
    expect(ids(exact.data.neighborhood.nodes)).toEqual(DEPTH_1);
    const deeper = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal', depth: 2, limit: DEPTH_1.length });
    expect(deeper.data.neighborhood.truncated).toBe(true);
    expect(ids(deeper.data.neighborhood.nodes)).toEqual(DEPTH_1);

    const alone = await ask(NEIGHBORHOOD, { id: 'case:baldwin-criminal', limit: 1 });
    expect(alone.data.neighborhood).toMatchObject({ truncated: true, edges: [] });
    expect(ids(alone.data.neighborhood.nodes)).toEqual(['case:baldwin-criminal']);
  });

  it('is null for an unknown id', async () => {
    const res = await ask(NEIGHBORHOOD, { id: 'case:does-not-exist', depth: 2 });
    expect(res.data.neighborhood).toBeNull();
    expect(res.extensions?.cypher).toEqual({ roundTrips: 1, queries: ['exploreNeighborhood2'] });
  });

  it('refuses depth 4 and caps out of range before execution, naming the argument', async () => {
    for (const [vars, argument] of [
      [{ depth: 4 }, 'depth'],
      [{ depth: 0 }, 'depth'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 501 }, 'limit'],
    ] as const) {
      const res = await h.gql(NEIGHBORHOOD, { id: 'case:baldwin-criminal', ...vars });
      // A request error (HTTP 400): no `data` at all.
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]?.message).toContain(`\`${argument}\``);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(res.extensions?.cypher?.roundTrips).toBe(0);
    }
  });
});
