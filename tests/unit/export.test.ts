import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { csvHeader, csvLine } from '../../src/export/csv';
import { ExportInputError, parseCaseFilter } from '../../src/export/filter';
import { edgeElement, nodeElement, xmlText } from '../../src/export/graphml';
import { documentFiles, IngestExportError } from '../../src/export/ingest';
import { CONTEXT_FILE, nodeObject, participationObject } from '../../src/export/jsonld';
import { TABLES } from '../../src/export/tables';
import { NODE_LABELS } from '../../src/graph/labels';
import { documentFiles as bulkDocumentFiles, EXPORT_MANIFEST } from '../../src/ingest/bulk';

const ROOT = resolve(__dirname, '../..');

// The pure pieces of the exports: CSV lines, XML text, JSON-LD objects and context,
// the filter as the export reads it, where an ingest export puts a document's files.

const AWKWARD = `Smith & "Sons" <Ltd> 'of' Zürich — 東京, line one\nline two\ttab\r\nend`;

describe('CSV', () => {
  it('writes a row that a CSV parser reads back as it was', () => {
    const columns = ['id', 'text', 'flag', 'none', 'n'];
    const text =
      csvHeader(columns) + csvLine(columns, { id: 'case:x', text: AWKWARD, flag: false, none: null, n: 3 });
    const [row] = parse(text, { columns: true }) as Record<string, string>[];
    expect(row).toEqual({ id: 'case:x', text: AWKWARD, flag: 'false', none: '', n: '3' });
  });

  it('has tables with unique column names, each with an id column', () => {
    for (const t of TABLES) {
      const names = t.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.some((n) => n.endsWith('_id'))).toBe(true);
    }
    expect(TABLES.map((t) => t.name)).toEqual([
      'cases',
      'parties',
      'case_parties',
      'counsel',
      'judges',
      'events',
      'outcomes',
      'statements',
      'sources',
      'evidence',
    ]);
  });
});

describe('XML', () => {
  // htmlEntities: fast-xml-parser decodes numeric character references (&#9;) only with it.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    trimValues: false,
    htmlEntities: true,
  });

  it('round-trips a name with <&"\'> and non-ASCII through a real XML parser, in text and attributes', () => {
    const node = nodeElement('graphml', { id: `person:${AWKWARD}`, label: 'Person', name: AWKWARD });
    const doc = `<graphml>${node}</graphml>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = parser.parse(doc).graphml.node;
    expect(parsed['@id']).toBe(`person:${AWKWARD}`);
    const name = parsed.data.find((d: any) => d['@key'] === 'name');
    expect(name['#text']).toBe(AWKWARD);

    const gexf = `<gexf>${nodeElement('gexf', { id: 'a', label: 'Person', name: AWKWARD })}</gexf>`;
    expect(XMLValidator.validate(gexf)).toBe(true);
    expect(parser.parse(gexf).gexf.node['@label']).toBe(AWKWARD);
  });

  it('replaces characters XML 1.0 cannot hold', () => {
    const doc = `<a>${xmlText('bell\u0007 null\u0000 lone\uD800 ok😀')}</a>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(parser.parse(doc).a).toBe('bell\uFFFD null\uFFFD lone\uFFFD ok😀');
  });

  it('writes an edge with its type and role', () => {
    const doc = `<g>${edgeElement('graphml', { id: 'PARTY_TO:a->b', source: 'a', target: 'b', type: 'PARTY_TO', role: 'PLAINTIFF' })}</g>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    const edge = parser.parse(doc).g.edge;
    expect(edge['@source']).toBe('a');
    expect(edge.data.map((d: any) => d['#text'])).toEqual(['PARTY_TO', 'PLAINTIFF']);
  });
});

describe('JSON-LD', () => {
  const context = JSON.parse(readFileSync(CONTEXT_FILE, 'utf8'))['@context'];

  it('has a context that names every kind of entity and every id prefix', () => {
    for (const label of [...NODE_LABELS, 'Participation']) expect(context[label]).toBeDefined();
    for (const label of NODE_LABELS)
      expect(context[label.toLowerCase()]).toBe(`urn:litigation-graph:${label.toLowerCase()}:`);
    // Mapped only where the vocabulary has the term (docs/export.md lists them).
    expect(context.Person).toBe('schema:Person');
    expect(context.docketNumber).toBe('niem50:CaseDocketID');
    expect(context.heardIn).toEqual({ '@id': 'jxdm72:CaseCourt', '@type': '@id' });
  });

  it('writes an entity with its links, and a participation with its role', () => {
    const node = nodeObject({
      id: 'case:a',
      type: 'Case',
      name: 'A v. B',
      caption: 'A v. B',
      kind: 'CIVIL',
      status: null,
      links: [
        { type: 'IN_COURT', to: 'court:x' },
        { type: 'HAS_CHARGE', to: 'charge:1' },
        { type: 'HAS_EVENT', to: 'event:1' },
      ],
      judges: ['person:j'],
      evidence: [{ cites: 'source:s', quote: 'A v. B', locator: '' }],
    });
    expect(node).toEqual({
      id: 'case:a',
      type: 'Case',
      name: 'A v. B',
      kind: 'CIVIL',
      heardIn: 'court:x',
      charges: ['charge:1'],
      judges: ['person:j'],
      links: [{ relationshipType: 'HAS_EVENT', to: 'event:1' }],
      evidence: [{ cites: 'source:s', quote: 'A v. B' }],
    });
    expect(
      participationObject({
        id: 'r',
        type: 'PARTY_TO',
        party: 'person:p',
        inCase: 'case:a',
        role: 'PLAINTIFF',
        evidence: [],
      }),
    ).toEqual({
      type: 'Participation',
      relationshipType: 'PARTY_TO',
      relationshipId: 'r',
      party: 'person:p',
      inCase: 'case:a',
      role: 'PLAINTIFF',
    });
  });
});

describe('filter', () => {
  it('reads a CaseFilter with the defaults the API applies', () => {
    expect(parseCaseFilter('{"court":"nyed","kind":["CIVIL"]}')).toEqual({
      court: 'nyed',
      kind: ['CIVIL'],
      transitive: false,
      dateMatch: 'POSSIBLY',
    });
    expect(parseCaseFilter(undefined)).toBeNull();
    expect(parseCaseFilter('{}')).toBeNull();
  });

  it.each([
    ['{x', /filter is not JSON/],
    ['"nyed"', /must be a JSON object/],
    ['{"bogus":1}', /Field "bogus" is not defined by type "CaseFilter"/],
    ['{"kind":"CIVL"}', /filter\.kind.*"CIVL" does not exist in "CaseKind"/],
    ['{"filedFrom":"2024-02-30"}', /filter\.filedFrom/],
    ['{"transitive":true}', /`transitive` needs `incidentId`/],
  ])('refuses %s', (text, message) => {
    expect(() => parseCaseFilter(text)).toThrow(ExportInputError);
    expect(() => parseCaseFilter(text)).toThrow(message);
  });
});

describe('ingest export files', () => {
  const doc = (files: string[]) =>
    JSON.stringify({ sources: files.map((file, i) => ({ id: `source:${i}`, file })) });
  const texts = (n: number) =>
    JSON.stringify(Object.fromEntries([...Array(n).keys()].map((i) => [`source:${i}`, `text ${i}`])));

  it('puts the sources at the paths the document names, beside it', () => {
    const files = documentFiles('doc:rust/1', doc(['sources/a.txt', 'b.json']), texts(2));
    expect(files.document).toBe('doc_rust_1.json');
    expect([...files.files]).toEqual([
      ['sources/a.txt', 'text 0'],
      ['b.json', 'text 1'],
    ]);
  });

  it.each([['../outside.txt'], ['/etc/passwd'], ['a/../../b']])(
    'refuses a source path outside the folder: %s',
    (file) => {
      expect(() => documentFiles('d', doc([file]), texts(1))).toThrow(IngestExportError);
    },
  );
});

describe('npm run export', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/export.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_DATA_DIR: join(tmpdir(), 'export-cli-no-neo4j') },
    });

  it('answers --help with the formats and the tables', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run export -- --format FORMAT \[--filter JSON\] \[--out PATH\]/);
    for (const t of TABLES) expect(r.stdout).toContain(`${t.name}.csv`);
  });

  it.each([
    [['--format', 'xml'], /--format must be one of csv, graphml, gexf, jsonld, ingest/],
    [['--format', 'csv', '--filter', '{"bogus":1}'], /--filter: filter: Field "bogus" is not defined/],
    [['--format', 'ingest', '--filter', '{}'], /takes no --filter/],
  ])('refuses %j before connecting (status 2)', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('npm run load of an export', () => {
  it('follows the manifest, and refuses a path outside the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-manifest-'));
    writeFileSync(
      join(dir, EXPORT_MANIFEST),
      JSON.stringify({ format: 'litigation-graph-export', documents: ['000002/b.json', '000001/a.json'] }),
    );
    expect(bulkDocumentFiles([dir])).toEqual([join(dir, '000002/b.json'), join(dir, '000001/a.json')]);
    writeFileSync(join(dir, EXPORT_MANIFEST), JSON.stringify({ documents: ['../elsewhere.json'] }));
    expect(() => bulkDocumentFiles([dir])).toThrow(/is not a path inside/);
  });
});
