import Cypher from '@neo4j/cypher-builder';
import { CalendarDate } from '../../src/db/convert';
import { queryName } from '../../src/db/executor';
import { FULLTEXT_INDEX } from '../../src/graph/indexes';
import type { CaseFilterInput } from '../../src/repositories/case-filter';
import { caseListQuery, orderName, type CaseOrderInput } from '../../src/repositories/cases';
import {
  keysetCypher,
  keysetPage,
  keysetStatement,
  windowParams,
  windowShape,
  type KeysetList,
  type KeysetQuery,
} from '../../src/cypher/keyset';
import { encodeCursor, pageWindow, type PageArgs, type Window } from '../../src/cypher/paging';
import type { Statement } from '../../src/cypher/statement';
import { partyListQuery, type PartyFilterInput } from '../../src/repositories/parties';
import type { PartyRole } from '../../src/domain/models';

const FILED_ASC: CaseOrderInput = { field: 'FILED', direction: 'ASC' };
const FILED_DESC: CaseOrderInput = { field: 'FILED', direction: 'DESC' };
const PARTY_ORDER = 'parties:NAME:ASC';

// The builder names every variable (`this0`, `var1`) itself; the lists' parameters are
// named (`$partyId`), yet assertions find a parameter through the text that uses it.

function cases(
  filter: CaseFilterInput,
  order: CaseOrderInput = FILED_ASC,
  page: PageArgs = {},
  withTotal = false,
): Statement {
  return keysetStatement(caseListQuery(filter, order, withTotal), pageWindow(page, orderName(order)));
}

function parties(filter: PartyFilterInput, page: PageArgs = {}, withTotal = false): Statement {
  return keysetStatement(partyListQuery(filter, withTotal), pageWindow(page, PARTY_ORDER));
}

/** A list's entry on its own: the anchor keeping the rows every condition holds for, returning the listed node, with the list's parameters. */
function entry(list: KeysetList): Statement {
  const q = list.build();
  const { cypher, params } = Cypher.utils
    .concat(q.anchor(Cypher.and(...q.conditions)), new Cypher.Return(q.node))
    .build();
  return { cypher, params: { ...params, ...list.params } };
}

/** The value of the parameter named by the first group of `pattern`'s first match. */
function paramOf(s: Statement, pattern: RegExp): unknown {
  const name = pattern.exec(s.cypher)?.[1];
  if (name === undefined) throw new Error(`${pattern} does not match:\n${s.cypher}`);
  expect(s.params).toHaveProperty([name]);
  return s.params[name];
}

/** The parameters a statement names: each must be supplied, and nothing else is. */
const namedParams = (cypher: string) =>
  [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();

const LIMIT = /\bLIMIT \$(\w+)/;
const LUCENE_QUERY = new RegExp(`db\\.index\\.fulltext\\.queryNodes\\('${FULLTEXT_INDEX}', \\$(\\w+)\\)`);

const HOSTILE_TEXT = "') MATCH (n) DETACH DELETE n //";
const HOSTILE_ID = `person:x'}) DETACH DELETE n WITH 1 AS x MATCH (m {id: "y"`;
const HOSTILE_CURSOR_ID = `case:z'}) DETACH DELETE n //`;
const HOSTILE_FRAGMENTS = [
  HOSTILE_TEXT,
  HOSTILE_ID,
  HOSTILE_CURSOR_ID,
  'DETACH',
  'DELETE',
  'MATCH (n)',
  '"y"',
];

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

  // The whole statement as it runs, case document included.
  it.each(scenarios)('%s', (_name, filter, order, page, withTotal) => {
    const { cypher, params } = cases(filter, order, page, withTotal);
    expect(cypher.split('\n')[0]).toBe('// listCases');
    expect(queryName(cypher)).toBe('listCases');
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
    expect({ cypher, params }).toMatchSnapshot();
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

  // The whole statement as it runs, party document included.
  it.each(scenarios)('%s', (_name, filter, page, withTotal) => {
    const { cypher, params } = parties(filter, page, withTotal);
    expect(cypher.split('\n')[0]).toBe('// listParties');
    expect(queryName(cypher)).toBe('listParties');
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
    expect({ cypher, params }).toMatchSnapshot();
  });
});

describe('caseListQuery', () => {
  it('starts from every case with no filter', () => {
    const list = caseListQuery({}, FILED_ASC, false);
    expect(list).toMatchObject({ name: 'listCases', keyIsDate: true, params: {} });
    expect(list.build()).toMatchObject({
      name: 'listCases',
      anchorMayRepeat: false,
      conditions: [],
      sortKey: 'filedSortAsc',
      descending: false,
      withTotal: false,
    });
    expect(entry(list)).toEqual({ cypher: 'MATCH (this0:Case)\nRETURN this0', params: {} });
  });

  it('sorts undated cases last in either direction', () => {
    const sorted = (order: CaseOrderInput) => {
      const list = caseListQuery({}, order, false);
      return { ...list.build(), keyIsDate: list.keyIsDate };
    };
    expect(sorted({ field: 'FILED', direction: 'DESC' })).toMatchObject({
      sortKey: 'filedSortDesc',
      keyIsDate: true,
      descending: true,
    });
    expect(sorted({ field: 'CLOSED' })).toMatchObject({
      sortKey: 'closedSortAsc',
      keyIsDate: true,
      descending: false,
    });
    expect(sorted({ field: 'CAPTION', direction: 'DESC' })).toMatchObject({
      sortKey: 'caption',
      keyIsDate: false,
      descending: true,
    });
  });

  it('anchors on the party for partyId + a party role, filtering the role by parameter', () => {
    const list = caseListQuery({ partyId: 'person:a', role: 'PLAINTIFF' }, FILED_ASC, false);
    const q = list.build();
    expect(q.conditions).toEqual([]);
    expect(q.anchorMayRepeat).toBe(true);
    expect(entry(list)).toEqual({
      cypher: [
        'MATCH (this0:Party { id: $partyId })-[this1:(PARTY_TO)]->(this2:Case)',
        'WHERE this1.role = $role',
        'RETURN this2',
      ].join('\n'),
      params: { partyId: 'person:a', role: 'PLAINTIFF' },
    });
  });

  it('follows COUNSEL_IN for the COUNSEL role, with no role parameter', () => {
    const list = caseListQuery({ role: 'COUNSEL' }, FILED_ASC, false);
    expect(list.build().conditions).toHaveLength(1);
    expect(entry(list)).toEqual({
      cypher: [
        'MATCH (this0:Case)',
        'WHERE EXISTS {',
        '  MATCH (this1:Party)-[this2:(COUNSEL_IN)]->(this0)',
        '}',
        'RETURN this0',
      ].join('\n'),
      params: {},
    });
  });

  it('follows JUDGE_IN for partyId + the JUDGE role, with no role parameter', () => {
    const list = caseListQuery({ partyId: 'person:j', role: 'JUDGE' }, FILED_ASC, false);
    expect(list.build().conditions).toEqual([]);
    expect(entry(list)).toEqual({
      cypher: 'MATCH (this0:Party { id: $partyId })-[this1:(JUDGE_IN)]->(this2:Case)\nRETURN this2',
      params: { partyId: 'person:j' },
    });
  });

  it('follows every link when partyId has no role', () => {
    const list = caseListQuery({ partyId: 'person:a' }, FILED_ASC, false);
    const q = list.build();
    expect(q.conditions).toEqual([]);
    expect(q.anchorMayRepeat).toBe(true);
    expect(entry(list)).toEqual({
      cypher:
        'MATCH (this0:Party { id: $partyId })-[this1:(PARTY_TO|COUNSEL_IN|JUDGE_IN)]->(this2:Case)\nRETURN this2',
      params: { partyId: 'person:a' },
    });
  });

  it('prefers the fulltext index for text and keeps the party as a condition', () => {
    const list = caseListQuery({ text: 'Rust', partyId: 'person:a', role: 'DEFENDANT' }, FILED_ASC, false);
    const q = list.build();
    expect(q.anchorMayRepeat).toBe(false);
    expect(q.conditions).toHaveLength(1);
    const s = entry(list);
    expect(s).toEqual({
      cypher: [
        `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $text) YIELD node AS this0`,
        'WHERE (this0:Case AND EXISTS {',
        '  MATCH (this1:Party { id: $partyId })-[this2:(PARTY_TO)]->(this0)',
        '  WHERE this2.role = $role',
        '})',
        'RETURN this0',
      ].join('\n'),
      params: { text: '(rust OR rust*)', partyId: 'person:a', role: 'DEFENDANT' },
    });
    expect(paramOf(s, LUCENE_QUERY)).toBe('(rust OR rust*)');
  });

  it('matches nothing when the text holds no word', () => {
    const list = caseListQuery({ text: ' ?! ' }, FILED_ASC, false);
    expect(entry(list)).toEqual({ cypher: 'MATCH (this0:Case)\nWHERE false\nRETURN this0', params: {} });
  });

  it('sends filed bounds as calendar dates', () => {
    const list = caseListQuery({ filedFrom: '2024-01-01', filedTo: '2024-12-31' }, FILED_ASC, false);
    expect(list.build().conditions).toHaveLength(2);
    const s = entry(list);
    // POSSIBLY (the default): the date's interval meets the range.
    const from = paramOf(s, /\.filedLatest >= \$(\w+)/);
    expect(from).toBeInstanceOf(CalendarDate);
    expect(from).toEqual(new CalendarDate('2024-01-01'));
    expect(paramOf(s, /\.filedEarliest <= \$(\w+)/)).toEqual(new CalendarDate('2024-12-31'));
    expect(Object.values(s.params)).toHaveLength(2);
    // CERTAINLY: the interval lies inside it.
    const certain = entry(
      caseListQuery(
        { filedFrom: '2024-01-01', filedTo: '2024-12-31', dateMatch: 'CERTAINLY' },
        FILED_ASC,
        false,
      ),
    );
    expect(paramOf(certain, /\.filedEarliest >= \$(\w+)/)).toEqual(new CalendarDate('2024-01-01'));
    expect(paramOf(certain, /\.filedLatest <= \$(\w+)/)).toEqual(new CalendarDate('2024-12-31'));
  });

  it('ignores empty kind and status lists', () => {
    const list = caseListQuery({ kind: [], status: [] }, FILED_ASC, false);
    expect(list.build().conditions).toEqual([]);
    expect(entry(list)).toEqual({ cypher: 'MATCH (this0:Case)\nRETURN this0', params: {} });
  });

  it('names orderings by field and direction', () => {
    expect(orderName({ field: 'FILED' })).toBe('cases:FILED:ASC');
    expect(orderName({ field: 'CAPTION', direction: 'DESC' })).toBe('cases:CAPTION:DESC');
  });
});

describe('partyListQuery', () => {
  it('starts from every party, by display name', () => {
    const list = partyListQuery({}, false);
    expect(list).toMatchObject({ name: 'listParties', keyIsDate: false, params: {} });
    expect(list.build()).toMatchObject({
      name: 'listParties',
      anchorMayRepeat: false,
      conditions: [],
      sortKey: 'displayName',
      descending: false,
    });
    expect(entry(list)).toEqual({ cypher: 'MATCH (this0:Party)\nRETURN this0', params: {} });
  });

  it('anchors on the case for caseId + role, filtering the role by parameter', () => {
    const list = partyListQuery({ caseId: 'case:x', role: 'PLAINTIFF' }, false);
    const q = list.build();
    expect(q.conditions).toEqual([]);
    expect(q.anchorMayRepeat).toBe(true);
    expect(entry(list)).toEqual({
      cypher: [
        'MATCH (this0:Party)-[this1:(PARTY_TO)]->(this2:Case { id: $caseId })',
        'WHERE this1.role = $role',
        'RETURN this0',
      ].join('\n'),
      params: { caseId: 'case:x', role: 'PLAINTIFF' },
    });
  });

  it('uses JUDGE_IN for the JUDGE role without a role parameter', () => {
    const list = partyListQuery({ role: 'JUDGE' }, false);
    expect(list.build().conditions).toHaveLength(1);
    expect(entry(list)).toEqual({
      cypher: [
        'MATCH (this0:Party)',
        'WHERE EXISTS {',
        '  MATCH (this0)-[this1:(JUDGE_IN)]->(this2:Case)',
        '}',
        'RETURN this0',
      ].join('\n'),
      params: {},
    });
  });

  it('keeps caseId as a condition when text picks the anchor', () => {
    const list = partyListQuery({ text: 'Baldwin', caseId: 'case:x', role: 'COUNSEL' }, false);
    expect(list.build().anchorMayRepeat).toBe(false);
    const s = entry(list);
    expect(s).toEqual({
      cypher: [
        `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $text) YIELD node AS this0`,
        'WHERE (this0:Party AND EXISTS {',
        '  MATCH (this0)-[this1:(COUNSEL_IN)]->(this2:Case { id: $caseId })',
        '})',
        'RETURN this0',
      ].join('\n'),
      params: { text: '(baldwin OR baldwin*)', caseId: 'case:x' },
    });
    expect(paramOf(s, LUCENE_QUERY)).toBe('(baldwin OR baldwin*)');
  });

  it('ignores an empty kind list', () => {
    expect(partyListQuery({ kind: [] }, false).build().conditions).toEqual([]);
    const s = entry(partyListQuery({ kind: ['PERSON'] }, false));
    expect(paramOf(s, /\.kind IN \$(\w+)/)).toEqual(['PERSON']);
  });
});

describe('keysetCypher', () => {
  it('reads one row past the page', () => {
    expect(paramOf(cases({}, FILED_ASC, { first: 7 }), LIMIT)).toBe(8);
    expect(paramOf(cases({}), LIMIT)).toBe(21);
    expect(paramOf(parties({}, { last: 0 }), LIMIT)).toBe(1);
    expect(paramOf(cases({}, FILED_ASC, { first: 7 }, true), LIMIT)).toBe(8);
  });

  it('orders ascending forwards and flips when reading backwards', () => {
    /** The page's own ordering (the documents' nested lists have theirs): `WITH v ORDER BY … LIMIT`. */
    const pageOrder = (key: string, dir: 'ASC' | 'DESC') =>
      new RegExp(`\\nWITH (\\w+)\\nORDER BY \\1\\.${key} ${dir}, \\1\\.id ${dir}\\nLIMIT \\$`);
    expect(cases({}).cypher).toMatch(pageOrder('filedSortAsc', 'ASC'));
    expect(cases({}, FILED_ASC, { last: 2 }).cypher).toMatch(pageOrder('filedSortAsc', 'DESC'));
    expect(cases({}, FILED_DESC).cypher).toMatch(pageOrder('filedSortDesc', 'DESC'));
    expect(cases({}, FILED_DESC, { last: 2 }).cypher).toMatch(pageOrder('filedSortDesc', 'ASC'));
    expect(parties({}).cypher).toMatch(pageOrder('displayName', 'ASC'));
    expect(parties({}, { last: 2 }).cypher).toMatch(pageOrder('displayName', 'DESC'));
    // With the total, the rows streaming out of the page are ordered again, the same way.
    expect(cases({}, FILED_ASC, { last: 2 }, true).cypher).toMatch(
      /\nRETURN \w+ AS total, (\w+) AS sortKey, \w+ AS doc\nORDER BY \1 DESC, \w+ DESC$/,
    );
  });

  it('compares cursors in the direction of the ordering, as dates for date keys', () => {
    const after = encodeCursor({ order: 'cases:FILED:DESC', key: '2024-07-01', id: 'case:b' });
    const s = cases({}, FILED_DESC, { after });
    // An inclusive range the (key, id) index can seek, then the strict tie-break on id.
    const key = paramOf(s, /\.filedSortDesc <= \$(\w+)/);
    expect(key).toBeInstanceOf(CalendarDate);
    expect(key).toEqual(new CalendarDate('2024-07-01'));
    const strict =
      /WITH (\w+)\nWHERE \(\1\.filedSortDesc < \$(\w+) OR \1\.id < \$(\w+)\)\nWITH \1\nORDER BY \1\.filedSortDesc DESC/.exec(
        s.cypher,
      );
    expect(strict).not.toBeNull();
    expect(s.params[strict![2]!]).toBe(key);
    expect(s.params[strict![3]!]).toBe('case:b');

    const before = encodeCursor({ order: PARTY_ORDER, key: 'Kari', id: 'person:k' });
    const p = parties({}, { first: 3, before });
    expect(paramOf(p, /\.displayName <= \$(\w+)/)).toBe('Kari');
    const pStrict = /WHERE \((\w+)\.displayName < \$(\w+) OR \1\.id < \$(\w+)\)/.exec(p.cypher);
    expect(pStrict).not.toBeNull();
    expect(p.params[pStrict![2]!]).toBe('Kari');
    expect(p.params[pStrict![3]!]).toBe('person:k');
  });

  it('keeps a null cursor key as null (undated or unnamed rows)', () => {
    const after = encodeCursor({ order: 'cases:FILED:ASC', key: null, id: 'case:z' });
    const s = cases({}, FILED_ASC, { after });
    // The builder writes a parameter whose value is null as the literal NULL; it never becomes a date.
    expect(s.cypher).toContain('.filedSortAsc >= NULL');
    expect(paramOf(s, /\.filedSortAsc > NULL OR \w+\.id > \$(\w+)/)).toBe('case:z');
    expect(Object.values(s.params).filter((v) => v instanceof CalendarDate)).toEqual([]);
  });

  it('counts the total with the same filter only when asked', () => {
    const without = cases({ status: ['PENDING'] });
    expect(without.cypher).toMatch(/ AS doc, NULL AS total$/);
    expect(without.cypher).not.toContain('count(DISTINCT');
    const withTotal = cases({ status: ['PENDING'] }, FILED_ASC, {}, true);
    // The count comes first; the page is OPTIONAL so an empty page still returns the total.
    const count =
      /^\/\/ listCases\nCALL \(\) \{\n {2}MATCH \((\w+):Case\)\n {2}WHERE \1\.status IN \$(\w+)\n {2}RETURN count\(DISTINCT \1\) AS (\w+)\n\}\nOPTIONAL CALL \(\) \{\n/.exec(
        withTotal.cypher,
      );
    expect(count).not.toBeNull();
    const [, , statuses, total] = count!;
    expect(withTotal.params[statuses!]).toEqual(['PENDING']);
    // The page filters on the same parameter.
    expect(withTotal.cypher.split(`.status IN $${statuses}`)).toHaveLength(3);
    expect(withTotal.cypher).toMatch(
      new RegExp(`\\nRETURN ${total} AS total, (\\w+) AS sortKey, \\w+ AS doc\\nORDER BY \\1 ASC, \\w+ ASC$`),
    );
  });

  describe('builds exactly the documented skeleton', () => {
    const thing = () => {
      const t = new Cypher.Node();
      const q: KeysetQuery = {
        name: 'listThings',
        node: t,
        anchor: (where) => {
          const match = new Cypher.Match(new Cypher.Pattern(t, { labels: ['Thing'] }));
          return where ? match.where(where) : match;
        },
        anchorMayRepeat: true,
        conditions: [
          Cypher.eq(t.property('a'), new Cypher.Param(1)),
          Cypher.eq(t.property('b'), new Cypher.Param(2)),
        ],
        sortKey: 'name',
        descending: false,
        projection: new Cypher.MapProjection(t, '*'),
        withTotal: false,
      };
      return q;
    };
    const window: Window = { backward: false, size: 4, after: null, before: null };
    /** The statement for the window's shape, with the window's parameters. */
    const statementOf = (q: KeysetQuery, w: Window): Statement => {
      const { cypher, params } = keysetCypher(q, windowShape(w));
      return { cypher, params: { ...params, ...windowParams(w, false) } };
    };

    it('without the total', () => {
      const q = thing();
      const statement = statementOf(q, window);
      expect(statement).toEqual({
        cypher: [
          '// listThings',
          'MATCH (this0:Thing)',
          'WHERE (this0.a = $param0 AND this0.b = $param1 AND this0.name IS NOT NULL)',
          'WITH DISTINCT this0',
          'WITH this0',
          'ORDER BY this0.name ASC, this0.id ASC',
          'LIMIT $limit',
          'RETURN this0.name AS sortKey, this0 { .* } AS doc, NULL AS total',
        ].join('\n'),
        params: { param0: 1, param1: 2, limit: 5 },
      });
      // Building again gives the same statement: nothing is left over from the first build.
      expect(statementOf(q, window)).toEqual(statement);
    });

    it('with the total, and a cursor', () => {
      const q = { ...thing(), withTotal: true };
      const after = { order: 'things', key: 'm', id: 'thing:m' };
      expect(statementOf(q, { ...window, after })).toEqual({
        cypher: [
          '// listThings',
          'CALL () {',
          '  MATCH (this0:Thing)',
          '  WHERE (this0.a = $param0 AND this0.b = $param1)',
          '  RETURN count(DISTINCT this0) AS var1',
          '}',
          'OPTIONAL CALL () {',
          '  MATCH (this0:Thing)',
          '  WHERE (this0.a = $param0 AND this0.b = $param1 AND this0.name IS NOT NULL AND this0.name >= $afterKey)',
          '  WITH DISTINCT this0',
          '  WITH this0',
          '  WHERE (this0.name > $afterKey OR this0.id > $afterId)',
          '  WITH this0',
          '  ORDER BY this0.name ASC, this0.id ASC',
          '  LIMIT $limit',
          '  RETURN this0.name AS var2, this0.id AS var3, this0 { .* } AS var4',
          '}',
          'RETURN var1 AS total, var2 AS sortKey, var4 AS doc',
          'ORDER BY var2 ASC, var3 ASC',
        ].join('\n'),
        params: { param0: 1, param1: 2, afterKey: 'm', afterId: 'thing:m', limit: 5 },
      });
    });
  });
});

describe('user values reach Cypher only as parameters', () => {
  const hostileCases: [string, CaseFilterInput, unknown[]][] = [
    ['text', { text: HOSTILE_TEXT }, []],
    ['partyId', { partyId: HOSTILE_ID, role: 'PLAINTIFF' }, [HOSTILE_ID, 'PLAINTIFF']],
    ['partyId + text', { partyId: HOSTILE_ID, text: HOSTILE_TEXT }, [HOSTILE_ID]],
    ['judgeId', { judgeId: HOSTILE_ID }, [HOSTILE_ID]],
    ['incidentId', { incidentId: HOSTILE_ID }, [HOSTILE_ID]],
    ['courtId', { courtId: HOSTILE_ID }, [HOSTILE_ID]],
    ['kind/status', { kind: [HOSTILE_ID], status: [HOSTILE_TEXT] }, [[HOSTILE_ID], [HOSTILE_TEXT]]],
    ['outcomeKind', { outcomeKind: HOSTILE_ID }, [HOSTILE_ID]],
    ['role that is not a role', { role: HOSTILE_ID as PartyRole }, [HOSTILE_ID]],
  ];

  it.each(hostileCases)('cases: %s', (_name, filter, values) => {
    const after = encodeCursor({ order: 'cases:CAPTION:ASC', key: HOSTILE_TEXT, id: HOSTILE_CURSOR_ID });
    const { cypher, params } = cases(filter, { field: 'CAPTION' }, { first: 2, after }, true);
    for (const fragment of HOSTILE_FRAGMENTS) {
      expect(cypher).not.toContain(fragment);
    }
    expect(cypher.split('\n')[0]).toBe('// listCases');
    expect(Object.values(params)).toEqual(
      expect.arrayContaining([HOSTILE_TEXT, HOSTILE_CURSOR_ID, ...values]),
    );
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
  });

  it('passes the hostile party id through unchanged as a parameter', () => {
    const s = cases({ partyId: HOSTILE_ID, role: 'PLAINTIFF' });
    expect(paramOf(s, /MATCH \(\w+:Party \{ id: \$(\w+) \}\)/)).toBe(HOSTILE_ID);
    expect(paramOf(s, /\.role = \$(\w+)/)).toBe('PLAINTIFF');
  });

  it('never sends the raw text to Lucene either', () => {
    expect(paramOf(cases({ text: HOSTILE_TEXT }), LUCENE_QUERY)).toBe(
      '(match OR match*) AND (n OR n*) AND (detach OR detach*) AND (delete OR delete*) AND (n OR n*)',
    );
  });

  it.each<[string, PartyFilterInput, unknown[]]>([
    ['text', { text: HOSTILE_TEXT }, []],
    ['caseId + role', { caseId: HOSTILE_ID, role: 'RESPONDENT' }, [HOSTILE_ID, 'RESPONDENT']],
    ['caseId + text', { caseId: HOSTILE_ID, text: HOSTILE_TEXT }, [HOSTILE_ID]],
    ['kind', { kind: [HOSTILE_ID] }, [[HOSTILE_ID]]],
    ['role that is not a role', { role: HOSTILE_ID as PartyRole }, [HOSTILE_ID]],
  ])('parties: %s', (_name, filter, values) => {
    const before = encodeCursor({ order: PARTY_ORDER, key: HOSTILE_TEXT, id: HOSTILE_CURSOR_ID });
    const { cypher, params } = parties(filter, { last: 2, before }, true);
    for (const fragment of HOSTILE_FRAGMENTS) {
      expect(cypher).not.toContain(fragment);
    }
    expect(cypher.split('\n')[0]).toBe('// listParties');
    expect(Object.values(params)).toEqual(
      expect.arrayContaining([HOSTILE_TEXT, HOSTILE_CURSOR_ID, ...values]),
    );
    expect(namedParams(cypher)).toEqual(Object.keys(params).sort());
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
