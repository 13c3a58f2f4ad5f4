import { formatDate, kindOfId } from '../../web/src/format';
import { orderByText, type CitationModel } from '../../src/repositories/citations';

describe('the explorer shows dates at their real precision', () => {
  test.each([
    ['2021', 'YEAR', '2021'],
    ['2024-07', 'MONTH', 'July 2024'],
    ['2025-01-01', 'DAY', '1 January 2025'],
    ['2024-12-31', 'DAY', '31 December 2024'],
  ] as const)('%s at %s precision reads %s', (value, precision, shown) => {
    expect(formatDate({ value, precision })).toBe(shown);
  });

  test('the kind of an entity comes from its typed id', () => {
    expect(kindOfId('person:alec-baldwin')).toBe('person');
    expect(kindOfId('source:000_5585b8dd8960c38c')).toBe('source');
    expect(kindOfId('nonsense')).toBe('');
  });
});

test('an interval date (RANGE) reads as its two ends', () => {
  expect(formatDate({ value: '2024-07-04/2024-08-03', precision: 'RANGE' })).toBe(
    'between 4 July 2024 and 3 August 2024',
  );
});

describe('citations follow the source text', () => {
  const citation = (quote: string, id: string): CitationModel => ({
    quote,
    node: { id, kind: 'PERSON', displayName: id, node: { __typename: 'Person', id } as never, evidence: [] },
    field: 'ENTITY',
    detail: null,
    edge: null,
    target: null,
  });

  test('by where the quote first appears, then by entity id; quotes not in the text last', () => {
    const text = 'Alpha beta. Gamma delta. Epsilon.';
    const ordered = orderByText(text, [
      citation('missing', 'person:a'),
      citation('Gamma delta.', 'person:b'),
      citation('Alpha beta.', 'person:z'),
      citation('Alpha beta.', 'person:c'),
    ]);
    expect(ordered.map((c) => `${c.quote}|${c.node.id}`)).toEqual([
      'Alpha beta.|person:c',
      'Alpha beta.|person:z',
      'Gamma delta.|person:b',
      'missing|person:a',
    ]);
  });
});
