import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDockets } from '../../src/dockets/import';
import { sha8 } from '../../src/dockets/identity';
import { removeDocument } from '../../src/ingest/load';
import { startHarness, type Harness } from '../support/harness';

// The same people and organizations across dockets, decided from each docket alone
// (src/dockets/identity.ts), so the graph is the same in any import order: what
// meets (the same court and judge; the United States under any of its names; an
// organization spelled exactly the same; a lawyer of the same name and email) and
// what does not (a person who is only a party, on a name alone; an organization
// spelled otherwise; a lawyer of the same name with nothing else in common), which
// is offered as possibleSameAs with the reasons for and against.

let h: Harness;
let dir: string;
let documents: string[] = [];

const attorney = (name: string, contact: string) => ({ name, contact, roles: ['ATTORNEY TO BE NOTICED'] });

function docket(number: string, parties: object[]) {
  return {
    assigned_to_str: 'William F. Kuntz II',
    referred_to_str: '',
    case_name: `Smith v. Acme ${number}`,
    cause: '15:1692 Fair Debt Collection Act',
    court_id: 'nyed',
    date_filed: '2020-01-02',
    date_terminated: null,
    demand: '',
    docket_number: number,
    jurisdiction: 'Federal Question',
    jury_demand: 'Plaintiff',
    nature_of_suit: '480 Consumer Credit',
    parties,
    docket_entries: [
      {
        date_filed: '2020-01-02',
        document_number: '1',
        description: 'COMPLAINT against Acme filed by John Smith.',
      },
    ],
  };
}

beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'dockets-'));
  writeFileSync(
    join(dir, 'a.json'),
    JSON.stringify(
      docket('1:20-cv-00001', [
        {
          name: 'John Smith',
          type: 'Plaintiff',
          attorneys: [
            attorney(
              'Jane Roe',
              'Roe & Partners LLP\n1 Main Street\nBrooklyn, NY 11201\nEmail: jane@roe.law\n',
            ),
          ],
        },
        {
          name: 'Acme Widgets, Inc.',
          type: 'Defendant',
          attorneys: [
            attorney('Richard Doe', 'Doe Law PC\n2 Court Street\nBrooklyn, NY 11201\nEmail: rdoe@doe.law\n'),
          ],
        },
        { name: 'USA', type: 'Defendant', attorneys: [] },
      ]),
    ),
  );
  writeFileSync(
    join(dir, 'b.json'),
    JSON.stringify(
      docket('1:20-cv-00002', [
        {
          name: 'John Smith',
          type: 'Plaintiff',
          attorneys: [
            attorney('Jane Roe', 'New Firm LLC\n5 Water Street\nBrooklyn, NY 11201\nEmail: jane@roe.law\n'),
          ],
        },
        {
          name: 'ACME WIDGETS, INC',
          type: 'Defendant',
          attorneys: [
            attorney(
              'Richard Doe',
              'Other Firm LLP\n9 Wall Street\nNew York, NY 10005\nEmail: richard@other.law\n',
            ),
          ],
        },
        { name: 'United States of America', type: 'Defendant', attorneys: [] },
      ]),
    ),
  );
}, 120_000);
afterAll(async () => {
  for (const doc of documents) await removeDocument(h.executor, doc);
  await h.close();
});

const PARTY = `query($id: ID!) { party(id: $id) {
  id name
  cases { totalCount }
  counselAppearances { case { id } firm { name } client { name } }
  possibleSameAs { party { id } reasons against }
} }`;

/** Ids, names and links of the whole graph: what must not depend on the order of the imports. */
async function shape(): Promise<string[]> {
  const nodes = await h.executor.read(`// dockets shape: nodes
    MATCH (n:Node) RETURN n.id AS id, labels(n) AS labels, n.name AS name ORDER BY id`);
  const rels = await h.executor.read(`// dockets shape: relationships
    MATCH (:Node)-[r]->(:Node) WHERE r.id IS NOT NULL
    RETURN r.id AS id, r.role AS role, r.firmId AS firm ORDER BY id`);
  return [
    ...nodes.map((n) => `${String(n.id)} ${JSON.stringify(n.labels)} ${String(n.name)}`),
    ...rels.map((r) => `${String(r.id)} ${String(r.role)} ${String(r.firm)}`),
  ];
}

const acmeA = `organization:acme-widgets-inc.${sha8('Acme Widgets, Inc.')}`;
const acmeB = `organization:acme-widgets-inc.${sha8('ACME WIDGETS, INC')}`;

describe('entities across dockets', () => {
  let inOrder: string[];

  it('merges and keeps apart as the rules say, and says why', async () => {
    const summary = await importDockets(h.executor, [join(dir, 'a.json'), join(dir, 'b.json')]);
    documents = summary.documents;
    expect(summary.skipped).toEqual([]);
    // Within each docket nothing looks alike.
    expect(summary.proposed).toEqual([]);

    const party = async (id: string) => (await h.gql(PARTY, { id })).data.party;
    const named = async (text: string, prefix: string): Promise<string[]> =>
      (
        await h.gql(`query($t: String!) { parties(filter: { text: $t }) { edges { node { id } } } }`, {
          t: text,
        })
      ).data.parties.edges
        .map((e: any) => e.node.id)
        .filter((id: string) => id.startsWith(prefix))
        .sort();

    // Jane Roe moved firms but kept her email: one lawyer, by name and email, in both dockets.
    const janes = await named('Jane Roe', 'person:attorney-');
    expect(janes).toEqual([`person:attorney-jane-roe.${sha8('Jane Roe')}--jane-roe-law`]);
    const jane = await party(janes[0]!);
    expect(jane.counselAppearances.map((k: any) => [k.case.id, k.firm.name])).toEqual([
      ['case:nyed-20-cv-1', 'Roe & Partners LLP'],
      ['case:nyed-20-cv-2', 'New Firm LLC'],
    ]);

    // An organization spelled otherwise is another party, offered as possibly the same.
    const [acme, acme2] = [await party(acmeA), await party(acmeB)];
    expect([acme.name, acme.cases.totalCount, acme2.name, acme2.cases.totalCount]).toEqual([
      'Acme Widgets, Inc.',
      1,
      'ACME WIDGETS, INC',
      1,
    ]);
    expect(acme.possibleSameAs).toEqual([
      { party: { id: acmeB }, reasons: ['the same name', 'in the same court: court:nyed'], against: [] },
    ]);

    // The United States however it is written: one party, under one name.
    const usa = await party('organization:united-states-of-america');
    expect(usa.cases.totalCount).toBe(2);
    expect(usa.name).toBe('United States of America');

    // The judge: by court and name.
    const judge = await party('person:judge-nyed-william-f-kuntz-ii');
    expect(judge.cases.totalCount).toBe(2);

    // A person who is only a party is not merged on a name: offered instead, with the reasons.
    const smith = (n: number) => `person:john-smith.${sha8('John Smith')}--nyed-20-cv-${n}`;
    const smith1 = await party(smith(1));
    expect(smith1.cases.totalCount).toBe(1);
    expect(smith1.possibleSameAs).toEqual([
      {
        party: { id: smith(2) },
        reasons: ['the same name', 'in the same court: court:nyed'],
        against: [],
      },
    ]);

    // Richard Doe: same name, different email and firm; not merged, and what speaks against it is said.
    const doeIds = await named('Richard Doe', 'person:attorney-');
    expect(doeIds).toHaveLength(2);
    const doe = await party(doeIds[0]!);
    expect(doe.possibleSameAs).toEqual([
      {
        party: { id: doeIds[1] },
        reasons: ['the same name', 'in the same court: court:nyed'],
        against: ['different contacts', 'different firms'],
      },
    ]);
    // The lawyer met in both dockets has no look-alike left.
    expect(jane.possibleSameAs).toEqual([]);

    // The firm: a lawyer's firm with its appearances and clients.
    const firmId = `organization:roe-and-partners-llp.${sha8('Roe & Partners LLP')}`;
    const firm = await party(firmId);
    expect(firm.counselAppearances.map((k: any) => [k.case.id, k.client.name])).toEqual([
      ['case:nyed-20-cv-1', 'John Smith'],
    ]);
    const byFirm = await h.gql(`query($f: ID!) { cases(filter: { firmId: $f }) { edges { node { id } } } }`, {
      f: firmId,
    });
    expect(byFirm.data.cases.edges.map((e: any) => e.node.id)).toEqual(['case:nyed-20-cv-1']);
    inOrder = await shape();
  }, 120_000);

  it('gives the same graph when the dockets are imported the other way round', async () => {
    expect(inOrder.length).toBeGreaterThan(0);
    for (const doc of documents.splice(0)) await removeDocument(h.executor, doc);
    const summary = await importDockets(h.executor, [join(dir, 'b.json'), join(dir, 'a.json')]);
    documents = summary.documents;
    expect(summary.skipped).toEqual([]);
    expect(await shape()).toEqual(inOrder);
  }, 120_000);
});
