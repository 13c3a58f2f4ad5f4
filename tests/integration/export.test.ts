import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { docketFiles, importDockets, type ImportSummary } from '../../src/dockets/import';
import { exportIngest, IngestExportError } from '../../src/export/ingest';
import { EVIDENCE_PREFIXES, TABLE_NAMES } from '../../src/export/tables';
import { documentFiles, loadBulk } from '../../src/ingest/bulk';
import { removeDocument } from '../../src/ingest/load';
import { fingerprint } from '../support/graph';
import { startHarness, type Harness } from '../support/harness';

// GET /export/… through the real server over the seed and the sample dockets: CSV tables
// whose ids join, GraphML a real XML parser reads with the graph's counts, JSON-LD with its
// context, bad filters refused with nothing changed; and the ingest-format export as a
// backup: the whole graph exported, the database wiped, the export loaded, the same graph.

const FIXTURES = join(__dirname, '../fixtures/dockets');

let h: Harness;
let imported: ImportSummary;
/** Documents the shared test graph held before this file imported the dockets (the seed, and any a test before left). */
let earlier: string[];
let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  earlier = (await h.executor.read('// t\nMATCH (d:LoadedDocument) RETURN d.id AS id ORDER BY id')).map(
    (r) => r.id as string,
  );
  imported = await importDockets(h.executor, docketFiles([FIXTURES]));
  base = `http://127.0.0.1:${h.server.port}`;
}, 300_000);
afterAll(async () => {
  for (const doc of imported.documents) await removeDocument(h.executor, doc);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await h.close();
});

type Table = Record<string, string>[];

async function get(
  path: string,
): Promise<{ status: number; type: string; disposition: string; text: string }> {
  const res = await fetch(`${base}${path}`);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    text: await res.text(),
  };
}

async function table(name: string, filter?: unknown): Promise<Table> {
  const q = filter === undefined ? '' : `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  const res = await get(`/export/${name}.csv${q}`);
  expect(res.status).toBe(200);
  expect(res.type).toMatch(/^text\/csv/);
  return parse(res.text, { columns: true }) as Table;
}

const ids = (rows: Table, column: string) => new Set(rows.map((r) => r[column]).filter((v) => v !== ''));
const subset = (a: Set<string | undefined>, b: Set<string | undefined>) => [...a].filter((x) => !b.has(x));

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await h.executor.read(cypher, params);
  return Number(row?.n);
}

describe('CSV tables', () => {
  const FILTER = { court: 'nyed' };
  let tables: Record<string, Table>;
  beforeAll(async () => {
    tables = {};
    for (const name of TABLE_NAMES) tables[name] = await table(name, FILTER);
  }, 120_000);

  it('selects the cases the API selects for the same filter, with their columns', async () => {
    const res = await h.gql(
      `query { cases(first: 100, filter: { court: "nyed" }) { totalCount edges { node { id caption docketNumber } } } }`,
    );
    const api = res.data.cases.edges.map((e: any) => e.node);
    expect(tables.cases!.map((r) => r.case_id).sort()).toEqual(api.map((c: any) => c.id).sort());
    for (const c of api) {
      const row = tables.cases!.find((r) => r.case_id === c.id)!;
      expect(row.caption).toBe(c.caption);
      expect(row.docket_number).toBe(c.docketNumber ?? '');
      expect(row.court_id).toBe('court:nyed');
    }
  });

  it('has ids that join across the tables', () => {
    const { cases, parties, case_parties, counsel, judges, events, outcomes, statements, sources, evidence } =
      tables as Required<typeof tables>;
    const caseIds = ids(cases!, 'case_id');
    const partyIds = ids(parties!, 'party_id');
    expect(case_parties!.length).toBeGreaterThan(0);
    expect(counsel!.length).toBeGreaterThan(0);
    expect(events!.length).toBeGreaterThan(0);
    for (const [rows, column] of [
      [case_parties, 'case_id'],
      [counsel, 'case_id'],
      [judges, 'case_id'],
      [events, 'case_id'],
      [outcomes, 'case_id'],
    ] as const)
      expect(subset(ids(rows!, column), caseIds)).toEqual([]);
    for (const [rows, column] of [
      [case_parties, 'party_id'],
      [counsel, 'lawyer_id'],
      [counsel, 'client_id'],
      [counsel, 'firm_id'],
      [judges, 'judge_id'],
      [statements, 'speaker_id'],
    ] as const)
      expect(subset(ids(rows!, column), partyIds)).toEqual([]);
    // Every fact has evidence; every piece of evidence quotes a source of the sources table.
    const facts = ids(evidence!, 'fact_id');
    const stated = [
      ...caseIds,
      ...partyIds,
      ...ids(case_parties!, 'relationship_id'),
      ...ids(counsel!, 'relationship_id'),
      ...ids(judges!, 'relationship_id'),
      ...ids(events!, 'event_id'),
    ];
    expect(stated.filter((id) => !facts.has(id))).toEqual([]);
    expect(subset(ids(evidence!, 'source_id'), ids(sources!, 'source_id'))).toEqual([]);
    expect(evidence!.every((r) => r.quote !== '' && r.document_id !== '')).toBe(true);
    // A docket's evidence names the field it quotes (a JSON pointer).
    expect(evidence!.some((r) => (r.locator ?? '').startsWith('/'))).toBe(true);
  });

  it('names the file, and a filtered one as such', async () => {
    const all = await get('/export/cases.csv');
    expect(all.disposition).toBe('attachment; filename="cases.csv"');
    const some = await get(`/export/cases.csv?filter=${encodeURIComponent('{"court":"nyed"}')}`);
    expect(some.disposition).toBe('attachment; filename="cases-filtered.csv"');
    const rows = parse(all.text, { columns: true }) as Table;
    expect(rows.length).toBe(await count('// t\nMATCH (c:Case) RETURN count(c) AS n'));
  });

  it('writes the whole graph without a filter: every party, every piece of evidence', async () => {
    expect((await table('parties')).length).toBe(await count('// t\nMATCH (p:Party) RETURN count(p) AS n'));
    const evidence = await table('evidence');
    expect(evidence.length).toBe(
      await count(
        `// t
MATCH (s:Share) UNWIND $prefixes AS p WITH s[p + 'Sources'] AS ids WHERE ids IS NOT NULL RETURN sum(size(ids)) AS n`,
        { prefixes: [...EVIDENCE_PREFIXES] },
      ),
    );
  });
});

function parseXml(text: string): any {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name),
  }).parse(text);
}

describe('GraphML and GEXF', () => {
  it('parses, with as many nodes and edges as the graph holds', async () => {
    const res = await get('/export/graph.graphml');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/graphml\+xml/);
    const doc = parseXml(res.text);
    const graph = doc.graphml.graph;
    expect(graph.node.length).toBe(
      await count('// t\nMATCH (n:Node) WHERE NOT n:Source RETURN count(n) AS n'),
    );
    expect(graph.edge.length).toBe(await count('// t\nMATCH ()-[r]->() RETURN count(r) AS n'));
    const nodeIds = new Set(graph.node.map((n: any) => n['@id']));
    expect(graph.edge.filter((e: any) => !nodeIds.has(e['@source']) || !nodeIds.has(e['@target']))).toEqual(
      [],
    );
    const partyTo = graph.edge.find((e: any) => e.data.some((d: any) => d['#text'] === 'PARTY_TO'));
    expect(partyTo.data.find((d: any) => d['@key'] === 'role')['#text']).toMatch(/^[A-Z_]+$/);
    const gexf = parseXml((await get('/export/graph.gexf')).text);
    expect(gexf.gexf.graph.nodes.node.length).toBe(graph.node.length);
  });

  it('keeps a filtered graph closed: every edge between nodes it declares', async () => {
    const res = await get(`/export/graph.graphml?filter=${encodeURIComponent('{"court":"nyed"}')}`);
    const graph = parseXml(res.text).graphml.graph;
    const nodeIds = new Set(graph.node.map((n: any) => n['@id']));
    expect(nodeIds.has('court:nyed')).toBe(true);
    expect(graph.edge.filter((e: any) => !nodeIds.has(e['@source']) || !nodeIds.has(e['@target']))).toEqual(
      [],
    );
  });
});

describe('JSON-LD', () => {
  it('names its context, which the API serves', async () => {
    const res = await get(`/export/graph.jsonld?filter=${encodeURIComponent('{"court":"nyed"}')}`);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.text);
    expect(doc['@context']).toBe(`${base}/export/context.jsonld`);
    const context = JSON.parse((await get('/export/context.jsonld')).text);
    expect(context['@context'].Case).toBe('scales:Case');
    const cases = doc['@graph'].filter((o: any) => o.type === 'Case');
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.id).toMatch(/^case:/);
      expect(c.heardIn).toBe('court:nyed');
      expect(c.evidence.length).toBeGreaterThan(0);
    }
    expect(doc['@graph'].some((o: any) => o.type === 'Participation' && o.role)).toBe(true);
  });
});

describe('bad requests', () => {
  it('refuses a bad filter naming what is wrong, and changes nothing', async () => {
    const before = await fingerprint(h.executor);
    const cases: [string, number, RegExp][] = [
      ['/export/cases.csv?filter=%7Bbad', 400, /filter is not JSON/],
      [
        `/export/cases.csv?filter=${encodeURIComponent('{"bogus":1}')}`,
        400,
        /"bogus" is not defined by type "CaseFilter"/,
      ],
      [
        `/export/parties.csv?filter=${encodeURIComponent('{"kind":["CIVL"]}')}`,
        400,
        /filter\.kind\.0.*"CIVL"/,
      ],
      [
        `/export/graph.graphml?filter=${encodeURIComponent('{"filedFrom":"2024-13-01"}')}`,
        400,
        /filter\.filedFrom/,
      ],
      [`/export/graph.jsonld?filter=${encodeURIComponent('[1]')}`, 400, /must be a JSON object/],
      ['/export/cases.csv?filtre=%7B%7D', 400, /unknown query parameter "filtre"/],
      ['/export/nothing.csv', 404, /no table "nothing"; the tables are cases, parties/],
    ];
    for (const [path, status, message] of cases) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status });
      const [error] = JSON.parse(res.text).errors;
      expect(error.message).toMatch(message);
      expect(error.extensions.code).toBe(status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT');
    }
    expect(await fingerprint(h.executor)).toEqual(before);
  });
});

describe('ingest-format export', () => {
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-ingest-'));
    dirs.push(dir);
    return dir;
  };

  it('refuses a graph stored before records kept their documents, naming them, writing nothing', async () => {
    const doc = imported.documents[0]!;
    const [kept] = await h.executor.read(
      '// t\nMATCH (d:LoadedDocument {id: $doc}) RETURN d.document AS document',
      { doc },
    );
    await h.executor.write('// t\nMATCH (d:LoadedDocument {id: $doc}) REMOVE d.document', { doc });
    try {
      const dir = newDir();
      const out = join(dir, 'out');
      await expect(exportIngest(h.executor, out)).rejects.toThrow(IngestExportError);
      await expect(exportIngest(h.executor, out)).rejects.toThrow(
        new RegExp(
          `1 loaded document cannot be exported[\\s\\S]*${doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      );
      expect(existsSync(out)).toBe(false);
    } finally {
      await h.executor.write('// t\nMATCH (d:LoadedDocument {id: $doc}) SET d.document = $document', {
        doc,
        document: kept?.document,
      });
    }
  });

  it('exports the seed and the dockets; wiped and loaded back, the graph is the same', async () => {
    // How a document was loaded (bulk, import, API) is not what it states: its content hash is left out.
    const ignore = { LoadedDocument: ['contentHash'] };
    const before = await fingerprint(h.executor, ignore);
    const documents = await count('// t\nMATCH (d:LoadedDocument) RETURN count(d) AS n');
    expect(earlier).toContain('rust-shooting-litigation');
    expect(documents).toBe(earlier.length + imported.documents.length);
    const dir = join(newDir(), 'backup');
    const summary = await exportIngest(h.executor, dir);
    expect(summary.documents).toBe(documents);
    expect(readdirSync(dir)).toContain('ingest-export.json');

    for (;;) {
      const [row] = await h.executor.write(
        '// wipe\nMATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n',
      );
      if (Number(row?.n) === 0) break;
    }
    expect(await count('// t\nMATCH (n) RETURN count(n) AS n')).toBe(0);

    const files = documentFiles([dir]);
    expect(files).toHaveLength(documents);
    const loaded = await loadBulk(h.executor, files);
    expect(loaded.loaded).toBe(documents);
    expect(await fingerprint(h.executor, ignore)).toEqual(before);

    // The export of the reloaded graph is the same files.
    const again = join(newDir(), 'again');
    await exportIngest(h.executor, again);
    for (const file of files) {
      const relative = file.slice(dir.length);
      expect(readFileSync(join(again, relative), 'utf8')).toBe(readFileSync(file, 'utf8'));
    }
  }, 300_000);
});
