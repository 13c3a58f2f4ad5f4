import { percentile } from '../../bench/measure';
import { parseSize } from '../../bench/sizes';

describe('benchmark helpers', () => {
  test('percentiles are nearest-rank over sorted latencies', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  test('sizes are node counts with an optional k or m', () => {
    expect(['10k', '100k', '1m', '2500', '1.5k'].map(parseSize)).toEqual([
      10_000, 100_000, 1_000_000, 2500, 1500,
    ]);
    expect(() => parseSize('ten')).toThrow('BENCH_SIZES: "ten" is not a node count');
  });
});
