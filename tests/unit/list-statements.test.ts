import Cypher from '@neo4j/cypher-builder';
import { keysetCypher, keysetStatement, windowShape, type KeysetList } from '../../src/cypher/keyset';
import { encodeCursor, pageWindow, type PageArgs } from '../../src/cypher/paging';
import type { CasePart } from '../../src/cypher/projections';
import { builtOnce, type Statement } from '../../src/cypher/statement';
import { ROLE_ORDER } from '../../src/graph/roles';
import type { CaseFilterInput } from '../../src/repositories/case-filter';
import { caseListQuery, orderName, type CaseOrderInput } from '../../src/repositories/cases';
import { partyListQuery, type PartyFilterInput } from '../../src/repositories/parties';
import { ALL_OUTCOME_STATS_PARTS, outcomeStatsQuery } from '../../src/repositories/stats';

// The filtered lists and the statistics build their Cypher once per shape: a repeated
// operation of one shape computes only its parameters, and any value that changes the
// text is part of the shape.

const FILED: CaseOrderInput = { field: 'FILED', direction: 'ASC' };

/** The prototype whose `build` compiles every clause (the builder exports `Clause` as a type only). */
function clausePrototype(): { build: () => unknown } {
  let proto: unknown = Object.getPrototypeOf(new Cypher.Return(new Cypher.Variable()));
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'build')) proto = Object.getPrototypeOf(proto);
  return proto as { build: () => unknown };
}

function cases(filter: CaseFilterInput, page: PageArgs = {}, parts?: ReadonlySet<CasePart>): Statement {
  return keysetStatement(caseListQuery(filter, FILED, true, parts), pageWindow(page, orderName(FILED)));
}

function parties(filter: PartyFilterInput, page: PageArgs = {}): Statement {
  return keysetStatement(partyListQuery(filter, false), pageWindow(page, 'parties:NAME:ASC'));
}

const after = (key: string | null, id: string) => encodeCursor({ order: orderName(FILED), key, id });

afterEach(() => jest.restoreAllMocks());

describe('a repeated operation builds no Cypher', () => {
  it('the case list: the second request of a shape compiles nothing and builds no query', () => {
    const page = { first: 5, after: after('2024-01-01', 'case:a') };
    const first = cases({ courtId: 'court:a', status: ['PENDING'], text: 'rust' }, page);
    const compile = jest.spyOn(clausePrototype(), 'build');
    const list = caseListQuery({ courtId: 'court:b', status: ['CLOSED'], text: 'baldwin' }, FILED, true);
    const query = jest.spyOn(list, 'build');
    const second = keysetStatement(
      list,
      pageWindow({ first: 9, after: after('2025-02-02', 'case:b') }, orderName(FILED)),
    );
    expect(compile).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
    expect(second.cypher).toBe(first.cypher);
    expect(second.params).toMatchObject({
      courtId: 'court:b',
      status: ['CLOSED'],
      text: '(baldwin OR baldwin*)',
      afterId: 'case:b',
      limit: 10,
    });
  });

  it('the party list and the statistics too', () => {
    parties({ caseId: 'case:a', role: 'PLAINTIFF' });
    outcomeStatsQuery({ partyId: 'person:a', kind: ['CIVIL'] }, 10);
    const compile = jest.spyOn(clausePrototype(), 'build');
    expect(parties({ caseId: 'case:b', role: 'DEFENDANT' }).params).toEqual({
      caseId: 'case:b',
      role: 'DEFENDANT',
      limit: 21,
    });
    expect(outcomeStatsQuery({ partyId: 'person:b', kind: ['CRIMINAL'] }, 3).params).toEqual({
      partyId: 'person:b',
      kind: ['CRIMINAL'],
      topParties: 3,
    });
    expect(compile).not.toHaveBeenCalled();
  });

  it('keeps one statement object per key, and forgets them all past its bound', () => {
    const build = jest.fn(() => ({ cypher: '// x\nRETURN 1', params: {} }));
    const statement = builtOnce('test:once', build);
    expect(builtOnce('test:once', build)).toBe(statement);
    expect(build).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 2000; i++) builtOnce(`test:fill:${i}`, () => statement);
    expect(builtOnce('test:once', build)).not.toBe(statement);
    expect(build).toHaveBeenCalledTimes(2);
  });
});

describe('a value that changes the text is part of the shape', () => {
  const sameText = (a: Statement, b: Statement) => expect(a.cypher).toBe(b.cypher);
  const otherText = (a: Statement, b: Statement) => expect(a.cypher).not.toBe(b.cypher);

  it('a plain value is a parameter: courtId a and b share the text', () => {
    const a = cases({ courtId: 'court:a' });
    const b = cases({ courtId: 'court:b' });
    sameText(a, b);
    expect([a.params.courtId, b.params.courtId]).toEqual(['court:a', 'court:b']);
    // `court` is `courtId` normalised: the same statement.
    expect(cases({ court: ' B ' })).toEqual(b);
  });

  it('roles stored alike share the text (the role is a parameter); roles stored otherwise do not', () => {
    const plaintiff = cases({ partyId: 'person:a', role: 'PLAINTIFF' });
    const defendant = cases({ partyId: 'person:a', role: 'DEFENDANT' });
    sameText(plaintiff, defendant);
    expect([plaintiff.params.role, defendant.params.role]).toEqual(['PLAINTIFF', 'DEFENDANT']);
    // COUNSEL and JUDGE are relationship types; PROSECUTION also reads counsel capacities.
    otherText(plaintiff, cases({ partyId: 'person:a', role: 'COUNSEL' }));
    otherText(plaintiff, cases({ partyId: 'person:a', role: 'JUDGE' }));
    otherText(plaintiff, cases({ partyId: 'person:a', role: 'PROSECUTION' }));
    otherText(plaintiff, cases({ partyId: 'person:a' }));
    sameText(parties({ role: 'PLAINTIFF' }), parties({ role: 'RESPONDENT' }));
    otherText(parties({ role: 'PLAINTIFF' }), parties({ role: 'JUDGE' }));
  });

  it('dateMatch, text with or without words, suit codes, blank dockets and transitive each shape the text', () => {
    const filed = { filedFrom: '2024-01-01' };
    otherText(cases(filed), cases({ ...filed, dateMatch: 'CERTAINLY' }));
    sameText(cases(filed), cases({ ...filed, dateMatch: 'POSSIBLY' }));
    otherText(cases({}), cases({ text: 'rust' }));
    otherText(cases({ text: 'rust' }), cases({ text: ' ?! ' }));
    sameText(cases({ text: 'rust' }), cases({ text: 'baldwin shooting' }));
    otherText(cases({ natureOfSuit: '440' }), cases({ natureOfSuit: 'civil rights' }));
    otherText(cases({ docketNumber: '1:23-cv-1' }), cases({ docketNumber: '  ' }));
    otherText(cases({ incidentId: 'incident:a' }), cases({ incidentId: 'incident:a', transitive: true }));
    otherText(parties({ text: 'rust' }), parties({ text: '--' }));
  });

  it('the page: a cursor, a null cursor key and the direction shape the text; the size does not', () => {
    sameText(cases({}, { first: 2 }), cases({}, { first: 50 }));
    otherText(cases({}), cases({}, { after: after('2024-01-01', 'case:a') }));
    otherText(
      cases({}, { after: after('2024-01-01', 'case:a') }),
      cases({}, { after: after(null, 'case:a') }),
    );
    otherText(cases({}, { first: 2 }), cases({}, { last: 2 }));
  });

  it('the document parts shape the text', () => {
    otherText(cases({}, {}, new Set<CasePart>()), cases({}));
    const stats = outcomeStatsQuery({ kind: ['CIVIL'] }, 10);
    sameText(stats, outcomeStatsQuery({ kind: ['CRIMINAL'] }, 5));
    otherText(stats, outcomeStatsQuery({ kind: ['CIVIL'] }, 0));
    otherText(stats, outcomeStatsQuery({ kind: ['CIVIL'] }, 10, { ...ALL_OUTCOME_STATS_PARTS, times: [] }));
  });

  // Any two filters with one key must build one text: the statement served from the
  // cache (built for the first filter of its key) is the one the filter builds itself.
  const VARIANTS: CaseFilterInput[] = [
    {},
    { text: 'rust' },
    { text: ' ?! ' },
    { text: '' },
    ...ROLE_ORDER.map((role) => ({ role })),
    { partyId: 'person:a' },
    { judgeId: 'person:j' },
    { incidentId: 'incident:i' },
    { incidentId: 'incident:i', transitive: true },
    { docketNumber: '1:23-cv-00001' },
    { docketNumber: ' ' },
    { courtId: 'court:a' },
    { court: 'b' },
    { natureOfSuit: '440' },
    { natureOfSuit: 'Civil Rights' },
    { natureOfSuit: '  ' },
    { counselId: 'person:c' },
    { firmId: 'firm:f' },
    { kind: ['CIVIL'] },
    { kind: [] },
    { status: ['PENDING'] },
    { filedFrom: '2024-01-01', dateMatch: 'CERTAINLY' },
    { filedTo: '2024-01-01' },
    { closedFrom: '2024-01-01' },
    { closedTo: '2024-01-01', dateMatch: 'CERTAINLY' },
    { outcomeKind: 'DISMISSAL' },
    { pendingOn: '2024-01-01' },
  ];
  // Pairs the API refuses (`court` and `courtId` naming different courts) are left out.
  const refused = (filter: CaseFilterInput) => {
    try {
      caseListQuery(filter, FILED, false);
      return false;
    } catch {
      return true;
    }
  };
  const pairs = VARIANTS.flatMap((a, i) => VARIANTS.slice(i).map((b) => ({ ...a, ...b }))).filter(
    (f) => !refused(f),
  );
  const NO_PARTS = new Set<CasePart>();

  it(`holds for ${pairs.length} filters and every page shape`, () => {
    const pages: PageArgs[] = [{}, { last: 3 }, { first: 3, after: after('2024-01-01', 'case:a') }];
    for (const filter of pairs) {
      for (const page of pages) {
        const list: KeysetList = caseListQuery(filter, FILED, true, NO_PARTS);
        const window = pageWindow(page, orderName(FILED));
        const served = keysetStatement(list, window);
        expect(served.cypher).toBe(keysetCypher(list.build(), windowShape(window)).cypher);
        // Every parameter the text names is given, and nothing else.
        const named = [...new Set([...served.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
        expect(named).toEqual(Object.keys(served.params).sort());
      }
    }
  });
});
