import type { Executor } from '../db/executor';
import { createLoaders, type Loaders } from './loaders';
import type { WriteAccess } from './write-access';

export interface GraphQLContext {
  /** The executor for this operation; its stats count the operation's round trips. */
  executor: Executor;
  loaders: Loaders;
  /** Whether this request may run mutations (its bearer token against API_TOKEN). */
  writeAccess: WriteAccess;
}

export function createContext(root: Executor, writeAccess: WriteAccess = 'disabled'): GraphQLContext {
  const executor = root.forOperation();
  return { executor, loaders: createLoaders(executor), writeAccess };
}
