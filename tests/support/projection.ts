import Cypher from '@neo4j/cypher-builder';
import { named } from '../../src/cypher/statement';

/** The text of a statement returning one projection of a node `n` as `doc`. */
export const statementOf = (document: (n: Cypher.Node) => Cypher.Expr): string => {
  const n = new Cypher.Node();
  return named(
    'test',
    new Cypher.Match(new Cypher.Pattern(n, { labels: ['X'] })).return([document(n), 'doc']),
  ).cypher;
};
