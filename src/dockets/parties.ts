import { cleanSpaces } from './evidence';
import { type PartyKind, type PartyRole, type ReportKind } from './model';

// Party types → the role vocabulary, and conservative person/organisation rules.
// Each rule returns the words that decided it, so the caller can quote them.

export interface Decided<T> {
  value: T;
  /** A verbatim substring of the input that decided the value. */
  quote: string;
}

const ROLE_WORDS: [RegExp, PartyRole][] = [
  [/amicus(?:\s+curiae)?/i, 'AMICUS_CURIAE'],
  [/interven(?:o|e)r/i, 'INTERVENOR'],
  [/interested\s+party/i, 'INTERESTED_PARTY'],
  [/movant/i, 'MOVANT'],
  [/(?:cross[\s-]*)?appellant/i, 'APPELLANT'],
  [/(?:cross[\s-]*)?appellee/i, 'APPELLEE'],
  [/petitioner/i, 'PETITIONER'],
  [/respondent/i, 'RESPONDENT'],
  [/prosecut(?:ion|or)/i, 'PROSECUTION'],
  [/plaintiff/i, 'PLAINTIFF'],
  [/defendant/i, 'DEFENDANT'],
];

// Roles that sit on the other side of the case than their last word says
// ("Counter Defendant" is the plaintiff, "Third Party Plaintiff" a defendant):
// kept as OTHER with their text rather than guessed.
const CROSS_CLAIM =
  /\b(?:counter|cross|third[\s-]+party|3rd[\s-]+party)[\s-]*(?:claimant|plaintiff|defendant)/i;

/**
 * The role a party type states. Compound appellate types ("Defendant - Appellant")
 * take their appellate part in an appellate report (the trial role is in the text).
 */
export function roleOf(typeText: string, report: ReportKind): Decided<PartyRole> {
  const parts = typeText.split(/\s*[\u00a0 ]-[\u00a0 ]\s*|\s+-\s+/).filter((p) => p.trim() !== '');
  // In an appellate report the appellate part (usually the last) decides.
  const ordered = report === 'APPELLATE' ? [...parts].reverse() : parts;
  if (report === 'DISTRICT' && CROSS_CLAIM.test(typeText)) return { value: 'OTHER', quote: typeText };
  for (const part of ordered) {
    if (CROSS_CLAIM.test(part)) continue;
    for (const [re, role] of ROLE_WORDS) {
      const m = re.exec(part);
      if (m) return { value: role, quote: m[0] };
    }
  }
  return { value: 'OTHER', quote: typeText };
}

const ORG_PATTERNS: RegExp[] = [
  /\b(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.L\.P|LP|L\.P|PLLC|P\.C|P\.A|N\.A|S\.A|GmbH|AG|PLC)\b\.?/,
  // In capitals too ("ACME WIDGETS, INC"): only the forms no word or state abbreviation shares.
  /\b(?:INC|CORP|LTD|L\.L\.C|L\.L\.P|PLLC)\b\.?/i,
  /\b(?:Incorporated|Corporation|Company|Limited|Partnership|Associates|Group|Holdings|Enterprises|Industries|Bank|Trust|Fund|Foundation|Association|Society|Institute|Coalition|Union|Council|Committee|Party|Club|Church|Hospital|Academy|College|University|School|Insurance|Services?|Systems|Technologies|Pharmaceuticals?|Medicines|Media|Cruises|Petroleum|Adjusters|Partners|Organization|Federation|League|Network)\b/i,
  /\bUnited States(?: of America)?\b|^U\.?S\.?A\.?$|\bUNUM\b/i,
  /\b(?:State|Commonwealth|County|City|Town|Village|Borough|Township|Parish|District|Republic|Government)\s+of\b/i,
  /\b(?:Department|Dept|Agency|Administration|Commission|Bureau|Office|Board|Authority|Service|Police|Sheriff'?s? Office|Court)\b/i,
];

const GOVERNMENT_PATTERNS: RegExp[] = [
  /\bUnited States(?: of America)?\b|^U\.?S\.?A\.?$/i,
  /\b(?:State|Commonwealth|County|City|Town|Village|Borough|Township|Parish|Republic|Government|People)\s+of\b/i,
  /\b(?:Department|Dept\.?|Agency|Administration|Commission|Bureau|Board of Elections|Police Department|Sheriff)\b/i,
];

const NOT_A_NAME =
  /\bIn re\b|\bSealed\b|\b(?:Intervenor|Plaintiff|Defendant|Petitioner|Respondent|Unknown|Putative|Movant|Claimant|Debtor|Creditor|Estate)\b/i;

/** Organisation when a clear marker says so; person when the name looks like one; else UNKNOWN. */
export function kindOf(name: string): Decided<PartyKind> {
  for (const re of ORG_PATTERNS) {
    const m = re.exec(name);
    if (m) return { value: 'ORGANIZATION', quote: m[0] };
  }
  // "Jane Q. Public", "PAUL J. MANAFORT, JR.", "Ms.  Sonja Krusic O'Donnell", "RICARDO ALVARADO (#20575-509)"
  const person =
    /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)(?:\s+(?:[A-Z]\.?|[A-Z][A-Za-z'’-]+)){1,4}(?:\s*,?\s*(?:Jr|JR|Sr|SR|II|III|IV)\.?)?(?:\s*\(#?[\d-]+\))?$/;
  const clean = cleanSpaces(name);
  if (NOT_A_NAME.test(clean)) return { value: 'UNKNOWN', quote: name };
  if (person.test(clean) && !/\b(?:and|the|of|for)\b/i.test(clean)) return { value: 'PERSON', quote: name };
  return { value: 'UNKNOWN', quote: name };
}

/** The words that make a name a government body, if any. */
export function governmentOf(name: string): string | null {
  for (const re of GOVERNMENT_PATTERNS) {
    const m = re.exec(name);
    if (m) return m[0];
  }
  return null;
}
