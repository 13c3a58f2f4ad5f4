import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IngestError } from '../../src/ingest/format';
import { loadFiles } from '../../src/ingest/load';
import { seedFiles } from '../../src/ingest/seed-files';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';

const SEED_DIR = resolve(__dirname, '../../seed');
const SEED = resolve(SEED_DIR, 'rust-litigation.json');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A copy of the seed, changed by `edit`, in a temporary folder next to a copy of its sources. */
function brokenCopy(edit: (doc: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-seed-'));
  mkdirSync(join(dir, 'sources'));
  copyFileSync(
    resolve(SEED_DIR, 'sources/000_5585b8dd8960c38c.txt'),
    join(dir, 'sources/000_5585b8dd8960c38c.txt'),
  );
  const doc = JSON.parse(readFileSync(SEED, 'utf8'));
  edit(doc);
  const file = join(dir, 'rust-litigation.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

describe('evidence in the graph', () => {
  it('every quote on every node and relationship is verbatim in its source', async () => {
    // Evidence lives on the documents' records, one per document and node or relationship.
    const rows = await h.executor.read(`// allQuotes
      MATCH (rec:Share)
      WITH coalesce(rec.evidenceSources, []) + coalesce(rec.descriptorsSources, []) + coalesce(rec.officesSources, []) AS sources,
           coalesce(rec.evidenceQuotes, []) + coalesce(rec.descriptorsQuotes, []) + coalesce(rec.officesQuotes, []) AS quotes
      WHERE size(sources) > 0
      UNWIND range(0, size(sources) - 1) AS i
      MATCH (s:Source {id: sources[i]})
      RETURN quotes[i] AS quote, s.id AS source, s.text CONTAINS quotes[i] AS verbatim`);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.verbatim !== true)).toEqual([]);
  });

  it('every fact-bearing node and every relationship has evidence', async () => {
    const bare = await h.executor.read(`// withoutEvidence
      CALL () {
        MATCH (n:Node) WHERE NOT n:Source RETURN n.id AS id
        UNION ALL
        MATCH ()-[r]->() RETURN r.id AS id
      }
      WITH id WHERE NOT EXISTS { MATCH (rec:Share {of: id}) WHERE size(coalesce(rec.evidenceQuotes, [])) > 0 }
      RETURN id`);
    expect(bare).toEqual([]);
    const [counts] = await h.executor.read(`// evidencedCounts
      CALL () { MATCH (n:Node) WHERE NOT n:Source RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
      RETURN nodes, rels`);
    expect(counts).toEqual({ nodes: 45, rels: 87 });
  });

  it('unnamed parties stay unnamed: the widower, the parents and the criminal trial judge', async () => {
    const rows = await h.executor.read(`// unnamedParties
      MATCH (p:Party) WHERE p.name IS NULL RETURN p.id AS id, p.displayName AS shown ORDER BY id`);
    expect(rows).toEqual([
      { id: 'group:baldwin-suit-other-defendants', shown: 'other defendants' },
      { id: 'group:hutchins-parents', shown: 'her parents' },
      { id: 'group:other-rust-producers', shown: 'other Rust producers' },
      { id: 'organization:baldwin-prosecution', shown: 'the prosecution' },
      { id: 'person:baldwin-trial-judge', shown: 'the judge' },
      { id: 'person:hutchins-widower', shown: "Hutchins' widower" },
    ]);
  });
});

describe('loading', () => {
  it('is idempotent: loading the seed again changes no node, relationship or property', async () => {
    const before = await fingerprint(h.executor);
    await loadFiles(h.executor, seedFiles(SEED_DIR));
    await loadFiles(h.executor, seedFiles(SEED_DIR));
    const after = await fingerprint(h.executor);
    expect(after).toEqual(before);
    expect(before).toMatchObject({ nodes: 46, rels: 87 });
  });

  it.each([
    [
      'a quote that is not in the source',
      (d: any) => {
        d.cases[0].outcomes[0].evidence[0].quote = 'The judge acquitted Baldwin.';
      },
      '/cases/0/outcomes/0/evidence/0/quote',
      'quote is not verbatim',
    ],
    [
      'an unknown enum value',
      (d: any) => {
        d.cases[1].parties[0].role = 'VICTIM';
      },
      '/cases/1/parties/0/role',
      'must be one of',
    ],
    [
      'a missing required field',
      (d: any) => {
        delete d.parties[0].evidence;
      },
      '/parties/0',
      'missing required field "evidence"',
    ],
    [
      'a reference to a party that exists nowhere',
      (d: any) => {
        d.cases[1].judges[0].judge = 'person:nobody';
      },
      '/cases/1/judges/0/judge',
      '"person:nobody" is defined neither in this document nor in the graph',
    ],
    [
      'an impossible date',
      (d: any) => {
        d.cases[2].closed.value = '2024-02-30';
      },
      '/cases/2/closed',
      'has no day 30',
    ],
  ])('rejects %s, naming the field, and leaves the graph unchanged', async (_what, edit, path, message) => {
    // A change that would otherwise land, so a partial write would show in the fingerprint.
    const file = brokenCopy((d) => {
      d.parties[0].aliases.push('Alexander Rae Baldwin');
      edit(d);
    });
    const before = await fingerprint(h.executor);
    const error = await loadFiles(h.executor, [file]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toContain(`${file}#${path}`);
    expect((error as IngestError).message).toContain(message);
    expect(await fingerprint(h.executor)).toEqual(before);
  });
});
