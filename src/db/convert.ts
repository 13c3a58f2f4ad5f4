import neo4j from 'neo4j-driver';

// Neo4j integers and temporals never leave the executor: everything above this
// edge sees plain JSON-like values (numbers, ISO strings, arrays, objects).

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return toSafeNumber(value);
  if (neo4j.isInt(value)) return toSafeNumber(BigInt((value as { toString(): string }).toString()));
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isGraphEntity(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  throw new TypeError(`Unsupported value from Neo4j: ${typeof value}`);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Integer ${value} from Neo4j is outside JavaScript's safe range`);
  }
  return Number(value);
}

function isGraphEntity(value: unknown): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value as never) || neo4j.isRelationship(value as never) || neo4j.isPath(value as never);
}

/** Marks an ISO day that must reach Neo4j as a DATE, not a string. */
export class CalendarDate {
  constructor(readonly iso: string) {}
}

/**
 * Parameters on their way in: whole numbers become Neo4j INTEGERs (the driver
 * would send FLOATs, which LIMIT and SKIP refuse) and CalendarDates become DATEs.
 */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (value instanceof CalendarDate) {
    const [y, m, d] = value.iso.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  }
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParam(v);
    return out;
  }
  return value;
}
