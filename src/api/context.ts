import type { Executor } from '../db/executor';
import { createLoaders, type Loaders } from './loaders';

export interface GraphQLContext {
  /** The executor for this operation; its stats count the operation's round trips. */
  executor: Executor;
  loaders: Loaders;
}

export function createContext(root: Executor): GraphQLContext {
  const executor = root.forOperation();
  return { executor, loaders: createLoaders(executor) };
}
