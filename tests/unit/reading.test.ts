import { statementOf } from '../support/projection';
import {
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { day } from '../../src/api/fields/stored';
import { namesRead } from '../../src/api/parts';
import { toEvidence } from '../../src/cypher/mappers';
import { CASE_PARTS, CaseParts, caseDocument, partyDocument } from '../../src/cypher/projections';
import { Selected } from '../../src/cypher/reading';
import { partsKey } from '../../src/cypher/statement';

// What a statement reads follows what the operation selects (src/cypher/reading.ts):
// the stored properties and date parts of the fields named anywhere in it, evidence's
// sources only when a source is selected, a party's descriptors and offices only
// when selected, and what the selected fields require (the field models' `requires`).

/** The resolver info `namesRead` reads: the operation and its fragments. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((f) => [f.name.value, f]),
  );
  return { operation, fragments } as unknown as GraphQLResolveInfo;
}

/** The keys the outermost map projection reads: `.caption` and `key: …` entries up to its first subquery. */
const ownKeys = (cypher: string): string[] => {
  const head = cypher.slice(cypher.indexOf('RETURN'));
  return [
    ...head.slice(0, head.indexOf('COLLECT') > 0 ? head.indexOf('COLLECT') : undefined).matchAll(/\.(\w+)/g),
  ].map((m) => m[1]!);
};

describe('the names an operation reads', () => {
  it('every field name it selects, through fragments, with what they require', () => {
    const names = namesRead(
      infoOf(`query { case(id: "x") { caption ...F } }
        fragment F on Case { parties { edges { node { party { displayName } } } } }`),
    );
    expect(names && [...names].sort()).toEqual(
      ['case', 'caption', 'parties', 'edges', 'node', 'party', 'displayName', 'name', 'descriptors'].sort(),
    );
  });

  it("a case list in chronological order requires its outcomes' dates; asOf requires everything", () => {
    const outcomes = namesRead(infoOf('{ case(id: "x") { outcomes { kind } } }'));
    expect(outcomes).toEqual(new Set(['case', 'outcomes', 'kind', 'date', 'earliest', 'precision']));
    expect(namesRead(infoOf('{ case(id: "x") { asOf(date: "2020-01-01") { status } } }'))).toBeNull();
  });
});

describe('a statement reads what the names select', () => {
  const names = new Set(['caption', 'evidence', 'quote', 'filed', 'value']);

  it('only the selected properties of the case, its id always, and of a date its value', () => {
    const cypher = statementOf((c) => caseDocument(c, new CaseParts(['evidence'], {}, names)));
    expect(ownKeys(cypher)).toEqual(['id', 'caption', 'filedValue']);
    const everything = statementOf((c) => caseDocument(c, new CaseParts(['evidence'])));
    expect(ownKeys(everything)).toEqual(
      expect.arrayContaining(['docketNumber', 'filedPrecision', 'closedValue']),
    );
  });

  it('evidence without a selected source carries the source id, with one the source', () => {
    const quotes = statementOf((c) => caseDocument(c, new CaseParts(['evidence'], {}, names)));
    expect(quotes).toContain('sourceId: ');
    expect(quotes).not.toContain(':Source');
    const sources = statementOf((c) =>
      caseDocument(c, new CaseParts(['evidence'], {}, new Set([...names, 'source']))),
    );
    expect(sources).toContain(':Source');
    expect(sources).not.toContain('sourceId: ');
  });

  it("a party's descriptors and offices only when selected", () => {
    const party = (selected: string[]) =>
      statementOf((p) => partyDocument(p, new Selected(['evidence'], new Set(selected))));
    expect(party(['name'])).not.toMatch(/descriptorsEvidence|officesEvidence/);
    expect(party(['descriptors'])).toContain('descriptorsEvidence: ');
    expect(party(['descriptors'])).not.toContain('officesEvidence: ');
    expect(party(['offices'])).toContain('officesEvidence: ');
  });

  it('statements differ by their names: the key says so', () => {
    const a = new CaseParts(['evidence'], {}, new Set(['caption']));
    const b = new CaseParts(['evidence'], {}, new Set(['status']));
    expect(partsKey(CASE_PARTS, a)).not.toBe(partsKey(CASE_PARTS, b));
    expect(partsKey(CASE_PARTS, new CaseParts(['evidence']))).toBe('evidence|*');
  });
});

describe('reading back what was read', () => {
  it('a date reads its value always and the parts selected', () => {
    expect(day.keys('date', (f) => f === 'precision')).toEqual(['dateValue', 'datePrecision']);
    expect(day.keys('date')).toHaveLength(9);
  });

  it('an entry without its source keeps the source id for the resolver to load', () => {
    const [entry] = toEvidence({ evidence: [{ quote: 'q', locator: null, sourceId: 'source:a' }] });
    expect(entry).toEqual({ sourceId: 'source:a', quote: 'q' });
  });
});
