// Spans of the source text: what a fact's evidence quotes. A span holds its offsets and
// its quote; built from the text, the quote is verbatim by construction. A quote edited
// by hand is looked up again; when the text no longer holds it, the span says so.

export interface Span {
  /** Offset of the first character in the source text; -1 when the quote is not in it. */
  start: number;
  /** Offset after the last character; -1 when the quote is not in it. */
  end: number;
  /** The quoted words. */
  quote: string;
}

/** The span of `text` between two offsets, trimmed of surrounding white space; null when empty. */
export function spanOf(text: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e <= s) return null;
  return { start: s, end: e, quote: text.slice(s, e) };
}

/**
 * The span of a quote: its occurrence nearest `near` (the offset it had), or the first.
 * A quote the text does not hold gives a span with offsets -1.
 */
export function findQuote(text: string, quote: string, near = 0): Span {
  if (quote.length === 0) return { start: -1, end: -1, quote };
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best < 0 ? { start: -1, end: -1, quote } : { start: best, end: best + quote.length, quote };
}

/** True when the span's quote is the text between its offsets. */
export const matches = (text: string, span: Span): boolean =>
  span.start >= 0 && text.slice(span.start, span.end) === span.quote;

/** Spans in text order, without repeats. */
export function ordered(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}:${s.end}:${s.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The sentence of `text` around an offset: from after the previous full stop to the next one. */
export function sentenceAround(text: string, start: number, end = start): Span | null {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text.charAt(s - 1))) s -= 1;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text.charAt(e))) e += 1;
  if (e < text.length && /[.!?]/.test(text.charAt(e))) e += 1;
  return spanOf(text, s, e);
}

/** Text with Windows and old Mac line ends made `\n`: the text as stored. */
export const storedText = (text: string): string => text.replace(/\r\n?/g, '\n');
