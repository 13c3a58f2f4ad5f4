import Cypher from '@neo4j/cypher-builder';
import { GraphQLError } from 'graphql';
import { queryName } from '../../src/db/executor';
import { REL_TYPES } from '../../src/graph/relationships';
import {
  displayNameOf,
  edgeDirection,
  edgeLabel,
  graphEdgeProjection,
  graphNodeProjection,
  LEAN_NEIGHBORHOOD_QUERIES,
  NEIGHBORHOOD_QUERIES,
  neighborhoodCypher,
  neighborhoodQuery,
  nodeKindOf,
  PATH_QUERIES,
  pathsCypher,
  pathsQuery,
  renderPath,
  toGraphEdge,
  toGraphNode,
  toPath,
  type RenderStep,
} from '../../src/repositories/explore';
import { fixedText } from '../../src/cypher/statement';

const SOURCE = {
  id: 'source:s1',
  kind: 'ARTICLE',
  title: 'Article',
  publisher: null,
  identifier: 's1',
  dateValue: null,
};

describe('edgeLabel', () => {
  const cases: [string, Record<string, string | null>, string][] = [
    ['COUNSEL_IN', { capacity: 'SPECIAL_PROSECUTOR' }, 'prosecuted'],
    ['COUNSEL_IN', { capacity: 'DISTRICT_ATTORNEY' }, 'prosecuted'],
    ['COUNSEL_IN', { capacity: 'PRIVATE_COUNSEL' }, 'represented a party in'],
    ['COUNSEL_IN', { capacity: 'PUBLIC_DEFENDER' }, 'defended a party in'],
    ['COUNSEL_IN', { capacity: 'OTHER' }, 'counsel in'],
    ['COUNSEL_IN', {}, 'counsel in'],
    ['PARTY_TO', { role: 'PLAINTIFF' }, 'plaintiff in'],
    ['PARTY_TO', { role: 'DEFENDANT' }, 'defendant in'],
    ['PARTY_TO', { role: 'PROSECUTION' }, 'prosecuted'],
    ['PARTY_TO', { role: 'PETITIONER' }, 'petitioner in'],
    ['PARTY_TO', { role: 'OTHER' }, 'party to'],
    ['JUDGE_IN', {}, 'presided over'],
    ['IN_COURT', {}, 'heard in'],
    ['ARISES_FROM', {}, 'arose from'],
    ['HAS_CHARGE', {}, 'includes charge'],
    ['CHARGED', {}, 'charged against'],
    ['HAS_CLAIM', {}, 'includes claim'],
    ['HAS_OUTCOME', {}, 'resulted in'],
    ['DECIDED_BY', {}, 'decided by'],
    ['RESOLVES', {}, 'resolved'],
    ['HAS_EVENT', {}, 'had event'],
    ['RELATED_TO', { kind: 'ARISES_FROM' }, 'arose from'],
    ['RELATED_TO', { kind: 'REFILING_OF' }, 'is a refiling of'],
    ['RELATED_TO', { kind: 'APPEAL_OF' }, 'is an appeal of'],
    ['RELATED_TO', { kind: 'RELATED' }, 'related to'],
    ['SPOUSE_OF', { detail: 'widower' }, 'widower of'],
    ['SPOUSE_OF', { detail: null }, 'spouse of'],
    ['PARENT_OF', {}, 'parent of'],
    ['WORKED_ON', { role: 'PRODUCER', roleText: 'producers' }, 'produced'],
    ['WORKED_ON', { role: 'ARMOURER', roleText: 'armourer' }, 'was armourer on'],
    ['WORKED_ON', { role: 'OTHER', roleText: 'gaffer' }, 'worked as gaffer on'],
    ['WORKED_ON', { role: 'OTHER' }, 'worked on'],
    ['INVOLVED_IN', { kind: 'KILLED', detail: 'fatally shot' }, 'killed in'],
    ['INVOLVED_IN', { kind: 'INJURED' }, 'injured in'],
    ['INVOLVED_IN', { kind: 'INVOLVED' }, 'involved in'],
    ['ON_PRODUCTION', {}, 'happened on'],
    ['STATED', {}, 'stated'],
    ['ON_BEHALF_OF', {}, 'on behalf of'],
    ['ABOUT', {}, 'is about'],
    ['SOME_NEW_TYPE', {}, 'some new type'],
  ];

  it.each(cases)('%s %j → %s', (type, props, label) => {
    expect(edgeLabel(type, props)).toBe(label);
  });

  it('covers every relationship type the graph holds', () => {
    expect(REL_TYPES.filter((t) => !cases.some(([type]) => type === t))).toEqual([]);
  });
});

describe('edgeDirection', () => {
  it('treats marriage and bare case relations as symmetric, everything else as directed', () => {
    expect(edgeDirection('SPOUSE_OF', { detail: 'widower' })).toBe('UNDIRECTED');
    expect(edgeDirection('RELATED_TO', { kind: 'RELATED' })).toBe('UNDIRECTED');
    expect(edgeDirection('RELATED_TO', { kind: 'ARISES_FROM' })).toBe('DIRECTED');
    expect(edgeDirection('PARENT_OF')).toBe('DIRECTED');
    expect(edgeDirection('COUNSEL_IN', { capacity: 'SPECIAL_PROSECUTOR' })).toBe('DIRECTED');
  });
});

describe('renderPath', () => {
  const step = (from: string, label: string, to: string, direction: RenderStep['direction']): RenderStep => ({
    from: { displayName: from },
    to: { displayName: to },
    edge: { label },
    direction,
  });

  it('points each arrow along its relationship', () => {
    expect(
      renderPath([
        step('Kari Morrissey', 'prosecuted', 'Criminal case against Alec Baldwin', 'FORWARD'),
        step('Criminal case against Alec Baldwin', 'arose from', 'Rust set shooting', 'FORWARD'),
        step('Rust set shooting', 'killed in', 'Halyna Hutchins', 'BACKWARD'),
      ]),
    ).toBe(
      'Kari Morrissey —prosecuted→ Criminal case against Alec Baldwin —arose from→ Rust set shooting ←killed in— Halyna Hutchins',
    );
  });

  it('renders a single backward step and an empty path', () => {
    expect(renderPath([step('A', 'parent of', 'B', 'BACKWARD')])).toBe('A ←parent of— B');
    expect(renderPath([])).toBe('');
  });
});

describe('node kinds and display names', () => {
  it('reads the kind from the labels, and refuses sources', () => {
    expect(nodeKindOf(['Node', 'Party', 'Person'])).toBe('PERSON');
    expect(nodeKindOf(['Node', 'Party', 'Group'])).toBe('GROUP');
    expect(nodeKindOf(['Node', 'Case'])).toBe('CASE');
    expect(nodeKindOf(['Node', 'Source'])).toBeNull();
  });

  it('uses the property that names each kind', () => {
    expect(displayNameOf('PERSON', { id: 'person:x', displayName: 'X Y', name: 'X Y' })).toBe('X Y');
    expect(displayNameOf('GROUP', { id: 'group:x', displayName: 'her parents', name: null })).toBe(
      'her parents',
    );
    expect(displayNameOf('CASE', { id: 'case:x', caption: 'A v. B' })).toBe('A v. B');
    expect(displayNameOf('CHARGE', { id: 'charge:x', label: 'involuntary manslaughter' })).toBe(
      'involuntary manslaughter',
    );
    expect(displayNameOf('CLAIM', { id: 'claim:x', label: 'defamation' })).toBe('defamation');
    expect(displayNameOf('OUTCOME', { id: 'outcome:x', kind: 'DISMISSAL' })).toBe('Dismissal');
    expect(displayNameOf('EVENT', { id: 'event:x', description: 'Filed.' })).toBe('Filed.');
    expect(displayNameOf('INCIDENT', { id: 'incident:x', name: 'Rust set shooting' })).toBe(
      'Rust set shooting',
    );
    expect(displayNameOf('PRODUCTION', { id: 'production:x', title: 'Rust' })).toBe('Rust');
    expect(displayNameOf('COURT', { id: 'court:x', name: 'First Judicial District Court' })).toBe(
      'First Judicial District Court',
    );
    expect(displayNameOf('CASE', { id: 'case:x' })).toBe('case:x');
  });
});

describe('rows to models', () => {
  const personRow = {
    labels: ['Node', 'Party', 'Person'],
    doc: {
      id: 'person:a',
      kind: 'PERSON',
      name: 'A',
      displayName: 'A',
      evidence: [{ quote: 'A exists.', source: SOURCE }],
      descriptors: ['the lawyer'],
      descriptorsEvidence: [{ quote: 'the lawyer', source: { ...SOURCE, id: 'source:s2' } }],
      officesEvidence: [],
    },
  };
  const caseRow = {
    labels: ['Node', 'Case'],
    doc: { id: 'case:c', caption: 'C', kind: 'CIVIL', status: 'PENDING', evidence: [], caseId: null },
  };
  const edgeRow = {
    id: 'PARTY_TO:person:a->case:c#PLAINTIFF',
    type: 'PARTY_TO',
    source: 'person:a',
    target: 'case:c',
    props: { role: 'PLAINTIFF', capacity: null, kind: null, detail: null, roleText: null },
    evidence: [{ quote: 'A sued.', source: SOURCE }],
  };

  it('maps a node with its entity and an edge with its verb and inline evidence', () => {
    const node = toGraphNode(personRow);
    expect(node).toMatchObject({ id: 'person:a', kind: 'PERSON', displayName: 'A' });
    expect(node.node).toMatchObject({ __typename: 'Person', id: 'person:a', name: 'A' });
    // Evidence keeps its inline source, descriptors' included: `Evidence.source` needs no lookup.
    expect(node.node).toMatchObject({
      evidence: [{ sourceId: 'source:s1', source: { id: 'source:s1' } }],
      descriptors: [
        { text: 'the lawyer', evidence: [{ sourceId: 'source:s2', source: { id: 'source:s2' } }] },
      ],
    });
    const edge = toGraphEdge(edgeRow);
    expect(edge).toMatchObject({
      id: edgeRow.id,
      kind: 'PARTY_TO',
      source: 'person:a',
      target: 'case:c',
      direction: 'DIRECTED',
      label: 'plaintiff in',
    });
    expect(edge.evidence).toEqual([
      { sourceId: 'source:s1', quote: 'A sued.', source: expect.objectContaining({ __typename: 'Source' }) },
    ]);
  });

  it('builds steps that know whether they walk along or against each edge', () => {
    const a = toGraphNode(personRow);
    const c = toGraphNode(caseRow);
    const edge = toGraphEdge(edgeRow);
    const forward = toPath([a, c], [edge]);
    expect(forward).toMatchObject({ length: 1, rendering: 'A —plaintiff in→ C' });
    expect(forward.steps[0]).toMatchObject({
      from: { id: 'person:a' },
      to: { id: 'case:c' },
      direction: 'FORWARD',
    });
    const backward = toPath([c, a], [edge]);
    expect(backward.rendering).toBe('C ←plaintiff in— A');
    expect(backward.steps[0]?.direction).toBe('BACKWARD');
  });
});

describe('argument validation', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      return (error as GraphQLError).extensions;
    }
    throw new Error('expected a BAD_USER_INPUT error');
  };

  it('refuses depth, limit, maxLength and first out of range, naming the argument', () => {
    expect(code(() => neighborhoodQuery({ id: 'case:x', depth: 4 }))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'depth',
    });
    expect(code(() => neighborhoodQuery({ id: 'case:x', depth: 0 }))).toMatchObject({ argument: 'depth' });
    expect(code(() => neighborhoodQuery({ id: 'case:x', limit: 0 }))).toMatchObject({ argument: 'limit' });
    expect(code(() => neighborhoodQuery({ id: 'case:x', limit: 501 }))).toMatchObject({ argument: 'limit' });
    expect(code(() => pathsQuery({ from: 'a:1', to: 'b:2', maxLength: 7 }))).toMatchObject({
      argument: 'maxLength',
    });
    expect(code(() => pathsQuery({ from: 'a:1', to: 'b:2', maxLength: 0 }))).toMatchObject({
      argument: 'maxLength',
    });
    expect(code(() => pathsQuery({ from: 'a:1', to: 'b:2', first: 21 }))).toMatchObject({
      argument: 'first',
    });
    expect(code(() => pathsQuery({ from: 'a:1', to: 'a:1' }))).toMatchObject({ argument: 'to' });
  });

  it('applies defaults (null counts as omitted) and picks the text by depth / maximum length', () => {
    const n = neighborhoodQuery({ id: 'case:x', depth: null, limit: null });
    expect(n.cypher).toBe(NEIGHBORHOOD_QUERIES.get(1));
    expect(n.params).toEqual({
      id: 'case:x',
      limit: 200,
      nodeLabels: [
        'Person',
        'Organization',
        'Group',
        'Case',
        'Charge',
        'Claim',
        'Outcome',
        'Event',
        'Incident',
        'Production',
        'Court',
        'Statement',
      ],
      edgeKinds: [...REL_TYPES],
    });
    expect(neighborhoodQuery({ id: 'case:x', depth: 3 }).cypher).toBe(NEIGHBORHOOD_QUERIES.get(3));
    const p = pathsQuery({ from: 'a:1', to: 'b:2' });
    expect(p.cypher).toBe(PATH_QUERIES.get(4));
    expect(p.params).toEqual({ from: 'a:1', to: 'b:2', first: 5, scan: 1000 });
  });

  it('passes kinds as labels and relationship types, deduplicated', () => {
    const q = neighborhoodQuery({
      id: 'case:x',
      nodeKinds: ['PERSON', 'CASE', 'PERSON'],
      edgeKinds: ['PARTY_TO', 'PARTY_TO'],
    });
    expect(q.params).toMatchObject({ nodeLabels: ['Person', 'Case'], edgeKinds: ['PARTY_TO'] });
  });

  it('never puts user input in the statement', () => {
    const hostile = `person:x'}) DETACH DELETE n WITH 1 AS x MATCH (m {id: "y"`;
    const n = neighborhoodQuery({ id: hostile, depth: 2 });
    expect(n.cypher).not.toContain('DETACH');
    expect(n.params.id).toBe(hostile);
    const p = pathsQuery({ from: hostile, to: 'case:x' });
    expect(p.cypher).not.toContain('DETACH');
    expect(p.params.from).toBe(hostile);
  });
});

describe('Cypher texts', () => {
  it('is a fixed table of named statements: depths 1..3, path lengths 1..6', () => {
    expect([...NEIGHBORHOOD_QUERIES.keys()]).toEqual([1, 2, 3]);
    expect([...PATH_QUERIES.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...NEIGHBORHOOD_QUERIES.values()].map(queryName)).toEqual([
      'exploreNeighborhood1',
      'exploreNeighborhood2',
      'exploreNeighborhood3',
    ]);
    expect([...PATH_QUERIES.values()].map(queryName)).toEqual([
      'explorePaths1',
      'explorePaths2',
      'explorePaths3',
      'explorePaths4',
      'explorePaths5',
      'explorePaths6',
    ]);
    // Breadth-first, one unrolled level per step: never a variable-length expansion.
    for (const [depth, cypher] of NEIGHBORHOOD_QUERIES) {
      expect(cypher.match(/CALL \(seen, frontier\)/g)).toHaveLength(depth);
      expect(cypher).not.toMatch(/\*\s*\d*\.\./);
    }
  });

  it('has a lean twin of each neighbourhood statement, without evidence or entity summaries', () => {
    expect([...LEAN_NEIGHBORHOOD_QUERIES.values()].map(queryName)).toEqual([
      'exploreNeighborhoodLean1',
      'exploreNeighborhoodLean2',
      'exploreNeighborhoodLean3',
    ]);
    for (const [depth, cypher] of LEAN_NEIGHBORHOOD_QUERIES) {
      expect(cypher.match(/CALL \(seen, frontier\)/g)).toHaveLength(depth);
      expect(cypher).not.toContain('evidenceSources');
      expect(NEIGHBORHOOD_QUERIES.get(depth)).toContain('evidenceSources');
    }
    expect(neighborhoodQuery({ id: 'case:x', depth: 2, lean: true }).cypher).toBe(
      LEAN_NEIGHBORHOOD_QUERIES.get(2),
    );
  });

  // The whole statements as they run, node and edge projections included.
  it('expands the neighbourhood level by level (depth 2)', () => {
    expect(neighborhoodCypher(2)).toMatchSnapshot();
  });

  it('finds all shortest paths up to the maximum length (4)', () => {
    expect(pathsCypher(4)).toMatchSnapshot();
  });

  it('projects nodes and edges with their evidence and sources inline', () => {
    const compiled = (projection: (v: Cypher.Variable) => Cypher.Expr, name: string) =>
      fixedText('projection', (compile) =>
        compile(projection(new Cypher.NamedVariable(name))),
      ).cypher.replace('// projection\n', '');
    /** `v`'s evidence under `prefix`, each quote with its source looked up by id. */
    const evidence = (v: string, prefix: string) =>
      new RegExp(
        `COLLECT \\{\\n {2}MATCH \\((\\w+):Share \\{ of: ${v}\\.id \\}\\)\\n {2}WHERE \\1\\.${prefix}Sources IS NOT NULL\\n {2}UNWIND range\\(0, \\(size\\(\\1\\.${prefix}Sources\\) - 1\\)\\) AS (\\w+)\\n {2}RETURN \\{quote: \\1\\.${prefix}Quotes\\[\\2\\], locator: \\1\\.${prefix}Locators\\[\\2\\], (text: \\1\\.${prefix}\\[\\2\\], )?source: COLLECT \\{\\n {4}MATCH \\((\\w+):Source \\{ id: \\1\\.${prefix}Sources\\[\\2\\] \\}\\)\\n {4}RETURN \\4 \\{ \\.id, \\.kind, \\.title, `,
      );

    const node = compiled(graphNodeProjection, 'n');
    // The properties any entity shows (cypher/shown.ts), days as text, then its evidence.
    expect(node).toMatch(
      /^\{labels: labels\(n\), doc: n \{ \.id, \.caption, [^}]*dateLatest: toString\(n\.dateLatest\), evidence: COLLECT \{/,
    );
    for (const prefix of ['evidence', 'descriptors', 'offices']) expect(node).toMatch(evidence('n', prefix));
    // Facts a case owns carry that case's id.
    expect(node).toMatch(
      /caseId: COLLECT \{\n {2}MATCH \((\w+):Case\)-\[:\(HAS_CHARGE\|HAS_CLAIM\|HAS_OUTCOME\|HAS_EVENT\)\]->\(n\)\n {2}RETURN \1\.id\n\}\[0\] \}\}$/,
    );

    const edge = compiled(graphEdgeProjection, 'r');
    expect(edge).toMatch(
      /^\{id: r\.id, type: type\(r\), source: \[(\w+) IN \[startNode\(r\)\] \| \1\.id\]\[0\], target: \[(\w+) IN \[endNode\(r\)\] \| \2\.id\]\[0\], props: r \{ \.role, \.capacity, \.kind, \.detail, \.roleText \}, evidence: COLLECT \{/,
    );
    expect(edge).toMatch(evidence('r', 'evidence'));
  });
});
