import Cypher from '@neo4j/cypher-builder';
import { badInput } from '../domain/errors';
import { FULLTEXT_INDEX } from '../graph/indexes';

// User text never reaches Lucene's query parser as syntax: each word is escaped
// and lower-cased (so AND/OR/NOT stay words), and must match as a word or prefix.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Longest search text accepted, and longest word: no name is this long, and Lucene refuses huge terms. */
export const MAX_TEXT_LENGTH = 500;
export const MAX_WORD_LENGTH = 100;

/** Refuses search text over the limits as BAD_USER_INPUT naming the argument. */
export function checkText(text: string, argument: string): string {
  if (text.length > MAX_TEXT_LENGTH) {
    throw badInput(
      `\`${argument}\` must be at most ${MAX_TEXT_LENGTH} characters; got ${text.length}`,
      argument,
    );
  }
  const longest = Math.max(0, ...words(text).map((w) => w.length));
  if (longest > MAX_WORD_LENGTH) {
    throw badInput(
      `\`${argument}\` has a word of ${longest} characters; words must be at most ${MAX_WORD_LENGTH}`,
      argument,
    );
  }
  return text;
}

/** The words of a search (at most 16, as the query is built from them). */
export function words(text: string): string[] {
  return tokens(text).slice(0, 16);
}

/** Lower-cased words of a text, split as Lucene's standard tokenizer splits them. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      // Apostrophes stay inside words, as Lucene's standard tokenizer keeps them (o'brien).
      .split(/[^\p{L}\p{N}'’]+/u)
      .map((w) => w.replace(/^['’]+|['’]+$/g, '').toLowerCase())
      .filter((w) => w.length > 0)
  );
}

/** Returns null when the text holds no searchable word (only punctuation or spaces). */
export function fulltextQuery(text: string, argument = 'text'): string | null {
  const terms = words(checkText(text, argument)).map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t} OR ${t}*)`).join(' AND ');
}

/**
 * A `text` filter as an entry point: the full-text index queried with `query` (a
 * parameter holding a `fulltextQuery`) yielding `node`, kept to `label`.
 */
export function fulltextAnchor(
  query: Cypher.Param,
  node: Cypher.Node,
  label: string,
): (where: Cypher.Predicate | undefined) => Cypher.Clause {
  return (where) =>
    Cypher.db.index.fulltext
      .queryNodes(new Cypher.Literal(FULLTEXT_INDEX), query)
      .yield(['node', node])
      .where(Cypher.and(node.hasLabel(label), where)!);
}
