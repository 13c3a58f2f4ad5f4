import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, type Harness } from '../support/harness';

// Schema-driven: every type that implements `Sourced` is fetched through the
// interface alone (`... on Sourced { evidence { quote source { id } } }`), for the
// entities of that type in the seed, and every quote must be verbatim in the
// text of its source as the graph stores it.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const EVIDENCE = '__typename ... on Sourced { evidence { quote source { id } } }';
const SEED = JSON.parse(readFileSync(join(__dirname, '../../seed/rust-litigation.json'), 'utf8'));

/** Every id the seed defines, but the sources'. */
function seedIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => seedIds(v, out));
  else if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string' && /^[a-z]+:/.test(id) && !id.startsWith('source:')) out.add(id);
    Object.values(value).forEach((v) => seedIds(v, out));
  }
  return out;
}

interface Found {
  __typename: string;
  evidence?: { quote: string; source: { id: string } }[];
}

/** Every object in a response that answered the `Sourced` fragment. */
function sourcedIn(value: unknown, out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((v) => sourcedIn(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Found;
    if (typeof o.__typename === 'string' && Array.isArray(o.evidence)) out.push(o);
    Object.values(value).forEach((v) => sourcedIn(v, out));
  }
  return out;
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** Where the types that are not entities (relationships, graph-view and timeline items) are reached. */
const NOT_ENTITIES: Record<string, string> = {
  CaseParty: 'cases',
  Counsel: 'cases',
  CaseJudge: 'cases',
  CaseRelation: 'cases',
  Descriptor: 'parties',
  Office: 'parties',
  PartyRelationship: 'parties',
  ProductionCredit: 'production',
  IncidentInvolvement: 'incident',
  GraphNode: 'neighborhood',
  GraphEdge: 'neighborhood',
  TimelineEntry: 'timeline',
  // Docket facts: tests/integration/dockets.test.ts checks their evidence against the docket values.
  SourcedText: 'cases',
  ContactPoint: 'parties',
};

describe('evidence through the Sourced interface', () => {
  let implementing: string[];
  let entityTypes: Set<string>;
  const found: Found[] = [];
  let texts: Map<string, string>;

  beforeAll(async () => {
    const schema = await h.gql(`{
      sourced: __type(name: "Sourced") { possibleTypes { name } }
      node: __type(name: "Node") { possibleTypes { name } }
    }`);
    implementing = schema.data.sourced.possibleTypes.map((t: { name: string }) => t.name).sort();
    entityTypes = new Set(schema.data.node.possibleTypes.map((t: { name: string }) => t.name));

    // Every entity of the seed by id, 25 to an operation.
    for (const ids of chunks([...seedIds(SEED)].sort(), 25)) {
      const fields = ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { ${EVIDENCE} }`);
      const res = await h.gql(`{ ${fields.join('\n')} }`);
      expect(res.errors).toBeUndefined();
      ids.forEach((id, i) => expect(res.data[`n${i}`]).not.toBeNull());
      found.push(...sourcedIn(res.data));
    }
    const caseIds = SEED.cases.map((c: { id: string }) => c.id);
    const partyIds = SEED.parties.map((p: { id: string }) => p.id);
    const reach = [
      `{ ${caseIds
        .map(
          (id: string, i: number) =>
            `c${i}: case(id: "${id}") { parties(first: 100) { edges { node { ${EVIDENCE} } } } counsel { ${EVIDENCE} } judges { ${EVIDENCE} } relatedCases { ${EVIDENCE} } }`,
        )
        .join('\n')} }`,
      `{ ${partyIds
        .map(
          (id: string, i: number) =>
            `p${i}: party(id: "${id}") { descriptors { ${EVIDENCE} } offices { ${EVIDENCE} } relationships { ${EVIDENCE} } }`,
        )
        .join('\n')} }`,
      `{ node(id: "production:rust") { ... on Production { credits { ${EVIDENCE} } } } }`,
      `{ node(id: "incident:rust-shooting") { ... on Incident { involvements { ${EVIDENCE} } } } }`,
      `{ neighborhood(id: "incident:rust-shooting", depth: 3, limit: 500) { nodes { ${EVIDENCE} } edges { ${EVIDENCE} } } }`,
      `{ timeline(incidentId: "incident:rust-shooting", transitive: true, first: 100) { edges { node { ${EVIDENCE} } } } }`,
    ];
    for (const query of reach) {
      const res = await h.gql(query);
      expect(res.errors).toBeUndefined();
      found.push(...sourcedIn(res.data));
    }

    const rows = await h.executor.read(
      '// sourceTextsForTest\nMATCH (s:Source) RETURN s.id AS id, s.text AS text',
    );
    texts = new Map(rows.map((r) => [r.id as string, r.text as string]));
  });

  it('is implemented by every entity with evidence and by the relationship, graph-view and timeline types', () => {
    const expected = [...Object.keys(NOT_ENTITIES), ...[...entityTypes].filter((t) => t !== 'Source')].sort();
    expect(implementing).toEqual(expected);
  });

  it('reaches every implementing type in the seed, each with evidence', () => {
    // The article names no court and is no docket (no nature of suit, no contact data), so the
    // seed has none of these; every other type is reached.
    const absent = implementing.filter((type) => !found.some((f) => f.__typename === type));
    expect(absent).toEqual(['ContactPoint', 'Court', 'SourcedText']);
    for (const type of implementing.filter((t) => !absent.includes(t))) {
      const ofType = found.filter((f) => f.__typename === type);
      expect({ type, reached: ofType.length > 0 }).toEqual({ type, reached: true });
      expect({ type, withEvidence: ofType.every((f) => (f.evidence ?? []).length > 0) }).toEqual({
        type,
        withEvidence: true,
      });
    }
  });

  it('finds every quote verbatim in the text of its source', () => {
    const quotes = found.flatMap((f) => (f.evidence ?? []).map((e) => ({ type: f.__typename, ...e })));
    expect(quotes.length).toBeGreaterThan(200);
    const notVerbatim = quotes.filter((q) => !(texts.get(q.source.id) ?? '').includes(q.quote));
    expect(notVerbatim).toEqual([]);
  });
});
