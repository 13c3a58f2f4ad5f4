import table from './federal-courts.json';

// The federal courts of courts-db (built by scripts/build-court-table.ts): lookups
// by juriscraper's court_id, and from a court's name as dockets write it
// ("Eastern District of Tennessee at Knoxville") to its id.

export interface FederalCourt {
  id: string;
  name: string;
  jurisdiction: 'federal';
  type: string;
  level: string;
  location: string;
  citation: string;
  parent: string | null;
}

const COURTS: readonly FederalCourt[] = table.courts as FederalCourt[];
const BY_ID = new Map(COURTS.map((c) => [c.id, c]));

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[.,]/g, '')
    .trim();

const BY_NAME = new Map(COURTS.map((c) => [fold(c.name), c]));

/** `N.D. Ill.` → N; `D. Mass.` → '' (a state with one district). */
function directionOf(citation: string): string | null {
  const m = /^(?:Bankr\.\s+)?(?:([NSEWMC])\.\s?D\.|D\.)/.exec(citation);
  return m ? (m[1] ?? '') : null;
}

const LOCATION_ALIASES: Record<string, string> = { columbia: 'washington dc' };

// Current PACER district and bankruptcy courts have ids like `mad`, `ilnd`, `nysb`.
const DISTRICTS = new Map<string, FederalCourt>();
for (const c of COURTS) {
  if (!/^[a-z]{2}[nsewmc]?[db]$/.test(c.id) || (c.type !== 'trial' && c.type !== 'bankruptcy')) continue;
  const dir = directionOf(c.citation);
  if (dir === null) continue;
  const key = `${c.type}|${dir}|${fold(c.location)}`;
  if (!DISTRICTS.has(key) || c.parent) DISTRICTS.set(key, c);
}

export function courtById(id: string): FederalCourt | null {
  return BY_ID.get(id.trim().toLowerCase()) ?? null;
}

const DIRECTIONS: Record<string, string> = {
  northern: 'N',
  southern: 'S',
  eastern: 'E',
  western: 'W',
  middle: 'M',
  central: 'C',
};

/** The court a name designates, or null when it is not clearly one federal court. */
export function courtIdFromName(name: string): FederalCourt | null {
  const exact = BY_NAME.get(fold(name));
  if (exact) return exact;
  const m =
    /\b(?:(northern|southern|eastern|western|middle|central)\s+)?district\s+of\s+([a-z .]+?)(?=\s*[,(;-]|\s+at\s|\s+division\b|$)/i.exec(
      name.replace(/\u00a0/g, ' '),
    );
  if (!m) return null;
  const dir = m[1] ? DIRECTIONS[m[1].toLowerCase()]! : '';
  const state = fold(m[2]!);
  const type = /bankruptcy/i.test(name) ? 'bankruptcy' : 'trial';
  return DISTRICTS.get(`${type}|${dir}|${LOCATION_ALIASES[state] ?? state}`) ?? null;
}

export function federalCourtCount(): number {
  return COURTS.length;
}
