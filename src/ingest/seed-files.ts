import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The documents under seed/ (every *.json except the JSON Schema). */
export function seedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
    .map((f) => resolve(dir, f));
}
