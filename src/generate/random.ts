// Deterministic randomness for generated data: the same seed gives the same
// choices on every machine and Node version (no Math.random).

export type Random = () => number;

/** mulberry32: small, fast and good enough to spread choices evenly. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one part of the output (a chunk), independent of the other parts. */
export function subSeed(seed: number, part: number): number {
  return mulberry32((seed ^ Math.imul(part + 1, 0x9e3779b1)) >>> 0)() * 4294967296;
}

export class Draw {
  constructor(readonly rnd: Random) {}
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  /** One key by weight: `[['CIVIL', 55], ['CRIMINAL', 30]]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let x = this.rnd() * total;
    for (const [value, w] of table) {
      x -= w;
      if (x < 0) return value;
    }
    return table[table.length - 1]![0];
  }
}

/**
 * Heavy-tailed choice among n items: item i has weight 1/(i+1)^s (Zipf), so the
 * first few items (the repeat players) are chosen far more often than the rest.
 */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly n: number,
    s = 1.1,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i += 1) {
      sum += 1 / (i + 1) ** s;
      this.cumulative[i] = sum;
    }
  }
  sample(rnd: Random): number {
    const x = rnd() * (this.cumulative[this.n - 1] ?? 0);
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
