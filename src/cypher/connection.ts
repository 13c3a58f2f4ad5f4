import type { Executor } from '../db/executor';
import type { ConnectionModel } from '../domain/models';
import { keysetPage, keysetStatement, type KeysetList } from './keyset';
import type { Props } from './mappers';
import { pageWindow, type PageArgs } from './paging';

/** Runs a keyset list (one round trip) and shapes the Relay connection. */
export async function keysetConnection<T extends { id: string }>(
  executor: Executor,
  list: KeysetList,
  order: string,
  page: PageArgs,
  toModel: (doc: Props) => T,
): Promise<ConnectionModel<T>> {
  const window = pageWindow(page, order);
  const { cypher, params } = keysetStatement(list, window);
  const result = await executor.read(cypher, params);
  // With a total, an empty page is one row whose `doc` is null.
  const rows = result
    .filter((row) => row.doc !== null)
    .map((row) => {
      const node = toModel(row.doc as Props);
      return { sortKey: row.sortKey as string | number | null, node, id: node.id };
    });
  const { items, hasMore } = keysetPage(rows, window, order);
  const total = result[0]?.total;
  return {
    edges: items,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== null : hasMore,
      hasPreviousPage: window.backward ? hasMore : window.after !== null,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items[items.length - 1]?.cursor ?? null,
    },
    totalCount: () => {
      if (typeof total !== 'number') throw new Error(`${list.name} ran without its total`);
      return total;
    },
  };
}
