import { Draw, mulberry32, subSeed } from './random';

// The entities many cases share (courts, judges, lawyers, law firms and the
// repeat players: the United States, the states, insurers, large companies).
// Defined once, in registry documents; case documents refer to them by id, so
// no document re-states them and their evidence never grows with the case count.

export interface Court {
  id: string;
  name: string;
  state: string;
  federal: boolean;
  /** Indexes into `judges`. */
  judges: number[];
}

export interface Entity {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  office?: string;
  /** A lawyer's firm (an index into `firms`). */
  firm?: number;
  /** A judge's court. */
  court?: number;
}

export interface Registry {
  prefix: string;
  courts: Court[];
  judges: Entity[];
  lawyers: Entity[];
  /** Government lawyers (prosecutors, government counsel). */
  prosecutors: Entity[];
  firms: Entity[];
  unitedStates: Entity;
  states: Entity[];
  insurers: Entity[];
  companies: Entity[];
}

export const STATES = [
  ...'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia'.split(' '),
  ...'Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland'.split(' '),
  ...'Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma'.split(' '),
  ...'Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(' '),
];

export const FIRST_NAMES = [
  ...'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara'.split(' '),
  ...'Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony'.split(' '),
  ...'Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle'.split(' '),
  ...'Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca'.split(' '),
  ...'Jason Laura Edward Helen Jeffrey Sharon Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela'.split(
    ' ',
  ),
];
const ONSETS =
  'Kel Dru Mar Vos Tal Bren Cas Hol Fen Gar Lun Pry Rask Sel Ash Bel Cor Dal Har Mor Pen Rad Stan Wel'.split(
    ' ',
  );
const MIDDLES = ['', 'a', 'e', 'i', 'o', 'ar', 'en', 'il', 'or', 'us'];
const CODAS = [
  ...'vane mont wick dell ford holm stead berg ley ton quist rud ridge field man worth son ham well by'.split(
    ' ',
  ),
];

/** A surname per index: 24 × 10 × 20 = 4,800 distinct words, then repeating. */
export function surname(i: number): string {
  const onset = ONSETS[i % ONSETS.length] ?? '';
  const middle = MIDDLES[Math.floor(i / ONSETS.length) % MIDDLES.length] ?? '';
  const coda = CODAS[Math.floor(i / (ONSETS.length * MIDDLES.length)) % CODAS.length] ?? '';
  return `${onset}${middle}${coda}`;
}

const INSURER_WORDS = ['Mutual', 'Casualty', 'Indemnity', 'Fire & Marine', 'General', 'Assurance'];
const COMPANY_WORDS = ['Holdings', 'Logistics', 'Pharmaceuticals', 'Motors', 'Bank', 'Energy', 'Foods'];
const COMPANY_ENDINGS = ['Inc.', 'LLC', 'Corp.', 'Co.'];

/** Sizes grow with the case count, so repeat players stay repeat players at every scale. */
export function registrySizes(cases: number) {
  return {
    courts: Math.max(4, Math.min(200, Math.round(cases / 500))),
    judges: Math.max(8, Math.round(cases / 60)),
    firms: Math.max(6, Math.round(cases / 800)),
    lawyers: Math.max(12, Math.round(cases / 40)),
    prosecutors: Math.max(6, Math.round(cases / 150)),
    insurers: Math.max(5, Math.min(300, Math.round(cases / 1500))),
    companies: Math.max(10, Math.round(cases / 250)),
  };
}

export function buildRegistry(cases: number, seed: number, prefix: string): Registry {
  const draw = new Draw(mulberry32(subSeed(seed, -1)));
  const size = registrySizes(cases);
  let nameIndex = 0;
  const personName = () => {
    const i = nameIndex;
    nameIndex += 1;
    const first = FIRST_NAMES[(i * 7 + Math.floor(i / 4800)) % FIRST_NAMES.length] ?? 'Ada';
    const middle = i >= 4800 ? ` ${String.fromCharCode(65 + (Math.floor(i / 4800) % 26))}.` : '';
    return `${first}${middle} ${surname(i)}`;
  };
  const courts: Court[] = Array.from({ length: size.courts }, (_, i) => {
    const state = STATES[i % STATES.length] as string;
    const federal = i % 3 === 0;
    const round = Math.floor(i / STATES.length);
    const district = ['', 'Northern ', 'Southern ', 'Eastern ', 'Western '][round % 5] ?? '';
    const county = surname(4000 + i);
    return {
      id: `court:${prefix}-${i}`,
      name: federal
        ? `United States District Court for the ${district}District of ${state}${round >= 5 ? ` (${round})` : ''}`
        : `Superior Court of ${county} County, ${state}`,
      state,
      federal,
      judges: [],
    };
  });
  const judges: Entity[] = Array.from({ length: size.judges }, (_, i) => {
    const court = i % courts.length;
    courts[court]!.judges.push(i);
    return { id: `person:${prefix}-judge-${i}`, kind: 'PERSON', name: personName(), office: 'Judge', court };
  });
  const firms: Entity[] = Array.from({ length: size.firms }, (_, i) => ({
    id: `organization:${prefix}-firm-${i}`,
    kind: 'ORGANIZATION',
    name: `${surname(2000 + i * 3)}, ${surname(2001 + i * 3)} & ${surname(2002 + i * 3)} LLP`,
  }));
  const lawyers: Entity[] = Array.from({ length: size.lawyers }, (_, i) => ({
    id: `person:${prefix}-lawyer-${i}`,
    kind: 'PERSON',
    name: personName(),
    office: 'attorney',
    // Large firms employ many lawyers: firm i gets a share falling with i.
    firm: Math.floor(size.firms * draw.rnd() ** 2),
  }));
  const prosecutors: Entity[] = Array.from({ length: size.prosecutors }, (_, i) => ({
    id: `person:${prefix}-prosecutor-${i}`,
    kind: 'PERSON',
    name: personName(),
    office: i % 2 === 0 ? 'Assistant United States Attorney' : 'Deputy District Attorney',
  }));
  const unitedStates: Entity = {
    id: `organization:${prefix}-united-states`,
    kind: 'ORGANIZATION',
    name: 'United States of America',
  };
  const states: Entity[] = STATES.map((s) => ({
    id: `organization:${prefix}-state-${s.toLowerCase()}`,
    kind: 'ORGANIZATION',
    name: `State of ${s}`,
  }));
  const insurers: Entity[] = Array.from({ length: size.insurers }, (_, i) => ({
    id: `organization:${prefix}-insurer-${i}`,
    kind: 'ORGANIZATION',
    name: `${surname(3000 + i)} ${INSURER_WORDS[i % INSURER_WORDS.length]} Insurance Company`,
  }));
  const companies: Entity[] = Array.from({ length: size.companies }, (_, i) => ({
    id: `organization:${prefix}-company-${i}`,
    kind: 'ORGANIZATION',
    name: `${surname(3500 + i)} ${COMPANY_WORDS[i % COMPANY_WORDS.length]} ${COMPANY_ENDINGS[Math.floor(i / 7) % 4]}`,
  }));
  return { prefix, courts, judges, lawyers, prosecutors, firms, unitedStates, states, insurers, companies };
}

/** Every registry entity, in a fixed order (the order of the registry documents). */
export function registryEntities(r: Registry): Entity[] {
  return [
    r.unitedStates,
    ...r.states,
    ...r.insurers,
    ...r.companies,
    ...r.firms,
    ...r.judges,
    ...r.lawyers,
    ...r.prosecutors,
  ];
}
