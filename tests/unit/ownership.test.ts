import { legacyStatements } from '../../src/ingest/legacy-ownership';
import {
  documentCount,
  entityAfter,
  recountNeeded,
  shareOf,
  STUB_MARK,
  tally,
  type Stored,
} from '../../src/ingest/ownership';

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

type Planned = Record<string, unknown>;

/** One entity and its records, as the graph would hold them (no nulls, keys in an order of its own). */
interface Held {
  entity: Stored | null;
  records: Map<string, Stored>;
}

const asStored = (props: Record<string, unknown>): Stored =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([, v]) => v !== null && v !== undefined)
      .reverse(),
  );

const scalarsOf = (entity: Stored | null): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(entity ?? {}).filter(([k]) => !/^value|TextCounts$|^descriptors$/.test(k)),
  );

/** What the loader does for one document's statement (null: withdrawal), against `held`. */
function state(held: Held, doc: string, planned: Planned | null): Held {
  const old = held.records.get(doc) ?? null;
  const share = planned ? shareOf(planned as never) : null;
  const firstDocAfter = (key: string) =>
    [...held.records]
      .filter(([d, r]) => d !== doc && r.valuesKey === key)
      .map(([d]) => d)
      .sort()[0] ?? '';
  const after = entityAfter(held.entity, old, doc, share, firstDocAfter, held.entity ?? undefined);
  const records = new Map(held.records);
  if (share) records.set(doc, asStored(share.record));
  else records.delete(doc);
  if (!after) return { entity: null, records };
  return { entity: asStored({ ...(after.values ?? scalarsOf(held.entity)), ...after.tallies }), records };
}

const NOTHING: Held = { entity: null, records: new Map() };

function loadInOrder(docs: [string, Planned][], from: Held = NOTHING): Held {
  return docs.reduce((held, [doc, planned]) => state(held, doc, planned), from);
}

/** The same holding, whatever order keys and records came in. */
function canonical(held: Held): unknown {
  const sortKeys = (o: Stored | null) =>
    o
      ? Object.fromEntries(
          Object.keys(o)
            .sort()
            .map((k) => [k, o[k]]),
        )
      : null;
  return {
    entity: sortKeys(held.entity),
    records: [...held.records].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, r]) => [d, sortKeys(r)]),
  };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('ownership of facts: one record per document, tallies on the entity', () => {
  it('a first document gives the entity its values and a record of its evidence', () => {
    const a = state(NOTHING, 'doc-a', fromA);
    expect(a.entity).toMatchObject({
      id: 'person:x',
      displayName: 'X',
      aliases: ['Ex'],
      valueCounts: [1],
      valueFirstDocs: ['doc-a'],
      valueJsons: [''],
      descriptors: ['the actor'],
      descriptorsTextCounts: [1],
    });
    expect(a.entity).not.toHaveProperty('evidenceQuotes');
    expect(a.records.get('doc-a')).toMatchObject({
      evidenceSources: ['source:a'],
      evidenceQuotes: ['X said'],
      descriptors: ['the actor'],
      descriptorsQuotes: ['X, the actor'],
    });
  });

  it('a second document adds its own record; on a tie the smallest document id’s values show', () => {
    const ab = loadInOrder([
      ['doc-a', fromA],
      ['doc-b', fromB],
    ]);
    expect(ab.entity?.displayName).toBe('X');
    expect(documentCount(ab.entity ?? {})).toBe(2);
    expect(ab.records.get('doc-b')).toMatchObject({ evidenceQuotes: ['Mr X', 'X again'] });
    // B's values are kept once, as JSON with keys sorted, should A go.
    expect(ab.entity?.valueJsons).toContain(
      JSON.stringify({ aliases: [], displayName: 'Mr X', id: 'person:x', name: 'X' }),
    );
    // A's descriptor stays: B states none, but does not take A's away.
    expect(ab.entity?.descriptors).toEqual(['the actor']);
  });

  it('the same documents in any load order hold the same entity and records', () => {
    const docs: [string, Planned][] = [
      ['doc-b', fromB],
      ['doc-a', fromA],
      ['doc-c', { ...fromA, evidenceQuotes: ['X said'], aliases: ['Ex', 'Xavier'] }],
    ];
    const held = permutations(docs).map((order) => canonical(loadInOrder(order)));
    for (const other of held) expect(other).toEqual(held[0]);
    // Withdrawing one gives what loading the other two gives, in any order.
    for (const order of permutations(docs)) {
      for (const [doc] of docs) {
        const rest = docs.filter(([d]) => d !== doc);
        expect(canonical(state(loadInOrder(order), doc, null))).toEqual(canonical(loadInOrder(rest)));
      }
    }
  });

  it('the values the most documents state show, whichever document id is smallest', () => {
    const abc = loadInOrder([
      ['doc-a', fromA],
      ['doc-b', fromB],
      ['doc-c', { ...fromB, evidenceQuotes: ['Mr X'], evidenceSources: ['source:b'] }],
    ]);
    expect(abc.entity?.displayName).toBe('Mr X');
    expect(abc.entity?.aliases).toEqual([]);
    // One of B's two goes: a tie again, and A has the smallest id.
    expect(state(abc, 'doc-c', null).entity?.displayName).toBe('X');
  });

  it('a stub’s values yield to a full statement’s, however many stubs there are', () => {
    const stub = { ...fromB, [STUB_MARK]: true };
    const held = loadInOrder([
      ['doc-a', stub],
      ['doc-b', stub],
      ['doc-c', fromA],
    ]);
    expect(held.entity?.displayName).toBe('X');
    expect(held.records.get('doc-a')?.valuesKey).toMatch(/^s:/);
    // Only stubs left: theirs show.
    expect(state(held, 'doc-c', null).entity?.displayName).toBe('Mr X');
  });

  it('removing the last document leaves nothing (the entity is to be deleted)', () => {
    const a = state(NOTHING, 'doc-a', fromA);
    expect(state(a, 'doc-a', null).entity).toBeNull();
    expect(state(a, 'doc-a', null).records.size).toBe(0);
  });

  it('loading the same document again changes nothing, whichever order the others came in', () => {
    const ab = loadInOrder([
      ['doc-a', fromA],
      ['doc-b', fromB],
    ]);
    expect(canonical(state(ab, 'doc-b', fromB))).toEqual(canonical(ab));
    expect(canonical(state(ab, 'doc-a', fromA))).toEqual(canonical(ab));
  });

  it('reloading a changed document replaces only its own record and values', () => {
    const ab = loadInOrder([
      ['doc-a', fromA],
      ['doc-b', fromB],
    ]);
    const changed = { ...fromA, displayName: 'Xavier', evidenceQuotes: ['X said it'] };
    const reloaded = state(ab, 'doc-a', changed);
    expect(reloaded.entity?.displayName).toBe('Xavier');
    expect(reloaded.records.get('doc-a')?.evidenceQuotes).toEqual(['X said it']);
    expect(reloaded.records.get('doc-b')).toEqual(ab.records.get('doc-b'));
    expect(canonical(state(reloaded, 'doc-a', null))).toEqual(canonical(loadInOrder([['doc-b', fromB]])));
  });

  it('a document leaving a set of values it was first of needs the next first document', () => {
    const held = loadInOrder([
      ['doc-a', fromB],
      ['doc-b', fromB],
      ['doc-c', fromA],
    ]);
    const old = held.records.get('doc-a') ?? null;
    expect(recountNeeded(held.entity, old, 'doc-a', null)).toBe(old?.valuesKey);
    expect(recountNeeded(held.entity, old, 'doc-a', String(old?.valuesKey))).toBeNull();
    expect(recountNeeded(held.entity, held.records.get('doc-c') ?? null, 'doc-c', null)).toBeNull();
  });

  it('the live values are needed only when the shown set changes', () => {
    const ab = loadInOrder([
      ['doc-a', fromA],
      ['doc-b', fromB],
    ]);
    const never = () => {
      throw new Error('no recount expected');
    };
    const c = shareOf({ ...fromB, evidenceQuotes: ['Mr X'] } as never);
    expect(tally(ab.entity, null, 'doc-c', c, never).needsLive).toBe(true);
    expect(tally(ab.entity, null, 'doc-c', shareOf(fromA as never), never).needsLive).toBe(false);
    expect(() => entityAfter(ab.entity, null, 'doc-c', c, never)).toThrow(/live values/);
  });

  it('documents re-stating a shared entity add a count, not a copy of its values', () => {
    // As the planner writes a shared source: some values unset; Neo4j stores no nulls.
    const planned = { id: 'source:table', title: 'Courts', text: 'x'.repeat(1000), publisher: null };
    const held = loadInOrder([
      ['doc-3', planned],
      ['doc-1', planned],
      ['doc-2', planned],
    ]);
    expect(held.entity).toMatchObject({ valueCounts: [3], valueFirstDocs: ['doc-1'], valueJsons: [''] });
    expect(held.entity).not.toHaveProperty('publisher');
    expect(JSON.stringify([...held.records.values()])).not.toContain('xxxx');
    expect(canonical(state(held, 'doc-1', null))).toEqual(
      canonical(
        loadInOrder([
          ['doc-2', planned],
          ['doc-3', planned],
        ]),
      ),
    );
  });

  it('annotated texts are kept once each, sorted, with how many documents state them', () => {
    const other = {
      ...fromA,
      descriptors: ['a star', 'the actor'],
      descriptorsSources: ['s', 's'],
      descriptorsQuotes: ['q', 'r'],
    };
    const held = loadInOrder([
      ['doc-b', other],
      ['doc-a', fromA],
    ]);
    expect(held.entity?.descriptors).toEqual(['a star', 'the actor']);
    expect(held.entity?.descriptorsTextCounts).toEqual([1, 2]);
    expect(state(held, 'doc-b', null).entity?.descriptors).toEqual(['the actor']);
  });

  it('an entity stored the legacy way replays into the records a load gives', () => {
    // As the loader stored it before records: B and A, A's values shown.
    const legacy = {
      ...fromA,
      docs: ['doc-a', 'doc-b'],
      docValues: ['', JSON.stringify({ id: 'person:x', name: 'X', displayName: 'Mr X', aliases: [] })],
      evidenceSources: ['source:a', 'source:b', 'source:b'],
      evidenceQuotes: ['X said', 'Mr X', 'X again'],
      evidenceDocs: ['doc-a', 'doc-b', 'doc-b'],
      descriptorsDocs: ['doc-a'],
    };
    const replayed = loadInOrder(legacyStatements(legacy).map(({ doc, planned }) => [doc, planned]));
    expect(canonical(replayed)).toEqual(
      canonical(
        loadInOrder([
          ['doc-a', fromA],
          ['doc-b', fromB],
        ]),
      ),
    );
  });
});
