import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { CaseModel, IncidentModel, PartyModel } from '../domain/models';
import { casePagesKey, type CasePart, type PartyPart } from '../cypher/projections';
import { namesKey } from '../cypher/reading';
import {
  casePageKey,
  entityRepository,
  partsRepository,
  type CasePage,
  type EntityKind,
} from '../repositories/entities';

// One DataLoader per entity kind and operation: every lookup on one level of a
// response is batched into a single statement and cached for the operation.
// Cases and parties have one loader per set of parts: the siblings on one level
// share a selection, so they share a loader and a statement.

type Loaded<K extends EntityKind> =
  Awaited<ReturnType<(typeof entityRepository)[K]>> extends Map<string, infer T> ? T : never;

export type Loaders = { [K in EntityKind]: DataLoader<string, Loaded<K> | null> } & {
  casesWith(parts: ReadonlySet<CasePart>): DataLoader<string, CaseModel | null>;
  /** Incidents whose cases carry `caseParts`. */
  incidentsWith(caseParts: ReadonlySet<CasePart>): DataLoader<string, IncidentModel | null>;
  partiesWith(parts: ReadonlySet<PartyPart>, page?: CasePage): DataLoader<string, PartyModel | null>;
};

function batched<T>(load: (ids: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * A loader per set of parts (with the arguments of their pages: `pagesKey`) and page
 * of a party's cases, made when first asked for.
 */
function byParts<P extends string, T>(
  load: (ids: readonly string[], parts: ReadonlySet<P>, page?: CasePage) => Promise<Map<string, T>>,
  pagesKey: (parts: ReadonlySet<P>) => string = () => '',
): (parts: ReadonlySet<P>, page?: CasePage) => DataLoader<string, T | null> {
  const loaders = new Map<string, DataLoader<string, T | null>>();
  return (parts, page) => {
    const key = `${[...parts].sort().join(',')}|${namesKey(parts)}|${pagesKey(parts)}|${page ? casePageKey(page) : ''}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = batched((ids) => load(ids, parts, page));
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(executor: Executor): Loaders {
  const kinds = Object.keys(entityRepository) as EntityKind[];
  const byKind = Object.fromEntries(
    kinds.map((kind) => [
      kind,
      batched((ids) => entityRepository[kind](executor, ids) as Promise<Map<string, unknown>>),
    ]),
  ) as { [K in EntityKind]: DataLoader<string, Loaded<K> | null> };
  return {
    ...byKind,
    casesWith: byParts((ids, parts) => partsRepository.cases(executor, ids, parts), casePagesKey),
    incidentsWith: byParts((ids, parts) => partsRepository.incidents(executor, ids, parts), casePagesKey),
    partiesWith: byParts((ids, parts, page) => partsRepository.parties(executor, ids, parts, page)),
  };
}
