import { parseContact, parseRoles } from '../../src/dockets/attorneys';
import { classifyEntry, outcomeOf } from '../../src/dockets/classify';
import { courtById, courtIdFromName, federalCourtCount } from '../../src/dockets/courts';
import { chargesOf, parseSentence } from '../../src/dockets/criminal';
import { pointer, resolvePointer, usDate } from '../../src/dockets/evidence';
import { judgeOf } from '../../src/dockets/judges';
import { readDocket } from '../../src/dockets/juriscraper';
import { caseKindOf, normaliseDocket } from '../../src/dockets/normalise';
import { governmentOf, kindOf, roleOf } from '../../src/dockets/parties';
import table from '../../src/dockets/federal-courts.json';
import { federalCourts } from '../../scripts/build-court-table';

const NBSP = '\u00a0';

describe('party roles', () => {
  test.each([
    ['Plaintiff', 'DISTRICT', 'PLAINTIFF', 'Plaintiff'],
    ['Defendant', 'DISTRICT', 'DEFENDANT', 'Defendant'],
    ['Intervenor Defendant', 'DISTRICT', 'INTERVENOR', 'Intervenor'],
    ['Movant', 'DISTRICT', 'MOVANT', 'Movant'],
    ['Petitioner', 'DISTRICT', 'PETITIONER', 'Petitioner'],
    ['Respondent', 'APPELLATE', 'RESPONDENT', 'Respondent'],
    [`Amicus${NBSP}Curiae`, 'APPELLATE', 'AMICUS_CURIAE', `Amicus${NBSP}Curiae`],
    [`Interested${NBSP}Party`, 'APPELLATE', 'INTERESTED_PARTY', `Interested${NBSP}Party`],
    [`Plaintiff${NBSP}-${NBSP}Appellee`, 'APPELLATE', 'APPELLEE', 'Appellee'],
    [`Defendant${NBSP}-${NBSP}Appellant`, 'APPELLATE', 'APPELLANT', 'Appellant'],
    ['Plaintiff - Appellant', 'APPELLATE', 'APPELLANT', 'Appellant'],
    ['Appellee', 'APPELLATE', 'APPELLEE', 'Appellee'],
    ['Counter Defendant', 'DISTRICT', 'OTHER', 'Counter Defendant'],
    ['Third Party Plaintiff', 'DISTRICT', 'OTHER', 'Third Party Plaintiff'],
    [`In${NBSP}re`, 'APPELLATE', 'OTHER', `In${NBSP}re`],
    ['Debtor', 'DISTRICT', 'OTHER', 'Debtor'],
    ['Unknown', 'DISTRICT', 'OTHER', 'Unknown'],
    ['', 'DISTRICT', 'OTHER', ''],
  ] as const)('%j in a %s report → %s', (type, report, role, quote) => {
    expect(roleOf(type, report)).toEqual({ value: role, quote });
  });

  test.each([
    ['Personal Page, Inc.', 'ORGANIZATION', 'Inc.'],
    ['Communications Equipment and Service, LLC.', 'ORGANIZATION', 'LLC.'],
    ['ACME WIDGETS, INC', 'ORGANIZATION', 'INC'],
    ['Acme Widgets Inc', 'ORGANIZATION', 'Inc'],
    ['DEUTSCHE BANK NATIONAL TRUST COMPANY, as Trustee', 'ORGANIZATION', 'BANK'],
    ['UNITED STATES OF AMERICA', 'ORGANIZATION', 'UNITED STATES OF AMERICA'],
    ['USA', 'ORGANIZATION', 'USA'],
    ['Trustees of Deerfield Academy', 'ORGANIZATION', 'Academy'],
    ['State of Illinois', 'ORGANIZATION', 'State of'],
    ['Cook County Board of Election Commissioners', 'ORGANIZATION', 'Board'],
    ['Matthew Brent Gifford', 'PERSON', 'Matthew Brent Gifford'],
    ['PAUL J. MANAFORT, JR.', 'PERSON', 'PAUL J. MANAFORT, JR.'],
    ['J. B. Pritzker', 'PERSON', 'J. B. Pritzker'],
    ['RICARDO ALVARADO (#20575-509)', 'PERSON', 'RICARDO ALVARADO (#20575-509)'],
    ['Putative Intervenor', 'UNKNOWN', 'Putative Intervenor'],
    ['In re:  Sealed Case', 'UNKNOWN', 'In re:  Sealed Case'],
    ['JOHN FITZGERALD, Assistant U.S. Trustee', 'UNKNOWN', 'JOHN FITZGERALD, Assistant U.S. Trustee'],
  ] as const)('%j is %s', (name, kind, quote) => {
    expect(kindOf(name)).toEqual({ value: kind, quote });
  });

  test('government bodies', () => {
    expect(governmentOf('USA')).toBe('USA');
    expect(governmentOf('UNITED STATES OF AMERICA')).toBe('UNITED STATES OF AMERICA');
    expect(governmentOf('City of Chicago')).toBe('City of');
    expect(governmentOf('Cook County Republican Party')).toBeNull();
    expect(governmentOf('Deloitte Tax LLP')).toBeNull();
  });
});

describe('attorney contact blocks', () => {
  test('district block: firm, address, phone, fax, email', () => {
    const c = parseContact(
      'Lane Powell LLC\n301 W. Nothern Lights Blvd., Suite 301\nAnchorage, AK 99503-2648\n907-277-9511\nFax: 907-276-2631\nEmail: jamiesonb@lanepowell.com\n',
      'Brewster H. Jamieson',
      '/parties/0/attorneys/0/contact',
      false,
    );
    expect(c.firm).toEqual({
      value: 'Lane Powell LLC',
      pointer: '/parties/0/attorneys/0/contact',
      quote: 'Lane Powell LLC',
    });
    expect(c.addressLines.map((l) => l.value)).toEqual([
      '301 W. Nothern Lights Blvd., Suite 301',
      'Anchorage, AK 99503-2648',
    ]);
    expect(c.phones.map((p) => p.value)).toEqual(['907-277-9511']);
    expect(c.fax?.value).toBe('907-276-2631');
    expect(c.email?.value).toBe('jamiesonb@lanepowell.com');
  });

  test('appellate block: labelled phones before the firm', () => {
    const c = parseContact(
      'Direct: 865-545-4167\nOffice of the U.S. Attorney\nFirm: 865-545-4167\n800 Market Street\nSuite 211\nKnoxville, TN 37902',
      'Samuel R. Fitzpatrick',
      '/x',
      false,
    );
    expect(c.firm?.value).toBe('Office of the U.S. Attorney');
    expect(c.phones.map((p) => p.quote)).toEqual(['865-545-4167', '865-545-4167']);
    expect(c.addressLines.map((l) => l.value)).toEqual([
      '800 Market Street',
      'Suite 211',
      'Knoxville, TN 37902',
    ]);
    expect(c.email).toBeNull();
  });

  test('no firm when the first line is the address, the attorney himself, or the client is pro se', () => {
    expect(
      parseContact('300 West Main St\nSte 102\nCharlottesville, VA 22903\n', 'Steven Scott Biss', '/x', false)
        .firm,
    ).toBeNull();
    expect(
      parseContact('John J. Cromie, Esq.\n132 Bath Street\n', 'John J. Cromie', '/x', false).firm,
    ).toBeNull();
    expect(
      parseContact(
        'Tallahatchie County Correctional Facility\n415 U.S. Highway 49, N.\nTutwiler, MS 38963',
        'Ricardo Alvarado',
        '/x',
        true,
      ).firm,
    ).toBeNull();
    expect(parseContact('UNDELIVERABLE EMAIL 3/14/14\n', 'Kate Hutchins', '/x', false).firm).toBeNull();
    expect(
      parseContact('Email: lnowierski@goodwinprocter.com\n', 'Lauren M. Nowierski', '/x', false).email?.value,
    ).toBe('lnowierski@goodwinprocter.com');
  });
});

describe('attorney roles', () => {
  test('district role lines, with the termination date as ISO', () => {
    const r = parseRoles(
      ['TERMINATED: 03/26/2015', 'LEAD ATTORNEY', 'PRO HAC VICE', 'ATTORNEY TO BE NOTICED'],
      '/p/roles',
      null,
    );
    expect(r.terminatedOn).toEqual({ value: '2015-03-26', pointer: '/p/roles/0', quote: '03/26/2015' });
    expect(r.lead?.pointer).toBe('/p/roles/1');
    expect(r.proHacVice?.pointer).toBe('/p/roles/2');
    expect(r.toBeNoticed?.pointer).toBe('/p/roles/3');
    expect(r.governmentAttorney).toBeNull();
    expect(r.raw).toHaveLength(4);
  });

  test('designations', () => {
    const gov = parseRoles(['Designation: Government Attorney'], '/r', null);
    expect(gov.governmentAttorney?.quote).toBe('Government Attorney');
    expect(gov.designationText?.value).toBe('Government Attorney');
    expect(parseRoles(['Designation: CJA Appointment'], '/r', null).cjaAppointment?.quote).toBe('CJA');
    expect(parseRoles(['Designation: Retained'], '/r', null).retained).not.toBeNull();
    const pd = parseRoles(['Designation: Public Defender or Community Defender Appointment'], '/r', null);
    expect(pd.publicDefender?.quote).toBe('Public Defender');
    expect(pd.governmentAttorney).toBeNull();
  });

  test('appellate notice info', () => {
    const r = parseRoles(['COR LD NTC US Attorney'], '/r', null);
    expect([r.lead?.quote, r.toBeNoticed?.quote, r.governmentAttorney?.quote]).toEqual([
      'LD',
      'NTC',
      'US Attorney',
    ]);
    expect(parseRoles(['NTC Pro Se'], '/r', null).proSe?.quote).toBe('Pro Se');
    expect(parseRoles(['COR NTC Retained'], '/r', null).lead).toBeNull();
  });

  test("the firm's name makes a government attorney or a public defender", () => {
    const firm = { value: "U.S. Attorney's Office", pointer: '/c', quote: "U.S. Attorney's Office" };
    expect(parseRoles([], '/r', firm).governmentAttorney).toEqual({
      value: true,
      pointer: '/c',
      quote: "U.S. Attorney's Office",
    });
    const fpd = { value: 'FEDERAL PUBLIC DEFENDER', pointer: '/c', quote: 'FEDERAL PUBLIC DEFENDER' };
    expect(parseRoles([], '/r', fpd).publicDefender?.quote).toBe('FEDERAL PUBLIC DEFENDER');
    const law = { value: 'Lane Powell LLC', pointer: '/c', quote: 'Lane Powell LLC' };
    expect(parseRoles([], '/r', law).governmentAttorney).toBeNull();
  });
});

describe('docket entry kinds and outcomes (descriptions from the samples)', () => {
  test.each([
    [
      'COMPLAINT with Jury Demand against Best Chevrolet, Donald Clay filed by Milan Dediol.',
      'COMPLAINT',
      null,
    ],
    ['First AMENDED COMPLAINT against all defendants. Filed byJames Brady', 'COMPLAINT', null],
    ['ANSWER to 1 Complaint by Best Chevrolet, Donald Clay.(Carver, Mark)', 'ANSWER', null],
    ['MOTION to Dismiss for Failure to State a Claim by Dow Jones & Company, Inc..', 'MOTION', null],
    [
      'Memorandum in Support re 22 MOTION to Dismiss for Failure to State a Claim filed by Dow Jones',
      'OTHER',
      null,
    ],
    [
      '**DEFICIENT** EXPARTE/CONSENT MOTION to Continue Trial by Best Chevrolet Inc, Donald Clay.',
      'MOTION',
      null,
    ],
    ['TIME SENSITIVE MOTION for extension of time to file response to motion', 'MOTION', null],
    ['ORDER granting 2 Motion for Leave to Proceed in forma pauperis.', 'ORDER', null],
    [
      'Judge Mark G. Mastroianni: ELECTRONIC ORDER entered granting 5 Motion for Extension of Time.',
      'ORDER',
      null,
    ],
    ['ORDER & REASONS granting 19 Motion for Summary Judgment and plaintiff', 'ORDER', 'JUDGMENT'],
    ['ORDER denying 40 Motion for Summary Judgment; granting 40 Motion to Preclude.', 'ORDER', null],
    ['ORDER granting in part and denying in part 50 Motion for Reconsideration', 'ORDER', null],
    ['ORDER granting 12 MOTION to Dismiss for Failure to State a Claim', 'ORDER', 'DISMISSAL'],
    [
      'ORDER DISMISSING CASE without prejudice. Signed by Judge Helen G. Berrigan on 11/23/11.',
      'ORDER',
      'DISMISSAL',
    ],
    ['ORDER of USCA as to 42 Notice of Appeal - the appeal is dismissed as of 11/16/2010', 'ORDER', null],
    ['USCA JUDGMENT issued as mandate on 10/4/11 as to 42 Notice of Appeal', 'JUDGMENT', null],
    [
      "JUDGMENT - Ordered that plaintiff Milan Dediol's claims against defendants are DISMISSED",
      'JUDGMENT',
      'JUDGMENT',
    ],
    ['JUDGMENT AND COMMITMENT ISSUED as to Jose Miguel Santana-Esmeralda (1)', 'JUDGMENT', 'SENTENCE'],
    ['NOTICE of voluntary dismissal by Samuel Weber', 'DISMISSAL', 'DISMISSAL'],
    ['STIPULATION of Dismissal by Samuel Weber (Fishbein, Adam)', 'DISMISSAL', 'DISMISSAL'],
    [
      'STIPULATION AND ORDER OF DISCONTINUANCE: This action is discontinued, with prejudice',
      'DISMISSAL',
      'DISMISSAL',
    ],
    ['NOTICE OF APPEAL by Milan Dediol as to 41 Judgment,.', 'NOTICE_OF_APPEAL', null],
    ['NOTICE OF INTERLOCUTORY APPEAL from 53 Order on Motion for Summary Judgment', 'NOTICE_OF_APPEAL', null],
    ['NOTICE of Appearance by David A. Russcol on behalf of Sonja Krusic', 'APPEARANCE', null],
    ['ATTORNEY Appearance for Plaintiff Cook County Republican Party by Brian Kelsey', 'APPEARANCE', null],
    ['NOTICE of Hearing. Scheduling Conference set for 2/19/2009 10:30 AM', 'HEARING', null],
    ['Motions to Dismiss and Motion for Sanctions Hearing set for 10/11/2019 at 10:00 AM', 'HEARING', null],
    ['NOTICE OF REMOVAL by Provident Life and Accident Company, UNUM', 'NOTICE', null],
    ['Summons Issued as to Northeast Adjusters, Inc,. (Davis, Kimberly)', 'SUMMONS', null],
    [
      'TRANSCRIPT of Proceedings re: DECISON held on 9/22/2022 before Judge Gregory H. Woods.',
      'TRANSCRIPT',
      null,
    ],
    ['INFORMATION - Felony as to Jose Miguel Santana-Esmeralda (1) count(s) 1.', 'INDICTMENT', null],
    ['WAIVER OF INDICTMENT by Jose Miguel Santana-Esmeralda.', 'OTHER', null],
    ['GUILTY PLEA AGREEMENT by USA, Adama Kane as to Adama Kane', 'PLEA', null],
    ['SENTENCING MEMORANDUM by USA as to Jose Miguel Santana-Esmeralda.', 'OTHER', null],
    [
      'MINUTE ENTRY for proceedings held before Judge Steven P Logan: Sentencing as to X held on 6/26/2017. Sentence imposed.',
      'MINUTE_ENTRY',
      'SENTENCE',
    ],
    [
      'Minute Entry for proceedings held before Magistrate Judge Karen Wells Roby: Settlement Conference held on 11/22/2011. Negotiations were successful and a settlement was reached.',
      'MINUTE_ENTRY',
      'SETTLEMENT',
    ],
    [
      'Minute Entry for proceedings held before Magistrate Judge Sally Shushan: Settlement Conference held on 5/4/2010. Following settlement discussions, the parties advised they are unable to negotiate a settlement of the case at this time.',
      'MINUTE_ENTRY',
      null,
    ],
    ['CIVIL CASE MANAGEMENT PLAN AND SCHEDULING ORDER: All parties do not consent', 'ORDER', null],
    [
      'PER CURIAM ORDER [1967834] filed considering case opening document [1961713-2]; dismissing case opening document',
      'ORDER',
      'DISMISSAL',
    ],
    ['JURY VERDICT as to John Doe: guilty on counts 1 and 2', 'VERDICT', 'CONVICTION'],
    ['JURY VERDICT as to John Doe: not guilty on count 1', 'VERDICT', 'ACQUITTAL'],
    [
      '*** DOCUMENT LOCKED - COUNSEL INSTRUCTED TO REFILE A COMPLIANT MOTION TO VOLUNTARILY DISMISS *** FILED: Notice of intent to withdraw',
      'NOTICE',
      null,
    ],
    ['CIVIL CASE docketed. Notice of appeal (doc. #12) filed by Appellant Gifty R. Samuels.', 'OTHER', null],
    ['Set/Reset Deadlines: Responses due by 2/4/2022. (mml)', 'OTHER', null],
  ] as const)('%s', (description, kind, outcome) => {
    const k = classifyEntry(description);
    expect(k.value).toBe(kind);
    expect(description).toContain(k.quote);
    const o = outcomeOf(description, k.value);
    expect(o?.value ?? null).toBe(outcome);
    if (o) expect(description).toContain(o.quote);
  });
});

describe('sentences and charges', () => {
  test('a judgment and commitment', () => {
    const s = parseSentence(
      'The defendant is committed to the custody of the Bureau of Prisons for a term of FOURTEEN (14) MONTHS, with credit for time served. Upon release from imprisonment, the defendant shall be placed on supervised release for a term of THREE (3) YEARS. Special Assessment $100.',
      '/d',
    )!;
    expect(s.custody).toEqual({
      value: { amount: 14, unit: 'MONTHS', months: 14 },
      pointer: '/d',
      quote: 'FOURTEEN (14) MONTHS',
    });
    expect(s.supervisedRelease?.value).toEqual({ amount: 3, unit: 'YEARS', months: 36 });
    expect(s.specialAssessmentUsd?.value).toBe(100);
    expect(s.unparsed).toEqual([]);
  });

  test('probation, fine, and what no rule reads', () => {
    const s = parseSentence(
      'Probation for 5 years; $2,500 fine; $25 special assessment. Dismissed on government motion as to count 2.',
      '/d',
    )!;
    expect(s.probation?.value).toEqual({ amount: 5, unit: 'YEARS', months: 60 });
    expect(s.fineUsd?.value).toBe(2500);
    expect(s.specialAssessmentUsd?.value).toBe(25);
    expect(s.custody).toBeNull();
    expect(s.unparsed.map((u) => u.value)).toEqual(['Dismissed on government motion as to count 2.']);
  });

  test('count numbers and statutes', () => {
    const charges = chargesOf(
      {
        counts: [
          {
            name: '31:5314 and 5322(b); 18:2; RECORDS AND REPORTS.(3-6)',
            disposition: '',
            status: 'pending',
          },
          { name: 'BLACKMAIL(1s)', disposition: 'Dismissed', status: 'terminated' },
        ],
        complaints: [{ name: '8:1326(a) enhanced by (b)(1) - Reentry of Removed Alien', disposition: '' }],
      },
      '/parties/0',
    );
    expect(
      charges.map((c) => [
        c.source,
        c.number?.value ?? null,
        c.statute?.value ?? null,
        c.status?.value ?? null,
      ]),
    ).toEqual([
      ['COUNT', '3-6', '31:5314', 'PENDING'],
      ['COUNT', '1s', null, 'TERMINATED'],
      ['COMPLAINT', null, '8:1326(a)', null],
    ]);
    expect(charges[1]!.disposition?.pointer).toBe('/parties/0/criminal_data/counts/1/disposition');
    expect(charges[1]!.sentence?.unparsed.map((u) => u.value)).toEqual(['Dismissed']);
  });
});

describe('case kind from the docket number', () => {
  test.each([
    ['1:14-cv-07564', 'CIVIL'],
    ['2:13-cr-00123', 'CRIMINAL'],
    ['2:17-mj-01117', 'CRIMINAL'],
    ['1:20-mc-00012', 'OTHER'],
    ['1:18-bk-10001', 'BANKRUPTCY'],
    ['3:08-cv-00284-TMB', 'CIVIL'],
    ['18-90014', null],
  ] as const)('%s → %s', (n, kind) => {
    expect(caseKindOf(n)).toBe(kind);
  });
});

describe('courts', () => {
  test('the table holds the federal courts of courts-db, sorted by id', () => {
    expect(federalCourtCount()).toBe(410);
    const ids = table.courts.map((c) => c.id);
    expect([...ids].sort()).toEqual(ids);
    expect(table.licence).toMatch(/BSD-2-Clause/);
    expect(table.courts.every((c) => c.jurisdiction === 'federal')).toBe(true);
  });

  test('the build keeps federal courts only, trimmed and sorted', () => {
    expect(
      federalCourts([
        {
          id: 'mad',
          name: 'District Court, D. Massachusetts',
          system: 'federal',
          type: 'trial',
          level: '',
          location: 'Massachusetts',
          citation_string: 'D. Mass.',
          parent: null,
        },
        {
          id: 'jpml',
          name: ' United States Judicial Panel on Multidistrict Litigation',
          system: 'federal',
          type: 'special',
          level: 'ljc',
          location: 'Washington D.C.',
          citation_string: 'J.P.M.L.',
        },
        { id: 'alacirct', name: 'Alabama Circuit Courts', system: 'state', type: 'trial' },
      ]),
    ).toEqual([
      {
        id: 'jpml',
        name: 'United States Judicial Panel on Multidistrict Litigation',
        jurisdiction: 'federal',
        type: 'special',
        level: 'ljc',
        location: 'Washington D.C.',
        citation: 'J.P.M.L.',
        parent: null,
      },
      {
        id: 'mad',
        name: 'District Court, D. Massachusetts',
        jurisdiction: 'federal',
        type: 'trial',
        level: '',
        location: 'Massachusetts',
        citation: 'D. Mass.',
        parent: null,
      },
    ]);
  });

  test('by id', () => {
    expect(courtById('ilnd')?.name).toBe('District Court, N.D. Illinois');
    expect(courtById('ca11')?.type).toBe('appellate');
    expect(courtById('xyz')).toBeNull();
  });

  test.each([
    ['District of Massachusetts, Boston', 'mad'],
    ['Southern District of Florida', 'flsd'],
    ['Eastern District of Tennessee at Knoxville', 'tned'],
    ['District of Columbia', 'dcd'],
    ['Northern District of Illinois', 'ilnd'],
    ['U.S. Bankruptcy Court for the Southern District of New York', 'nysb'],
    ['Court of Appeals for the First Circuit', 'ca1'],
    ['Board of Immigration Appeals', null],
  ] as const)('%s → %s', (name, id) => {
    expect(courtIdFromName(name)?.id ?? null).toBe(id);
  });
});

describe('judges, pointers, dates', () => {
  test('titles are kept apart from names', () => {
    const j = judgeOf('Magistrate Judge Sally Shushan', '/referred_to_str', 'REFERRED')!;
    expect(j.name).toEqual({ value: 'Sally Shushan', pointer: '/referred_to_str', quote: 'Sally Shushan' });
    expect(j.title?.value).toBe('Magistrate Judge');
    expect(judgeOf('Timothy M. Burgess', '/a', 'ASSIGNED')!.title).toBeNull();
    expect(judgeOf('', '/a', 'ASSIGNED')).toBeNull();
  });

  test('RFC 6901 pointers', () => {
    const doc = { 'a/b': { 'c~d': ['x', 'y'] } };
    expect(pointer('a/b', 'c~d', 1)).toBe('/a~1b/c~0d/1');
    expect(resolvePointer(doc, '/a~1b/c~0d/1')).toBe('y');
    expect(resolvePointer(doc, '/a~1b/nope')).toBeUndefined();
    expect(resolvePointer(doc, '/a~1b/c~0d/01')).toBeUndefined();
  });

  test('US dates', () => {
    expect(usDate('03/26/2015')).toBe('2015-03-26');
    expect(usDate('13/01/2015')).toBeNull();
  });
});

describe('malformed dockets give problems naming the pointer, never a throw', () => {
  const good = {
    court_id: 'akd',
    docket_number: '3:08-cv-00284',
    case_name: 'A v. B',
    assigned_to_str: '',
    parties: [{ name: 'A', type: 'Plaintiff', attorneys: [{ name: 'X', contact: '', roles: [] }] }],
    docket_entries: [{ date_filed: '2009-01-09', document_number: '4', description: 'COMPLAINT' }],
  };

  test.each([
    [null, '', /JSON object/],
    [[], '', /JSON object/],
    [{ foo: 1 }, '', /not a juriscraper/],
    [{ ...good, docket_number: undefined }, '/docket_number', /required/],
    [{ ...good, parties: 'none' }, '/parties', /array/],
    [{ ...good, parties: [{ type: 'Plaintiff' }] }, '/parties/0/name', /required/],
    [
      { ...good, parties: [{ name: 'A', attorneys: [{ name: 7 }] }] },
      '/parties/0/attorneys/0/name',
      /string/,
    ],
    [
      { ...good, docket_entries: [{ date_filed: '01/09/2009', description: 'x' }] },
      '/docket_entries/0/date_filed',
      /pattern/,
    ],
    [
      { ...good, docket_entries: [{ document_number: {} }] },
      '/docket_entries/0/document_number',
      /string|integer/,
    ],
  ])('%j', (json, ptr, message) => {
    const r = normaliseDocket(json, 'bad.json');
    expect('problems' in r).toBe(true);
    const problems = (r as { problems: { pointer: string; message: string }[] }).problems;
    expect(problems.some((p) => p.pointer === ptr && message.test(p.message))).toBe(true);
  });

  test('a good minimal docket reads, with warnings for what it lacks', () => {
    const r = normaliseDocket({ ...good, court_id: 'zzd' }, 'min.json');
    if ('problems' in r) throw new Error(JSON.stringify(r.problems));
    expect(r.case.court).toMatchObject({ name: null, jurisdiction: null });
    expect(r.warnings).toContainEqual({
      pointer: '/court_id',
      message: 'court id "zzd" is not a known federal court',
    });
    expect(r.case.kind.value).toBe('CIVIL');
    expect(readDocket({ ...good, panel: [] })).toMatchObject({ report: 'APPELLATE' });
  });
});
