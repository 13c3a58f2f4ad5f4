import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// Synthetic district dockets in juriscraper's JSON, for measuring the importer at
// scale: `npm run generate:dockets -- --count 2000 --seed 1 --out /tmp/dockets`.
// Deterministic for a seed. Repeat players (the United States, insurers, large
// firms, busy judges) recur with heavy-tailed frequencies; entry texts are taken
// from the real samples so the classifier sees real wording.

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'generated-dockets' },
  },
});

let state = Number(values.seed) >>> 0 || 1;
/** mulberry32: small, fast, deterministic. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Zipf-like: low indexes far more often (repeat players). */
const heavy = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 3)]!;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const FIXTURES = join(__dirname, '../tests/fixtures/dockets/district');
const samples = readdirSync(FIXTURES).map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')));
const descriptions: string[] = samples.flatMap((d) =>
  (d.docket_entries ?? []).map((e: { description?: string }) => e.description).filter(Boolean),
);

const COURTS = ['nyed', 'nysd', 'cand', 'txsd', 'ilnd', 'mad', 'vaed', 'laed', 'azd', 'moed', 'dcd', 'ded'];
const FIRST = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Susan',
  'Maria',
  'Wei',
  'Aisha',
  'Carlos',
  'Priya',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Chen',
  'Okafor',
  'Patel',
  'Kowalski',
];
const person = () => `${pick(FIRST)} ${String.fromCharCode(65 + int(0, 25))}. ${pick(LAST)}`;
const judges = new Map(COURTS.map((c) => [c, Array.from({ length: 8 }, person)]));
const FIRMS = Array.from(
  { length: 60 },
  (_, i) =>
    `${pick(LAST)} & ${pick(LAST)} ${pick(['LLP', 'LLC', 'P.C.', 'P.A.'])}${i < 5 ? ' International' : ''}`,
);
const lawyers = FIRMS.map((firm) => ({ firm, people: Array.from({ length: int(2, 12) }, person) }));
const REPEAT = [
  'State Farm Mutual Automobile Insurance Company',
  'GEICO General Insurance Company',
  'City of New York',
  'Wells Fargo Bank, N.A.',
  'Amazon.com, Inc.',
  'Experian Information Solutions, Inc.',
];
const NOS = [
  '190 Contract: Other',
  '360 P.I.: Other',
  '440 Civil Rights: Other',
  '442 Civil Rights: Jobs',
  '480 Consumer Credit',
  '710 Labor: Fair Standards',
  '830 Patent',
];

function attorney(firmIndex: number) {
  const f = lawyers[firmIndex]!;
  const name = pick(f.people);
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${f.firm.split(' ')[0]!.toLowerCase()}law.com`;
  return {
    name,
    contact: `${f.firm}\n${int(1, 999)} ${pick(LAST)} Street\nNew York, NY 100${int(10, 99)}\n(212) ${int(200, 999)}-${int(1000, 9999)}\nEmail: ${email}\n`,
    roles: pick([
      ['LEAD ATTORNEY', 'ATTORNEY TO BE NOTICED'],
      ['ATTORNEY TO BE NOTICED'],
      ['PRO HAC VICE', 'ATTORNEY TO BE NOTICED'],
    ]),
  };
}

function docket(i: number) {
  const court = heavy(COURTS);
  const criminal = random() < 0.2;
  const year = int(10, 23);
  const number = `${int(1, 4)}:${year}-${criminal ? 'cr' : 'cv'}-${String(int(1, 99999)).padStart(5, '0')}`;
  const filed = `20${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const plaintiff = criminal ? 'USA' : random() < 0.15 ? heavy(REPEAT) : person();
  const defendants = Array.from({ length: int(1, 3) }, () =>
    criminal ? person() : random() < 0.5 ? heavy(REPEAT) : person(),
  );
  const parties = [
    { name: plaintiff, type: 'Plaintiff', attorneys: [attorney(Math.floor(FIRMS.length * random() ** 2))] },
    ...defendants.map((name) => ({
      name,
      type: 'Defendant',
      attorneys: Array.from({ length: int(1, 2) }, () => attorney(Math.floor(FIRMS.length * random() ** 2))),
    })),
  ];
  const terminated = random() < 0.6;
  const entries = Array.from({ length: int(3, 40) }, (_, j) => ({
    date_filed: filed,
    document_number: String(j + 1),
    description: pick(descriptions),
  }));
  return {
    court_id: court,
    docket_number: number,
    case_name: `${plaintiff.split(',')[0]} v. ${defendants[0]!.split(',')[0]}`,
    assigned_to_str: heavy(judges.get(court)!),
    referred_to_str: random() < 0.5 ? heavy(judges.get(court)!) : '',
    date_filed: filed,
    date_terminated: terminated ? `20${Math.min(year + int(0, 2), 24)}-06-30` : null,
    cause: criminal ? '' : '28:1332 Diversity-Breach of Contract',
    nature_of_suit: criminal ? '' : pick(NOS),
    jurisdiction: criminal ? '' : pick(['Federal Question', 'Diversity', 'U.S. Government Defendant']),
    jury_demand: pick(['Plaintiff', 'Defendant', 'Both', 'None']),
    demand: '',
    parties,
    docket_entries: entries,
    generated: i,
  };
}

const out = values.out!;
mkdirSync(out, { recursive: true });
const count = Number(values.count);
for (let i = 0; i < count; i += 1) {
  writeFileSync(join(out, `docket-${String(i).padStart(6, '0')}.json`), JSON.stringify(docket(i)));
}
process.stdout.write(`wrote ${count} dockets to ${out}\n`);
