import { exportQuery, filterOf, listUrl, orderOf, toggled } from '../../web/src/caseFilterUrl';
import { docketFieldName } from '../../web/src/docketFields';
import { readableLocator } from '../../web/src/format';
import { crowdedKinds, GROUP_OVER, toElements } from '../../web/src/graphGroups';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toGraphML, xmlText } from '../../web/src/graphml';
import type { EdgeKind, NodeKind } from '../../web/src/gql/graphql';

const params = (s: string) => new URLSearchParams(s);

describe('the cases page keeps its whole state in the URL', () => {
  test('every filter parameter becomes the CaseFilter field the API takes', () => {
    expect(
      filterOf(
        params(
          'q=breach&kind=CIVIL,CRIMINAL&status=PENDING&court=court%3Anysd&nos=440&filedFrom=2019-01-01&filedTo=2019-12-31' +
            '&closedFrom=2020-01-01&closedTo=2020-06-30&pendingOn=2024-06-30&party=person%3Aa&role=PLAINTIFF' +
            '&lawyer=person%3Ab&firm=organization%3Ac&judge=person%3Ad',
        ),
      ),
    ).toEqual({
      text: 'breach',
      kind: ['CIVIL', 'CRIMINAL'],
      status: ['PENDING'],
      courtId: 'court:nysd',
      natureOfSuit: '440',
      filedFrom: '2019-01-01',
      filedTo: '2019-12-31',
      closedFrom: '2020-01-01',
      closedTo: '2020-06-30',
      pendingOn: '2024-06-30',
      partyId: 'person:a',
      role: 'PLAINTIFF',
      counselId: 'person:b',
      firmId: 'organization:c',
      judgeId: 'person:d',
    });
  });

  test('absent and blank parameters leave the filter empty; a role needs a party', () => {
    expect(filterOf(params('q=%20&kind=&role=JUDGE'))).toEqual({});
  });

  test('the order defaults to caption ascending and ignores unknown fields', () => {
    expect(orderOf(params(''))).toEqual({ field: 'CAPTION', direction: 'ASC' });
    expect(orderOf(params('sort=FILED&dir=DESC'))).toEqual({ field: 'FILED', direction: 'DESC' });
    expect(orderOf(params('sort=DROP&dir=x'))).toEqual({ field: 'CAPTION', direction: 'ASC' });
  });

  test('a new filter starts from the first page; paging keeps the filter', () => {
    const at = params('court=court%3Anysd&after=abc');
    expect(listUrl('/cases', at, { kind: 'CIVIL' })).toBe('/cases?court=court%3Anysd&kind=CIVIL');
    expect(listUrl('/cases', at, { after: 'def' })).toBe('/cases?court=court%3Anysd&after=def');
    expect(listUrl('/cases', at, { court: null, after: null })).toBe('/cases');
    // Lifting the party lifts its role.
    expect(listUrl('/cases', params('party=person%3Aa&role=PLAINTIFF'), { party: null })).toBe('/cases');
  });

  test('kinds and statuses toggle in and out of a sorted list', () => {
    expect(toggled(params('kind=CIVIL'), 'kind', 'CRIMINAL')).toBe('CIVIL,CRIMINAL');
    expect(toggled(params('kind=CIVIL,CRIMINAL'), 'kind', 'CIVIL')).toBe('CRIMINAL');
    expect(toggled(params('kind=CIVIL'), 'kind', 'CIVIL')).toBeNull();
  });

  test('the export links carry the same filter as JSON', () => {
    expect(exportQuery({})).toBe('');
    const q = exportQuery({ courtId: 'court:nysd', pendingOn: '2024-06-30' });
    expect(JSON.parse(decodeURIComponent(q.replace('?filter=', '')))).toEqual({
      courtId: 'court:nysd',
      pendingOn: '2024-06-30',
    });
  });
});

describe('docket fields are named by their meaning', () => {
  test('juriscraper keys read as a docket reader names them; the unknown lose underscores', () => {
    expect(docketFieldName('assigned_to_str')).toBe('assigned judge');
    expect(docketFieldName('date_terminated')).toBe('terminated on');
    expect(docketFieldName('some_new_key')).toBe('some new key');
    expect(readableLocator('/parties/3/attorneys/0/name')).toBe('parties › 4 › attorneys › 1 › name');
    expect(readableLocator('/assigned_to_str')).toBe('assigned judge');
    expect(readableLocator('')).toBe('the whole docket');
  });
});

describe('a graph view groups crowded kinds', () => {
  const node = (id: string, kind: NodeKind) => ({ id, kind, displayName: id });
  const edge = (id: string, source: string, target: string, kind: EdgeKind = 'HAS_EVENT') => ({
    id,
    kind,
    source,
    target,
    direction: 'DIRECTED' as const,
    label: 'has event',
    evidence: [],
  });
  const events = Array.from({ length: GROUP_OVER + 2 }, (_, i) => node(`event:${i}`, 'EVENT'));
  const nodes = [node('case:x', 'CASE'), node('person:a', 'PERSON'), ...events];
  const edges = [
    edge('p', 'person:a', 'case:x', 'PARTY_TO'),
    ...events.map((e, i) => edge(`e${i}`, 'case:x', e.id)),
  ];

  test('only kinds with more than GROUP_OVER nodes start grouped, never the start node', () => {
    expect([...crowdedKinds(nodes, 'case:x')]).toEqual(['EVENT']);
    expect([...crowdedKinds(nodes.slice(0, 5), 'case:x')]).toEqual([]);
  });

  test('grouped: one node for the kind, one edge per neighbour with the number it stands for', () => {
    const els = toElements(nodes, edges, new Set(['EVENT']));
    const ids = els.map((e) => e.data.id);
    expect(ids).toEqual([
      'case:x',
      'person:a',
      'group:EVENT',
      'p',
      'group-edge:case:x|group:EVENT|HAS_EVENT',
    ]);
    expect(els.find((e) => e.data.id === 'group:EVENT')?.data).toMatchObject({
      label: `${GROUP_OVER + 2} events — click to show`,
      members: GROUP_OVER + 2,
    });
    expect(els.at(-1)?.data.label).toBe(`has event ×${GROUP_OVER + 2}`);
  });

  test('ungrouped: every node and edge as it is', () => {
    expect(toElements(nodes, edges, new Set())).toHaveLength(nodes.length + edges.length);
  });
});

describe('GraphML of a graph view', () => {
  test('text is escaped for XML, and characters XML cannot hold are replaced', () => {
    expect(xmlText(`<a & "b" 'c'>\u0001`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;\uFFFD');
  });

  test('nodes and edges with their kinds, labels and evidence', () => {
    const xml = toGraphML(
      [
        { id: 'person:o’brien', label: 'O’Brien <Jr.> & Co', kind: 'PERSON' },
        { id: 'case:x', label: 'Doe v. Roe', kind: 'CASE' },
      ],
      [
        {
          id: 'r1',
          source: 'person:o’brien',
          target: 'case:x',
          label: 'plaintiff',
          kind: 'PARTY_TO',
          directed: true,
          evidence: ['source:s: “he sued”'],
        },
      ],
    );
    expect(xml).toContain('<node id="person:o’brien"><data key="label">O’Brien &lt;Jr.&gt; &amp; Co</data>');
    expect(xml).toContain('<edge id="r1" source="person:o’brien" target="case:x">');
    expect(xml).toContain('<data key="evidence">source:s: “he sued”</data>');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      graphml: { graph: { node: { id: string; data: { '#text': string }[] }[]; edge: { source: string } } };
    };
    expect(parsed.graphml.graph.node.map((n) => [n.id, n.data[0]?.['#text']])).toEqual([
      ['person:o’brien', 'O’Brien <Jr.> & Co'],
      ['case:x', 'Doe v. Roe'],
    ]);
    expect(parsed.graphml.graph.edge.source).toBe('person:o’brien');
  });
});
