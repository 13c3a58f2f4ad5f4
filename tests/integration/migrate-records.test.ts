import { join } from 'node:path';
import { docketFiles, importDockets } from '../../src/dockets/import';
import { NO_SUCH_DOCUMENT, removeDocument } from '../../src/ingest/load';
import { migrateToRecords } from '../../src/ingest/migrate-records';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';

// A graph loaded before evidence became records kept every document's evidence and values
// in lists on each entity. Start-up rewrites such a graph once: this test turns the
// records of a loaded graph back into those lists (as the loader wrote them then), runs
// the migration and expects exactly the graph it started from.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
let imported: string[] = [];
afterAll(async () => {
  for (const id of imported)
    await removeDocument(h.executor, id).catch((error: unknown) => {
      if (!(error instanceof Error && error.message.includes(NO_SUCH_DOCUMENT))) throw error;
    });
  await h.close();
});

const DOCKETS = join(__dirname, '..', 'fixtures', 'dockets');

type Props = Record<string, unknown>;
const TALLY = /^(valueKeys|valueCounts|valueFirstDocs|valueJsons|\w+TextCounts)$/;
const ANNOTATED = new Set([
  'descriptors',
  'offices',
  'contacts',
  'natureOfSuit',
  'cause',
  'jurisdictionBasis',
  'juryDemand',
  'demand',
]);

/** An entity and its records as the loader stored them before records: lists in document order. */
function legacyOf(entity: Props, records: Props[]): Props {
  const keys = entity.valueKeys as string[];
  const jsons = entity.valueJsons as string[];
  const firsts = entity.valueFirstDocs as string[];
  const shown = jsons.indexOf('');
  const out: Props = Object.fromEntries(
    Object.entries(entity).filter(([k]) => !TALLY.test(k) && !ANNOTATED.has(k)),
  );
  const sorted = [...records].sort((a, b) => (String(a.doc) < String(b.doc) ? -1 : 1));
  out.docs = sorted.map((r) => r.doc);
  out.docValues = sorted.map((r) => {
    const g = keys.indexOf(String(r.valuesKey));
    if (g === shown) return r.doc === firsts[shown] ? '' : '=';
    return jsons[g];
  });
  const stubs = sorted.filter((r) => String(r.valuesKey).startsWith('s:')).map((r) => r.doc);
  if (stubs.length > 0) out.stubDocs = stubs;
  const prefixes = new Set(
    sorted.flatMap((r) =>
      Object.keys(r)
        .filter((k) => k.endsWith('Sources'))
        .map((k) => k.slice(0, -7)),
    ),
  );
  for (const prefix of prefixes) {
    const entries = sorted.flatMap((r) =>
      ((r[`${prefix}Sources`] as string[] | undefined) ?? []).map((source, i) => ({
        source,
        quote: (r[`${prefix}Quotes`] as string[])[i],
        locator: ((r[`${prefix}Locators`] as string[] | undefined) ?? [])[i] ?? '',
        text: ((r[prefix] as string[] | undefined) ?? [])[i],
        doc: r.doc,
      })),
    );
    out[`${prefix}Sources`] = entries.map((e) => e.source);
    out[`${prefix}Quotes`] = entries.map((e) => e.quote);
    out[`${prefix}Docs`] = entries.map((e) => e.doc);
    if (entries.some((e) => e.locator !== '')) out[`${prefix}Locators`] = entries.map((e) => e.locator);
    if (ANNOTATED.has(prefix)) out[prefix] = entries.map((e) => e.text);
  }
  return out;
}

async function toLegacy(): Promise<number> {
  const records = new Map<string, Props[]>();
  for (const { of, rec } of await h.executor.read(
    '// allRecords\nMATCH (s:Share) RETURN s.of AS of, properties(s) AS rec',
  ))
    records.set(String(of), [...(records.get(String(of)) ?? []), rec as Props]);
  const nodes = await h.executor.read(
    '// allNodes\nMATCH (n:Node) RETURN n.id AS id, properties(n) AS props',
  );
  const rels = await h.executor.read(
    '// allRels\nMATCH ()-[r]->() RETURN r.id AS id, properties(r) AS props',
  );
  const legacy = (rows: Props[]) =>
    rows.map((row) => ({
      id: row.id,
      props: legacyOf(row.props as Props, records.get(String(row.id)) ?? []),
    }));
  await h.executor.writeTransaction(async (tx) => {
    await tx.run('// legacyNodes\nUNWIND $rows AS row MATCH (n:Node {id: row.id}) SET n = row.props', {
      rows: legacy(nodes),
    });
    await tx.run('// legacyRels\nUNWIND $rows AS row MATCH ()-[r {id: row.id}]->() SET r = row.props', {
      rows: legacy(rels),
    });
    await tx.run('// dropRecords\nMATCH (s:Share) DELETE s');
    await tx.run('// dropMark\nMATCH (f:StorageFormat) DELETE f');
  });
  return nodes.length + rels.length;
}

describe('a graph stored before evidence became records', () => {
  it('is rewritten at start-up into exactly the graph a load gives today', async () => {
    // The seed and the sample dockets: shared courts, firms and judges, stubs, annotated lists.
    const summary = await importDockets(h.executor, docketFiles([DOCKETS]));
    imported = summary.documents;
    const current = await fingerprint(h.executor);
    const entities = await toLegacy();
    const [lists] = await h.executor.read(
      '// legacyLists\nMATCH (n:Node) WHERE n.docs IS NOT NULL RETURN count(n) AS n',
    );
    expect(lists?.n).toBeGreaterThan(500);
    expect(await fingerprint(h.executor)).not.toEqual(current);
    expect(await migrateToRecords(h.executor)).toBe(entities);
    expect(await fingerprint(h.executor)).toEqual(current);
    // Marked: a second start finds nothing to do.
    expect(await migrateToRecords(h.executor)).toBe(0);
  });
});
