import { resolve } from 'node:path';
import { loadExamples, type Example } from '../../src/server/playground/examples';

const all = loadExamples(resolve(__dirname, '../../examples'));

/** An example operation by file name: the same text the playground preloads and docs/examples.md shows. */
export function example(name: string): Example {
  const found = all.find((e) => e.name === name);
  if (!found) throw new Error(`No examples/${name}.graphql`);
  return found;
}
