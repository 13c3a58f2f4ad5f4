import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../../src/ingest/format';
import { loadFiles, removeDocument } from '../../src/ingest/load';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';

// Facts belong to the documents that state them: two documents stating the same
// entities, loaded in both orders (the same graph either way), reloaded and removed,
// never take each other's facts.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A document in its own folder, with one source whose text holds every quote given. */
function writeDocument(docId: string, body: Record<string, unknown>, lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), `${docId}-`));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'text.txt'), lines.join('\n'));
  const file = join(dir, `${docId}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'litigation-graph',
      formatVersion: 1,
      document: { id: docId, title: `Test document ${docId}` },
      sources: [
        {
          id: `source:${docId}`,
          kind: 'ARTICLE',
          title: `Report ${docId}`,
          identifier: docId,
          file: 'sources/text.txt',
        },
      ],
      ...body,
    }),
  );
  return file;
}

const ev = (docId: string, quote: string) => [{ source: `source:${docId}`, quote }];

const PARTY = `query Party($id: ID!) {
  party(id: $id) {
    displayName
    aliases
    evidence { quote source { id } }
    relationships { kind other { id } evidence { quote } }
  }
}`;

describe('a second document mentioning a party of the seed (the reported data loss)', () => {
  it('reloaded without that party, deletes neither the party nor any of the seed’s facts', async () => {
    const seedOnly = await fingerprint(h.executor);
    const doc = 'second-report';
    const withBaldwin = writeDocument(
      doc,
      {
        parties: [
          {
            id: 'person:alec-baldwin',
            kind: 'PERSON',
            name: 'Alec Baldwin',
            evidence: ev(doc, 'Alec Baldwin'),
          },
          {
            id: 'person:second-reporter',
            kind: 'PERSON',
            name: 'Pat Reporter',
            evidence: ev(doc, 'Pat Reporter'),
          },
        ],
      },
      ['Alec Baldwin spoke to Pat Reporter.', 'Alec Baldwin', 'Pat Reporter'],
    );
    await loadFiles(h.executor, [withBaldwin]);
    const both = await h.gql(PARTY, { id: 'person:alec-baldwin' });
    expect(both.errors).toBeUndefined();
    expect(both.data.party.evidence.map((e: { source: { id: string } }) => e.source.id)).toEqual([
      'source:000_5585b8dd8960c38c',
      `source:${doc}`,
    ]);

    const without = writeDocument(
      doc,
      {
        parties: [
          {
            id: 'person:second-reporter',
            kind: 'PERSON',
            name: 'Pat Reporter',
            evidence: ev(doc, 'Pat Reporter'),
          },
        ],
      },
      ['Pat Reporter'],
    );
    await loadFiles(h.executor, [without]);
    const after = await h.gql(PARTY, { id: 'person:alec-baldwin' });
    expect(after.data.party).toMatchObject({ displayName: 'Alec Baldwin', aliases: ['Baldwin'] });
    expect(after.data.party.evidence).toEqual([
      {
        quote:
          "A judge has dismissed Alec Baldwin's misconduct lawsuit against the prosecutors in the Rust trial.",
        source: { id: 'source:000_5585b8dd8960c38c' },
      },
    ]);

    const report = await removeDocument(h.executor, doc);
    expect(report.deleted).toEqual({ nodes: 2, relationships: 0 });
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
  });
});

describe('two overlapping documents', () => {
  // A and B both state two people and their marriage; each also states something of its own.
  const docA = writeDocument(
    'overlap-a',
    {
      parties: [
        {
          id: 'person:overlap-x',
          kind: 'PERSON',
          name: 'Xavier Overlap',
          aliases: ['X'],
          evidence: ev('overlap-a', 'Xavier Overlap, called X'),
        },
        {
          id: 'person:overlap-y',
          kind: 'PERSON',
          name: 'Yvonne Overlap',
          evidence: ev('overlap-a', 'Yvonne Overlap'),
        },
        { id: 'person:only-a', kind: 'PERSON', name: 'Alpha Only', evidence: ev('overlap-a', 'Alpha Only') },
      ],
      relationships: [
        {
          kind: 'SPOUSE_OF',
          from: 'person:overlap-x',
          to: 'person:overlap-y',
          evidence: ev('overlap-a', 'Xavier married Yvonne'),
        },
      ],
    },
    ['Xavier Overlap, called X, is here.', 'Yvonne Overlap', 'Alpha Only', 'Xavier married Yvonne'],
  );
  const docB = writeDocument(
    'overlap-b',
    {
      parties: [
        {
          id: 'person:overlap-x',
          kind: 'PERSON',
          name: 'Xavier B. Overlap',
          evidence: ev('overlap-b', 'Xavier B. Overlap'),
        },
        {
          id: 'person:overlap-y',
          kind: 'PERSON',
          name: 'Yvonne Overlap',
          evidence: ev('overlap-b', 'Yvonne Overlap'),
        },
        { id: 'person:only-b', kind: 'PERSON', name: 'Beta Only', evidence: ev('overlap-b', 'Beta Only') },
      ],
      relationships: [
        {
          kind: 'SPOUSE_OF',
          from: 'person:overlap-x',
          to: 'person:overlap-y',
          evidence: ev('overlap-b', 'his wife Yvonne'),
        },
      ],
    },
    ['Xavier B. Overlap', 'Yvonne Overlap', 'Beta Only', 'his wife Yvonne'],
  );
  const quotesA = { x: 'Xavier Overlap, called X', spouse: 'Xavier married Yvonne' };
  const quotesB = { x: 'Xavier B. Overlap', spouse: 'his wife Yvonne' };

  const x = async () => (await h.gql(PARTY, { id: 'person:overlap-x' })).data.party;
  const exists = async (id: string) => (await h.gql(PARTY, { id })).data.party !== null;
  /** The graph each order gave: one and the same. */
  const loadedHashes = new Set<string>();

  it.each([
    ['A then B', [docA, docB], ['overlap-a', 'overlap-b']],
    ['B then A', [docB, docA], ['overlap-b', 'overlap-a']],
  ] as const)(
    'loaded %s: both keep their evidence (by document id), the values the rule picks show (a tie: the smaller id’s, A’s); removing either leaves the other’s facts whole',
    async (_order, files, docs) => {
      const seedOnly = await fingerprint(h.executor);
      await loadFiles(h.executor, [...files]);
      // Whatever the order: A's values (one document each, and A's id is smaller), A's evidence first.
      const quotes = [quotesA, quotesB];
      let party = await x();
      expect(party.displayName).toBe('Xavier Overlap');
      expect(party.aliases).toEqual(['X']);
      expect(party.evidence.map((e: { quote: string }) => e.quote)).toEqual(quotes.map((q) => q.x));
      expect(party.relationships).toHaveLength(1);
      expect(party.relationships[0].evidence.map((e: { quote: string }) => e.quote)).toEqual(
        quotes.map((q) => q.spouse),
      );
      expect(await exists('person:only-a')).toBe(true);
      expect(await exists('person:only-b')).toBe(true);

      // Loading either again changes nothing.
      const loaded = await fingerprint(h.executor);
      loadedHashes.add(loaded.hash);
      expect(loadedHashes.size).toBe(1);
      await loadFiles(h.executor, [files[1]]);
      expect(await fingerprint(h.executor)).toEqual(loaded);

      // Remove the later one: only the earlier one's values and evidence are left.
      await removeDocument(h.executor, docs[1]);
      const left = docs[0] === 'overlap-a' ? quotesA : quotesB;
      party = await x();
      expect(party.displayName).toBe(docs[0] === 'overlap-a' ? 'Xavier Overlap' : 'Xavier B. Overlap');
      expect(party.aliases).toEqual(docs[0] === 'overlap-a' ? ['X'] : []);
      expect(party.evidence.map((e: { quote: string }) => e.quote)).toEqual([left.x]);
      expect(party.relationships[0].evidence.map((e: { quote: string }) => e.quote)).toEqual([left.spouse]);
      expect(await exists(docs[1] === 'overlap-a' ? 'person:only-a' : 'person:only-b')).toBe(false);
      expect(await exists(docs[0] === 'overlap-a' ? 'person:only-a' : 'person:only-b')).toBe(true);

      await removeDocument(h.executor, docs[0]);
      expect(await fingerprint(h.executor)).toEqual(seedOnly);
    },
  );

  it('removing the earlier document leaves the later one’s values and evidence as they were', async () => {
    const seedOnly = await fingerprint(h.executor);
    await loadFiles(h.executor, [docA, docB]);
    await removeDocument(h.executor, 'overlap-a');
    const party = await x();
    expect(party).toMatchObject({ displayName: 'Xavier B. Overlap', aliases: [] });
    expect(party.evidence.map((e: { quote: string }) => e.quote)).toEqual([quotesB.x]);
    expect(await exists('person:only-a')).toBe(false);
    await removeDocument(h.executor, 'overlap-b');
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
  });

  it('refuses to remove a document whose party another document still relates to, changing nothing', async () => {
    const seedOnly = await fingerprint(h.executor);
    await loadFiles(h.executor, [docA]);
    // C only refers to A's people: its marriage needs them.
    const docC = writeDocument(
      'overlap-c',
      {
        relationships: [
          {
            kind: 'SPOUSE_OF',
            from: 'person:overlap-x',
            to: 'person:only-a',
            evidence: ev('overlap-c', 'Xavier and Alpha wed'),
          },
        ],
      },
      ['Xavier and Alpha wed'],
    );
    await loadFiles(h.executor, [docC]);
    const before = await fingerprint(h.executor);
    const error = await removeDocument(h.executor, 'overlap-a').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(
      /^cannot remove document overlap-a; nothing was changed\n {2}"person:(overlap-x|only-a)" would go, but SPOUSE_OF:person:overlap-x->person:only-a \(stated by overlap-c\) still uses it/,
    );
    expect(await fingerprint(h.executor)).toEqual(before);
    await removeDocument(h.executor, 'overlap-c');
    await removeDocument(h.executor, 'overlap-a');
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
  });

  it('refuses to remove a document the graph does not hold', async () => {
    await expect(removeDocument(h.executor, 'no-such-document')).rejects.toThrow(
      'no such document in the graph',
    );
  });
});

describe('what a document stated before is found from its records', () => {
  const person = (id: string, name: string, docId: string) => ({
    id,
    kind: 'PERSON',
    name,
    evidence: ev(docId, name),
  });
  const write = (people: [string, string][], withSpouse: boolean) =>
    writeDocument(
      'record-list',
      {
        parties: people.map(([id, name]) => person(id, name, 'record-list')),
        ...(withSpouse
          ? {
              relationships: [
                {
                  kind: 'SPOUSE_OF',
                  from: people[0]![0],
                  to: people[1]![0],
                  evidence: ev('record-list', 'Rita married Ron'),
                },
              ],
            }
          : {}),
      },
      [...people.map(([, name]) => name), 'Rita married Ron'],
    );
  const both: [string, string][] = [
    ['person:record-rita', 'Rita Record'],
    ['person:record-ron', 'Ron Record'],
  ];
  const record = async () =>
    (
      await h.executor.read(
        `// documentRecords
         MATCH (s:Share {doc: 'record-list'})
         RETURN collect(CASE WHEN s.type IS NULL THEN s.of END) AS nodes,
                collect(s.type) AS types, collect(CASE WHEN s.type IS NOT NULL THEN s.of END) AS rels`,
      )
    )[0];
  const ids = async () =>
    (
      await h.executor.read(
        `// recordPeople
         MATCH (n:Node) WHERE n.id STARTS WITH 'person:record-' RETURN n.id AS id ORDER BY id`,
      )
    ).map((r) => r.id);
  const spouses = async () =>
    (
      await h.executor.read(`// recordSpouses
 MATCH (:Node {id: 'person:record-rita'})-[r:SPOUSE_OF]-() RETURN r.id AS id`)
    ).length;

  it('reloaded stating less, loses exactly what it no longer states', async () => {
    const seedOnly = await fingerprint(h.executor);
    await loadFiles(h.executor, [write(both, true)]);
    const listed = (await record()) ?? {};
    expect(listed.nodes).toEqual(expect.arrayContaining(['person:record-rita', 'person:record-ron']));
    expect(listed.types).toEqual(['SPOUSE_OF']);
    expect(listed.rels).toHaveLength(1);
    await loadFiles(h.executor, [write([both[0]!, ['person:record-sam', 'Sam Record']], false)]);
    expect(await ids()).toEqual(['person:record-rita', 'person:record-sam']);
    expect(await spouses()).toBe(0);
    expect((await record())?.nodes).not.toContain('person:record-ron');
    expect((await record())?.rels).toEqual([]);
    await removeDocument(h.executor, 'record-list');
    expect(await fingerprint(h.executor)).toEqual(seedOnly);
  });
});
