import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDockets } from '../../src/dockets/import';
import { removeDocument } from '../../src/ingest/load';
import { startHarness, type Harness } from '../support/harness';

// The same people and organizations across dockets: what must merge (the same
// court and judge; a government body however the docket spells it; an organization
// whatever its legal-form suffix; a lawyer of the same name with a shared email or
// firm) and what must not (a person who is only a party, on a name alone; a lawyer
// of the same name with nothing else in common), which is offered as possibleSameAs.

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
          name: 'ACME WIDGETS INCORPORATED',
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

describe('entities across dockets', () => {
  it('merges and keeps apart as the rules say, and says why', async () => {
    const summary = await importDockets(h.executor, [join(dir, 'a.json'), join(dir, 'b.json')]);
    documents = summary.documents;
    expect(summary.skipped).toEqual([]);
    // Jane Roe moved firms but kept her email: the second docket's lawyer is resolved to the first.
    expect(summary.resolved).toEqual([
      expect.objectContaining({ name: 'Jane Roe', reason: 'same name and email (jane@roe.law)' }),
    ]);
    const janeId = summary.resolved[0]!.id;

    const party = async (id: string) => (await h.gql(PARTY, { id })).data.party;

    const jane = await party(janeId);
    expect(jane.counselAppearances.map((k: any) => [k.case.id, k.firm.name])).toEqual([
      ['case:nyed-20-cv-1', 'Roe & Partners LLP'],
      ['case:nyed-20-cv-2', 'New Firm LLC'],
    ]);

    // Organizations by name whatever the suffix; the government however it is spelled.
    const acme = await party('organization:acme-widgets-inc');
    expect(acme.cases.totalCount).toBe(2);
    const usa = await party('organization:united-states-of-america');
    expect(usa.cases.totalCount).toBe(2);

    // The judge: by court and name.
    const judge = await party('person:judge-nyed-william-f-kuntz-ii');
    expect(judge.cases.totalCount).toBe(2);

    // A person who is only a party is not merged on a name: offered instead, with the reasons.
    const smith1 = await party('person:john-smith--nyed-20-cv-1');
    expect(smith1.cases.totalCount).toBe(1);
    expect(smith1.possibleSameAs).toEqual([
      {
        party: { id: 'person:john-smith--nyed-20-cv-2' },
        reasons: ['the same name', 'in the same court: court:nyed'],
        against: [],
      },
    ]);

    // Richard Doe: same name, different email and firm; not merged, and what speaks against it is said.
    const does = await h.gql(`{ parties(filter: { text: "Richard Doe" }) { edges { node { id } } } }`);
    const doeIds = does.data.parties.edges
      .map((e: any) => e.node.id)
      .filter((id: string) => id.startsWith('person:attorney-'));
    expect(doeIds).toHaveLength(2);
    const doe = await party(doeIds[0]);
    expect(doe.possibleSameAs).toEqual([
      {
        party: { id: doeIds[1] },
        reasons: ['the same name', 'in the same court: court:nyed'],
        against: ['different contacts', 'different firms'],
      },
    ]);
    // The merged lawyer has no look-alike left.
    expect(jane.possibleSameAs).toEqual([]);

    // The firm: a lawyer's firm with its appearances and clients.
    const firm = await party('organization:roe-and-partners-llp');
    expect(firm.counselAppearances.map((k: any) => [k.case.id, k.client.name])).toEqual([
      ['case:nyed-20-cv-1', 'John Smith'],
    ]);
    const byFirm = await h.gql(
      `{ cases(filter: { firmId: "organization:roe-and-partners-llp" }) { edges { node { id } } } }`,
    );
    expect(byFirm.data.cases.edges.map((e: any) => e.node.id)).toEqual(['case:nyed-20-cv-1']);
  }, 120_000);
});
