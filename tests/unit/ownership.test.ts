import { decodeAnnotated, decodeEvidence } from '../../src/graph/codecs';
import { assertBy, owners, withdrawBy } from '../../src/ingest/ownership';

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

  it('a second document adds its evidence and its values win; each keeps its own evidence', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(owners(ab)).toEqual(['doc-a', 'doc-b']);
    expect(ab.displayName).toBe('Mr X');
    expect(ab.aliases).toEqual([]);
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
  });

  it('removing the most recent document restores the previous values and leaves its evidence', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    const a = withdrawBy(ab, 'doc-b');
    expect(a).toEqual(assertBy(null, 'doc-a', fromA));
  });

  it('removing the earlier document leaves the later one as it was', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(withdrawBy(ab, 'doc-a')).toEqual(assertBy(null, 'doc-b', fromB));
  });

  it('removing the last document leaves nothing (the entity is to be deleted)', () => {
    expect(withdrawBy(assertBy(null, 'doc-a', fromA), 'doc-a')).toBeNull();
  });

  it('loading the same document again changes nothing, whichever order the others came in', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    expect(assertBy(ab, 'doc-b', fromB)).toEqual(ab);
    const a = assertBy(null, 'doc-a', fromA);
    expect(assertBy(a, 'doc-a', fromA)).toEqual(a);
  });

  it('reloading a document replaces only its own evidence and makes its values current', () => {
    const ab = assertBy(assertBy(null, 'doc-a', fromA), 'doc-b', fromB);
    const changed = { ...fromA, evidenceQuotes: ['X said it'] };
    const ba = assertBy(ab, 'doc-a', changed);
    expect(owners(ba)).toEqual(['doc-b', 'doc-a']);
    expect(ba.displayName).toBe('X');
    expect(ba.evidenceQuotes).toEqual(['Mr X', 'X again', 'X said it']);
    expect(withdrawBy(ba, 'doc-a')).toEqual(assertBy(null, 'doc-b', fromB));
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
    const asStored = (props: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    let stored: Record<string, unknown> | null = null;
    for (const doc of ['doc-1', 'doc-2', 'doc-3']) stored = asStored(assertBy(stored, doc, planned));
    expect(stored?.docValues).toEqual(['=', '=', '']);
    expect(stored).not.toHaveProperty('publisher');
    expect(withdrawBy(stored!, 'doc-3')).toEqual(
      asStored(assertBy(asStored(assertBy(null, 'doc-1', planned)), 'doc-2', planned)),
    );
  });
});
