// Dates as a source words them, read the way the loader reads them (src/domain/dates.ts;
// tests/unit/author-dates.test.ts checks that both readings agree).

/** A date of a draft fact: stated, relative to the draft's source, or counted from an event. */
export type DraftDate =
  | { mode: 'stated'; wording: string; value: string }
  | { mode: 'source'; wording: string }
  | { mode: 'after'; wording: string; after: string; offsetDays: number };

/** The ingest format's date object. */
export type DateInput =
  | { value: string; wording?: string }
  | { wording: string; relativeTo: string }
  | { wording: string; after: string; offsetDays: number };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const pad = (n: number) => String(n).padStart(2, '0');
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const normal = (wording: string) => wording.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,]$/, '');

/** A stated date's value (`2024`, `2024-03`, `2024-03-05`) read from its wording, or null. */
export function statedValue(wording: string): string | null {
  const text = normal(wording).replace(/^(?:in|on|by|since|from|until|during|early|late|mid)[ -]/, '');
  if (ISO_PARTIAL.test(text)) return text;
  const year = /^(\d{4})$/.exec(text);
  if (year) return year[1] ?? null;
  const monthYear = /^([a-z]+),? (\d{4})$/.exec(text);
  if (monthYear) {
    const m = MONTHS.indexOf(monthYear[1] ?? '');
    return m >= 0 ? `${monthYear[2]}-${pad(m + 1)}` : null;
  }
  const dayMonthYear = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+),? (\d{4})$/.exec(text);
  const monthDayYear = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  const parts = dayMonthYear
    ? { d: dayMonthYear[1], m: dayMonthYear[2], y: dayMonthYear[3] }
    : monthDayYear
      ? { d: monthDayYear[2], m: monthDayYear[1], y: monthDayYear[3] }
      : null;
  if (parts) {
    const m = MONTHS.indexOf(parts.m ?? '');
    const d = Number(parts.d);
    if (m < 0 || d < 1 || d > 31) return null;
    return `${parts.y}-${pad(m + 1)}-${pad(d)}`;
  }
  return null;
}

/** True when the loader resolves this wording against a source's date. */
export function isRelativeToSource(wording: string): boolean {
  const text = normal(wording);
  const month = /^(?:in )?([a-z]+)( this year)?$/.exec(text);
  if (month && MONTHS.includes(month[1] ?? '')) return true;
  const weekday = /^on ([a-z]+)$/.exec(text);
  if (weekday && WEEKDAYS.includes(weekday[1] ?? '')) return true;
  return text === 'this year' || text === 'today' || text === 'yesterday';
}

/** Days counted from another event in wording such as "three days into the trial" (null when none). */
export function offsetDaysOf(wording: string): number | null {
  const m = /\b(\d+|[a-z]+) (day|days|week|weeks) (?:into|after|later)/.exec(normal(wording));
  if (!m) return null;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUMBERS.indexOf(m[1] ?? '');
  if (n < 0) return null;
  return (m[2] ?? '').startsWith('week') ? n * 7 : n;
}

/** The date a wording proposes: stated when it names a date, relative when the loader resolves it. */
export function proposeDate(wording: string): DraftDate | null {
  const text = wording.trim();
  if (!text) return null;
  const value = statedValue(text);
  if (value) return { mode: 'stated', wording: text, value };
  if (isRelativeToSource(text)) return { mode: 'source', wording: text };
  const days = offsetDaysOf(text);
  if (days !== null) return { mode: 'after', wording: text, after: '', offsetDays: days };
  return null;
}

/** The date object of the ingest format. */
export function dateInput(date: DraftDate, sourceId: string): DateInput {
  switch (date.mode) {
    case 'stated':
      return date.wording ? { value: date.value, wording: date.wording } : { value: date.value };
    case 'source':
      return { wording: date.wording, relativeTo: sourceId };
    case 'after':
      return { wording: date.wording, after: date.after, offsetDays: date.offsetDays };
  }
}

/** A draft date from the ingest format's date object. */
export function draftDate(input: DateInput): DraftDate {
  if ('value' in input) return { mode: 'stated', wording: input.wording ?? '', value: input.value };
  if ('relativeTo' in input) return { mode: 'source', wording: input.wording };
  return { mode: 'after', wording: input.wording, after: input.after, offsetDays: input.offsetDays };
}

/** What a read date is: its value (ISO partial or `first/last`) and its bounds. */
export interface Reading {
  value: string;
  earliest: string;
  latest: string;
  /** How the loader reads the wording. */
  rule: string;
  /** The date falls after the source's own date. */
  afterSource?: boolean;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of an ISO partial date. */
export function bounds(value: string): { earliest: string; latest: string } {
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
  if (d === undefined)
    return { earliest: `${y}-${pad(m)}-01`, latest: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  return { earliest: value, latest: value };
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + days);
  return date.toISOString().slice(0, 10);
}

/** Reads wording against a source's date (YYYY-MM-DD), as the loader does; throws what the loader would say. */
export function readRelative(wording: string, sourceDate: string): Reading {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sourceDate)) {
    throw new Error(`"${wording}" is read against the source's date, and the source is not dated to a day`);
  }
  const [year, month, day] = sourceDate.split('-').map(Number) as [number, number, number];
  const text = normal(wording);
  const stated = (value: string, rule: string): Reading => {
    const b = bounds(value);
    return { value, ...b, rule, ...(b.earliest > sourceDate ? { afterSource: true } : {}) };
  };
  const monthMatch = /^(?:in )?([a-z]+)( this year)?$/.exec(text);
  const m = monthMatch ? MONTHS.indexOf(monthMatch[1] ?? '') : -1;
  if (m >= 0) {
    const value = `${year}-${pad(m + 1)}`;
    return stated(value, `${cap(MONTHS[m] ?? '')} of the source's year (${year})`);
  }
  const weekday = /^on ([a-z]+)$/.exec(text);
  const w = weekday ? WEEKDAYS.indexOf(weekday[1] ?? '') : -1;
  if (w >= 0) {
    const anchor = new Date(Date.UTC(year, month - 1, day));
    const back = (anchor.getUTCDay() - w + 7) % 7;
    return stated(
      addDays(sourceDate, -back),
      `the latest ${cap(WEEKDAYS[w] ?? '')} on or before ${sourceDate}`,
    );
  }
  if (text === 'this year') return stated(String(year), `the source's year`);
  if (text === 'today') return stated(sourceDate, `the source's day`);
  if (text === 'yesterday') return stated(addDays(sourceDate, -1), `the day before ${sourceDate}`);
  throw new Error(
    `the loader cannot read "${wording}" against the source; it reads "in <Month>", "in <Month> this year", "on <Weekday>", "this year", "today", "yesterday"`,
  );
}

/**
 * How the loader will read a draft date: its value and bounds, or an Error saying why it
 * cannot. `anchorOf` gives the reading of another fact's date (for counted dates).
 */
export function readDate(
  date: DraftDate,
  sourceDate: string,
  anchorOf: (eventId: string) => Reading | null = () => null,
): Reading {
  switch (date.mode) {
    case 'stated': {
      if (!ISO_PARTIAL.test(date.value)) {
        throw new Error(`"${date.value}" is not a date the loader reads: give YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      return { value: date.value, ...bounds(date.value), rule: 'as stated' };
    }
    case 'source':
      return readRelative(date.wording, sourceDate);
    case 'after': {
      if (!date.after) throw new Error('name the event this date is counted from');
      const anchor = anchorOf(date.after);
      if (!anchor) throw new Error(`${date.after} has no date this one can be counted from`);
      const earliest = addDays(anchor.earliest, date.offsetDays);
      const latest = addDays(anchor.latest, date.offsetDays);
      return {
        value: earliest === latest ? earliest : `${earliest}/${latest}`,
        earliest,
        latest,
        rule: `${date.offsetDays} day${date.offsetDays === 1 ? '' : 's'} after ${date.after} (${anchor.value})`,
      };
    }
  }
}
