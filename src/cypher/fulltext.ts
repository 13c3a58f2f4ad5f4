import Cypher from '@neo4j/cypher-builder';
import { FULLTEXT_INDEX } from '../graph/indexes';

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

/**
 * A `text` filter as an entry point: the full-text index yielding `node`, kept to
 * `label`; null when the text holds no word, so nothing can match (Lucene refuses an empty query).
 */
export function fulltextAnchor(
  text: string,
  node: Cypher.Node,
  label: string,
): ((where: Cypher.Predicate | undefined) => Cypher.Clause) | null {
  const query = fulltextQuery(text);
  if (query === null) return null;
  return (where) =>
    Cypher.db.index.fulltext
      .queryNodes(new Cypher.Literal(FULLTEXT_INDEX), new Cypher.Param(query))
      .yield(['node', node])
      .where(Cypher.and(node.hasLabel(label), where)!);
}
