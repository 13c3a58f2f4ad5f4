import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDockets, type ImportSummary } from '../../src/dockets/import';
import { chronological } from '../../src/domain/dates';
import type { PartialDateModel } from '../../src/domain/models';
import { removeDocument } from '../../src/ingest/load';
import { CaseParts } from '../../src/cypher/projections';
import { casesByIdStatement } from '../../src/repositories/entities';
import { startHarness, type Harness } from '../support/harness';

// A case's parties and timeline are paged in Cypher: a docket of 1,200 entries (some
// undated) and 60 parties, walked page by page, gives exactly the list in the order the
// domain rule gives (`chronological`, roles in source order), each page in one round
// trip, and a page's row carries the page's events, not the docket's.

const ENTRIES = 1200;
const PARTIES = 60;
const DOCKET_NUMBER = '3:26-cv-09999';

/** A real district docket (tests/fixtures), grown to ENTRIES entries and PARTIES parties. */
function bigDocket(dir: string): string {
  const base = JSON.parse(readFileSync(join(__dirname, '../fixtures/dockets/district/akd.json'), 'utf8'));
  const day = (i: number) =>
    new Date(Date.UTC(2020, 0, 1) + (i % 900) * 86_400_000).toISOString().slice(0, 10);
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    // Every 17th entry undated: it sorts after the entry told before it.
    date_filed: i % 17 === 5 ? null : day((i * 37) % 1000),
    date_entered: null,
    description: `ORDER number ${i + 1} on the motion of the parties.`,
    document_number: String(i + 1),
    pacer_doc_id: null,
    pacer_seq_no: String(i + 1),
  }));
  const parties = Array.from({ length: PARTIES }, (_, i) => ({
    attorneys: [],
    date_terminated: null,
    extra_info: '',
    name: `Paged Party Number ${String(i + 1).padStart(2, '0')} Inc.`,
    type: i % 3 === 0 ? 'Plaintiff' : 'Defendant',
  }));
  const file = join(dir, 'akd-big.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...base,
      case_name: 'Paged Party Number 01 Inc. v. Paged Party Number 02 Inc.',
      docket_number: DOCKET_NUMBER,
      docket_entries: entries,
      parties,
    }),
  );
  return file;
}

let h: Harness;
let imported: ImportSummary;
let caseId: string;
beforeAll(async () => {
  h = await startHarness();
  imported = await importDockets(h.executor, [bigDocket(mkdtempSync(join(tmpdir(), 'pages-')))]);
  const res = await h.gql(
    `{ cases(first: 1, filter: { court: "akd", docketNumber: "${DOCKET_NUMBER}" }) { edges { node { id } } } }`,
  );
  caseId = res.data.cases.edges[0].node.id;
}, 300_000);
afterAll(async () => {
  for (const doc of imported?.documents ?? []) await removeDocument(h.executor, doc);
  await h.close();
});

interface EventRow {
  id: string;
  seq: number;
  date: PartialDateModel | null;
}

/** Every page of `field`, `size` at a time, and the rows' bytes of the first page's statement. */
async function walk(field: string, args: string, node: string, size: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 1000; page++) {
    const res: any = await h.gql(
      `query($id: ID!, $after: String) { case(id: $id) { ${field}(first: ${size}, after: $after${args}) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ${node} } } } } }`,
      { id: caseId, after },
    );
    expect(res.errors).toBeUndefined();
    const conn = res.data.case[field];
    total = conn.totalCount;
    expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(conn.edges.length).toBeLessThanOrEqual(size);
    ids.push(...conn.edges.map((e: any) => e.node.id));
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { ids, total };
}

describe("a case's timeline, paged in Cypher", () => {
  it('walks in the chronological order of the domain rule, every event once', async () => {
    const rows = await h.executor.read(
      `// testCaseEvents
       MATCH (:Case {id: $id})-[:HAS_EVENT]->(e:Event)
       RETURN e.id AS id, e.seq AS seq, e.dateValue AS value, e.datePrecision AS precision,
              toString(e.dateEarliest) AS earliest, toString(e.dateLatest) AS latest`,
      { id: caseId },
    );
    expect(rows).toHaveLength(ENTRIES);
    const events: EventRow[] = rows.map((r) => ({
      id: String(r.id),
      seq: Number(r.seq),
      date: r.value
        ? ({
            value: r.value,
            precision: r.precision,
            earliest: r.earliest,
            latest: r.latest,
          } as PartialDateModel)
        : null,
    }));
    expect(events.filter((e) => e.date === null).length).toBeGreaterThan(50);
    const expected = chronological(events).map((e) => e.id);
    const { ids, total } = await walk('events', '', 'id', 100);
    expect(total).toBe(ENTRIES);
    expect(ids).toEqual(expected);
  });

  it('projects the page, not the docket', async () => {
    const statement = casesByIdStatement(
      new CaseParts(['eventPages'], { events: [{ after: null, first: 5 }] }),
    );
    const [row] = await h.executor.read(statement.cypher, { ...statement.params, ids: [caseId] });
    const [page] = (row!.doc as any).eventPages;
    // The page and one more (it says a next page exists), and the count of all.
    expect(page.rows).toHaveLength(6);
    expect(page.total).toBe(ENTRIES);
    expect(page.rows[0].description).toEqual(expect.any(String));
  });

  it('refuses an `after` from another list', async () => {
    const parties = await h.gql(
      `query($id: ID!) { case(id: $id) { parties(first: 1) { pageInfo { endCursor } } } }`,
      {
        id: caseId,
      },
    );
    const res = await h.gql(
      `query($id: ID!, $after: String) { case(id: $id) { events(first: 1, after: $after) { edges { node { id } } } } }`,
      { id: caseId, after: parties.data.case.parties.pageInfo.endCursor },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("a case's parties, paged in Cypher", () => {
  it('several pages of one connection (aliases) are read in the same statement', async () => {
    // The harness refuses more than one round trip per root field.
    const res = await h.gql(
      `{ cases(first: 5, filter: { court: "akd", docketNumber: "${DOCKET_NUMBER}" }) { edges { node {
        plaintiffs: parties(role: PLAINTIFF, first: 4) { totalCount edges { node { id role } } }
        defendants: parties(role: DEFENDANT, first: 3) { totalCount edges { node { id role } } }
        first: events(first: 2) { edges { node { id } } }
        more: events(first: 3) { edges { node { id } } }
      } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const node = res.data.cases.edges[0].node;
    expect(node.plaintiffs.totalCount).toBe(PARTIES / 3);
    expect(node.plaintiffs.edges.map((e: any) => e.node.role)).toEqual(Array(4).fill('PLAINTIFF'));
    expect(node.defendants.totalCount).toBe((PARTIES * 2) / 3);
    expect(node.defendants.edges.map((e: any) => e.node.role)).toEqual(Array(3).fill('DEFENDANT'));
    expect(node.more.edges.slice(0, 2)).toEqual(node.first.edges);
  });

  it('walk in source order, with and without a role, each page in one round trip', async () => {
    const rows = await h.executor.read(
      `// testCaseParties
       MATCH (p:Party)-[r:PARTY_TO]->(:Case {id: $id})
       RETURN r.id AS id, r.role AS role ORDER BY r.seq, r.id`,
      { id: caseId },
    );
    expect(rows).toHaveLength(PARTIES);
    const all = await walk('parties', '', 'id role', 7);
    expect(all.total).toBe(PARTIES);
    expect(all.ids).toEqual(rows.map((r) => r.id));
    const plaintiffs = await walk('parties', ', role: PLAINTIFF', 'id role', 6);
    expect(plaintiffs.ids).toEqual(rows.filter((r) => r.role === 'PLAINTIFF').map((r) => r.id));
    expect(plaintiffs.total).toBe(PARTIES / 3);
  });

  it('agree with the same pages asked through a list of cases and a party', async () => {
    const page = `parties(first: 3) { totalCount edges { node { id role party { id displayName } } } }
      events(first: 4) { totalCount edges { node { id date { value } } } }`;
    const first = await h.gql(
      `query($id: ID!) { case(id: $id) { parties(first: 1) { edges { node { party { id } } } } } }`,
      {
        id: caseId,
      },
    );
    const partyId = first.data.case.parties.edges[0].node.party.id;
    const res = await h.gql(
      `query($id: ID!, $party: ID!) {
        byId: case(id: $id) { ${page} }
        list: cases(first: 1, filter: { court: "akd", docketNumber: "${DOCKET_NUMBER}" }) { edges { node { ${page} } } }
        party: party(id: $party) { cases(first: 1) { edges { node { ${page} } } } }
      }`,
      { id: caseId, party: partyId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.list.edges[0].node).toEqual(res.data.byId);
    expect(res.data.party.cases.edges[0].node).toEqual(res.data.byId);
    expect(res.data.byId.parties.edges).toHaveLength(3);
    expect(res.data.byId.events.totalCount).toBe(ENTRIES);
  });
});
