import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { generatedDocuments, writeGenerated } from '../../src/generate/write';
import { DocumentLimitError, limitHit } from '../../src/ingest/bulk';
import { planDocument } from '../../src/ingest/load';
import { checkDocumentFile } from '../../src/ingest/validate';

// The synthetic litigation generator (npm run generate): deterministic, heavy-tailed,
// bounded documents that the loader accepts and that refer to shared entities by id.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generate(cases: number, seed: number, chunk = 500): string {
  const out = mkdtempSync(join(tmpdir(), 'gen-test-'));
  dirs.push(out);
  writeGenerated({ cases, seed, out, chunk });
  return out;
}

/** Every file under a folder, relative path → bytes (hex digest would hide a diff's place). */
function tree(dir: string, at = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(join(dir, at)).sort()) {
    const rel = join(at, name);
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of tree(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, rel)));
  }
  return out;
}

describe('npm run generate', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', () => {
    const a = tree(generate(600, 42, 250));
    const b = tree(generate(600, 42, 250));
    const c = tree(generate(600, 43, 250));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!)).toBe(true);
    const docA = a.get('gen-01-cases-00000.json')!;
    const docC = c.get('gen-01-cases-00000.json')!;
    expect(docA.equals(docC)).toBe(false);
  });

  it('writes registry documents first and bounded case documents that pass every check of the loader', () => {
    const out = generate(600, 7, 250);
    const files = readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual([
      'gen-00-registry-0000.json',
      'gen-01-cases-00000.json',
      'gen-01-cases-00001.json',
      'gen-01-cases-00002.json',
    ]);
    const registryIds = new Map<string, string>();
    let cases = 0;
    for (const file of files) {
      const plan = planDocument(checkDocumentFile(join(out, file)));
      const doc = JSON.parse(readFileSync(join(out, file), 'utf8')) as { cases?: unknown[] };
      if (file.includes('registry')) {
        for (const n of plan.nodes) registryIds.set(n.id, n.label);
        expect(plan.references).toEqual([]);
        continue;
      }
      cases += doc.cases?.length ?? 0;
      expect(doc.cases?.length).toBeLessThanOrEqual(250);
      // A case document re-states no shared entity: it only refers to the registry's.
      for (const n of plan.nodes) expect(registryIds.has(n.id)).toBe(false);
      expect(plan.references.length).toBeGreaterThan(0);
      for (const ref of plan.references) {
        const label = registryIds.get(ref.id);
        expect([ref.id, label && ref.labels.includes(label as never)]).toEqual([ref.id, true]);
      }
    }
    expect(cases).toBe(600);
  });

  it('has repeat players: a few parties appear in a large share of the cases, most in one', () => {
    const casesOf = new Map<string, number>();
    let cases = 0;
    for (const g of generatedDocuments({ cases: 3000, seed: 11, chunk: 1000 })) {
      for (const c of g.doc.cases ?? []) {
        cases += 1;
        for (const p of new Set((c.parties ?? []).map((x) => x.party)))
          casesOf.set(p, (casesOf.get(p) ?? 0) + 1);
      }
    }
    const counts = [...casesOf.values()].sort((a, b) => b - a);
    expect(counts[0]! / cases).toBeGreaterThanOrEqual(0.1);
    expect(counts[9]! / cases).toBeGreaterThanOrEqual(0.02);
    expect(counts.filter((n) => n === 1).length / counts.length).toBeGreaterThan(0.9);
  });

  it('gives plausible kinds, statuses and dates', () => {
    const kinds = new Map<string, number>();
    let closedBeforeFiled = 0;
    let cases = 0;
    for (const g of generatedDocuments({ cases: 2000, seed: 5 })) {
      for (const c of g.doc.cases ?? []) {
        cases += 1;
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
        const filed = (c.filed as { value: string }).value;
        const closed = (c.closed as { value: string } | undefined)?.value;
        if (closed !== undefined && closed < filed) closedBeforeFiled += 1;
        expect(c.status === 'PENDING').toBe(closed === undefined);
      }
    }
    expect(closedBeforeFiled).toBe(0);
    expect(kinds.get('CIVIL')! / cases).toBeGreaterThan(0.45);
    expect(kinds.get('CRIMINAL')! / cases).toBeGreaterThan(0.2);
    expect(kinds.get('APPEAL')).toBeGreaterThan(0);
  });
});

describe('npm run load: a memory limit hit', () => {
  const memory = new Neo4jError(
    'The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 715.0 MiB. db.memory.transaction.total.max threshold reached',
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    '50N42',
    'general processing exception',
  );

  it('is one line naming the file and what to change', () => {
    const error = limitHit('data/big.json', memory);
    expect(error).toBeInstanceOf(DocumentLimitError);
    expect(error?.message.split('\n')).toHaveLength(1);
    expect(error?.message).toMatch(
      /^data\/big\.json: Neo4j ran out of transaction memory .*MemoryPoolOutOfMemoryError/,
    );
    expect(error?.message).toMatch(/split it into smaller documents .*NEO4J_HEAP=2g/);
  });

  it('leaves other errors alone', () => {
    const other = new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');
    expect(limitHit('data/big.json', other)).toBeNull();
  });
});
