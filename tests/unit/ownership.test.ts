import { decodeAnnotated, decodeEvidence } from '../../src/graph/codecs';
import { assertBy, owners, STUB_MARK, withdrawBy } from '../../src/ingest/ownership';

// Two documents stating the same person, each with its own values and evidence.
const fromA = {
  id: 'person:x',
  name: 'X',
  displayName: 'X',
  aliases: ['Ex'],
  descriptors: ['the actor'],
  descriptorsSources: ['source:a'],
  descriptorsQuotes: ['X, the actor'],
  evidenceSources: ['source:a'],
  evidenceQuotes: ['X said'],
};
const fromB = {
  id: 'person:x',
  name: 'X',
  displayName: 'Mr X',
  aliases: [],
  descriptors: [],
  descriptorsSources: [],
  descriptorsQuotes: [],
  evidenceSources: ['source:b', 'source:b'],
  evidenceQuotes: ['Mr X', 'X again'],
};

/** As Neo4j gives properties back: no nulls, keys in an order of its own. */
const asStored = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .reverse(),
  );

/** Loads `docs` one after the other (each read back as stored) and returns what is stored. */
function loadInOrder(docs: [string, Record<string, unknown>][]): Record<string, unknown> | null {
  let stored: Record<string, unknown> | null = null;
  for (const [doc, planned] of docs) stored = asStored(assertBy(stored, doc, planned as never));
  return stored;
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('ownership of facts', () => {
  it('a first document owns the entity and tags its evidence', () => {
    const a = assertBy(null, 'doc-a', fromA);
    expect(a).toMatchObject({
      ...fromA,
      docs: ['doc-a'],
      docValues: [''],
      evidenceDocs: ['doc-a'],
      descriptorsDocs: ['doc-a'],
    });
  });

  it('a second document adds its evidence; each keeps its own; on a tie the smallest document id’s values show', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(owners(ab)).toEqual(['doc-a', 'doc-b']);
    expect(ab.displayName).toBe('X');
    expect(ab.aliases).toEqual(['Ex']);
    expect(decodeEvidence(ab)).toEqual([
      { sourceId: 'source:a', quote: 'X said' },
      { sourceId: 'source:b', quote: 'Mr X' },
      { sourceId: 'source:b', quote: 'X again' },
    ]);
    expect(ab.evidenceDocs).toEqual(['doc-a', 'doc-b', 'doc-b']);
    // A's descriptor stays: B states none, but does not take A's away.
    expect(decodeAnnotated(ab.descriptors, decodeEvidence(ab, 'descriptors'))).toEqual([
      { text: 'the actor', evidence: [{ sourceId: 'source:a', quote: 'X, the actor' }] },
    ]);
    // B's values are kept (keys sorted), to show should A go.
    expect(ab.docValues).toEqual([
      '',
      JSON.stringify({ aliases: [], displayName: 'Mr X', id: 'person:x', name: 'X' }),
    ]);
  });

  it('the same documents in any load order store the same entity: documents, evidence and values', () => {
    const docs: [string, Record<string, unknown>][] = [
      ['doc-b', fromB],
      ['doc-a', fromA],
      ['doc-c', { ...fromA, evidenceQuotes: ['X said'], aliases: ['Ex', 'Xavier'] }],
    ];
    const stored = permutations(docs).map(loadInOrder);
    for (const other of stored) expect(other).toEqual(stored[0]);
    expect(stored[0]?.docs).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect(stored[0]?.evidenceDocs).toEqual(['doc-a', 'doc-b', 'doc-b', 'doc-c']);
    // Withdrawing one gives what loading the other two gives, in any order.
    for (const [doc] of docs) {
      const rest = docs.filter(([d]) => d !== doc);
      const expected = loadInOrder(rest);
      for (const s of stored) expect(asStored(withdrawBy(s!, doc)!)).toEqual(expected);
    }
  });

  it('the values the most documents state show, whichever document id is smallest', () => {
    const abc = loadInOrder([
      ['doc-a', fromA],
      ['doc-b', fromB],
      ['doc-c', { ...fromB, evidenceQuotes: ['Mr X'], evidenceSources: ['source:b'] }],
    ]);
    expect(abc?.displayName).toBe('Mr X');
    expect(abc?.aliases).toEqual([]);
    expect(abc?.docValues).toEqual([
      JSON.stringify({ aliases: ['Ex'], displayName: 'X', id: 'person:x', name: 'X' }),
      '',
      '=',
    ]);
    // One of B's two goes: a tie again, and A has the smallest id.
    expect(asStored(withdrawBy(abc!, 'doc-c')!).displayName).toBe('X');
  });

  it('a stub’s values yield to a full statement’s, however many stubs there are', () => {
    const stub = { ...fromB, [STUB_MARK]: true };
    const stored = loadInOrder([
      ['doc-a', stub],
      ['doc-b', stub],
      ['doc-c', fromA],
    ]);
    expect(stored?.displayName).toBe('X');
    expect(stored?.stubDocs).toEqual(['doc-a', 'doc-b']);
    // Only stubs left: theirs show.
    expect(asStored(withdrawBy(stored!, 'doc-c')!).displayName).toBe('Mr X');
  });

  it('removing a document whose values show brings the next ones by the rule and leaves its evidence', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(withdrawBy(ab, 'doc-a')).toEqual(assertBy(null, 'doc-b', fromB));
  });

  it('removing the other document leaves the first as it was', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(withdrawBy(ab, 'doc-b')).toEqual(assertBy(null, 'doc-a', fromA));
  });

  it('removing the last document leaves nothing (the entity is to be deleted)', () => {
    expect(withdrawBy(assertBy(null, 'doc-a', fromA), 'doc-a')).toBeNull();
  });

  it('loading the same document again changes nothing, whichever order the others came in', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(assertBy(ab, 'doc-b', fromB)).toEqual(ab);
    expect(assertBy(ab, 'doc-a', fromA)).toEqual(ab);
    const a = assertBy(null, 'doc-a', fromA);
    expect(assertBy(a, 'doc-a', fromA)).toEqual(a);
  });

  it('reloading a document replaces only its own evidence and values, in its place among the others', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    const changed = { ...fromA, displayName: 'Xavier', evidenceQuotes: ['X said it'] };
    const reloaded = assertBy(ab, 'doc-a', changed);
    expect(owners(reloaded)).toEqual(['doc-a', 'doc-b']);
    expect(reloaded.displayName).toBe('Xavier');
    expect(reloaded.evidenceQuotes).toEqual(['X said it', 'Mr X', 'X again']);
    expect(withdrawBy(reloaded, 'doc-a')).toEqual(assertBy(null, 'doc-b', fromB));
  });

  it('withdrawing a document that does not state the entity changes nothing', () => {
    const a = assertBy(null, 'doc-a', fromA);
    expect(withdrawBy(a, 'doc-z')).toEqual(a);
  });

  it('reads graphs loaded before ownership was recorded (a single `doc`, untagged evidence)', () => {
    const legacy = { ...fromA, doc: 'doc-a' };
    expect(owners(legacy)).toEqual(['doc-a']);
    expect(assertBy(legacy, 'doc-a', fromA)).toEqual(assertBy(null, 'doc-a', fromA));
    expect(withdrawBy(legacy, 'doc-a')).toBeNull();
  });

  it('reads graphs stored in load order, and stores them in the canonical one', () => {
    // As the loader stored them before: B loaded first, A last and shown.
    const loadOrder = {
      ...fromA,
      docs: ['doc-b', 'doc-a'],
      docValues: [JSON.stringify({ id: 'person:x', name: 'X', displayName: 'Mr X', aliases: [] }), ''],
      evidenceSources: ['source:b', 'source:b', 'source:a'],
      evidenceQuotes: ['Mr X', 'X again', 'X said'],
      evidenceDocs: ['doc-b', 'doc-b', 'doc-a'],
      descriptorsDocs: ['doc-a'],
    };
    expect(assertBy(loadOrder, 'doc-a', fromA)).toEqual(
      assertBy(assertBy(null, 'doc-b', fromB), 'doc-a', fromA),
    );
  });

  it('documents re-stating a shared entity with unset (null) values keep a marker, not a copy', () => {
    // As the planner writes a shared source: some values unset. Neo4j stores no nulls, so
    // what a later load reads back lacks those keys.
    const planned = {
      id: 'source:table',
      title: 'Courts',
      text: 'x'.repeat(1000),
      publisher: null,
      dateValue: null,
    };
    const stored = loadInOrder([
      ['doc-3', planned],
      ['doc-1', planned],
      ['doc-2', planned],
    ]);
    expect(stored?.docs).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(stored?.docValues).toEqual(['', '=', '=']);
    expect(stored).not.toHaveProperty('publisher');
    expect(asStored(withdrawBy(stored!, 'doc-1')!)).toEqual(
      loadInOrder([
        ['doc-2', planned],
        ['doc-3', planned],
      ]),
    );
  });
});
