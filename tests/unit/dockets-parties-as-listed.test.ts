import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../../src/domain/names';
import type { DocketDocument } from '../../src/dockets/document-builder';
import { governmentKey, spelling, variantDifferences, variantKey } from '../../src/dockets/identity';
import { docketFiles, prepareDocket } from '../../src/dockets/import';
import { normaliseDocket } from '../../src/dockets/normalise';
import { docketDocument } from '../../src/dockets/to-document';
import type { PartyInput } from '../../src/ingest/format';
import { checkDocumentData } from '../../src/ingest/validate';

// Parties as listed: every party a docket lists has a case-party link of its own,
// with its name as listed and its evidence, however close its name is to another's;
// names that differ only in spelling are proposed as possibly the same, with the
// reason, never merged. Counted from the raw JSON (juriscraper's `parties`, in both
// the district and the appellate report), over every sample docket.

const FIXTURES = join(__dirname, '../fixtures/dockets');
const SHARED = join(__dirname, '../../../shared/data/dockets');
const FILES = [
  ...docketFiles([FIXTURES]).map((file) => ({ set: 'fixtures', file })),
  ...(existsSync(SHARED) ? docketFiles([SHARED]).map((file) => ({ set: 'shared', file })) : []),
];

interface RawParty {
  name?: unknown;
  type?: unknown;
  attorneys?: { name?: unknown }[];
}

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';
const isUnitedStates = (name: string) => governmentKey(name) === 'united states of america';

/** What the docket's JSON lists, counted from the JSON itself. */
function listedIn(json: { parties?: RawParty[] }) {
  const parties = json.parties ?? [];
  return {
    parties,
    /** A party with neither a name nor a type cannot be quoted: the normaliser warns and it is left out. */
    quotable: parties.filter((p) => !blank(p.name) || !blank(p.type)).length,
    lawyerSpellings: new Set(
      parties.flatMap((p) =>
        (p.attorneys ?? []).filter((a) => !blank(a.name)).map((a) => spelling(String(a.name))),
      ),
    ),
  };
}

function convert(file: string): DocketDocument {
  const prepared = prepareDocket(file);
  if ('reason' in prepared) throw new Error(`${file}: ${prepared.reason}`);
  return prepared.document;
}

/** The checks every converted docket passes. */
function expectPartiesAsListed(json: { parties?: RawParty[] }, d: DocketDocument, file = 'docket') {
  expect(() => checkDocumentData(file, d.doc, d.texts)).not.toThrow();
  const { parties, quotable, lawyerSpellings } = listedIn(json);
  const c = d.doc.cases![0]!;
  const links = c.parties ?? [];
  const nodes = new Map((d.doc.parties ?? []).map((p) => [p.id, p]));

  // One link per listed party: none lost, none merged into another's.
  expect(links).toHaveLength(quotable);
  // Links are keyed by party and role in the graph: two would be one.
  expect(new Set(links.map((l) => `${l.party}|${l.role}`)).size).toBe(links.length);

  parties.forEach((p, i) => {
    if (blank(p.name) && blank(p.type)) return;
    const own = links.filter((l) =>
      l.evidence.some((e) => e.locator === `/parties/${i}/name` || e.locator === `/parties/${i}/type`),
    );
    expect(own).toHaveLength(1);
    const node = nodes.get(own[0]!.party)!;
    if (blank(p.name)) return;
    const listed = String(p.name);
    // Its own listed name: as the node's name (the United States: its one name) and quoted on the link.
    expect(node.name).toBe(
      isUnitedStates(listed) && node.kind === 'ORGANIZATION' ? 'United States of America' : spelling(listed),
    );
    expect(own[0]!.evidence.find((e) => e.locator === `/parties/${i}/name`)!.quote).toBe(listed.trim());
  });

  // Lawyers: one node per spelling of a name.
  const lawyers = d.identity.nodes.filter((n) => n.listed.some((l) => l.as === 'LAWYER'));
  expect(new Set(lawyers.map((n) => n.name))).toEqual(lawyerSpellings);

  // Every node that several listings became says why; so does every proposal.
  for (const n of d.identity.nodes) {
    expect(n.basis.length).toBeGreaterThan(20);
    expect(nodes.has(n.id)).toBe(true);
  }
  for (const p of d.identity.proposals) {
    expect(p.reason.length).toBeGreaterThan(20);
    expect(p.ids[0]).not.toBe(p.ids[1]);
    expect(nodes.has(p.ids[0]) && nodes.has(p.ids[1])).toBe(true);
  }

  // Spelling variants on two nodes are always proposed.
  const proposed = new Set(d.identity.proposals.map((p) => [...p.ids].sort().join(' ')));
  const listedNodes = d.identity.nodes;
  listedNodes.forEach((a, i) =>
    listedNodes.slice(i + 1).forEach((b) => {
      const variants =
        a.kind === b.kind &&
        a.listed.some((x) => b.listed.some((y) => variantKey(x.name) === variantKey(y.name)));
      if (variants) expect(proposed).toContain([a.id, b.id].sort().join(' '));
    }),
  );
  return { links, nodes };
}

test('the sample dockets are found (the shared copy only when it exists)', () => {
  expect(FILES.filter((f) => f.set === 'fixtures')).toHaveLength(19);
});

describe.each(FILES.map((f) => [`${f.set}/${f.file.split('/').slice(-2).join('/')}`, f.file] as const))(
  '%s',
  (_name, file) => {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    test('every listed party has a case-party link of its own, with its name and evidence', () => {
      const d = convert(file);
      const { links } = expectPartiesAsListed(json, d, file);
      expect(links.length).toBe((json.parties ?? []).length);
    });
    test('the document is a function of the docket alone', () => {
      expect(convert(file).doc).toEqual(convert(file).doc);
    });
  },
);

// ---------------------------------------------------------------------------------
// Synthetic dockets, in juriscraper's district shape.

const attorney = (name: string, contact: string) => ({ name, contact, roles: ['ATTORNEY TO BE NOTICED'] });

function districtDocket(number: string, parties: object[]) {
  return {
    assigned_to_str: 'Jane Q. Judge',
    referred_to_str: '',
    case_name: 'Synthetic v. Docket',
    cause: '',
    court_id: 'nyed',
    date_filed: '2020-01-02',
    date_terminated: null,
    demand: '',
    docket_number: number,
    jurisdiction: 'Federal Question',
    jury_demand: 'None',
    nature_of_suit: '',
    parties,
    docket_entries: [{ date_filed: '2020-01-02', document_number: '1', description: 'COMPLAINT filed.' }],
  };
}

function mapped(json: object) {
  const raw = JSON.stringify(json, null, 1);
  const n = normaliseDocket(JSON.parse(raw), 'synthetic.json');
  if ('problems' in n) throw new Error(JSON.stringify(n.problems));
  const d = docketDocument(n, raw);
  const { links, nodes } = expectPartiesAsListed(json as { parties: RawParty[] }, d);
  const party = (i: number): PartyInput =>
    nodes.get(links.find((l) => l.evidence.some((e) => e.locator === `/parties/${i}/name`))!.party)!;
  return { d, links, party };
}

describe("'X-Y Foundation, Inc.' and 'X Y Foundation, Inc.'", () => {
  const json = districtDocket('1:20-cv-00101', [
    { name: 'Jane Doe', type: 'Plaintiff' },
    { name: 'X-Y Foundation, Inc.', type: 'Defendant' },
    { name: 'X Y Foundation, Inc.', type: 'Defendant' },
  ]);

  test('are two parties of the case, each with its own name and evidence', () => {
    const { links, party } = mapped(json);
    expect(links).toHaveLength(3);
    const [a, b] = [party(1), party(2)];
    expect(a.id).not.toBe(b.id);
    expect([a.name, b.name]).toEqual(['X-Y Foundation, Inc.', 'X Y Foundation, Inc.']);
    expect(a.evidence.map((e) => e.locator)).toEqual(['/parties/1/name']);
    expect(b.evidence.map((e) => e.locator)).toEqual(['/parties/2/name']);
  });

  test('are proposed as the same, for a reason that says how their names differ', () => {
    const { d, party } = mapped(json);
    expect(d.identity.proposals).toEqual([
      {
        ids: [party(1).id, party(2).id],
        names: ['X-Y Foundation, Inc.', 'X Y Foundation, Inc.'],
        reason: 'the names differ only in punctuation ("X-Y Foundation, Inc." / "X Y Foundation, Inc.")',
      },
    ]);
    // In the graph they share a name key, which is what Party.possibleSameAs matches.
    expect(nameKey(party(1).name!)).toBe(nameKey(party(2).name!));
  });

  test('meet the same spelling in another docket, and only it', () => {
    const other = mapped(
      districtDocket('1:20-cv-00999', [{ name: 'X Y Foundation, Inc.', type: 'Plaintiff' }]),
    );
    const { party } = mapped(json);
    expect(other.party(0).id).toBe(party(2).id);
    expect(other.party(0).id).not.toBe(party(1).id);
  });
});

describe('other look-alikes in one docket', () => {
  test('legal-form and case variants are two parties, proposed', () => {
    const { d, party } = mapped(
      districtDocket('1:20-cv-00102', [
        { name: 'Acme Widgets, Inc.', type: 'Defendant' },
        { name: 'ACME WIDGETS INCORPORATED', type: 'Defendant' },
      ]),
    );
    expect(party(0).id).not.toBe(party(1).id);
    expect(d.identity.proposals.map((p) => p.reason)).toEqual([
      'the names differ only in case, punctuation and the spelling of the legal form ("Acme Widgets, Inc." / "ACME WIDGETS INCORPORATED")',
    ]);
  });

  test('the same name with the same role twice is two parties; with another role, one party in two roles', () => {
    const { d, links, party } = mapped(
      districtDocket('1:20-cv-00103', [
        { name: 'John Doe', type: 'Defendant' },
        { name: 'John Doe', type: 'Defendant' },
        { name: 'Best Widgets LLC', type: 'Defendant' },
        { name: 'Best Widgets LLC', type: 'Counter Claimant' },
        { name: 'Best Widgets LLC', type: 'Third Party Plaintiff' },
      ]),
    );
    expect(links.map((l) => [l.role, l.roleText])).toEqual([
      ['DEFENDANT', 'Defendant'],
      ['DEFENDANT', 'Defendant'],
      ['DEFENDANT', 'Defendant'],
      ['OTHER', 'Counter Claimant'],
      ['OTHER', 'Third Party Plaintiff'],
    ]);
    expect(party(1).id).toBe(`${party(0).id}-2`);
    expect(party(3).id).toBe(party(2).id);
    expect(party(4).id).not.toBe(party(2).id);
    const merged = d.identity.nodes.find((n) => n.id === party(2).id)!;
    expect(merged.listed.map((l) => l.locator)).toEqual(['/parties/2/name', '/parties/3/name']);
    expect(merged.basis).toMatch(/^an organization by its name exactly as listed/);
    expect(d.identity.proposals.map((p) => p.reason)).toEqual([
      'the same name listed again with the same role DEFENDANT ("John Doe" as "Defendant", then "John Doe" as "Defendant"): kept as a party of its own',
      'the same name listed again with the same role OTHER ("Best Widgets LLC" as "Counter Claimant", then "Best Widgets LLC" as "Third Party Plaintiff"): kept as a party of its own',
    ]);
  });

  test('the United States is one party under any of its names, each listing quoted', () => {
    const { d, links, party } = mapped(
      districtDocket('1:20-cv-00104', [
        { name: 'USA', type: 'Plaintiff' },
        { name: 'UNITED STATES OF AMERICA', type: 'Counter Defendant' },
        { name: 'United States', type: 'Plaintiff' },
      ]),
    );
    expect(party(0)).toMatchObject({
      id: 'organization:united-states-of-america',
      name: 'United States of America',
    });
    expect(party(1).id).toBe(party(0).id);
    expect(links[1]!.evidence[0]!.quote).toBe('UNITED STATES OF AMERICA');
    // Listed again as plaintiff: a party of its own, proposed.
    expect(party(2).id).toBe('organization:united-states-of-america--nyed-20-cv-104-2');
    expect(d.identity.proposals).toEqual([
      expect.objectContaining({
        ids: ['organization:united-states-of-america', party(2).id],
        reason: expect.stringContaining('("USA" as "Plaintiff", then "United States" as "Plaintiff")'),
      }),
    ]);
  });

  test('lawyers and firms keep their spelling too; lawyers meet by name and email', () => {
    const json = districtDocket('1:20-cv-00105', [
      {
        name: 'Jane Doe',
        type: 'Plaintiff',
        attorneys: [attorney('Ann Counsel', 'Hand Arendall, L.L.C.\n1 Main St\nEmail: ann@hand.law')],
      },
      {
        name: 'Acme Widgets, Inc.',
        type: 'Defendant',
        attorneys: [
          attorney('ANN COUNSEL', 'Hand Arendall LLC\n1 Main St\nEmail: ann@hand.law'),
          attorney('Ann Counsel', 'See above'),
        ],
      },
    ]);
    const { d } = mapped(json);
    const lawyers = d.identity.nodes.filter((n) => n.listed[0]!.as === 'LAWYER');
    expect(lawyers.map((n) => [n.name, n.listed.map((l) => l.locator)])).toEqual([
      ['Ann Counsel', ['/parties/0/attorneys/0/name', '/parties/1/attorneys/1/name']],
      ['ANN COUNSEL', ['/parties/1/attorneys/0/name']],
    ]);
    expect(lawyers[0]!.id).toMatch(/^person:attorney-ann-counsel\.[0-9a-f]{8}--ann-hand-law$/);
    expect(lawyers[0]!.basis).toContain('email ann@hand.law');
    const firms = d.identity.nodes.filter((n) => n.listed[0]!.as === 'FIRM');
    expect(firms.map((n) => n.name)).toEqual(['Hand Arendall, L.L.C.', 'Hand Arendall LLC']);
    expect(d.identity.proposals.map((p) => [p.names, p.reason])).toEqual([
      [['Ann Counsel', 'ANN COUNSEL'], 'the names differ only in case ("Ann Counsel" / "ANN COUNSEL")'],
      [
        ['Hand Arendall, L.L.C.', 'Hand Arendall LLC'],
        'the names differ only in punctuation ("Hand Arendall, L.L.C." / "Hand Arendall LLC")',
      ],
    ]);
  });

  test('a party listed without a name keeps its link, described by its type', () => {
    const { links, d } = mapped(
      districtDocket('1:20-cv-00106', [
        { name: 'Jane Doe', type: 'Plaintiff' },
        { name: ' ', type: 'Defendant' },
      ]),
    );
    expect(links[1]).toMatchObject({ party: 'person:unnamed--nyed-20-cv-106-p1', role: 'DEFENDANT' });
    expect(d.doc.parties!.find((p) => p.id === links[1]!.party)!.descriptors![0]!.text).toBe('Defendant');
  });
});

describe('spelling variants', () => {
  test.each([
    ['X-Y Foundation, Inc.', 'X Y Foundation, Inc.', ['punctuation']],
    ['XY Foundation', 'X Y Foundation', ['spacing']],
    ['Acme Corp.', 'ACME CORPORATION', ['case', 'punctuation', 'the spelling of the legal form']],
    ['Deloitte & Touche LLP', 'Deloitte and Touche LLP', ['"&" for "and"']],
    ['The Hornblower Group', 'Hornblower Group', ['a leading "The"']],
    ['José Núñez', 'Jose Nunez', ['accents']],
    ['Jane  Roe', 'Jane Roe', []],
  ])('%j and %j differ in %j', (a, b, what) => {
    expect(variantDifferences(a, b)).toEqual(what);
  });
  test('different words are not variants', () => {
    expect(variantDifferences('Acme Widgets, Inc.', 'Acme Gadgets, Inc.')).toBeNull();
    expect(variantDifferences('Acme Co. of America', 'Acme Company of America')).toBeNull();
    expect(variantDifferences('John Smith Jr.', 'John Smith')).toBeNull();
  });
});
