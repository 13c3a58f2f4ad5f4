import Cypher from '@neo4j/cypher-builder';
import type { Executor } from '../db/executor';
import type { NodeModel, SearchHitModel, SearchResultModel } from '../domain/models';
import { fulltextQuery } from '../cypher/fulltext';
import { toNode, type Props } from '../cypher/mappers';
import { badInput, MAX_PAGE } from '../cypher/paging';
import { entitySummary, statementDocument } from '../cypher/projections';
import { named, type Statement } from '../cypher/statement';
import { FULLTEXT_INDEX, FULLTEXT_LABELS } from '../graph/indexes';

// Query.search: the full-text index over every searchable entity, best first.

export function searchStatement(query: string, limit: number): Statement {
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  return named(
    'searchEntities',
    Cypher.db.index.fulltext
      .queryNodes(new Cypher.Literal(FULLTEXT_INDEX), new Cypher.Param(query), {
        limit: new Cypher.Param(limit),
      })
      .yield(['node', node], ['score', score])
      .return(
        [score, 'score'],
        [Cypher.labels(node), 'labels'],
        // A statement is answered whole (speaker, subjects): it is never shown without who said it.
        [
          new Cypher.Case()
            .when(node.hasLabel('Statement'))
            .then(statementDocument(node))
            .else(entitySummary(node)),
          'doc',
        ],
      )
      .orderBy([score, 'DESC'], [node.property('id'), 'ASC']),
  );
}

const SEARCHABLE: ReadonlySet<string> = new Set(FULLTEXT_LABELS);

// The index covers exactly the SearchResult union's types; the guard keeps the types honest.
function isSearchResult(node: NodeModel): node is SearchResultModel {
  return SEARCHABLE.has(node.__typename);
}

export async function search(
  executor: Executor,
  text: string,
  first: number | null | undefined,
): Promise<SearchHitModel[]> {
  const limit = first ?? 20;
  if (limit < 0 || limit > MAX_PAGE)
    throw badInput(`\`first\` must be between 0 and ${MAX_PAGE}; got ${limit}`, 'first');
  const query = fulltextQuery(text);
  if (query === null || limit === 0) return [];
  const { cypher, params } = searchStatement(query, limit);
  const rows = await executor.read(cypher, params);
  return rows.flatMap((row) => {
    const node = toNode(row.labels as string[], row.doc as Props);
    return isSearchResult(node) ? [{ score: row.score as number, node }] : [];
  });
}
