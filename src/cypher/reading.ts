// What a statement reads of the entities it projects, from what the operation
// selects. `evidence`: whether the nested entities carry their evidence (a
// document's own evidence is read when its `evidence` part is asked for).
// `names`: every field name the operation selects anywhere, with what those fields
// require (api/parts.ts, from the field models); a stored property, a date's part,
// an evidence entry's source or a party's descriptors are read only when a field of
// that name is selected. Null names read everything: the routes that do not say
// what they select (search hits, graph views, statistics) and fields that compute
// over the whole entity (`Case.asOf`). The names are the operation's, not one
// route's, so every route of one operation reads an entity the same way.

export class Reading {
  private constructor(
    readonly evidence: boolean,
    readonly names: ReadonlySet<string> | null,
  ) {}

  static of(evidence: boolean, names: ReadonlySet<string> | null = null): Reading {
    return new Reading(evidence, names);
  }

  /** The same names, with or without the evidence of nested entities. */
  withEvidence(evidence: boolean): Reading {
    return evidence === this.evidence ? this : new Reading(evidence, this.names);
  }

  /** Whether a field named `name` is selected (every field, when the names are not known). */
  selects(name: string): boolean {
    return this.names === null || this.names.has(name);
  }

  /** Whether evidence resolves its sources inline (else it carries their ids, and `Evidence.source` loads them). */
  get sources(): boolean {
    return this.selects('source');
  }
}

/** Everything, with the evidence of nested entities. */
export const FULL = Reading.of(true);
/** Everything, without the evidence of nested entities. */
export const LEAN = Reading.of(false);

/** A set of parts with the names the operation selects (null: all): what a statement reads. */
export class Selected<P extends string> extends Set<P> {
  readonly names: ReadonlySet<string> | null;
  constructor(parts: Iterable<P>, names: ReadonlySet<string> | null = null) {
    super(parts);
    this.names = names;
  }
}

/** The names a set of parts carries (null: all). */
export const namesOf = (parts: ReadonlySet<string>): ReadonlySet<string> | null =>
  parts instanceof Selected ? parts.names : null;

// Per set of names (one per operation document): its key, asked by every loader and statement lookup.
const keys = new WeakMap<ReadonlySet<string>, string>();

/** The names of a set of parts as a key: statements and loaders differ by them. */
export const namesKey = (parts: ReadonlySet<string>): string => {
  const names = namesOf(parts);
  if (!names) return '*';
  let key = keys.get(names);
  if (key === undefined) {
    key = [...names].sort().join(',');
    keys.set(names, key);
  }
  return key;
};

/** How a document with `parts` reads what it nests: their evidence when `nestedEvidence` is asked. */
export const readingOf = (parts: ReadonlySet<string>): Reading =>
  Reading.of(parts.has('nestedEvidence'), namesOf(parts));
