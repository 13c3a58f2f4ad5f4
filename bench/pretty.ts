import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** Writes `text` as the repository's prettier check wants it (results and BENCHMARKS.md are checked). */
export async function writePretty(file: string, text: string): Promise<void> {
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}
