import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// Builds src/dockets/federal-courts.json from courts-db's courts.json: the federal
// courts only, with the few fields the docket importer reads, sorted by id.
//   npx tsx scripts/build-court-table.ts /path/to/courts.json

interface CourtsDbCourt {
  id?: unknown;
  name?: unknown;
  system?: unknown;
  type?: unknown;
  level?: unknown;
  location?: unknown;
  citation_string?: unknown;
  parent?: unknown;
}

export interface FederalCourtRow {
  id: string;
  name: string;
  jurisdiction: 'federal';
  type: string;
  level: string;
  location: string;
  citation: string;
  parent: string | null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

export function federalCourts(courts: readonly CourtsDbCourt[]): FederalCourtRow[] {
  return courts
    .filter((c) => c.system === 'federal' && text(c.id) !== '')
    .map((c) => ({
      id: text(c.id),
      name: text(c.name),
      jurisdiction: 'federal' as const,
      type: text(c.type),
      level: text(c.level),
      location: text(c.location),
      citation: text(c.citation_string),
      parent: text(c.parent) || null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function main(input: string | undefined): Promise<void> {
  if (!input) throw new Error('usage: tsx scripts/build-court-table.ts <courts.json>');
  const courts: unknown = JSON.parse(readFileSync(input, 'utf8'));
  if (!Array.isArray(courts)) throw new Error(`${input}: expected a JSON array of courts`);
  const out = resolve(__dirname, '../src/dockets/federal-courts.json');
  const table = {
    source: 'courts-db (Free Law Project), courts.json, federal courts only',
    licence: 'BSD-2-Clause, Copyright (c) 2020, Free Law Project; see LICENSE.courts-db beside this file',
    courts: federalCourts(courts as CourtsDbCourt[]),
  };
  // Loaded here so that tests can import federalCourts() without prettier.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(out)) ?? {};
  writeFileSync(out, await prettier.format(JSON.stringify(table), { ...options, filepath: out }));
  const licence = resolve(dirname(input), 'LICENSE.courts-db');
  if (existsSync(licence)) copyFileSync(licence, resolve(dirname(out), 'LICENSE.courts-db'));
  console.log(`${table.courts.length} federal courts → ${out}`);
}

if (require.main === module) {
  main(process.argv[2]).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
