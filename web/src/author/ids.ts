// Readable global ids proposed from a name: `person:jane-doe`, unique in the draft.

/** The slug of a name: lower case, accents dropped, words joined by hyphens. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** `prefix:slug-of-name`, with `-2`, `-3`… when the id is taken; `prefix:unnamed` for an empty name. */
export function proposeId(prefix: string, name: string, taken: ReadonlySet<string> = new Set()): string {
  const base = `${prefix}:${slugOf(name) || 'unnamed'}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The ingest format's id rule. */
export const ID_PATTERN = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The kind of an id (`person` for `person:jane-doe`), or undefined. */
export const prefixOf = (id: string): string | undefined => /^([a-z]+):/.exec(id)?.[1];
