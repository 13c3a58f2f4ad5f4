import { makeExecutableSchema } from '@graphql-tools/schema';
import { isInterfaceType, isObjectType, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { FIELD_MODELS, type ShapeView } from '../../src/api/fields';
import { CASE, COUNSEL } from '../../src/api/fields/case';
import { OUTCOME, STATEMENT } from '../../src/api/fields/facts';
import { readProperties, storedKeys } from '../../src/api/fields/stored';
import { CASE_FIELD_PARTS } from '../../src/api/parts';
import { SHOWN } from '../../src/cypher/shown';
import { encodeDate } from '../../src/graph/codecs';
import { costEstimator, costliestPath, describeCostliest } from '../../src/server/limits';
import { loadTypeDefs } from '../../src/server/server';
import { DOCKET_SHEET } from '../support/research-queries';

// The field models: the compiler checks each model against its generated type;
// here, that the registry the estimate reads has a model for every type the
// server publishes, with exactly its fields, and what the estimate makes of them.

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

describe('every type the server publishes has its model', () => {
  const types = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)),
  );

  it.each(types.map((t) => [t.name] as const))('%s', (name) => {
    const type = schema.getType(name);
    const model = FIELD_MODELS[name];
    expect(model).toBeDefined();
    if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${name} has no fields`);
    expect(Object.keys(model!).sort()).toEqual(Object.keys(type.getFields()).sort());
  });
});

describe('parts come from the model', () => {
  it('a case field names the parts its entry names, and only fields with parts are listed', () => {
    expect(CASE_FIELD_PARTS.parties).toEqual(['partyPages']);
    expect(CASE_FIELD_PARTS.natureOfSuit).toEqual(['texts']);
    expect(CASE_FIELD_PARTS.caption).toBeUndefined();
  });
});

describe('stored properties come from the model', () => {
  it("a projection reads the keys of the model's properties, a date as its parts", () => {
    expect(storedKeys(CASE)).toEqual(SHOWN.Case);
    expect(SHOWN.Case).toEqual(
      expect.arrayContaining(['caption', 'docketNumber', 'filedValue', 'closedLatest']),
    );
    // Derived fields read no key of their own; the few keys a mapper reads beyond the fields are added.
    expect(SHOWN.Case).not.toContain('natureOfSuit');
    expect(SHOWN.COUNSEL_IN).toEqual([...storedKeys(COUNSEL), 'clientId', 'firmId']);
    expect(storedKeys(OUTCOME)).toEqual(
      expect.arrayContaining(['sentenceTerm', 'sentenceMonths', 'sentenceCustody']),
    );
  });

  it('a row reads back through the codecs: absent values as the codec says', () => {
    const filed = {
      value: '2021-10',
      precision: 'MONTH',
      earliest: '2021-10-01',
      latest: '2021-10-31',
    } as const;
    const row = {
      id: 'case:1',
      caption: 'A v. B',
      captionKind: 'AS_FILED',
      kind: 'CIVIL',
      status: 'OPEN',
      ...encodeDate('filed', { ...filed, wording: null, derived: false, derivation: null, warning: null }),
    };
    const read = readProperties(CASE, row);
    expect(read).toEqual({
      id: 'case:1',
      caption: 'A v. B',
      captionKind: 'AS_FILED',
      kind: 'CIVIL',
      status: 'OPEN',
      jurisdiction: null,
      docketNumber: null,
      filed: expect.objectContaining(filed),
      closed: null,
    });
    expect(readProperties(OUTCOME, { id: 'o', kind: 'SENTENCE' }).sentence).toBeNull();
    expect(
      readProperties(OUTCOME, { id: 'o', kind: 'SENTENCE', sentenceTerm: '5 years', sentenceMonths: 60 })
        .sentence,
    ).toEqual({ term: '5 years', months: 60, custody: null });
    expect(readProperties(STATEMENT, { id: 's' }).directQuote).toBe(false);
  });
});

describe('the estimate follows the shape of the graph', () => {
  const shape = (degree: number, records = 1, anyDegree = 10): ShapeView => ({
    degree: () => degree,
    anyDegree: () => anyDegree,
    records: () => records,
  });
  const cost = (query: string, s: ShapeView) =>
    getComplexity({ schema, query: parse(query), variables: {}, estimators: [costEstimator(s)] });

  it('a list grows with the degree of its relationship, a page does not', () => {
    const lists = '{ case(id: "x") { counsel { id } judges { id } } }';
    expect(cost(lists, shape(3))).toBe(1 + 3 + 3);
    expect(cost(lists, shape(30))).toBe(1 + 30 + 30);
    const pageOfCases = '{ cases(first: 50) { edges { node { id } } } }';
    expect(cost(pageOfCases, shape(3))).toBe(cost(pageOfCases, shape(30)));
  });

  it('evidence grows with the documents stating an entity', () => {
    const q = '{ case(id: "x") { evidence { quote source { title } } } }';
    expect(cost(q, shape(1, 1))).toBe(1 + 1 * 2);
    expect(cost(q, shape(1, 4))).toBe(1 + 4 * 2);
  });

  it('names the fields that multiply the cost, root first', () => {
    const weighed = new Map();
    const query =
      '{ cases(first: 100) { edges { node { parties(first: 100) { edges { node { party { cases(first: 100) { edges { node { id } } } } } } } } } } }';
    const document = parse(query);
    getComplexity({ schema, query: document, variables: {}, estimators: [costEstimator(shape(4), weighed)] });
    expect(describeCostliest(costliestPath(document, undefined, weighed))).toBe(
      'cases ×100 › parties ×100 › cases ×100',
    );
  });

  it('a docket sheet of 100 cases, with evidence everywhere, is far under the nested pages', () => {
    const docketSheet = cost(DOCKET_SHEET, shape(4, 1, 21));
    const nested = cost(
      '{ cases(first: 100) { edges { node { parties(first: 100) { edges { node { party { cases(first: 100) { edges { node { id } } } } } } } } } } }',
      shape(4, 1, 21),
    );
    expect(docketSheet * 10).toBeLessThan(nested);
  });
});
