import type { StoredProps } from '../graph/codecs';
import type { Stored } from './ownership';

// What a write must change on a node or relationship: a shared entity (a court, the
// court table, the United States) is re-stated by every docket that names it, and
// rewriting all its properties each time (a 107 KB source text among them) made each
// load slower than the one before. Values compare as Neo4j returns them (dates as ISO days).

const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * The properties to `SET n += changes` so that `before` becomes `after`: those that are new or
 * differ, and null (removal) for those `after` no longer has. Everything when `before` is null.
 */
export function propChanges(before: Stored | null, after: StoredProps): StoredProps {
  if (!before) return { ...after };
  const changes: StoredProps = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === null || value === undefined) {
      if (before[key] !== undefined && before[key] !== null) changes[key] = null;
    } else if (!same(before[key], value)) changes[key] = value;
  }
  for (const key of Object.keys(before)) if (!(key in after)) changes[key] = null;
  return changes;
}
