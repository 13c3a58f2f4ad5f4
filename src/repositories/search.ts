import type { Executor } from '../db/executor';
import { FULLTEXT_INDEX, FULLTEXT_LABELS } from '../db/schema-setup';
import type { NodeModel, SearchHitModel, SearchResultModel } from '../domain/models';
import { fulltextQuery } from '../cypher/fulltext';
import { toNode, type Props } from '../cypher/mappers';
import { badInput, MAX_PAGE } from '../cypher/paging';
import { entitySummary } from '../cypher/projections';

export const SEARCH = `// searchEntities
CALL db.index.fulltext.queryNodes($ftIndex, $ftQuery, {limit: $limit}) YIELD node, score
RETURN score, labels(node) AS labels, ${entitySummary('node')} AS doc
ORDER BY score DESC, node.id ASC`;

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
  const rows = await executor.read(SEARCH, { ftIndex: FULLTEXT_INDEX, ftQuery: query, limit });
  return rows.flatMap((row) => {
    const node = toNode(row.labels as string[], row.doc as Props);
    return isSearchResult(node) ? [{ score: row.score as number, node }] : [];
  });
}
