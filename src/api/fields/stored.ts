import { DATE_SUFFIXES, decodeDate } from '../../graph/codecs';
import type { PartialDateModel } from '../../domain/models';
import { optBool, optNum, optStr, str, strList, type Props } from '../../cypher/rows';

// How a stored property reads back into a model value: the codec of a `property`
// entry of a field model. From the entries of a type's model come the keys its
// projection reads (`cypher/shown.ts`), the row reader of its properties
// (`readProperties`, used by `cypher/mappers.ts`) and the properties of its
// domain model (`PropertiesOf`): a stored field is one entry.

/** Whether a field of this name is selected (see cypher/reading.ts). */
export type Selects = (field: string) => boolean;
const EVERY: Selects = () => true;

export interface Codec<T> {
  /**
   * The stored keys a field named `name` reads (a partial date is several): those of
   * the subfields `selects` accepts, and always those `read` cannot do without.
   */
  keys(name: string, selects?: Selects): readonly string[];
  read(row: Props, name: string): T;
}

const single = <T>(read: (v: Props[string] | undefined) => T): Codec<T> => ({
  keys: (name) => [name],
  read: (row, name) => read(row[name]),
});

/** A text every entity of the kind has. */
export const text: Codec<string> = single(str);
/** A text, or null. */
export const optText: Codec<string | null> = single(optStr);
/** A list of texts (empty when absent). */
export const texts: Codec<string[]> = single(strList);
/** A yes/no the source may leave open (null). */
export const flag: Codec<boolean | null> = single(optBool);
/** A yes/no that is no unless stored as yes. */
export const yes: Codec<boolean> = single((v) => v === true);
/** One of the values of a GraphQL enum, always present. */
export const oneOf = <T extends string>(): Codec<T> => single((v) => str(v) as T);
/** One of the values of a GraphQL enum, or null. */
export const optOneOf = <T extends string>(): Codec<T | null> => single((v) => optStr(v) as T | null);

const fieldOf = (suffix: string): string => suffix[0]!.toLowerCase() + suffix.slice(1);

/**
 * A partial date: one property per part under the field's name (see graph/codecs.ts),
 * each read when its PartialDate field is selected; the value always (no value, no date).
 */
export const day: Codec<PartialDateModel | null> = {
  keys: (name, selects = EVERY) =>
    DATE_SUFFIXES.filter((s) => s === 'Value' || selects(fieldOf(s))).map((s) => `${name}${s}`),
  read: (row, name) => decodeDate(row, name),
};

/** A sentence: its term as told, and the months and custody read from it, under the field's name. */
export const sentence: Codec<{ term: string; months: number | null; custody: string | null } | null> = {
  keys: (name, selects = EVERY) => [
    `${name}Term`,
    ...(selects('months') ? [`${name}Months`] : []),
    ...(selects('custody') ? [`${name}Custody`] : []),
  ],
  read: (row, name) => {
    const term = optStr(row[`${name}Term`]);
    return term
      ? { term, months: optNum(row[`${name}Months`]), custody: optStr(row[`${name}Custody`]) }
      : null;
  },
};

type StoredEntry = { kind: 'property'; codec: Codec<unknown> };

/** The stored properties of a model, with the types their codecs read. */
export type PropertiesOf<M> = {
  -readonly [K in keyof M as M[K] extends StoredEntry ? K : never]: M[K] extends { codec: Codec<infer T> }
    ? T
    : never;
};

// Per model: its `property` entries. Every row a mapper reads goes through them.
const entriesOf = new WeakMap<object, [string, StoredEntry][]>();

function storedEntries(model: object): [string, StoredEntry][] {
  let entries = entriesOf.get(model);
  if (!entries) {
    entries = Object.entries(model).filter(
      (e): e is [string, StoredEntry] => (e[1] as { kind?: string }).kind === 'property',
    );
    entriesOf.set(model, entries);
  }
  return entries;
}

/**
 * The stored keys a model's properties read, in the model's order: of the fields
 * `selects` accepts (all by default), and always `id`.
 */
export function storedKeys(model: object, selects: Selects = EVERY): string[] {
  return storedEntries(model)
    .filter(([name]) => name === 'id' || selects(name))
    .flatMap(([name, spec]) => spec.codec.keys(name, selects));
}

/** A row's stored properties as the model's codecs read them. */
export function readProperties<M extends object>(model: M, row: Props): PropertiesOf<M> {
  return Object.fromEntries(
    storedEntries(model).map(([name, spec]) => [name, spec.codec.read(row, name)]),
  ) as PropertiesOf<M>;
}
