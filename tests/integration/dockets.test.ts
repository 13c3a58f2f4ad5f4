import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { resolvePointer } from '../../src/domain/json-pointer';
import { spelling } from '../../src/dockets/identity';
import { docketFiles, importDockets, type ImportSummary } from '../../src/dockets/import';
import { removeDocument } from '../../src/ingest/load';
import { rawGql } from '../support/raw-gql';
import { startHarness, type Harness } from '../support/harness';

// Real PACER dockets (juriscraper JSON, tests/fixtures/dockets) through the importer
// into the real graph: every docket's parties, lawyers, judges, entries and counts,
// each with evidence that points at the docket value it quotes.

const FIXTURES = join(__dirname, '../fixtures/dockets');
const files = docketFiles([FIXTURES]);

let h: Harness;
let first: ImportSummary;
beforeAll(async () => {
  h = await startHarness();
  first = await importDockets(h.executor, files);
}, 300_000);
afterAll(async () => {
  for (const doc of first.documents) await removeDocument(h.executor, doc);
  await h.close();
});

interface Docket {
  file: string;
  json: any;
}
const dockets: Docket[] = files.map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) }));

const CASE = `query Case($court: String!, $docket: String!) {
  cases(first: 1, filter: { court: $court, docketNumber: $docket }) {
    totalCount
    edges { node {
      id caption kind status docketNumber court { id name }
      natureOfSuit { text evidence { quote locator source { id } } }
      parties(first: 100) { totalCount edges { node { role roleText party { id name } evidence { quote locator source { id } } } } }
      counsel { lawyer { id name } client { id } firm { name } designations capacity evidence { quote locator source { id } } }
      judges { assignment judge { name } evidence { quote locator source { id } } }
      events(first: 100) { totalCount edges { node { kind entryNumber description evidence { quote locator source { id } } } } }
      charges { label countNumber disposition evidence { quote locator source { id } } }
      relatedCases { kind case { id status caption } }
    } }
  }
}`;

const distinct = (values: string[]) => new Set(values).size;

async function caseOf(json: any) {
  const res = await rawGql(h, CASE, { court: json.court_id, docket: json.docket_number });
  expect(res.errors).toBeUndefined();
  expect(res.data.cases.totalCount).toBe(1);
  return res.data.cases.edges[0].node;
}

const sourceTexts = new Map<string, unknown>();
async function sourceJson(id: string): Promise<unknown> {
  if (!sourceTexts.has(id)) {
    const res = await rawGql(h, `query($id: ID!) { node(id: $id) { ... on Source { text } } }`, { id });
    sourceTexts.set(id, JSON.parse(res.data.node.text));
  }
  return sourceTexts.get(id);
}

async function expectLocated(evidence: { quote: string; locator: string; source: { id: string } }[]) {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    expect(e.locator).toMatch(/^\//);
    const value = resolvePointer(await sourceJson(e.source.id), e.locator);
    expect(String(value)).toContain(e.quote);
  }
}

describe('importing the sample dockets', () => {
  it('imports every file without error', () => {
    expect(first.skipped).toEqual([]);
    expect(first.imported).toBe(19);
    expect(first.created.cases).toBeGreaterThanOrEqual(18);
  });

  it.each(dockets.map((d) => [d.file.split('/').slice(-2).join('/'), d] as const))(
    '%s: the graph holds exactly its parties, lawyers, judges, entries and counts, each located in the docket',
    async (_name, { file, json }) => {
      // Two reports of one appeal are one case: it holds what either states.
      const reports = dockets.filter(
        (d) => d.json.court_id === json.court_id && d.json.docket_number === json.docket_number,
      );
      const parties = reports.flatMap((d) => d.json.parties ?? []);
      const c = await caseOf(json);
      expect(c.docketNumber).toBe(json.docket_number);
      expect(c.court.id).toBe(`court:${json.court_id}`);
      expect(c.caption).toBe(reports.at(-1)!.json.case_name.trim());

      // Every party as listed has a link of its own (two reports of one case list the same ones),
      // quoting its name where this report lists it.
      const listings = distinct(parties.map((p: any) => `${spelling(p.name)}|${spelling(p.type ?? '')}`));
      expect(c.parties.totalCount).toBe(listings);
      (json.parties ?? []).forEach((p: any, i: number) => {
        const own = c.parties.edges.filter((e: any) =>
          e.node.evidence.some((x: any) => x.locator === `/parties/${i}/name` && x.quote === p.name.trim()),
        );
        expect(own).toHaveLength(1);
      });

      // One lawyer per spelling of a name.
      const attorneys = parties.flatMap((p: any) => (p.attorneys ?? []).map((a: any) => spelling(a.name)));
      expect(distinct(c.counsel.map((k: any) => k.lawyer.name))).toBe(distinct(attorneys));

      const judges = [json.assigned_to_str, json.referred_to_str].filter((j) => j && String(j).trim());
      expect(c.judges.filter((j: any) => j.assignment !== 'PANEL')).toHaveLength(judges.length);

      const entries = Math.max(
        ...reports.map((d) => (d.json.docket_entries ?? []).filter((e: any) => e.description).length),
      );
      expect(c.events.totalCount).toBe(entries);

      const counts = parties.flatMap((p: any) => [
        ...(p.criminal_data?.counts ?? []),
        ...(p.criminal_data?.complaints ?? []),
      ]);
      expect(c.charges).toHaveLength(counts.length);

      await expectLocated(c.parties.edges.flatMap((e: any) => e.node.evidence));
      if (c.counsel.length) await expectLocated(c.counsel.flatMap((k: any) => k.evidence));
      if (c.judges.length) await expectLocated(c.judges.flatMap((j: any) => j.evidence));
      if (c.events.totalCount) await expectLocated(c.events.edges.flatMap((e: any) => e.node.evidence));
      if (c.charges.length) await expectLocated(c.charges.flatMap((x: any) => x.evidence));
      if (c.natureOfSuit) await expectLocated(c.natureOfSuit.evidence);
      expect(file).toBeTruthy();
    },
  );

  it('gives the two reports of appeal 18-90014 one case, with the evidence of both', async () => {
    const res = await rawGql(
      h,
      `{ cases(filter: { court: "ca11", docketNumber: "18-90014" }) { totalCount edges { node { id evidence { source { id } } } } } }`,
    );
    expect(res.data.cases.totalCount).toBe(1);
    const sources = new Set(res.data.cases.edges[0].node.evidence.map((e: any) => e.source.id));
    expect(sources.size).toBe(2);
  });

  it('links an appeal to the case it comes from, a stub until that docket is imported', async () => {
    const c = await caseOf(dockets.find((d) => d.file.endsWith('ca6_1.json'))!.json);
    const appealOf = c.relatedCases.filter((r: any) => r.kind === 'APPEAL_OF');
    expect(appealOf).toHaveLength(1);
    expect(appealOf[0].case.status).toBe('UNKNOWN');
    expect(appealOf[0].case.id).toMatch(/^case:tned-/);
  });

  it('re-importing everything leaves the content of the graph unchanged', async () => {
    const hash = async () => {
      const rows = await h.executor.read(`// contentHash
        MATCH (n:Node) OPTIONAL MATCH (n)-[r]->(m:Node)
        WITH n, collect([type(r), r.id, m.id, properties(r)]) AS rels
        RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, rels ORDER BY id`);
      const canonical = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(canonical).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.entries(v)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([k, x]) => [k, canonical(x)]),
              )
            : v;
      return createHash('sha256')
        .update(JSON.stringify(canonical(rows)))
        .digest('hex');
    };
    const before = await hash();
    // As read before: not written again.
    const again = await importDockets(h.executor, files);
    expect(again.skipped).toEqual([]);
    expect(again.unchanged).toBe(first.imported);
    expect(again.imported).toBe(0);
    expect(await hash()).toBe(before);
    // Written again in full (the records' hashes forgotten): every docket merges into itself.
    await h.executor.write(
      `// forgetContentHashes
       MATCH (d:LoadedDocument) WHERE d.id IN $docs REMOVE d.contentHash`,
      { docs: first.documents },
    );
    const written = await importDockets(h.executor, files);
    expect(written.skipped).toEqual([]);
    expect(written.unchanged).toBe(0);
    expect(written.imported).toBe(first.imported);
    expect(written.created).toEqual({ cases: 0, parties: 0, counsel: 0, events: 0 });
    expect(await hash()).toBe(before);
  }, 300_000);

  it('a docket file that changed is a new report: imported, the earlier one left as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'changed-docket-'));
    const original = files[0]!;
    const copy = join(dir, basename(original));
    copyFileSync(original, copy);
    // The same bytes under another path: the same document, not written again.
    const same = await importDockets(h.executor, [copy]);
    expect([same.unchanged, same.imported, same.documents]).toEqual([1, 0, []]);
    const json = JSON.parse(readFileSync(original, 'utf8'));
    json.docket_entries = [
      ...(json.docket_entries ?? []),
      { date_filed: '2020-01-02', document_number: '9999', description: 'ORDER added by the test' },
    ];
    writeFileSync(copy, JSON.stringify(json));
    const changed = await importDockets(h.executor, [copy]);
    try {
      expect([changed.unchanged, changed.imported]).toEqual([0, 1]);
      expect(first.documents).not.toContain(changed.documents[0]);
      const back = await importDockets(h.executor, [original]);
      expect([back.unchanged, back.imported]).toEqual([1, 0]);
    } finally {
      for (const doc of changed.documents) await removeDocument(h.executor, doc);
    }
  }, 120_000);

  it("finds a docket by court and docket number, with or without the judges' initials", async () => {
    const ids = async (filter: object) =>
      (
        await h.gql(`query($f: CaseFilter) { cases(filter: $f) { edges { node { id } } } }`, { f: filter })
      ).data.cases.edges.map((e: any) => e.node.id);
    expect(await ids({ court: 'nyed', docketNumber: '1:14-cv-07524' })).toEqual(['case:nyed-14-cv-7524']);
    expect(await ids({ court: 'nyed', docketNumber: '1:14-cv-07524-NGG-RER' })).toEqual([
      'case:nyed-14-cv-7524',
    ]);
    expect(await ids({ court: 'nysd', docketNumber: '1:14-cv-07524' })).toEqual([]);
    expect(await ids({ natureOfSuit: '480' })).toContain('case:nyed-14-cv-7524');
  });

  it('is pending only as far as its dated entries show: POSSIBLY after the last one, never ESTABLISHED', async () => {
    // Lokhova v. Halper (vaed.json): no termination date, last entry dated 2019-08-19.
    const res =
      await h.gql(`{ cases(filter: { court: "vaed", docketNumber: "1:19-cv-00632" }) { edges { node {
      status
      lastEntry: asOf(date: "2019-08-19") { status certainty }
      later: asOf(date: "2024-06-30") { status pending certainty basis }
      farLater: asOf(date: "2099-01-01") { certainty }
    } } } }`);
    expect(res.errors).toBeUndefined();
    const [lokhova] = res.data.cases.edges.map((e: any) => e.node);
    expect(lokhova.status).toBe('PENDING');
    expect(lokhova.lastEntry).toEqual({ status: 'PENDING', certainty: 'ESTABLISHED' });
    expect(lokhova.later).toEqual({
      status: 'PENDING',
      pending: true,
      certainty: 'POSSIBLY',
      basis:
        'known to be pending up to 2019-08-19 (its latest dated entry, of 2019-08-19); no source dated after that says whether it still was',
    });
    expect(lokhova.farLater.certainty).toBe('POSSIBLY');
  });

  it('search finds a docket by its nature of suit, cause and docket number, naming which', async () => {
    const search = async (text: string) => {
      const res = await h.gql(
        `query($text: String!) { search(text: $text, first: 50) {
          node { ... on Case { id } } matches { field text allWords } } }`,
        { text },
      );
      expect(res.errors).toBeUndefined();
      return (res.data.search as any[]).filter((hit) => hit.node.id?.startsWith('case:'));
    };
    const insurance = await search('110 Insurance');
    expect(insurance[0].node.id).toBe('case:akd-08-cv-284');
    expect(insurance[0].matches[0]).toEqual({
      field: 'NATURE_OF_SUIT',
      text: '110 Insurance',
      allWords: true,
    });
    // Every docket whose nature of suit says "Civil Rights", each with that text matched whole.
    const civilRights = await search('civil rights');
    const bySuit = civilRights.filter((hit) =>
      hit.matches.some((m: any) => m.field === 'NATURE_OF_SUIT' && m.allWords),
    );
    expect(bySuit.map((hit) => hit.node.id).sort()).toEqual([
      'case:ilnd-20-cv-4676',
      'case:laed-08-cv-4256',
      'case:mad-17-cv-12090',
      'case:nysd-20-cv-10821',
    ]);
    const cause = await search('Fair Debt Collection');
    expect(cause[0].node.id).toBe('case:nyed-14-cv-7524');
    expect(cause[0].matches[0].field).toBe('CAUSE');
    const docket = await search('1:19-cv-00632');
    expect(docket[0].node.id).toBe('case:vaed-19-cv-632');
    expect(docket[0].matches[0]).toMatchObject({ field: 'DOCKET_NUMBER', allWords: true });
    // The `text` filter reads the same index.
    const filtered = await h.gql(`{ cases(filter: { text: "insurance" }) { edges { node { id } } } }`);
    expect(filtered.data.cases.edges.map((e: any) => e.node.id)).toEqual(['case:akd-08-cv-284']);
  });
});
