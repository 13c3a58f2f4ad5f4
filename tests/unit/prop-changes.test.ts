import { propChanges } from '../../src/ingest/changes';

describe('propChanges: what a write must change', () => {
  it('everything for an entity the graph does not hold', () => {
    expect(propChanges(null, { id: 'a', name: 'A', note: null })).toEqual({ id: 'a', name: 'A', note: null });
  });

  it('nothing when the stored values are the same (lists compared by value, nulls as absent)', () => {
    const stored = { id: 'a', text: 'long text', docs: ['d1', 'd2'], filedEarliest: '2024-01-02' };
    expect(propChanges(stored, { ...stored, docs: ['d1', 'd2'], publisher: null })).toEqual({});
  });

  it('the changed values, and null for what is no longer stated', () => {
    const stored = { id: 'a', text: 'long text', docs: ['d1'], aliases: ['x'], title: 'T' };
    expect(propChanges(stored, { id: 'a', text: 'long text', docs: ['d1', 'd2'], title: null })).toEqual({
      docs: ['d1', 'd2'],
      aliases: null,
      title: null,
    });
  });
});
