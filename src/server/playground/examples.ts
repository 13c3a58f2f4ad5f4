import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One example operation shown as a preloaded tab in the playground. */
export type Example = {
  /** File name without the `.graphql` extension. */
  name: string;
  title: string;
  /** Operation text, without the `# title:` / `# variables:` metadata lines. */
  query: string;
  variables?: Record<string, unknown>;
};

const EXTENSION = '.graphql';
const TITLE_LINE = /^#\s*title:\s*(.*)$/i;
const VARIABLES_LINE = /^#\s*variables:\s*(.*)$/i;

/**
 * Loads every `*.graphql` file in `dir`, sorted by file name (so authors can
 * order tabs with prefixes like `01-`). Metadata is read from the leading
 * comment block only, so a `# title:` inside an operation body is left alone.
 */
export function loadExamples(dir: string): Example[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(EXTENSION))
    .map((entry) => entry.name)
    .sort()
    .map((fileName) => parseExample(fileName, readFileSync(join(dir, fileName), 'utf8')));
}

/** Parses one example file; exported for tests and for callers with in-memory sources. */
export function parseExample(fileName: string, source: string): Example {
  const name = basename(fileName, EXTENSION);
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerEnd = leadingCommentBlockEnd(lines);

  let title: string | undefined;
  let variables: Record<string, unknown> | undefined;
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    const titleMatch = index < headerEnd ? TITLE_LINE.exec(trimmed) : null;
    const variablesMatch = index < headerEnd ? VARIABLES_LINE.exec(trimmed) : null;
    if (titleMatch) {
      title = titleMatch[1]?.trim() || undefined;
    } else if (variablesMatch) {
      variables = parseVariables(fileName, variablesMatch[1] ?? '');
    } else {
      kept.push(line);
    }
  });

  const query = kept.join('\n').trim();
  if (query === '') {
    throw new Error(`Example ${fileName}: file contains no operation`);
  }
  return variables === undefined
    ? { name, title: title ?? name, query }
    : { name, title: title ?? name, query, variables };
}

/** Index of the first line that is neither blank nor a `#` comment. */
function leadingCommentBlockEnd(lines: readonly string[]): number {
  const end = lines.findIndex((line) => {
    const trimmed = line.trim();
    return trimmed !== '' && !trimmed.startsWith('#');
  });
  return end === -1 ? lines.length : end;
}

function parseVariables(fileName: string, text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Example ${fileName}: invalid JSON in "# variables:" line: ${reason}`);
  }
  // GraphQL variables are always an object keyed by variable name.
  if (!isPlainObject(parsed)) {
    throw new Error(`Example ${fileName}: "# variables:" must be a JSON object`);
  }
  return parsed;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
