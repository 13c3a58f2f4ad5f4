import type { Executor } from '../db/executor';
import type { ConnectionModel } from '../models';
import { keysetCypher, keysetPage, type KeysetQuery } from './keyset';
import type { Props } from './mappers';
import { pageWindow, type PageArgs } from './pagination';

/** Runs a keyset query (one round trip) and shapes the Relay connection. */
export async function keysetConnection<T extends { id: string }>(
  executor: Executor,
  query: KeysetQuery,
  order: string,
  page: PageArgs,
  toModel: (doc: Props) => T,
): Promise<ConnectionModel<T>> {
  const window = pageWindow(page, order);
  const { cypher, params } = keysetCypher(query, window);
  const [row] = await executor.read(cypher, params);
  const rows = ((row?.page as Props[] | undefined) ?? []).map((entry) => {
    const node = toModel(entry.doc as Props);
    return { sortKey: entry.sortKey as string | number | null, node, id: node.id };
  });
  const { items, hasMore } = keysetPage(rows, window, order);
  const total = row?.total;
  return {
    edges: items,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== null : hasMore,
      hasPreviousPage: window.backward ? hasMore : window.after !== null,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items[items.length - 1]?.cursor ?? null,
    },
    totalCount: () => {
      if (typeof total !== 'number') throw new Error(`${query.name} ran without its total`);
      return total;
    },
  };
}
