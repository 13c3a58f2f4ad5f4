import type { Plain } from '../db/convert';

// Small readers of row values (plain values from the executor): each returns the
// value when it has the expected type and a fixed fallback otherwise. Pure.

/** A row, or a map inside one. */
export type Props = { [key: string]: Plain };

/** A string; anything else as its text (`''` for null). */
export const str = (v: Plain | undefined): string => (typeof v === 'string' ? v : String(v ?? ''));
/** A string, or null. */
export const optStr = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);
/** A boolean, or null. */
export const optBool = (v: Plain | undefined): boolean | null => (typeof v === 'boolean' ? v : null);
/** A number, or 0. */
export const num = (v: Plain | undefined): number => (typeof v === 'number' ? v : 0);
/** A number, or null. */
export const optNum = (v: Plain | undefined): number | null => (typeof v === 'number' ? v : null);
/** A list as strings (see `str`); anything else as an empty list. */
export const strList = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.map((x) => str(x)) : []);
/** A map, or an empty one. */
export const obj = (v: Plain | undefined): Props =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : {};
/** A list of maps (see `obj`); anything else as an empty list. */
export const list = (v: Plain | undefined): Props[] => (Array.isArray(v) ? v.map(obj) : []);
