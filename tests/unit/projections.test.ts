import Cypher from '@neo4j/cypher-builder';
import { queryName } from '../../src/db/executor';
import { caseDocument, partyDocument } from '../../src/cypher/projections';
import { named, type Statement } from '../../src/cypher/statement';
import { PARTY } from '../../src/graph/labels';
import { QUERIES } from '../../src/repositories/entities';
import { TIMELINE_QUERIES } from '../../src/repositories/timeline';

// The document projections are nested COLLECT subqueries. A subquery sees the variables
// of the scope around it, so one that binds a name already bound outside would silently
// join on the outer value (a party's full case list re-binding `p` answered only the
// party itself as every case's party). The builder names each variable once.

/**
 * The variables a pattern binds, in order of appearance: a name right after `(` or `[`
 * followed by a label or type, as in `(this12:Party` or `[this13:(PARTY_TO)`. A variable
 * used from the outer scope appears bare, `(this0)`, and is not a binding.
 */
function patternBindings(cypher: string): string[] {
  return [...cypher.matchAll(/[([](\w+):/g)].map((m) => m[1]!);
}

const repeated = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);

describe('nested projections cannot capture variables', () => {
  // A party and one of its cases, both projected whole in one statement: the
  // case document nests parties, counsel, judges, outcomes and statements of its own.
  const p = new Cypher.Node();
  const r = new Cypher.Relationship();
  const c = new Cypher.Node();
  const statement = named(
    'partyWithCase',
    new Cypher.Match(
      new Cypher.Pattern(p, { labels: [PARTY] }).related(r, { type: 'PARTY_TO' }).to(c, { labels: ['Case'] }),
    ).return([partyDocument(p), 'party'], [caseDocument(c), 'case']),
  );

  it('binds every pattern variable once in the whole statement', () => {
    const bindings = patternBindings(statement.cypher);
    // The party, its relationships, credits, incidents and case links, and the case's parties, counsel, judges...
    expect(bindings.length).toBeGreaterThan(50);
    expect(repeated(bindings)).toEqual([]);
  });

  it("reads the case's parties from that case, not from the outer party", () => {
    const [, party, , kase] =
      /^MATCH \((\w+):Party\)-\[(\w+):PARTY_TO\]->\((\w+):Case\)/m.exec(statement.cypher) ?? [];
    expect(party).toBeDefined();
    expect(kase).toBeDefined();
    const parties = new RegExp(`MATCH \\((\\w+):Party\\)-\\[(\\w+):\\(PARTY_TO\\)\\]->\\(${kase}\\)`).exec(
      statement.cypher,
    );
    expect(parties).not.toBeNull();
    // The case's party and participation are fresh names: neither the outer party nor its link.
    expect([parties![1], parties![2]]).not.toContain(party);
  });

  it.each([...Object.entries(QUERIES), ...Object.entries(TIMELINE_QUERIES)])(
    '%s binds every pattern variable once',
    (_key, s: Statement) => {
      expect(repeated(patternBindings(s.cypher))).toEqual([]);
    },
  );
});

describe('statements by id and timelines', () => {
  const capitalized = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

  it.each(Object.entries(QUERIES))('%s is named after its key and reads $ids only', (key, s: Statement) => {
    expect(s.cypher.split('\n')[0]).toBe(`// ${key}`);
    expect(queryName(s.cypher)).toBe(key);
    // The caller supplies `{ids}` on its own: the statement may name nothing else.
    expect([...new Set([...s.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))]).toEqual(['ids']);
    expect(s.params).toEqual({});
  });

  it.each(Object.entries(TIMELINE_QUERIES))(
    '%s is named timelineFor<Subject> and reads $id only',
    (key, s: Statement) => {
      const name = `timelineFor${capitalized(key)}`;
      expect(s.cypher.split('\n')[0]).toBe(`// ${name}`);
      expect(queryName(s.cypher)).toBe(name);
      expect([...new Set([...s.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]))]).toEqual(['id']);
      expect(s.params).toEqual({});
    },
  );
});
