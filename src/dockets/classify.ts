import { type EntryKind, type OutcomeKind } from './model';

// Docket entry text → what kind of paper or event it is, and whether it decides the
// case. PACER entries open with the document's type ("ORDER granting 19 MOTION…",
// "MEMORANDUM in Support re 22 MOTION to Dismiss"), so the kind rules look at the
// head of the text only, after prefixes such as "Joint", "**DEFICIENT**" or
// "Judge X: ELECTRONIC". Ordered; the first match wins; OTHER when none is sure.

export interface Classified<T> {
  value: T;
  /** Verbatim words of the description that decided it. */
  quote: string;
}

// Repeated prefixes that do not change what the paper is.
const PREFIX =
  /^(?:\*{2,}[^*]*\*{2,}|(?:Magistrate\s+|District\s+|Chief\s+)?Judge\s+[A-Z][^:]{1,60}:|FILED:|(?:First|Second|Third|Fourth|Fifth|AMENDED|Joint|Consent|Unopposed|Opposed|Emergency|Assented\s+to|EXPARTE\/CONSENT|Ex\s+Parte|Expedited|TIME\s+SENSITIVE|Renewed|Supplemental|LETTER|COUNTER\s+LETTER|Partial|SEALED|ELECTRONIC|Corrected|Verified)\b)[\s,.-]*/i;

/** The description without its prefixes, and where that head starts. */
export function headOf(description: string): { head: string; offset: number } {
  let offset = description.length - description.trimStart().length;
  for (;;) {
    const m = PREFIX.exec(description.slice(offset));
    if (!m || m[0].length === 0) break;
    offset += m[0].length;
  }
  return { head: description.slice(offset), offset };
}

const KIND_RULES: [RegExp, EntryKind][] = [
  [/^NOTICE\s+OF\s+(?:INTERLOCUTORY\s+|CROSS[\s-]+)?APPEAL\b/i, 'NOTICE_OF_APPEAL'],
  [/^NOTICE\s+of\s+(?:voluntary\s+)?dismissal\b/i, 'DISMISSAL'],
  [/^(?:NOTICE\s+of\s+)?SETTLEMENT\b(?!\s+conference)/i, 'SETTLEMENT'],
  [
    /^STIPULATION\s+(?:AND\s+(?:\[?PROPOSED\]?\s+)?ORDER\s+)?(?:of|for)\s+(?:voluntary\s+)?(?:dismissal|discontinuance)\b/i,
    'DISMISSAL',
  ],
  [/^(?:JOINT\s+)?STIPULATION\b/i, 'STIPULATION'],
  [/^NOTICE\s+OF\s+FILING\s+OF\s+OFFICIAL\s+TRANSCRIPT\b/i, 'TRANSCRIPT'],
  [/^(?:NOTICE\s+of\s+Appearance|(?:ATTORNEY\s+|AMICUS\s+)?APPEARANCE)\b/i, 'APPEARANCE'],
  [/^(?:(?:FINAL|CLERK'?S|DEFAULT|USCA)\s+)?JUDGMENT\b/i, 'JUDGMENT'],
  [/^(?:JURY\s+)?VERDICT\b/i, 'VERDICT'],
  [/^MINUTE\s+ENTRY\b/i, 'MINUTE_ENTRY'],
  [/^MEMORANDUM\s+(?:OPINION|AND\s+ORDER|ORDER)\b/i, 'ORDER'],
  [
    /^(?:(?:ADR|SCHEDULING|PROTECTIVE|CLERK'?S|PER\s+CURIAM|MINUTE|STANDING|AGREED|STIPULATED|TEXT|PAPERLESS|DISCOVERY|CASE\s+MANAGEMENT|OPINION\s+AND|TRANSFER|DETENTION)\s+)*ORDER\b/i,
    'ORDER',
  ],
  [/^RULING\s+LETTER\s+SENT\s+(?:granting|denying)\b/i, 'ORDER'],
  [/^MOTION\b/i, 'MOTION'],
  [/^(?:CLASS\s+ACTION\s+)?COMPLAINT\b/i, 'COMPLAINT'],
  [/^ANSWER\b/i, 'ANSWER'],
  [/^(?:SUPERSEDING\s+)?(?:INDICTMENT|INFORMATION)\b/i, 'INDICTMENT'],
  [/^ARRAIGNMENT\b/i, 'ARRAIGNMENT'],
  [/^(?:GUILTY\s+|LODGED\s+)?PLEA\s+AGREEMENT\b/i, 'PLEA'],
  [/^SENTENCING\b(?!\s+MEMORANDUM)/i, 'SENTENCING'],
  [/^(?:Proposed\s+)?SUMMONS\b/i, 'SUMMONS'],
  [/^(?:APPEAL\s+|CANCELLED\s+)?TRANSCRIPT\b/i, 'TRANSCRIPT'],
  // An upper-case title ending in ORDER ("CIVIL CASE MANAGEMENT PLAN AND SCHEDULING ORDER").
  [/^[A-Z][A-Z ,&'/-]{0,80}\bORDER\b(?=[\s:.,]|$)/, 'ORDER'],
  [
    /^(?:NOTICE\s+of\s+Hearing\b|ORAL\s+ARGUMENT\s+SCHEDULED\b|HEARING\b|Set\/Reset\s+Hearings?\b|[^.;]{0,80}\bHearing\s+set\s+for\b)/i,
    'HEARING',
  ],
  [/^(?:NOTICE|NOTIFICATION)\b/i, 'NOTICE'],
];

/** The kind of paper or event an entry's description states, or OTHER. */
export function classifyEntry(description: string): Classified<EntryKind> {
  const { head } = headOf(description);
  for (const [re, kind] of KIND_RULES) {
    const m = re.exec(head);
    if (m) return { value: kind, quote: m[0].trim() || head };
  }
  return { value: 'OTHER', quote: description };
}

// Entries relaying another court's decision (the court of appeals' mandate or
// order) decide the appeal, not this case: no outcome.
const OTHER_COURT = /^(?:ORDER\s+of\s+USCA|USCA\b|MANDATE\b|Copy\s+of\s+District\s+Court\s+Order)/i;

const OUTCOME_RULES: Partial<Record<EntryKind, [RegExp, OutcomeKind][]>> = {
  JUDGMENT: [
    [/^JUDGMENT\s+AND\s+COMMITMENT\b/i, 'SENTENCE'],
    [/^JUDGMENT\s+(?:OF\s+)?ACQUITTAL\b/i, 'ACQUITTAL'],
    [/^(?:(?:FINAL|CLERK'?S|DEFAULT)\s+)?JUDGMENT\b/i, 'JUDGMENT'],
  ],
  VERDICT: [
    [/\bnot\s+guilty\b/i, 'ACQUITTAL'],
    [/\bguilty\b/i, 'CONVICTION'],
    [/^(?:JURY\s+)?VERDICT\b/i, 'VERDICT'],
  ],
  DISMISSAL: [[/.+/, 'DISMISSAL']],
  SETTLEMENT: [[/.+/, 'SETTLEMENT']],
  MINUTE_ENTRY: [
    [/\bSentence\s+imposed\b|\bsentenced\s+to\b/i, 'SENTENCE'],
    [/\bverdict\s+of\s+not\s+guilty\b|\bfound\s+not\s+guilty\b/i, 'ACQUITTAL'],
    [/\b(?:jury\s+)?verdict\s+of\s+guilty\b|\bfound\s+guilty\b|\badjudged\s+guilty\b/i, 'CONVICTION'],
    [
      /\bsettlement\s+(?:was|has\s+been|is)\s+reached\b|\bcase\s+(?:is\s+|has\s+been\s+|was\s+)?settled\b|\bparties\s+(?:have\s+)?settled\b/i,
      'SETTLEMENT',
    ],
  ],
  ORDER: [
    [/^ORDER\s+(?:DISMISSING|of\s+dismissal)\b/i, 'DISMISSAL'],
    [
      /\bgranting\s+(?:\d+\s+)?(?:\w+\s+){0,3}Motion\s+(?:for\s+)?(?:voluntary\s+)?(?:to\s+)?Dismiss\b/i,
      'DISMISSAL',
    ],
    [/\bgranting\s+(?:\d+\s+)?(?:\w+\s+){0,3}Motion\s+for\s+Summary\s+Judgment\b/i, 'JUDGMENT'],
    [
      /\b(?:adjudged|adjudicated|found)\s+guilty\b|\baccepts?\s+the\s+(?:defendant'?s\s+)?(?:guilty\s+plea|plea\s+of\s+guilty)\b/i,
      'CONVICTION',
    ],
    [/\bdismissing\s+(?:the\s+)?(?:case|action|complaint|petition|appeal)\b/i, 'DISMISSAL'],
    [
      /\b(?:case|action|complaint|petition|appeal|claims?)\b[^.;]{0,60}\b(?:is|are)\s+(?:hereby\s+)?DISMISSED\b/i,
      'DISMISSAL',
    ],
  ],
};

// "granting in part and denying in part" does not decide the motion wholly.
const PARTIAL = /\bin\s+part\b/i;

/** What the entry decides, only when the text says so plainly; else null. */
export function outcomeOf(description: string, kind: EntryKind): Classified<OutcomeKind> | null {
  const { head } = headOf(description);
  if (OTHER_COURT.test(head)) return null;
  for (const [re, outcome] of OUTCOME_RULES[kind] ?? []) {
    const m = re.exec(head);
    if (!m) continue;
    if (kind === 'ORDER' && PARTIAL.test(m[0])) continue;
    return { value: outcome, quote: m[0].trim() };
  }
  return null;
}
