import { type Evidenced, cleanSpaces, pointer, usDate } from './evidence';
import { type AttorneyRoles, type Contact } from './model';

// An attorney's contact block (juriscraper's `contact`: lines of firm, address,
// phones, email) and role lines: district ("LEAD ATTORNEY", "TERMINATED: 03/26/2015",
// "Designation: Retained") and appellate notice info ("COR LD NTC CJA Appointment").

const EMAIL = /^E-?mail:\s*(\S+@\S+)\s*$/i;
const FAX = /^Fax:\s*(.+?)\s*$/i;
const LABELLED_PHONE = /^(?:Direct|Firm|Phone|Tel(?:ephone)?|Cell|Mobile|Office|Work|Home):\s*(.+?)\s*$/i;
const PHONE = /^\(?\d{3}\)?[\s./-]*\d{3}[\s.-]*\d{4}\b.*$|^\d{10}$/;
// Clerk's notes that PACER writes in the contact block.
const NOT_A_FIRM = /\bUNDELIVERABLE\b|\bSee above\b|^(?:PRO SE|Bar Status|Designation)\b/i;
const BARE_EMAIL = /^\S+@\S+\.\S+$/;
// Only decides whether a first line is a firm: every line that is not a firm,
// email, phone or fax is kept as an address line anyway.
const ADDRESS =
  /^\d|^P\.?\s?O\.?\s+Box\b|^(?:One|Two|Three)\s+\w+\s+(?:Street|Avenue|Plaza|Center|Square)\b|^(?:Suite|Ste\.?|Floor|Room|RM)\b|\bBldg\.|,?\s+[A-Z]{2}\s+\d{5}(?:-\d{3,4})?\s*$|^United Stat/i;

/** Folded for comparison: letters and digits only, lower case. */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b(?:esq|jr|sr|ii|iii|iv)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Reads a contact block; `ptr` points at it. Lines stay verbatim in the quotes. */
export function parseContact(contact: string, attorneyName: string, ptr: string, proSe: boolean): Contact {
  const out: Contact = { firm: null, email: null, phones: [], fax: null, addressLines: [] };
  const at = (value: string, quote: string): Evidenced<string> => ({ value, pointer: ptr, quote });
  let firstUnlabelled = true;
  for (const raw of contact.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    let m: RegExpExecArray | null;
    const email = EMAIL.exec(line)?.[1] ?? (BARE_EMAIL.test(line) ? line : null);
    if (email !== null) {
      if (!out.email) out.email = at(email, email);
    } else if ((m = FAX.exec(line))) {
      if (!out.fax) out.fax = at(cleanSpaces(m[1]!), m[1]!);
    } else if ((m = LABELLED_PHONE.exec(line))) {
      out.phones.push(at(cleanSpaces(m[1]!), m[1]!));
    } else if (PHONE.test(line)) {
      out.phones.push(at(cleanSpaces(line), line));
    } else if (
      firstUnlabelled &&
      !proSe &&
      !ADDRESS.test(line) &&
      !NOT_A_FIRM.test(line) &&
      foldName(line) !== foldName(attorneyName)
    ) {
      out.firm = at(cleanSpaces(line), line);
      firstUnlabelled = false;
    } else {
      firstUnlabelled = false;
      out.addressLines.push(at(cleanSpaces(line), line));
    }
  }
  return out;
}

const GOVERNMENT_FIRM =
  /\b(?:U\.?\s?S\.?|United States)\s+Attorney(?:'?s)?(?:\s+General'?s)?\s+Office|Office\s+of\s+(?:the\s+)?(?:U\.?\s?S\.?|United States)\s+Attorney|\bDepartment\s+of\s+Justice\b|\bUSDOJ\b|Attorney\s+General/i;
const DEFENDER_FIRM = /\b(?:Federal|Community)\s+(?:Public\s+)?Defenders?\b|\bPublic\s+Defender/i;

type Flag = Exclude<keyof AttorneyRoles, 'terminatedOn' | 'designationText' | 'raw'>;

// Ordered: the first rule whose pattern a role line contains sets the flag.
const ROLE_FLAGS: [Flag, RegExp][] = [
  ['lead', /\bLEAD ATTORNEY\b|\bLD\b/i],
  ['toBeNoticed', /\bATTORNEY TO BE NOTICED\b|\bNTC\b/i],
  ['proHacVice', /\bPRO HAC VICE\b/i],
  ['proSe', /\bPRO SE\b/i],
  ['retained', /\bRetained\b/i],
  ['cjaAppointment', /\bCJA\b|Criminal Justice Act/i],
  ['publicDefender', /Public Defender|Community Defender|Federal Defender/i],
  [
    'governmentAttorney',
    /Government Attorney|\bU\.?\s?S\.? Attorney\b|\bU\.?\s?S\.? Government\b|\bGovernment\b/i,
  ],
];

/**
 * Role lines → flags, each quoting the role line that set it. `firm` (when known)
 * adds the government and public-defender flags that the firm's name states.
 */
export function parseRoles(
  roles: readonly string[],
  rolesPtr: string,
  firm: Evidenced<string> | null,
): AttorneyRoles {
  const out: AttorneyRoles = {
    lead: null,
    toBeNoticed: null,
    proHacVice: null,
    proSe: null,
    retained: null,
    cjaAppointment: null,
    publicDefender: null,
    governmentAttorney: null,
    terminatedOn: null,
    designationText: null,
    raw: [],
  };
  roles.forEach((role, i) => {
    const ptr = rolesPtr + pointer(i);
    if (role.trim() === '') return;
    out.raw.push({ value: cleanSpaces(role), pointer: ptr, quote: role });
    const term = /TERMINATED:\s*(\d{1,2}\/\d{1,2}\/\d{2,4})/i.exec(role);
    if (term) {
      const iso = usDate(term[1]!);
      if (iso && !out.terminatedOn) out.terminatedOn = { value: iso, pointer: ptr, quote: term[1]! };
      return;
    }
    const designation = /^\s*Designation:\s*(.+?)\s*$/i.exec(role);
    if (designation && !out.designationText) {
      out.designationText = { value: cleanSpaces(designation[1]!), pointer: ptr, quote: designation[1]! };
    }
    for (const [flag, re] of ROLE_FLAGS) {
      const m = re.exec(role);
      if (m && !out[flag]) out[flag] = { value: true, pointer: ptr, quote: m[0] };
    }
  });
  if (firm) {
    const g = GOVERNMENT_FIRM.exec(firm.quote);
    if (g && !out.governmentAttorney)
      out.governmentAttorney = { value: true, pointer: firm.pointer, quote: g[0] };
    const d = DEFENDER_FIRM.exec(firm.quote);
    if (d && !out.publicDefender) out.publicDefender = { value: true, pointer: firm.pointer, quote: d[0] };
  }
  return out;
}
