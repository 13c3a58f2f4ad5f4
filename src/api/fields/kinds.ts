import type { Hop } from '../../graph/relationships';
import type { Codec } from './stored';

export { hop, type Hop } from '../../graph/relationships';

// The kinds of field a type model is made of. Each entry says what a GraphQL
// field reads from the graph; the parts a route fetches (`parts.ts`) and the
// cost estimate (`../../server/limits.ts`) are derived from the entries, and
// `TypeModel` makes the compiler refuse a model that misses a schema field.

/** Arguments of a field as the estimator sees them, after variables. */
export type Args = Record<string, unknown>;

/** What a graph of the current shape may make a field touch (see `../../server/shape.ts`). */
export interface ShapeView {
  /** The largest number of `hop` relationships at one node now (or the documented default). */
  degree(hop: Hop): number;
  /** The largest number of relationships of any type at one node. */
  anyDegree(): number;
  /** The largest number of documents stating one node or relationship. */
  records(): number;
}

interface Base<P extends string> {
  /** The parts of the owner's projection the field reads (only the case and the party have parts). */
  parts?: readonly P[];
  /**
   * The fields its answer is computed from beyond its own selection, by name (a party's
   * `displayName` from its `name` and `descriptors`), read whenever it is selected
   * (cypher/reading.ts); `all`: everything the entity has.
   */
  requires?: readonly string[] | 'all';
}

export type FieldSpec<P extends string = never> =
  /** A stored property of the entity, read with it through its codec (`stored.ts`). */
  | (Base<P> & { kind: 'property'; codec: Codec<unknown> })
  /** Made from what the entity's projection reads anyway (its properties, or the parts named). */
  | (Base<P> & { kind: 'derived' })
  /** A part of a value already read (a date's precision, an edge's cursor): costs what it selects. */
  | (Base<P> & { kind: 'value' })
  /** The entity's evidence: one entry per quote of each document stating it, with its source. */
  | (Base<P> & { kind: 'evidence' })
  /** One related entity. */
  | (Base<P> & { kind: 'one'; via: Hop })
  /** Every related entity: as many as the relationship's largest degree. */
  | (Base<P> & { kind: 'list'; via: Hop })
  /** An entity found by id through an index (a source of evidence, a counsel's client). */
  | (Base<P> & { kind: 'lookup' })
  /**
   * A page of related entities (`first`, `after`), counted and paged in order;
   * `readsAll` where every link is read (without its projection) to order and count
   * them before the page is cut.
   */
  | (Base<P> & { kind: 'page'; via: Hop; readsAll?: boolean })
  /** Computed from other fields; `rows` is what it reads beyond its parts (default: its selection). */
  | (Base<P> & { kind: 'computed'; rows?: (args: Args, child: number, shape: ShapeView) => number });

/** A stored property: its codec says which keys it reads and how (see `stored.ts`). */
export const property = <T>(codec: Codec<T>): { kind: 'property'; codec: Codec<T> } => ({
  kind: 'property',
  codec,
});
export const derived = <P extends string = never>(parts?: readonly P[]): FieldSpec<P> =>
  parts ? { kind: 'derived', parts } : { kind: 'derived' };
export const value = <P extends string = never>(parts?: readonly P[]): FieldSpec<P> =>
  parts ? { kind: 'value', parts } : { kind: 'value' };
export const evidence = <P extends string = never>(parts?: readonly P[]): FieldSpec<P> =>
  parts ? { kind: 'evidence', parts } : { kind: 'evidence' };
export const one = <P extends string = never>(via: Hop, parts?: readonly P[]): FieldSpec<P> =>
  parts ? { kind: 'one', via, parts } : { kind: 'one', via };
export const list = <P extends string = never>(via: Hop, parts?: readonly P[]): FieldSpec<P> =>
  parts ? { kind: 'list', via, parts } : { kind: 'list', via };
export const page = <P extends string = never>(
  via: Hop,
  parts?: readonly P[],
  opts: { readsAll?: boolean } = {},
): FieldSpec<P> => ({ kind: 'page', via, ...(parts ? { parts } : {}), ...opts });
export const lookup = <P extends string = never>(parts?: readonly P[]): FieldSpec<P> =>
  parts ? { kind: 'lookup', parts } : { kind: 'lookup' };
export const computed = <P extends string = never>(
  spec: { parts?: readonly P[]; rows?: (args: Args, child: number, shape: ShapeView) => number } = {},
): FieldSpec<P> => ({ kind: 'computed', ...spec });

/** `spec`, computed from the fields `requires` names too (see Base.requires). */
export const requiring = <S extends FieldSpec<string>>(requires: readonly string[] | 'all', spec: S): S => ({
  ...spec,
  requires,
});

/** A Relay connection's fields: what they cost is counted on the field that pages. */
export const CONNECTION = { edges: value(), pageInfo: value(), totalCount: value() } as const;
/** A Relay edge's fields. */
export const EDGE = { cursor: value(), node: value() } as const;

/** The fields of a generated GraphQL type, `__typename` aside. */
type FieldsOf<T> = Exclude<keyof T, '__typename'>;

/**
 * A model of GraphQL type `T`: exactly one entry per schema field. Written as
 * `{ … } satisfies TypeModel<Case, CasePart>`, a missing or unknown field is a
 * compile error.
 */
export type TypeModel<T, P extends string = never> = { readonly [K in FieldsOf<T>]-?: FieldSpec<P> };
