import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import { entityRepository, type EntityKind } from '../repositories/entities';

// One DataLoader per entity kind and operation: every lookup on one level of a
// response is batched into a single statement and cached for the operation.

type Loaded<K extends EntityKind> =
  Awaited<ReturnType<(typeof entityRepository)[K]>> extends Map<string, infer T> ? T : never;

export type Loaders = { [K in EntityKind]: DataLoader<string, Loaded<K> | null> };

function loaderFor<K extends EntityKind>(executor: Executor, kind: K): DataLoader<string, Loaded<K> | null> {
  return new DataLoader<string, Loaded<K> | null>(async (ids) => {
    const found = (await entityRepository[kind](executor, ids)) as Map<string, Loaded<K>>;
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(executor: Executor): Loaders {
  const kinds = Object.keys(entityRepository) as EntityKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, loaderFor(executor, kind)])) as Loaders;
}
