import nlp from 'compromise';
import { proposeDate } from './dates';

// Suggestions marked in a source's text by compromise (an English NLP library that runs in
// the browser and bundles with Vite): people and organisations it names, dates, and the
// verbs litigation is told with. They are only suggestions: a click makes a draft fact
// that the author confirms or removes.

export type SuggestionKind = 'person' | 'organization' | 'date' | 'verb';

export interface Suggestion {
  kind: SuggestionKind;
  start: number;
  end: number;
  text: string;
  /** For a verb: its infinitive (`dismiss`); for a date: the wording as the loader reads it. */
  lemma?: string;
}

/** Litigation verbs, by infinitive, and the stem their forms begin with. */
export const LITIGATION_VERBS: Record<string, string> = {
  file: 'fil',
  refile: 'refil',
  dismiss: 'dismiss',
  convict: 'convict',
  sentence: 'sentenc',
  settle: 'settl',
  deny: 'den',
  appeal: 'appeal',
  release: 'releas',
  acquit: 'acquit',
  charge: 'charg',
  sue: 'su',
};

interface Found {
  text: string;
  offset: { start: number; length: number };
  verb?: { infinitive?: string };
}

/** The part of a match without trailing punctuation or possessive `'s`. */
function trimmed(text: string, start: number, length: number): { start: number; end: number } | null {
  let s = start;
  let e = start + length;
  while (e > s && /[\s.,;:!?"'’”)]/.test(text.charAt(e - 1))) e -= 1;
  if (/['’]s$/.test(text.slice(s, e))) e -= 2;
  while (s < e && /[\s"“(]/.test(text.charAt(s))) s += 1;
  return e > s ? { start: s, end: e } : null;
}

const WORDING_BEFORE = /(?:^|\s)(in|on|since|by)\s$/i;
const WORDING_AFTER = /^\s(this year)/i;

/** The suggestions of a text, in text order. */
export function suggest(text: string): Suggestion[] {
  if (!text.trim()) return [];
  const doc = nlp(text);
  const out: Suggestion[] = [];
  const add = (kind: SuggestionKind, found: Found[], lemma?: (f: Found, s: string) => string | undefined) => {
    for (const f of found) {
      const t = trimmed(text, f.offset.start, f.offset.length);
      if (!t) continue;
      const s = text.slice(t.start, t.end);
      const l = lemma?.(f, s);
      if (lemma && l === undefined) continue;
      out.push({ kind, start: t.start, end: t.end, text: s, ...(l ? { lemma: l } : {}) });
    }
  };
  add('person', doc.people().json({ offset: true }) as Found[]);
  add('organization', doc.organizations().json({ offset: true }) as Found[]);
  // Dates: compromise finds the date words, the loader's reading decides which are dates,
  // with the preposition and "this year" that make their wording.
  for (const f of doc.match('#Date+').json({ offset: true }) as Found[]) {
    const t = trimmed(text, f.offset.start, f.offset.length);
    if (!t) continue;
    let { start, end } = t;
    const before = WORDING_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
    if (before) start -= before[0].length - (before[0].startsWith(' ') || before[0].startsWith('\n') ? 1 : 0);
    const after = WORDING_AFTER.exec(text.slice(end, end + 11));
    if (after) end += after[0].length;
    const wording = text.slice(start, end);
    if (!proposeDate(wording)) continue;
    out.push({ kind: 'date', start, end, text: wording });
  }
  for (const f of doc.verbs().json({ offset: true }) as Found[]) {
    const root = (f.verb?.infinitive ?? '').split(' ')[0] ?? '';
    const stem = LITIGATION_VERBS[root];
    if (!stem) continue;
    const phrase = text.slice(f.offset.start, f.offset.start + f.offset.length);
    const m = new RegExp(`\\b${stem}\\w*`, 'i').exec(phrase);
    if (!m) continue;
    const start = f.offset.start + m.index;
    out.push({ kind: 'verb', start, end: start + m[0].length, text: m[0], lemma: root });
  }
  // One suggestion per stretch of text: the first found wins an overlap.
  const kept: Suggestion[] = [];
  for (const s of out.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}

/** The event kind a litigation verb tells of, when there is one. */
export const EVENT_OF_VERB: Record<string, string> = {
  file: 'FILED',
  refile: 'REFILING_ANNOUNCED',
  dismiss: 'DISMISSED',
  convict: 'CONVICTED',
  sentence: 'SENTENCED',
  settle: 'SETTLED',
  appeal: 'NOTICE_OF_APPEAL',
  release: 'RELEASED_ON_PAROLE',
  acquit: 'VERDICT',
  charge: 'INDICTMENT',
  sue: 'FILED',
};
