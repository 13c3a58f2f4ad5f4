import { type Evidenced, cleanSpaces } from './evidence';
import { type Judge } from './model';

// "Magistrate Judge Sally Shushan" → name "Sally Shushan", title "Magistrate Judge".
const TITLE =
  /^\s*((?:(?:Chief|Senior|Presiding|Visiting|U\.?\s?S\.?|United\s+States|District|Magistrate|Bankruptcy|Circuit|Appellate)\s+)*Judge|(?:The\s+)?Honorable|Hon\.|Justice)\s+/i;

export function judgeOf(raw: string | null | undefined, ptr: string, role: Judge['role']): Judge | null {
  if (typeof raw !== 'string' || cleanSpaces(raw) === '') return null;
  const m = TITLE.exec(raw);
  const rest = m ? raw.slice(m[0].length) : raw;
  const name = rest.trim();
  if (name === '') return null;
  const title: Evidenced<string> | null = m
    ? { value: cleanSpaces(m[1]!), pointer: ptr, quote: m[1]! }
    : null;
  return { name: { value: cleanSpaces(name), pointer: ptr, quote: name }, title, role };
}
