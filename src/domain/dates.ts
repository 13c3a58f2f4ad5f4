import type { PartialDateModel, Precision } from './models';

// Partial dates: what a source knows (a year, a month or a day), with the words
// it used. Relative wording is resolved against the source's own date and the
// result is always marked derived, with the rule that produced it.

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

export class DateError extends Error {}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Parses `2021`, `2024-03` or `2025-01-01` into its bounds; rejects impossible dates. */
export function parseIsoPartial(value: string): { precision: Precision; earliest: string; latest: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new DateError(`"${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const year = Number(match[1]);
  const y = match[1] ?? '';
  if (match[2] === undefined) return { precision: 'YEAR', earliest: `${y}-01-01`, latest: `${y}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new DateError(`"${value}" has no month ${match[2]}`);
  const last = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      precision: 'MONTH',
      earliest: `${y}-${pad(month)}-01`,
      latest: `${y}-${pad(month)}-${pad(last)}`,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > last) throw new DateError(`"${value}" has no day ${match[3]}`);
  return { precision: 'DAY', earliest: value, latest: value };
}

export function statedDate(
  value: string,
  wording: string | null,
  derivation: string | null = null,
): PartialDateModel {
  const bounds = parseIsoPartial(value);
  return { value, ...bounds, wording, derived: derivation !== null, derivation };
}

/**
 * Resolves wording relative to a source's date (a YYYY-MM-DD day):
 * - "in <Month>" and "in <Month> this year": that month of the source's year;
 * - "on <Weekday>": the latest such weekday on or before the source's date;
 * - "this year": the source's year;
 * - "today" / "yesterday": the source's day / the day before.
 */
export function resolveRelativeDate(wording: string, sourceDate: string, sourceId: string): PartialDateModel {
  const anchor = parseIsoPartial(sourceDate);
  if (anchor.precision !== 'DAY') {
    throw new DateError(`cannot resolve "${wording}": source ${sourceId} is dated only to ${sourceDate}`);
  }
  const [year, month, day] = sourceDate.split('-').map(Number) as [number, number, number];
  const text = wording.trim().toLowerCase().replace(/\s+/g, ' ');
  const basis = `date of ${sourceId} (${sourceDate})`;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const after = (value: string) =>
    parseIsoPartial(value).earliest > sourceDate ? '; this falls after the source date itself' : '';
  const flagged = (date: PartialDateModel): PartialDateModel =>
    date.earliest > sourceDate ? { ...date, afterSource: true } : date;

  const monthMatch = /^(?:in )?([a-z]+)( this year)?$/.exec(text);
  const monthIndex = monthMatch ? MONTHS.indexOf(monthMatch[1] ?? '') : -1;
  if (monthIndex >= 0) {
    const value = `${year}-${pad(monthIndex + 1)}`;
    const rule = `"${wording}" read as ${cap(MONTHS[monthIndex] ?? '')} of the year of the ${basis}${after(value)}`;
    return flagged(statedDate(value, wording, rule));
  }
  const weekdayMatch = /^on ([a-z]+)$/.exec(text);
  const weekday = weekdayMatch ? WEEKDAYS.indexOf(weekdayMatch[1] ?? '') : -1;
  if (weekday >= 0) {
    const anchorDay = new Date(Date.UTC(year, month - 1, day));
    const back = (anchorDay.getUTCDay() - weekday + 7) % 7;
    const resolved = new Date(anchorDay.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    const rule = `"${wording}" read as the latest ${cap(WEEKDAYS[weekday] ?? '')} on or before the ${basis}`;
    return statedDate(resolved, wording, rule);
  }
  if (text === 'this year') {
    return statedDate(String(year), wording, `"${wording}" read as the year of the ${basis}`);
  }
  if (text === 'today' || text === 'yesterday') {
    const offset = text === 'today' ? 0 : 1;
    const resolved = new Date(Date.UTC(year, month - 1, day) - offset * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return statedDate(resolved, wording, `"${wording}" read against the ${basis}`);
  }
  throw new DateError(
    `cannot resolve relative wording "${wording}"; supported: "in <Month>", "in <Month> this year", "on <Weekday>", "this year", "today", "yesterday" — otherwise give "value" and "derivation"`,
  );
}

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A date counted from another step's date ("three days into the trial"): that
 * date's interval shifted by `offsetDays`, so a trial begun "in July 2024" puts
 * its third day between 2024-07-04 and 2024-08-03, not in July. Always derived.
 */
export function chainedDate(
  anchor: PartialDateModel,
  anchorId: string,
  offsetDays: number,
  wording: string,
  note: string | null = null,
): PartialDateModel {
  const earliest = addDays(anchor.earliest, offsetDays);
  const latest = addDays(anchor.latest, offsetDays);
  const exact = earliest === latest;
  const rule =
    `"${wording}" read as ${offsetDays} day${offsetDays === 1 ? '' : 's'} after ${anchorId} (${anchor.value}): ` +
    `${exact ? earliest : `between ${earliest} and ${latest}`}${note ? `; ${note}` : ''}`;
  return {
    value: exact ? earliest : `${earliest}/${latest}`,
    precision: exact ? 'DAY' : 'RANGE',
    earliest,
    latest,
    wording,
    derived: true,
    derivation: rule,
    ...(anchor.afterSource ? { afterSource: true } : {}),
    ...(anchor.warning ? { warning: anchor.warning } : {}),
  };
}

// A RANGE sorts with months: coarser than a day, finer than a year.
export const PRECISION_RANK: Readonly<Record<Precision, number>> = { YEAR: 0, MONTH: 1, RANGE: 1, DAY: 2 };

/**
 * Chronological order for partial dates: by first possible day, then coarser
 * before finer (2024 before 2024-01 before 2024-01-01), so a month-only date
 * comes before the dated days of its month. Undated sorts last.
 */
export function compareDates(a: PartialDateModel | null, b: PartialDateModel | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

export function precisionRank(precision: Precision): number {
  return PRECISION_RANK[precision];
}

/**
 * Orders items chronologically by the documented rule, with `seq` the order in
 * which the source tells them. An undated item keeps its place in the story: it
 * sorts right after the item the source tells before it (or first, if none is dated
 * before it). Ties keep the source's order.
 */
export function chronological<T extends { date: PartialDateModel | null; seq: number; id: string }>(
  items: T[],
): T[] {
  const inSourceOrder = [...items].sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let anchor: PartialDateModel | null = null;
  const keyed = inSourceOrder.map((item, index) => {
    if (item.date) anchor = item.date;
    return { item, key: item.date ?? anchor, index };
  });
  return keyed
    .sort((a, b) => {
      if (!a.key || !b.key) return a.key ? 1 : b.key ? -1 : a.index - b.index;
      return compareDates(a.key, b.key) || a.index - b.index;
    })
    .map((k) => k.item);
}
