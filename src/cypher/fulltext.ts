import { FULLTEXT_INDEX } from '../db/schema-setup';

// User text never reaches Lucene's query parser as syntax: each word is escaped
// and lower-cased (so AND/OR/NOT stay words), and must match as a word or prefix.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      // Apostrophes stay inside words, as Lucene's standard tokenizer keeps them (o'brien).
      .split(/[^\p{L}\p{N}'’]+/u)
      .map((w) => w.replace(/^['’]+|['’]+$/g, '').toLowerCase())
      .filter((w) => w.length > 0)
      .slice(0, 16)
  );
}

/** Returns null when the text holds no searchable word (only punctuation or spaces). */
export function fulltextQuery(text: string): string | null {
  const terms = words(text).map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t} OR ${t}*)`).join(' AND ');
}

export interface FulltextFilter {
  /** The entry point, or null when the text can match nothing. */
  anchor: string | null;
  conditions: string[];
  params: Record<string, unknown>;
}

/** A `text` filter as an entry point: the full-text index yielding `variable`, kept to `label`. */
export function fulltextFilter(text: string, variable: string, label: string): FulltextFilter {
  const query = fulltextQuery(text);
  // Only punctuation or spaces: nothing can match, and Lucene refuses an empty query.
  if (query === null) return { anchor: null, conditions: ['false'], params: {} };
  return {
    anchor: `CALL db.index.fulltext.queryNodes($ftIndex, $ftQuery) YIELD node AS ${variable}`,
    conditions: [`${variable}:${label}`],
    params: { ftIndex: FULLTEXT_INDEX, ftQuery: query },
  };
}
