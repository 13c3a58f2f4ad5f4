import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePointer } from '../../src/dockets/evidence';
import { spelling } from '../../src/dockets/identity';
import { readDocketFile } from '../../src/dockets/juriscraper';
import { type NormalisedDocket } from '../../src/dockets/model';
import { normaliseDocket } from '../../src/dockets/normalise';

// Every sample docket: read without problems, nothing dropped, every value's
// locator leads to a string of the docket that contains its quote.

const ROOT = join(__dirname, '../fixtures/dockets');
const FILES = ['district', 'appellate'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);

function load(file: string): { json: any; docket: NormalisedDocket } {
  const read = readDocketFile(join(ROOT, file));
  if ('problems' in read) throw new Error(JSON.stringify(read.problems));
  const docket = normaliseDocket(read.json, file);
  if ('problems' in docket) throw new Error(`${file}: ${JSON.stringify(docket.problems)}`);
  return { json: read.json, docket };
}

/** Every { pointer, quote } in the tree, with where it sits in the model. */
function locators(node: unknown, path = ''): { at: string; pointer: string; quote: string }[] {
  if (node === null || typeof node !== 'object') return [];
  const out: { at: string; pointer: string; quote: string }[] = [];
  const obj = node as Record<string, unknown>;
  if (typeof obj.pointer === 'string' && typeof obj.quote === 'string') {
    out.push({ at: path, pointer: obj.pointer, quote: obj.quote });
  }
  for (const [k, v] of Object.entries(obj)) out.push(...locators(v, `${path}.${k}`));
  return out;
}

/** The locators whose pointer does not lead to a string (or number) containing their non-empty quote. */
function badLocators(json: unknown, docket: NormalisedDocket): string[] {
  return locators(docket)
    .filter((l) => {
      const target = resolvePointer(json, l.pointer);
      const text = typeof target === 'number' ? String(target) : target;
      return typeof text !== 'string' || l.quote.trim() === '' || !text.includes(l.quote);
    })
    .map((l) => `${l.at}: ${l.pointer} ${JSON.stringify(l.quote)}`);
}

test('the locator check finds a quote that is not in the docket, and a pointer that leads nowhere', () => {
  const { json, docket } = load('district/akd.json');
  const tampered = structuredClone(docket);
  tampered.parties[0]!.name.quote = 'West American Insurance Co.';
  tampered.entries[0]!.description!.pointer = '/docket_entries/99/description';
  expect(badLocators(json, tampered)).toEqual([
    '.parties.0.name: /parties/0/name "West American Insurance Co."',
    `.entries.0.description: /docket_entries/99/description ${JSON.stringify(docket.entries[0]!.description!.quote)}`,
  ]);
});

test('the fixtures are the 19 sample dockets', () => {
  expect(FILES).toHaveLength(19);
});

describe.each(FILES)('%s', (file) => {
  const { json, docket } = load(file);

  test('normalises without problems', () => {
    expect(docket.file).toBe(file);
    expect(docket.report).toBe(file.startsWith('appellate/') ? 'APPELLATE' : 'DISTRICT');
    expect(docket.case.court.id.value).toBe(json.court_id);
    expect(docket.case.court.name).not.toBeNull();
    expect(docket.case.docketNumber.value).toBe(json.docket_number);
  });

  test('counts equal those of the JSON', () => {
    expect(docket.parties).toHaveLength(json.parties.length);
    expect(docket.entries).toHaveLength(json.docket_entries.length);
    json.parties.forEach((p: any, i: number) => {
      const appearances = docket.attorneys.flatMap((a) => a.clients.filter((c) => c.partyIndex === i));
      expect(appearances).toHaveLength((p.attorneys ?? []).length);
      const charges = docket.parties[i]!.charges;
      expect(charges.filter((c) => c.source === 'COUNT')).toHaveLength(p.criminal_data?.counts?.length ?? 0);
      expect(charges.filter((c) => c.source === 'COMPLAINT')).toHaveLength(
        p.criminal_data?.complaints?.length ?? 0,
      );
    });
    // One attorney per spelling of a name (spaces aside): "JANE ROE" is not merged into "Jane Roe".
    const distinct = new Set(
      json.parties.flatMap((p: any) => (p.attorneys ?? []).map((a: any) => spelling(a.name))),
    );
    expect(docket.attorneys).toHaveLength(distinct.size);
    const judges =
      [json.assigned_to_str, json.referred_to_str].filter((j) => typeof j === 'string' && j.trim() !== '')
        .length + (json.panel ?? []).length;
    expect(docket.judges).toHaveLength(judges);
  });

  test('every locator resolves to a string containing its quote', () => {
    expect(locators(docket).length).toBeGreaterThan(5);
    expect(badLocators(json, docket)).toEqual([]);
  });

  test('no party is dropped; a type without a role is OTHER with its text', () => {
    json.parties.forEach((p: any, i: number) => {
      const party = docket.parties[i]!;
      expect(party.index).toBe(i);
      expect(party.name.quote).toBe(p.name.trim());
      expect(party.typeText.value).toBe(
        String(p.type ?? '')
          .replace(/[\s\u00a0]+/g, ' ')
          .trim(),
      );
      if (party.role.value === 'OTHER') {
        expect(party.typeText.value).not.toBe('');
        expect(docket.warnings.map((w) => w.pointer)).toContain(`/parties/${i}/type`);
      }
    });
  });

  test('every entry with text has a kind; outcomes only on deciding kinds', () => {
    for (const e of docket.entries) {
      expect(e.kind).not.toBeNull();
      if (e.outcome)
        expect(['ORDER', 'JUDGMENT', 'DISMISSAL', 'SETTLEMENT', 'VERDICT', 'MINUTE_ENTRY']).toContain(
          e.kind!.value,
        );
    }
  });
});

describe('values read from the samples', () => {
  test('azd: a criminal case, its sentence and government parties', () => {
    const { docket } = load('district/azd.json');
    expect(docket.case.kind).toMatchObject({ value: 'CRIMINAL', quote: 'cr' });
    expect(docket.case.status).toMatchObject({ value: 'CLOSED', pointer: '/date_terminated' });
    const [defendant, usa] = docket.parties;
    expect(defendant!.role.value).toBe('DEFENDANT');
    expect(usa!.role.value).toBe('PLAINTIFF');
    expect(usa!.government?.quote).toBe('USA');
    const count = defendant!.charges.find((c) => c.source === 'COUNT')!;
    expect(count.number?.value).toBe('1');
    expect(count.statute?.value).toBe('8:1326(a)');
    expect(count.sentence?.custody).toMatchObject({
      value: { amount: 14, unit: 'MONTHS', months: 14 },
      quote: 'FOURTEEN (14) MONTHS',
    });
    expect(count.sentence?.supervisedRelease?.value).toEqual({ amount: 3, unit: 'YEARS', months: 36 });
    expect(count.sentence?.specialAssessmentUsd?.value).toBe(100);
    const outcomes = docket.entries.filter((e) => e.outcome).map((e) => [e.number?.value, e.outcome!.value]);
    expect(outcomes).toEqual([
      ['17', 'CONVICTION'],
      ['24', 'SENTENCE'],
      ['26', 'SENTENCE'],
    ]);
    const aty = docket.attorneys.find((a) => a.name.value === 'Louis C Uhl')!;
    expect(aty.clients[0]!.roles.governmentAttorney?.quote).toBe('US Attorneys Office');
    expect(
      docket.attorneys.find((a) => a.name.value === 'Jared Heath Eggers')!.clients[0]!.roles.publicDefender,
    ).not.toBeNull();
  });

  test('dcd_1: sixteen pending counts with their numbers', () => {
    const { docket } = load('district/dcd_1.json');
    const charges = docket.parties[0]!.charges;
    expect(charges).toHaveLength(16);
    expect(charges.map((c) => c.number?.value)).toEqual([
      '1',
      '1s',
      '1ss',
      '2',
      '2s',
      '2ss',
      '3-6',
      '3s',
      '3ss',
      '4s',
      '4ss',
      '5s',
      '5ss',
      '10',
      '11',
      '12',
    ]);
    expect(charges.every((c) => c.status?.value === 'PENDING')).toBe(true);
    expect(docket.parties[0]!.highestOffenseLevelOpening?.value).toBe('Felony');
    expect(docket.parties[0]!.highestOffenseLevelTerminated).toBeNull();
    expect(docket.case.status).toEqual({
      value: 'PENDING',
      inferredFrom: 'the report gives no date terminated',
    });
  });

  test('alsd: one attorney for three parties, terminated for one of them', () => {
    const { docket } = load('district/alsd.json');
    const henry = docket.attorneys.find((a) => a.name.value === 'Henry T. Morrissette')!;
    expect(henry.clients.map((c) => c.partyIndex)).toEqual([1, 2, 3]);
    expect(henry.contact.firm?.value).toBe('Hand Arendall, L.L.C.');
    expect(henry.contact.email?.value).toBe('hmorrissette@handarendall.com');
    expect(henry.contact.phones.map((p) => p.value)).toEqual(['(334) 432-5511']);
    expect(henry.contact.fax?.value).toBe('2516946375');
    const monroe = docket.attorneys.find((a) => a.name.value === 'Elliott Britton Monroe')!;
    expect(monroe.clients[0]!.roles.terminatedOn).toEqual({
      value: '2009-02-17',
      pointer: '/parties/3/attorneys/0/roles/0',
      quote: '02/17/2009',
    });
    expect(monroe.clients[0]!.roles.lead?.pointer).toBe('/parties/3/attorneys/0/roles/1');
    expect(docket.case.natureOfSuit?.code?.value).toBe('791');
    expect(docket.case.natureOfSuit?.label.value).toBe('Labor: E.R.I.S.A.');
    expect(docket.case.cause?.statute?.value).toBe('29:1145');
    expect(docket.case.juryDemand?.value).toBe('BOTH');
    expect(docket.judges.map((j) => [j.role, j.name.value])).toEqual([
      ['ASSIGNED', 'Kristi K. Dubose'],
      ['REFERRED', 'William E. Cassady'],
    ]);
  });

  test('laed: judgment, settlement and dismissal; the court of appeals decisions are not outcomes here', () => {
    const { docket } = load('district/laed_127926.json');
    const outcomes = docket.entries.filter((e) => e.outcome).map((e) => [e.number?.value, e.outcome!.value]);
    expect(outcomes).toEqual([
      ['40', 'JUDGMENT'],
      ['41', 'JUDGMENT'],
      ['58', 'SETTLEMENT'],
      ['59', 'DISMISSAL'],
    ]);
    expect(docket.case.demand).toBeNull();
  });

  test('nyed: a stipulation of dismissal and a so-ordered discontinuance', () => {
    const { docket } = load('district/nyed.json');
    const outcomes = docket.entries
      .filter((e) => e.outcome)
      .map((e) => [e.number?.value, e.kind?.value, e.outcome!.value]);
    expect(outcomes).toEqual([
      ['12', 'DISMISSAL', 'DISMISSAL'],
      ['13', 'DISMISSAL', 'DISMISSAL'],
    ]);
    expect(docket.case.natureOfSuit?.code?.value).toBe('480');
    expect(docket.case.natureOfSuit?.label.value).toBe('Consumer Credit');
  });

  test('ca1: an appeal with its originating court', () => {
    const { docket } = load('appellate/ca1.json');
    expect(docket.case.kind).toMatchObject({ value: 'APPEAL', pointer: '/case_type_information' });
    const oc = docket.case.originatingCourt!;
    expect(oc.court?.id.value).toBe('mad');
    expect(oc.docketNumber?.value).toBe('1:09-cv-11783');
    expect(oc.judge?.name.value).toBe('F. Dennis Saylor IV');
    expect(oc.orderingJudge?.name.value).toBe('Rya W. Zobel');
    expect(oc.dateNoticeOfAppealFiled?.value).toBe('2010-01-20');
    expect(docket.case.feeStatus?.value).toBe('filing fee paid');
    expect(docket.parties.map((p) => p.role.value)).toEqual(['APPELLANT', 'APPELLEE', 'INTERESTED_PARTY']);
    expect(docket.parties[2]!.typeText.value).toBe('Interested Party');
    // Appellate entries without a number carry PACER's document id, not an entry number.
    expect(docket.entries[0]!.number).toBeNull();
    expect(docket.entries[0]!.pacerDocumentId?.value).toBe('00106008873');
    const pro = docket.attorneys.find((a) => a.name.value === 'John Fitzgerald')!;
    expect(pro.clients[0]!.roles.proSe).not.toBeNull();
    expect(pro.contact.firm).toBeNull();
  });

  test('ca6_1: compound types take their appellate part; the same amicus counsel for two amici', () => {
    const { docket } = load('appellate/ca6_1.json');
    expect(docket.parties.map((p) => [p.typeText.value, p.role.value])).toEqual([
      ['Plaintiff - Appellee', 'APPELLEE'],
      ['Defendant - Appellant', 'APPELLANT'],
      ['Amicus Curiae', 'AMICUS_CURIAE'],
      ['Amicus Curiae', 'AMICUS_CURIAE'],
    ]);
    expect(docket.parties[0]!.role.quote).toBe('Appellee');
    const greenlee = docket.attorneys.find((a) => a.name.value === 'Joseph Greenlee')!;
    expect(greenlee.clients.map((c) => c.partyIndex)).toEqual([2, 3]);
    const paulson = docket.attorneys.find((a) => a.name.value === 'Colter Lawrence Paulson')!;
    expect(paulson.clients[0]!.roles.cjaAppointment?.quote).toBe('CJA');
    expect(paulson.clients[0]!.roles.lead?.quote).toBe('LD');
    expect(paulson.contact.firm?.value).toBe('Squire Patton Boggs');
    expect(paulson.contact.phones.map((p) => p.value)).toEqual(['513-361-1275', '513-361-1200']);
    expect(docket.case.originatingCourt?.court?.id.value).toBe('tned');
  });

  test('ca11_1 and ca11_2: two reports of one appeal name the same case', () => {
    const a = load('appellate/ca11_1.json').docket;
    const b = load('appellate/ca11_2.json').docket;
    expect([a.case.court.id.value, a.case.docketNumber.value]).toEqual([
      b.case.court.id.value,
      b.case.docketNumber.value,
    ]);
    expect(a.parties).toHaveLength(0);
    expect(b.parties).toHaveLength(2);
    expect(b.parties[1]!.government?.quote).toBe('UNITED STATES OF AMERICA');
  });

  test('cadc_1: "In re" is kept as OTHER with its text', () => {
    const { docket } = load('appellate/cadc_1.json');
    expect(docket.parties[0]!.role).toEqual({
      value: 'OTHER',
      pointer: '/parties/0/type',
      quote: 'In\u00a0re',
    });
    expect(docket.parties[0]!.typeText.value).toBe('In re');
    expect(docket.case.originatingCourt).toBeNull();
    expect(docket.entries.at(-1)!.outcome?.value).toBe('DISMISSAL');
  });
});
