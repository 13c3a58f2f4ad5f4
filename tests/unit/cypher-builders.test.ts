import { CalendarDate } from '../../src/db/convert';
import { queryName } from '../../src/db/executor';
import { FULLTEXT_INDEX } from '../../src/db/schema-setup';
import {
  caseListQuery,
  orderName,
  type CaseFilterInput,
  type CaseOrderInput,
} from '../../src/repositories/cases';
import { keysetCypher, keysetPage, type KeysetQuery } from '../../src/cypher/keyset';
import { encodeCursor, pageWindow, type PageArgs, type Window } from '../../src/cypher/paging';
import { partyListQuery, type PartyFilterInput } from '../../src/repositories/parties';
import type { PartyRole } from '../../src/domain/models';
import { caseDocument, partyDocument } from '../../src/cypher/projections';

const FILED_ASC: CaseOrderInput = { field: 'FILED', direction: 'ASC' };
const PARTY_ORDER = 'parties:NAME:ASC';

// The document projections (projections.ts) are shared by many queries and change on
// their own; snapshots replace them with a marker so they pin down only what the list
// builders decide. `projection` is checked separately against the real projection.
const CASE_DOC = '<caseDocument(c)>';
const PARTY_DOC = '<partyDocument(p)>';

function cases(
  filter: CaseFilterInput,
  order: CaseOrderInput = FILED_ASC,
  page: PageArgs = {},
  withTotal = false,
  projection?: string,
) {
  const q = caseListQuery(filter, order, withTotal);
  return keysetCypher({ ...q, projection: projection ?? q.projection }, pageWindow(page, orderName(order)));
}

function parties(filter: PartyFilterInput, page: PageArgs = {}, withTotal = false, projection?: string) {
  const q = partyListQuery(filter, withTotal);
  return keysetCypher({ ...q, projection: projection ?? q.projection }, pageWindow(page, PARTY_ORDER));
}

/** The statement without the (long, shared) document projection, for readable assertions. */
function skeleton(cypher: string): string {
  return cypher.replace(
    /WITH collect\(\{sortKey: sortKey, doc: [\s\S]*\}\) AS page/,
    'WITH collect(...) AS page',
  );
}

const HOSTILE_TEXT = "') MATCH (n) DETACH DELETE n //";
const HOSTILE_ID = `person:x'}) DETACH DELETE n WITH 1 AS x MATCH (m {id: "y"`;

describe('caseListQuery + keysetCypher snapshots', () => {
  const scenarios: [string, CaseFilterInput, CaseOrderInput, PageArgs, boolean][] = [
    ['no filter, first page', {}, FILED_ASC, {}, false],
    ['partyId + role PLAINTIFF', { partyId: 'person:alec-baldwin', role: 'PLAINTIFF' }, FILED_ASC, {}, false],
    ['role COUNSEL alone', { role: 'COUNSEL' }, FILED_ASC, {}, false],
    ['partyId + role JUDGE', { partyId: 'person:mary-marlowe-sommer', role: 'JUDGE' }, FILED_ASC, {}, false],
    ['text', { text: 'Baldwin manslaughter' }, FILED_ASC, {}, false],
    [
      'text + partyId + role DEFENDANT',
      { text: 'rust', partyId: 'person:a', role: 'DEFENDANT' },
      FILED_ASC,
      {},
      false,
    ],
    [
      'status + kind + filedFrom',
      { status: ['DISMISSED', 'DECIDED'], kind: ['CRIMINAL'], filedFrom: '2024-01-01' },
      FILED_ASC,
      {},
      false,
    ],
    [
      'every other filter',
      {
        judgeId: 'person:judge',
        incidentId: 'incident:rust-shooting',
        courtId: 'court:nm',
        filedTo: '2025-12-31',
        outcomeKind: 'DISMISSAL',
      },
      FILED_ASC,
      {},
      false,
    ],
    [
      'closedFrom + closedTo + pendingOn',
      { closedFrom: '2024-01-01', closedTo: '2024-12-31', pendingOn: '2024-07-10' },
      { field: 'CLOSED' },
      {},
      false,
    ],
    ['withTotal', { status: ['PENDING'] }, FILED_ASC, { first: 5 }, true],
    [
      'after cursor, FILED ASC',
      {},
      FILED_ASC,
      { first: 2, after: encodeCursor({ order: 'cases:FILED:ASC', key: '2024-07-01', id: 'case:b' }) },
      false,
    ],
    [
      'last/before, CAPTION DESC',
      { kind: ['CIVIL'] },
      { field: 'CAPTION', direction: 'DESC' },
      {
        last: 3,
        before: encodeCursor({ order: 'cases:CAPTION:DESC', key: 'Baldwin v. Morrissey', id: 'case:c' }),
      },
      false,
    ],
    ['CLOSED DESC', {}, { field: 'CLOSED', direction: 'DESC' }, {}, false],
  ];

  it.each(scenarios)('%s', (_name, filter, order, page, withTotal) => {
    const { cypher, params } = cases(filter, order, page, withTotal, CASE_DOC);
    expect(cypher.split('\n')[0]).toBe('// listCases');
    expect(queryName(cypher)).toBe('listCases');
    expect({ cypher, params }).toMatchSnapshot();
    // The real statement differs only by the projection.
    const real = cases(filter, order, page, withTotal);
    expect(real.cypher).toBe(cypher.replace(CASE_DOC, () => caseDocument('c')));
    expect(real.params).toEqual(params);
  });
});

describe('partyListQuery + keysetCypher snapshots', () => {
  const scenarios: [string, PartyFilterInput, PageArgs, boolean][] = [
    ['no filter', {}, {}, false],
    ['caseId + role PLAINTIFF', { caseId: 'case:baldwin-v-morrissey', role: 'PLAINTIFF' }, {}, false],
    ['role COUNSEL alone', { role: 'COUNSEL' }, {}, false],
    ['text + caseId', { text: 'Gutiérrez', caseId: 'case:gutierrez-reed-criminal' }, {}, false],
    ['kind + withTotal', { kind: ['PERSON', 'GROUP'] }, { first: 10 }, true],
    [
      'last/before',
      {},
      { last: 2, before: encodeCursor({ order: PARTY_ORDER, key: 'Kari Morrissey', id: 'p:k' }) },
      false,
    ],
  ];

  it.each(scenarios)('%s', (_name, filter, page, withTotal) => {
    const { cypher, params } = parties(filter, page, withTotal, PARTY_DOC);
    expect(cypher.split('\n')[0]).toBe('// listParties');
    expect(queryName(cypher)).toBe('listParties');
    expect({ cypher, params }).toMatchSnapshot();
    const real = parties(filter, page, withTotal);
    expect(real.cypher).toBe(cypher.replace(PARTY_DOC, () => partyDocument('p')));
    expect(real.params).toEqual(params);
  });
});

describe('caseListQuery', () => {
  it('starts from every case with no filter', () => {
    const q = caseListQuery({}, FILED_ASC, false);
    expect(q).toMatchObject({
      name: 'listCases',
      anchor: 'MATCH (c:Case)',
      variable: 'c',
      conditions: [],
      sortKey: 'c.filedSortAsc',
      keyIsDate: true,
      descending: false,
      withTotal: false,
      params: {},
    });
  });

  it('sorts undated cases last in either direction', () => {
    expect(caseListQuery({}, { field: 'FILED', direction: 'DESC' }, false)).toMatchObject({
      sortKey: 'c.filedSortDesc',
      descending: true,
    });
    expect(caseListQuery({}, { field: 'CLOSED' }, false)).toMatchObject({
      sortKey: 'c.closedSortAsc',
      descending: false,
    });
    expect(caseListQuery({}, { field: 'CAPTION', direction: 'DESC' }, false)).toMatchObject({
      sortKey: 'c.caption',
      keyIsDate: false,
    });
  });

  it('anchors on the party for partyId + a party role, filtering the role by parameter', () => {
    const q = caseListQuery({ partyId: 'person:a', role: 'PLAINTIFF' }, FILED_ASC, false);
    expect(q.anchor).toBe('MATCH (:Party {id: $partyId})-[r:PARTY_TO]->(c:Case)');
    expect(q.conditions).toEqual(['r.role = $role']);
    expect(q.params).toEqual({ partyId: 'person:a', role: 'PLAINTIFF' });
  });

  it('follows COUNSEL_IN for the COUNSEL role, with no role parameter', () => {
    const q = caseListQuery({ role: 'COUNSEL' }, FILED_ASC, false);
    expect(q.anchor).toBe('MATCH (c:Case)');
    expect(q.conditions).toEqual(['EXISTS { MATCH (:Party)-[r:COUNSEL_IN]->(c) }']);
    expect(q.params).toEqual({});
  });

  it('follows every link when partyId has no role', () => {
    const q = caseListQuery({ partyId: 'person:a' }, FILED_ASC, false);
    expect(q.anchor).toBe('MATCH (:Party {id: $partyId})-[r:PARTY_TO|COUNSEL_IN|JUDGE_IN]->(c:Case)');
    expect(q.conditions).toEqual([]);
  });

  it('prefers the fulltext index for text and keeps the party as a condition', () => {
    const q = caseListQuery({ text: 'Rust', partyId: 'person:a', role: 'DEFENDANT' }, FILED_ASC, false);
    expect(q.anchor).toBe('CALL db.index.fulltext.queryNodes($ftIndex, $ftQuery) YIELD node AS c');
    expect(q.conditions).toEqual([
      'c:Case',
      'EXISTS { MATCH (:Party {id: $partyId})-[r:PARTY_TO]->(c) WHERE r.role = $role }',
    ]);
    expect(q.params).toEqual({
      ftIndex: FULLTEXT_INDEX,
      ftQuery: '(rust OR rust*)',
      partyId: 'person:a',
      role: 'DEFENDANT',
    });
  });

  it('sends filed bounds as calendar dates', () => {
    const q = caseListQuery({ filedFrom: '2024-01-01', filedTo: '2024-12-31' }, FILED_ASC, false);
    expect(q.params.filedFrom).toBeInstanceOf(CalendarDate);
    expect(q.params.filedFrom).toEqual(new CalendarDate('2024-01-01'));
    expect(q.params.filedTo).toEqual(new CalendarDate('2024-12-31'));
    expect(q.conditions).toEqual(['c.filedEarliest >= $filedFrom', 'c.filedEarliest <= $filedTo']);
  });

  it('ignores empty kind and status lists', () => {
    const q = caseListQuery({ kind: [], status: [] }, FILED_ASC, false);
    expect(q.conditions).toEqual([]);
    expect(q.params).toEqual({});
  });

  it('names orderings by field and direction', () => {
    expect(orderName({ field: 'FILED' })).toBe('cases:FILED:ASC');
    expect(orderName({ field: 'CAPTION', direction: 'DESC' })).toBe('cases:CAPTION:DESC');
  });
});

describe('partyListQuery', () => {
  it('anchors on the case for caseId + role, filtering the role by parameter', () => {
    const q = partyListQuery({ caseId: 'case:x', role: 'PLAINTIFF' }, false);
    expect(q.anchor).toBe('MATCH (p:Party)-[r:PARTY_TO]->(:Case {id: $caseId})');
    expect(q.conditions).toEqual(['r.role = $role']);
    expect(q.params).toEqual({ caseId: 'case:x', role: 'PLAINTIFF' });
    expect(q.sortKey).toBe('p.displayName');
  });

  it('uses JUDGE_IN for the JUDGE role without a role parameter', () => {
    const q = partyListQuery({ role: 'JUDGE' }, false);
    expect(q.anchor).toBe('MATCH (p:Party)');
    expect(q.conditions).toEqual(['EXISTS { MATCH (p)-[r:JUDGE_IN]->(:Case) }']);
    expect(q.params).toEqual({});
  });

  it('keeps caseId as a condition when text picks the anchor', () => {
    const q = partyListQuery({ text: 'Baldwin', caseId: 'case:x', role: 'COUNSEL' }, false);
    expect(q.conditions).toEqual(['p:Party', 'EXISTS { MATCH (p)-[r:COUNSEL_IN]->(:Case {id: $caseId}) }']);
    expect(q.params).toEqual({ ftIndex: FULLTEXT_INDEX, ftQuery: '(baldwin OR baldwin*)', caseId: 'case:x' });
  });
});

describe('keysetCypher', () => {
  it('reads one row past the page', () => {
    expect(cases({}, FILED_ASC, { first: 7 }).params.limit).toBe(8);
    expect(cases({}).params.limit).toBe(21);
    expect(parties({}, { last: 0 }).params.limit).toBe(1);
  });

  it('orders ascending forwards and flips when reading backwards', () => {
    expect(skeleton(cases({}).cypher)).toContain('ORDER BY c.filedSortAsc ASC, c.id ASC');
    expect(skeleton(cases({}, FILED_ASC, { last: 2 }).cypher)).toContain(
      'ORDER BY c.filedSortAsc DESC, c.id DESC',
    );
    const desc: CaseOrderInput = { field: 'FILED', direction: 'DESC' };
    expect(skeleton(cases({}, desc).cypher)).toContain('ORDER BY c.filedSortDesc DESC, c.id DESC');
    expect(skeleton(cases({}, desc, { last: 2 }).cypher)).toContain('ORDER BY c.filedSortDesc ASC, c.id ASC');
  });

  it('compares cursors in the direction of the ordering, as dates for date keys', () => {
    const after = encodeCursor({ order: 'cases:FILED:DESC', key: '2024-07-01', id: 'case:b' });
    const { cypher, params } = cases({}, { field: 'FILED', direction: 'DESC' }, { after });
    // An inclusive range the (key, id) index can seek, then the strict tie-break on id.
    expect(cypher).toContain('AND c.filedSortDesc <= $afterKey');
    expect(cypher).toContain(
      'WITH c WHERE (c.filedSortDesc < $afterKey OR c.id < $afterId)\nWITH c ORDER BY c.filedSortDesc DESC',
    );
    expect(params.afterKey).toEqual(new CalendarDate('2024-07-01'));
    expect(params.afterId).toBe('case:b');

    const before = encodeCursor({ order: PARTY_ORDER, key: 'Kari', id: 'person:k' });
    const p = parties({}, { first: 3, before });
    expect(p.cypher).toContain('AND p.displayName <= $beforeKey');
    expect(p.cypher).toContain('WITH p WHERE (p.displayName < $beforeKey OR p.id < $beforeId)');
    expect(p.params.beforeKey).toBe('Kari');
  });

  it('keeps a null cursor key as null (undated or unnamed rows)', () => {
    const after = encodeCursor({ order: 'cases:FILED:ASC', key: null, id: 'case:z' });
    expect(cases({}, FILED_ASC, { after }).params.afterKey).toBeNull();
  });

  it('counts the total with the same filter only when asked', () => {
    const without = cases({ status: ['PENDING'] });
    expect(without.cypher).toMatch(/ AS doc, null AS total$/);
    expect(without.cypher).not.toContain('count(');
    const withTotal = cases({ status: ['PENDING'] }, FILED_ASC, {}, true);
    // The count comes first; the page is OPTIONAL so an empty page still returns the total.
    expect(withTotal.cypher).toContain(
      '// listCases\nCALL () {\n  MATCH (c:Case)\n  WHERE c.status IN $statuses\n  RETURN count(DISTINCT c) AS total\n}\nOPTIONAL CALL () {',
    );
    expect(withTotal.cypher).toMatch(/RETURN total, sortKey, doc\nORDER BY sortKey ASC, id ASC$/);
  });

  it('builds exactly the documented skeleton', () => {
    const q: KeysetQuery = {
      name: 'listThings',
      anchor: 'MATCH (t:Thing)',
      anchorMayRepeat: true,
      variable: 't',
      conditions: ['t.a = $a', 't.b = $b'],
      sortKey: 't.name',
      keyIsDate: false,
      descending: false,
      projection: 't {.*}',
      withTotal: false,
      params: { a: 1, b: 2 },
    };
    const window: Window = { backward: false, size: 4, after: null, before: null };
    expect(keysetCypher(q, window)).toEqual({
      cypher: [
        '// listThings',
        'MATCH (t:Thing)',
        'WHERE t.a = $a',
        '  AND t.b = $b',
        '  AND t.name IS NOT NULL',
        'WITH DISTINCT t',
        'WITH t ORDER BY t.name ASC, t.id ASC',
        'LIMIT $limit',
        'RETURN t.name AS sortKey, t {.*} AS doc, null AS total',
      ].join('\n'),
      params: { a: 1, b: 2, limit: 5 },
    });
    expect(q.params).toEqual({ a: 1, b: 2 });
  });
});

describe('user values reach Cypher only as parameters', () => {
  const hostileCases: [string, CaseFilterInput][] = [
    ['text', { text: HOSTILE_TEXT }],
    ['partyId', { partyId: HOSTILE_ID, role: 'PLAINTIFF' }],
    ['partyId + text', { partyId: HOSTILE_ID, text: HOSTILE_TEXT }],
    ['judgeId', { judgeId: HOSTILE_ID }],
    ['incidentId', { incidentId: HOSTILE_ID }],
    ['courtId', { courtId: HOSTILE_ID }],
    ['kind/status', { kind: [HOSTILE_ID], status: [HOSTILE_TEXT] }],
    ['outcomeKind', { outcomeKind: HOSTILE_ID }],
    ['role that is not a role', { role: HOSTILE_ID as PartyRole }],
  ];

  it.each(hostileCases)('cases: %s', (_name, filter) => {
    const after = encodeCursor({ order: 'cases:CAPTION:ASC', key: HOSTILE_TEXT, id: HOSTILE_ID });
    const { cypher, params } = cases(filter, { field: 'CAPTION' }, { first: 2, after }, true);
    for (const fragment of [HOSTILE_TEXT, HOSTILE_ID, 'DETACH', 'DELETE', 'MATCH (n)', '"y"']) {
      expect(cypher).not.toContain(fragment);
    }
    expect(cypher.split('\n')[0]).toBe('// listCases');
    expect(params.afterKey).toBe(HOSTILE_TEXT);
    expect(params.afterId).toBe(HOSTILE_ID);
  });

  it('passes the hostile party id through unchanged as a parameter', () => {
    const { params } = cases({ partyId: HOSTILE_ID, role: 'PLAINTIFF' });
    expect(params.partyId).toBe(HOSTILE_ID);
    expect(params.role).toBe('PLAINTIFF');
  });

  it('never sends the raw text to Lucene either', () => {
    const { params } = cases({ text: HOSTILE_TEXT });
    expect(params.ftQuery).toBe(
      '(match OR match*) AND (n OR n*) AND (detach OR detach*) AND (delete OR delete*) AND (n OR n*)',
    );
  });

  it.each<[string, PartyFilterInput]>([
    ['text', { text: HOSTILE_TEXT }],
    ['caseId + role', { caseId: HOSTILE_ID, role: 'RESPONDENT' }],
    ['caseId + text', { caseId: HOSTILE_ID, text: HOSTILE_TEXT }],
    ['kind', { kind: [HOSTILE_ID] }],
    ['role that is not a role', { role: HOSTILE_ID as PartyRole }],
  ])('parties: %s', (_name, filter) => {
    const before = encodeCursor({ order: PARTY_ORDER, key: HOSTILE_TEXT, id: HOSTILE_ID });
    const { cypher, params } = parties(filter, { last: 2, before }, true);
    for (const fragment of [HOSTILE_TEXT, HOSTILE_ID, 'DETACH', 'DELETE', 'MATCH (n)', '"y"']) {
      expect(cypher).not.toContain(fragment);
    }
    expect(cypher.split('\n')[0]).toBe('// listParties');
    expect(params.beforeKey).toBe(HOSTILE_TEXT);
  });
});

describe('keysetPage', () => {
  const rows = ['a', 'b', 'c', 'd'].map((id, i) => ({ sortKey: i, node: { id }, id }));

  it('drops the look-ahead row and reports more', () => {
    const window: Window = { backward: false, size: 3, after: null, before: null };
    const { items, hasMore } = keysetPage(rows, window, 'o');
    expect(hasMore).toBe(true);
    expect(items.map((i) => i.node.id)).toEqual(['a', 'b', 'c']);
    expect(items[1]?.cursor).toBe(encodeCursor({ order: 'o', key: 1, id: 'b' }));
  });

  it('restores reading order when reading backwards', () => {
    const window: Window = { backward: true, size: 3, after: null, before: null };
    const { items, hasMore } = keysetPage(rows, window, 'o');
    expect(hasMore).toBe(true);
    expect(items.map((i) => i.node.id)).toEqual(['c', 'b', 'a']);
  });

  it('reports no more when the rows fit', () => {
    const window: Window = { backward: false, size: 4, after: null, before: null };
    expect(keysetPage(rows, window, 'o').hasMore).toBe(false);
    expect(keysetPage([], window, 'o')).toEqual({ items: [], hasMore: false });
  });
});
