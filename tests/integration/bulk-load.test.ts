import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGenerated } from '../../src/generate/write';
import { documentFiles, DocumentLimitError, loadBulk } from '../../src/ingest/bulk';
import { removeDocument } from '../../src/ingest/load';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';

// npm run generate + npm run load: a generated graph of registry and case documents
// loads, loads again without any change (skipped by content hash), reloads a changed
// document in place, refuses an oversized one naming the file, and the API answers it.

let h: Harness;
let out: string;
beforeAll(async () => {
  h = await startHarness();
  out = mkdtempSync(join(tmpdir(), 'bulk-load-'));
  writeGenerated({ cases: 150, seed: 99, out, chunk: 50, prefix: 'bulk' });
});
afterAll(async () => {
  // The suite shares one Neo4j: what this test loaded must not reach the others (the
  // route-consistency test walks every entity in the graph). Case documents go before the
  // registry they refer to.
  const docs = documentFiles([out]).map(
    (f) => (JSON.parse(readFileSync(f, 'utf8')) as { document: { id: string } }).document.id,
  );
  for (const doc of docs.reverse()) await removeDocument(h.executor, doc).catch(() => undefined);
  const [left] = await h.executor.read(
    `// bulkTestLeftovers
MATCH (d:LoadedDocument) WHERE d.id IN $docs RETURN count(d) AS n`,
    { docs },
  );
  rmSync(out, { recursive: true, force: true });
  await h.close();
  expect(left?.n).toBe(0);
});

const PARTY = `query Party($id: ID!) {
  party(id: $id) { displayName cases(first: 5) { totalCount } }
}`;
const CASE = `query Case($id: ID!) {
  case(id: $id) {
    caption
    court { id }
    parties { totalCount edges { node { role party { id } evidence { quote source { id } } } } }
    judges { judge { id } }
  }
}`;

describe('bulk load of generated litigation', () => {
  it('loads every document, then loads them again without changing anything', async () => {
    const files = documentFiles([out]);
    expect(files.map((f) => f.split('/').pop())).toEqual([
      'bulk-00-registry-0000.json',
      'bulk-01-cases-00000.json',
      'bulk-01-cases-00001.json',
      'bulk-01-cases-00002.json',
    ]);
    const first = await loadBulk(h.executor, files);
    expect(first).toMatchObject({ documents: 4, loaded: 4, skipped: 0 });
    expect(first.nodes).toBeGreaterThan(1000);
    const after = await fingerprint(h.executor);

    const again = await loadBulk(h.executor, files);
    expect(again).toMatchObject({ documents: 4, loaded: 0, skipped: 4, nodes: 0 });
    expect(await fingerprint(h.executor)).toEqual(after);

    // A changed document is loaded again (idempotent merge), the unchanged ones skipped.
    const file = files[2]!;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { document: { title: string } };
    writeFileSync(file, JSON.stringify({ ...doc, document: { ...doc.document, title: 'Renamed part' } }));
    const changed = await loadBulk(h.executor, files);
    expect(changed).toMatchObject({ loaded: 1, skipped: 3 });
    const counts = await fingerprint(h.executor);
    expect([counts.nodes, counts.rels]).toEqual([after.nodes, after.rels]);
    // Three loads of a few thousand nodes with cold plans, on a busy 2-core machine.
  }, 180_000);

  it('answers the loaded graph through the API: a repeat player with many cases, a case with its registry entities', async () => {
    const us = await h.gql(PARTY, { id: 'organization:bulk-united-states' });
    expect(us.errors).toBeUndefined();
    expect(us.data?.party.displayName).toBe('United States of America');
    expect(us.data?.party.cases.totalCount).toBeGreaterThanOrEqual(15);

    const doc = JSON.parse(readFileSync(join(out, 'bulk-01-cases-00001.json'), 'utf8'));
    const stated = doc.cases[0];
    const answer = await h.gql(CASE, { id: stated.id });
    expect(answer.errors).toBeUndefined();
    const c = answer.data?.case;
    expect(c.caption).toBe(stated.caption);
    expect(c.court.id).toBe(stated.court);
    expect(c.parties.totalCount).toBe(stated.parties.length);
    expect(c.parties.edges.map((e: any) => e.node.party.id).sort()).toEqual(
      stated.parties.map((p: any) => p.party).sort(),
    );
    expect(c.parties.edges[0].node.evidence[0].source.id).toBe('source:bulk-docket-50');
    expect(c.judges.map((j: any) => j.judge.id)).toEqual(stated.judges.map((j: any) => j.judge));
  });

  it('refuses a document over the size limit with a message naming the file and what to change', async () => {
    const before = await fingerprint(h.executor);
    const file = join(out, 'bulk-01-cases-00000.json');
    const refused = loadBulk(h.executor, [file], { maxDocumentBytes: 1024 });
    await expect(refused).rejects.toThrow(DocumentLimitError);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\d+ KB is over the 1 KB limit of one document.*split it`,
      ),
    );
    expect(await fingerprint(h.executor)).toEqual(before);
  });
});
