import { type Evidenced, cleanSpaces, pointer } from './evidence';
import { type JCriminalData } from './juriscraper';
import { type Charge, type Sentence, type SentenceTerm } from './model';

// Counts and complaints of a criminal party (juriscraper's `criminal_data`), and
// the regular parts of a count's disposition: custody, supervised release,
// probation, special assessment, fine. What no rule reads is kept as text.

const NUMBER_WORD =
  '(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\\s-]*)+';
const TERM = new RegExp(
  `(?:${NUMBER_WORD}\\s*)?\\((\\d+)\\)\\s*(months?|years?|days?)\\b|\\b(\\d+)[\\s-]*(months?|years?|days?)\\b`,
  'i',
);
const MONEY = '\\$\\s?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?|\\d+(?:\\.\\d{2})?)';
const ASSESSMENT = new RegExp(
  `special\\s+assessment[^$.;]{0,30}${MONEY}|${MONEY}\\s+special\\s+assessment`,
  'i',
);
const FINE = new RegExp(`\\bfined?\\b[^$.;]{0,40}${MONEY}|${MONEY}\\s+fine\\b`, 'i');
const CUSTODY = /custody|imprison|incarcerat|\bprison\b|Bureau of Prisons|\bBOP\b|confinement/i;
const SUPERVISED = /supervised\s+release/i;
const PROBATION = /\bprobation\b/i;

function term(m: RegExpExecArray): SentenceTerm {
  const amount = Number(m[1] ?? m[3]);
  const unitWord = (m[2] ?? m[4]!).toLowerCase();
  const unit = unitWord.startsWith('year') ? 'YEARS' : unitWord.startsWith('day') ? 'DAYS' : 'MONTHS';
  const months =
    unit === 'YEARS' ? amount * 12 : unit === 'DAYS' ? Math.round((amount / 30.4375) * 100) / 100 : amount;
  return { amount, unit, months };
}

const money = (s: string): number => Number(s.replace(/,/g, ''));

/** The regular parts of a disposition; `ptr` points at the disposition string. */
export function parseSentence(disposition: string, ptr: string): Sentence | null {
  const out: Sentence = {
    custody: null,
    supervisedRelease: null,
    probation: null,
    specialAssessmentUsd: null,
    fineUsd: null,
    unparsed: [],
  };
  let any = false;
  for (const raw of disposition.split(/(?<=\.)\s+|;\s*|\n+/)) {
    const piece = raw.trim();
    if (piece === '') continue;
    let read = false;
    const t = TERM.exec(piece);
    if (t) {
      // Supervised release and probation first: their sentences often also say "custody".
      const slot = SUPERVISED.test(piece)
        ? 'supervisedRelease'
        : PROBATION.test(piece)
          ? 'probation'
          : CUSTODY.test(piece)
            ? 'custody'
            : null;
      if (slot && !out[slot]) {
        out[slot] = { value: term(t), pointer: ptr, quote: t[0] };
        read = true;
      }
    }
    const a = ASSESSMENT.exec(piece);
    if (a && !out.specialAssessmentUsd) {
      const n = a[1] ?? a[2]!;
      out.specialAssessmentUsd = { value: money(n), pointer: ptr, quote: a[0] };
      read = true;
    }
    const f = FINE.exec(piece);
    if (f && !out.fineUsd) {
      out.fineUsd = { value: money(f[1] ?? f[2]!), pointer: ptr, quote: f[0] };
      read = true;
    }
    if (read) any = true;
    else out.unparsed.push({ value: cleanSpaces(piece), pointer: ptr, quote: piece });
  }
  return any || out.unparsed.length > 0 ? out : null;
}

const COUNT_NUMBER = /\((\d+[a-z]{0,3}(?:\s*-\s*\d+[a-z]{0,3})?(?:\s*,\s*\d+[a-z]{0,3})*)\)\s*$/;
const STATUTE = /^\s*(\d+:\d+[A-Za-z0-9()]*(?:\.\d+)?)/;

function charge(
  source: 'COUNT' | 'COMPLAINT',
  name: string,
  status: string | null | undefined,
  disposition: string | null | undefined,
  base: string,
): Charge {
  const namePtr = base + pointer('name');
  const num = COUNT_NUMBER.exec(name);
  const stat = STATUTE.exec(name);
  const st = typeof status === 'string' ? status.trim().toLowerCase() : '';
  const dispText = typeof disposition === 'string' ? disposition : '';
  const dispPtr = base + pointer('disposition');
  return {
    source,
    text: { value: cleanSpaces(name), pointer: namePtr, quote: name },
    statute: stat ? { value: stat[1]!, pointer: namePtr, quote: stat[1]! } : null,
    number: num ? { value: num[1]!.replace(/\s+/g, ''), pointer: namePtr, quote: num[1]! } : null,
    status:
      st === 'pending' || st === 'terminated'
        ? {
            value: st === 'pending' ? 'PENDING' : 'TERMINATED',
            pointer: base + pointer('status'),
            quote: status!,
          }
        : null,
    disposition: dispText.trim() ? { value: cleanSpaces(dispText), pointer: dispPtr, quote: dispText } : null,
    sentence: dispText.trim() ? parseSentence(dispText, dispPtr) : null,
  };
}

/** Every count and complaint of one party; `partyPtr` is `/parties/i`. */
export function chargesOf(data: JCriminalData | undefined, partyPtr: string): Charge[] {
  if (!data) return [];
  const base = partyPtr + pointer('criminal_data');
  return [
    ...(data.counts ?? []).map((c, i) =>
      charge('COUNT', c.name, c.status, c.disposition, base + pointer('counts', i)),
    ),
    ...(data.complaints ?? []).map((c, i) =>
      charge('COMPLAINT', c.name, undefined, c.disposition, base + pointer('complaints', i)),
    ),
  ];
}

/** juriscraper writes "None" when PACER shows no offence level. */
export function offenceLevel(value: string | null | undefined, ptr: string): Evidenced<string> | null {
  if (typeof value !== 'string' || value.trim() === '' || value.trim() === 'None') return null;
  return { value: cleanSpaces(value), pointer: ptr, quote: value };
}
