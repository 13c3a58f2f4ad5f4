import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docketKey } from '../../src/domain/docket-number';
import { nameKey } from '../../src/domain/names';
import { normaliseDocket } from '../../src/dockets/normalise';
import { docketDocument, governmentKey, organizationKey } from '../../src/dockets/to-document';
import { IngestError } from '../../src/ingest/format';
import { checkDocumentData } from '../../src/ingest/validate';

const FIXTURES = join(__dirname, '../fixtures/dockets');

function mapped(file: string) {
  const raw = readFileSync(join(FIXTURES, file), 'utf8');
  const n = normaliseDocket(JSON.parse(raw), file);
  if ('problems' in n) throw new Error(JSON.stringify(n.problems));
  return { raw, n, d: docketDocument(n, raw) };
}

describe('docket numbers', () => {
  it.each([
    ['1:14-cv-07524', '14-cv-7524'],
    ['1:14-cv-07524-NGG-RER', '14-cv-7524'],
    ['3:17-cv-12090-MGM', '17-cv-12090'],
    ['14-cv-7524', '14-cv-7524'],
    ['2:17-cr-00378-DJH-1', '17-cr-378'],
    ['18-90014', '18-90014'],
    ['22-5459', '22-5459'],
    ['  1:20-CV-04676 ', '20-cv-4676'],
  ])('%j keys as %j', (number, key) => {
    expect(docketKey(number)).toBe(key);
  });
  it('keeps what it cannot read, folded', () => {
    expect(docketKey('MISC 12')).toBe('misc12');
    expect(docketKey('  ')).toBeNull();
  });
});

describe('identity keys', () => {
  it('folds organizations by name and legal form, nothing more', () => {
    expect(organizationKey('Acme Widgets, Inc.')).toBe(organizationKey('ACME WIDGETS INCORPORATED'));
    expect(organizationKey('Deloitte & Touche LLP')).toBe(organizationKey('Deloitte and Touche L.L.P.'));
    expect(organizationKey('The Hornblower Group, Inc.')).toBe(organizationKey('Hornblower Group Inc'));
    expect(organizationKey('Acme Widgets, Inc.')).not.toBe(organizationKey('Acme Gadgets, Inc.'));
  });
  it('makes the United States one body however it is written', () => {
    for (const name of [
      'USA',
      'U.S.A.',
      'United States',
      'United States of America',
      'UNITED STATES OF AMERICA',
    ]) {
      expect(governmentKey(name)).toBe('united states of america');
    }
    expect(governmentKey('State of Illinois')).toBe('state of illinois');
  });
  it('gives same-named people one name key', () => {
    expect(nameKey("O'Donnell,  Kevin")).toBe(nameKey('o donnell kevin'));
    expect(nameKey('José Núñez')).toBe('jose nunez');
    expect(nameKey('  ,. ')).toBeNull();
  });
});

describe('a docket as an ingest document', () => {
  it('passes the ingest checks for every sample, every quote located', () => {
    for (const file of [
      'district/nyed.json',
      'district/azd.json',
      'appellate/ca6_1.json',
      'appellate/ca11_2.json',
    ]) {
      const { d } = mapped(file);
      expect(() => checkDocumentData(file, d.doc, d.texts)).not.toThrow();
      const evidence = JSON.stringify(d.doc).match(/"locator":"[^"]*"/g) ?? [];
      expect(evidence.length).toBeGreaterThan(10);
    }
  });

  it('maps nyed: the case, its court from the table, parties, counsel with firms, judges and entries', () => {
    const { n, d } = mapped('district/nyed.json');
    const c = d.doc.cases![0]!;
    expect(c).toMatchObject({
      id: 'case:nyed-14-cv-7524',
      caption: 'Weber v. Northeast Adjusters, Inc',
      captionKind: 'OFFICIAL',
      kind: 'CIVIL',
      status: 'CLOSED',
      court: 'court:nyed',
      filed: { value: '2014-12-29' },
      closed: { value: '2015-10-14' },
      natureOfSuit: { text: '480 Consumer Credit' },
    });
    expect(d.doc.courts![0]).toMatchObject({
      id: 'court:nyed',
      name: 'District Court, E.D. New York',
    });
    expect(d.doc.courts![0]!.evidence[0]).toMatchObject({ source: 'source:courts-db-federal-courts' });
    expect(c.judges!.map((j) => [j.judge, j.assignment])).toEqual([
      ['person:judge-nyed-william-f-kuntz-ii', 'ASSIGNED'],
      ['person:judge-nyed-viktor-v-pohorelsky', 'REFERRED'],
    ]);
    expect(c.parties!.map((p) => [p.role, p.roleText])).toEqual([
      ['PLAINTIFF', 'Plaintiff'],
      ['DEFENDANT', 'Defendant'],
    ]);
    expect(c.counsel!.length).toBe(n.attorneys.reduce((k, a) => k + a.clients.length, 0));
    expect(c.events!.length).toBe(n.entries.filter((e) => e.description).length);
    expect(c.events![0]).toMatchObject({ kind: 'FILED', entryNumber: '1' });
  });

  it('maps an appeal to a stub of the case it comes from', () => {
    const { d } = mapped('appellate/ca6_1.json');
    const [appeal, origin] = d.doc.cases!;
    expect(appeal!.related).toEqual([expect.objectContaining({ case: origin!.id, kind: 'APPEAL_OF' })]);
    expect(origin).toMatchObject({ stub: true, status: 'UNKNOWN', captionKind: 'DESCRIPTIVE' });
  });

  it('refuses a quote that is not inside the value its locator points at, naming the place', () => {
    const { d } = mapped('district/nyed.json');
    const doc = structuredClone(d.doc);
    doc.cases![0]!.evidence[0]!.quote = 'Not in the docket';
    expect(() => checkDocumentData('nyed.json', doc, d.texts)).toThrow(IngestError);
    try {
      checkDocumentData('nyed.json', doc, d.texts);
    } catch (error) {
      expect((error as IngestError).issues).toEqual([
        {
          path: '/cases/0/evidence/0/quote',
          message: expect.stringMatching(
            /^quote is not verbatim in the value at \/case_name of source source:docket-/,
          ),
        },
      ]);
    }
    const noLocator = structuredClone(d.doc);
    delete noLocator.cases![0]!.evidence[0]!.locator;
    expect(() => checkDocumentData('nyed.json', noLocator, d.texts)).toThrow(/needs a locator/);
    const nowhere = structuredClone(d.doc);
    nowhere.cases![0]!.evidence[0]!.locator = '/parties/99/name';
    expect(() => checkDocumentData('nyed.json', nowhere, d.texts)).toThrow(/leads to nothing/);
  });
});
