import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The SDL of schema/, the contract: one text per file, in name order (the order codegen.ts
// reads them in too), for the server and for whatever else checks input against the schema.

export const SCHEMA_DIR = resolve(__dirname, '../../schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'));
}
