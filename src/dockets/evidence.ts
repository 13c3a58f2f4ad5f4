// Every value read from a docket carries where it was read: an RFC 6901 pointer into
// the docket JSON and a verbatim quote of (part of) the string found there.

export interface Evidenced<T> {
  value: T;
  pointer: string;
  quote: string;
}

export { pointer, resolvePointer } from '../domain/json-pointer';

/** Evidence whose quote is the whole (non-empty) string at `ptr`. */
export function whole<T>(value: T, ptr: string, source: string): Evidenced<T> {
  return { value, pointer: ptr, quote: source };
}

/** Spaces of every kind (PACER writes &nbsp;) to one plain space, trimmed. */
export function cleanSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Docket dates are ISO `YYYY-MM-DD` (juriscraper's output); anything else is not a date. */
export function isoDate(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** `03/26/2015` → `2015-03-26` (PACER's US dates inside text). */
export function usDate(s: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s.trim());
  if (!m) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
