import { createHash } from 'node:crypto';
import { foldAccents } from '../domain/names';
import { cleanSpaces } from './evidence';
import type { Attorney, Judge, Party } from './model';

// Who is who, from one docket alone. Every id below is a function of the docket's
// own values (never of what the graph already holds), so the graph a set of dockets
// gives does not depend on the order they are imported in.
//
// A name keeps its spelling: a party, lawyer or firm is identified by its name
// exactly as listed (only runs of spaces are collapsed), so two names that differ in
// punctuation, case, spacing or the spelling of a legal form ("X-Y Foundation, Inc."
// and "X Y Foundation, Inc.") are two parties, never merged on the quiet; they are
// proposed as possibly the same instead (`Proposal`, and `Party.possibleSameAs` in
// the graph). Ids carry a readable slug and a short hash of that exact spelling.

/** Lower-case words joined by hyphens: the readable part of an id. */
export function slug(text: string): string {
  return (
    foldAccents(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

export const sha8 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** A name as listed: spaces of every kind collapsed to one, Unicode composed; nothing else changes. */
export function spelling(name: string): string {
  return cleanSpaces(name).normalize('NFC');
}

/** The readable slug of a name and the hash of its exact spelling: `x-y-foundation-inc.1f3a9c0e`. */
function spelledSlug(readable: string, name: string): string {
  return `${slug(readable)}.${sha8(spelling(name))}`;
}

const SUFFIXES: [RegExp, string][] = [
  [/\bincorporated\b/g, 'inc'],
  [/\bcorporation\b/g, 'corp'],
  [/\bcompany\b/g, 'co'],
  [/\blimited\b/g, 'ltd'],
  [/\bl l c\b/g, 'llc'],
  [/\bl l p\b/g, 'llp'],
  [/\bl p\b/g, 'lp'],
  [/\bp c\b/g, 'pc'],
  [/\bp a\b/g, 'pa'],
];

/**
 * An organization's name folded: case, punctuation, "&"/"and", a leading "the" and the
 * spelling of legal-form suffixes (Inc./Incorporated, L.L.C./LLC) do not matter. The
 * readable part of an organization's id and a lawyer's firm key; never an identity alone.
 */
export function organizationKey(name: string): string {
  let key = foldAccents(name)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
  for (const [re, short] of SUFFIXES) key = key.replace(re, short);
  return key.replace(/\s+/g, ' ');
}

const UNITED_STATES_KEY = 'united states of america';
const GOVERNMENT_ALIASES: [RegExp, string][] = [
  [/^(usa|united states|united states of america|the united states of america|us|u s a)$/, UNITED_STATES_KEY],
];

/** Government bodies by normalised name: "USA" and "United States of America" are one key. */
export function governmentKey(name: string): string {
  const key = organizationKey(name);
  for (const [re, canonical] of GOVERNMENT_ALIASES) if (re.test(key)) return canonical;
  return key;
}

/** The one body a closed list of names stands for, with a name of its own. */
export const UNITED_STATES = {
  id: 'organization:united-states-of-america',
  name: 'United States of America',
  basis:
    'the United States under one of its usual names (USA, U.S.A., US, United States, United States of America, ' +
    'any case): one party in every docket, named "United States of America" whatever the docket writes; ' +
    "each docket's own wording stays in the evidence",
};

// ---------------------------------------------------------------------------------
// Spelling variants: names equal once these differences are folded away.

interface Fold {
  /** How the difference reads in a reason: "the names differ only in punctuation". */
  what: string;
  apply: (s: string) => string;
}

const TRAILING_LEGAL_FORM =
  /\s(incorporated|inc|corporation|corp|company|co|limited|ltd|l l c|llc|l l p|llp|l p|lp|p c|pc|p a|pa)$/i;
const LEGAL_FORM_SHORT: Record<string, string> = {
  incorporated: 'inc',
  corporation: 'corp',
  company: 'co',
  limited: 'ltd',
  'l l c': 'llc',
  'l l p': 'llp',
  'l p': 'lp',
  'p c': 'pc',
  'p a': 'pa',
};

/** The trailing legal-form words in their short spelling ("Company Limited" → "co ltd"). */
function foldLegalForm(s: string): string {
  let rest = s.trimEnd();
  const tail: string[] = [];
  for (let m = TRAILING_LEGAL_FORM.exec(rest); m; m = TRAILING_LEGAL_FORM.exec(rest)) {
    const word = m[1]!.toLowerCase();
    tail.unshift(LEGAL_FORM_SHORT[word] ?? word);
    rest = rest.slice(0, m.index);
  }
  return tail.length ? `${rest} ${tail.join(' ')}` : s;
}

// In this order; a reason names the folds without which two names would stay apart.
const FOLDS: Fold[] = [
  { what: 'accents', apply: (s) => s.normalize('NFKD').replace(/\p{M}/gu, '') },
  { what: 'case', apply: (s) => s.toLowerCase() },
  { what: '"&" for "and"', apply: (s) => s.replace(/\s*&\s*/g, ' and ') },
  {
    what: 'punctuation',
    apply: (s) =>
      s
        .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
  },
  { what: 'a leading "The"', apply: (s) => s.replace(/^\s*the\s+/i, '') },
  { what: 'the spelling of the legal form', apply: foldLegalForm },
  { what: 'spacing', apply: (s) => s.replace(/\s+/g, '') },
];

function folded(name: string, skip = -1): string {
  return FOLDS.reduce((s, f, i) => (i === skip ? s : f.apply(s)), spelling(name));
}

/**
 * The key under which spelling variants meet: names differing only in accents, case,
 * punctuation, spacing, "&"/"and", a leading "The" or the spelling of a trailing legal
 * form. For proposing, never for merging.
 */
export function variantKey(name: string): string {
  return folded(name);
}

/**
 * What sets two names apart when they are spelling variants (e.g. `['punctuation']`),
 * `[]` when they are spelled alike, null when they are not variants of each other.
 */
export function variantDifferences(a: string, b: string): string[] | null {
  if (spelling(a) === spelling(b)) return [];
  if (variantKey(a) !== variantKey(b)) return null;
  const needed = FOLDS.filter((_, i) => folded(a, i) !== folded(b, i)).map((f) => f.what);
  return needed.length ? needed : ['how they are written'];
}

const listOf = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Why two listed names may be one: what they differ in, quoted. */
export function variantReason(a: string, b: string): string | null {
  const d = variantDifferences(a, b);
  if (d === null) return null;
  if (d.length === 0) return `the same name ("${spelling(a)}")`;
  return `the names differ only in ${listOf(d)} ("${spelling(a)}" / "${spelling(b)}")`;
}

// ---------------------------------------------------------------------------------
// Ids, each with the rule that gives it (the reason any two listings share it).

export interface Identity {
  id: string;
  /** The node's name: the spelling as listed (the United States: its own name). */
  name: string;
  /** Why this id: which values it is made of, and so what else meets it. */
  basis: string;
  /** The id names the case: it meets nothing in other cases. */
  caseLocal: boolean;
}

const isOrganization = (p: Party) => p.government !== null || p.kind.value === 'ORGANIZATION';

/** An organization (a party or a lawyer's firm) by its name exactly as listed. */
export function organizationIdentity(name: string): Identity {
  return {
    id: `organization:${spelledSlug(organizationKey(name), name)}`,
    name: spelling(name),
    basis:
      'an organization by its name exactly as listed (case, punctuation and legal form included): ' +
      'the same spelling in any docket is the same organization',
    caseLocal: false,
  };
}

/** A listed party: the United States, an organization, or a person of this case only. */
export function partyIdentity(p: Party, caseSlug: string): Identity {
  if (p.government && governmentKey(p.name.value) === UNITED_STATES_KEY) {
    return { id: UNITED_STATES.id, name: UNITED_STATES.name, basis: UNITED_STATES.basis, caseLocal: false };
  }
  if (isOrganization(p)) return organizationIdentity(p.name.value);
  return {
    id: `person:${spelledSlug(p.name.value, p.name.value)}--${caseSlug}`,
    name: spelling(p.name.value),
    basis:
      'a party who is not an organization, by the name exactly as listed, in this case only: ' +
      'never merged with a party of another case on a name',
    caseLocal: true,
  };
}

/**
 * A lawyer: the name exactly as listed with the email (a stable key: the same name and
 * email in any docket is the same lawyer), else with the firm (its legal form's spelling
 * aside), else in this case only.
 */
export function attorneyIdentity(a: Attorney, caseSlug: string): Identity {
  const base = `person:attorney-${spelledSlug(a.name.value, a.name.value)}`;
  const name = spelling(a.name.value);
  const email = a.contact.email?.value.toLowerCase();
  if (email) {
    return {
      id: `${base}--${slug(email)}`,
      name,
      basis: `a lawyer by the name exactly as listed and the email ${email}: the same in any docket is the same lawyer`,
      caseLocal: false,
    };
  }
  const firm = a.contact.firm?.value;
  if (firm) {
    return {
      id: `${base}--${slug(organizationKey(firm))}`,
      name,
      basis: `a lawyer without an email, by the name exactly as listed and the firm (${spelling(firm)}, its legal form's spelling aside)`,
      caseLocal: false,
    };
  }
  return {
    id: `${base}--${caseSlug}`,
    name,
    basis: 'a lawyer with neither email nor firm, by the name exactly as listed, in this case only',
    caseLocal: true,
  };
}

/** The id of an attorney (see attorneyIdentity). */
export function attorneyId(a: Attorney, caseSlug: string): string {
  return attorneyIdentity(a, caseSlug).id;
}

/** A judge: by court and name, case and punctuation aside (judges are not listed parties). */
export function judgeIdentity(j: Judge, court: string): Identity {
  return {
    id: `person:judge-${court}-${slug(j.name.value)}`,
    name: j.name.value,
    basis: `a judge by court (${court}) and name, case and punctuation aside`,
    caseLocal: false,
  };
}

/**
 * The id of the k-th (k ≥ 2) listing of one name with one role in a case: a party of
 * its own, the same in every report of that case.
 */
export function repeatedListingId(identity: Identity, caseSlug: string, k: number): string {
  return identity.caseLocal ? `${identity.id}-${k}` : `${identity.id}--${caseSlug}-${k}`;
}
