// Whole-sentence coverage: which sentences of a source no quote in the graph
// draws from. A sentence counts as covered when some quote overlaps it; the
// characters no quote spans are reported too, to show what is only partly drawn on.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface SentenceCoverage extends Sentence {
  /** Some quote overlaps the sentence. */
  covered: boolean;
  /** Letters and digits of the sentence that some quote spans, and all of them. */
  coveredChars: number;
  chars: number;
  /** The runs of words no quote spans (punctuation and spaces around them trimmed). */
  uncovered: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// A sentence ends at . ! or ? (perhaps followed by a closing quote or bracket)
// before whitespace and a capital or an opening quote; a line break always ends one.
const BOUNDARY = /[.!?]["”’)\]]*(?=\s+["“‘(]?[A-Z0-9])/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const m of line.matchAll(BOUNDARY)) {
      const end = lineStart + m.index + m[0].length;
      push(start, end);
      start = end;
    }
    push(start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

/** Every span of `text` that one of `quotes` occupies (each occurrence). */
function quoteSpans(text: string, quotes: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const quote of new Set(quotes)) {
    if (!quote) continue;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      spans.push([at, at + quote.length]);
    }
  }
  return spans;
}

export function sentenceCoverage(text: string, quotes: readonly string[]): SentenceCoverage[] {
  const spans = quoteSpans(text, quotes);
  const drawn = new Uint8Array(text.length);
  for (const [from, to] of spans) drawn.fill(1, from, to);
  return splitSentences(text).map((s) => {
    let chars = 0;
    let coveredChars = 0;
    const uncovered: string[] = [];
    let run = '';
    for (let i = s.start; i <= s.end; i++) {
      const c = i < s.end ? text[i]! : '';
      if (c && WORD_CHAR.test(c)) {
        chars++;
        coveredChars += drawn[i]!;
      }
      if (c && !drawn[i]) run += c;
      else {
        const words = run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (words) uncovered.push(words);
        run = '';
      }
    }
    const covered = spans.some(([from, to]) => from < s.end && to > s.start);
    return { ...s, covered, coveredChars, chars, uncovered };
  });
}
