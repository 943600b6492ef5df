import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitmix32 } from './prng.ts';

const draw = (seed: number, count: number): number[] => {
  const next = splitmix32(seed);
  return Array.from({ length: count }, () => next());
};

describe('splitmix32', () => {
  it('is a pure function of its seed, giving unsigned 32-bit integers', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (seed) => {
      const values = draw(seed, 8);
      expect(draw(seed, 8)).toEqual(values);
      for (const v of values) expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
    }));
  });

  it.each([[0, 1], [1, 2 ** 32 + 1], [5, -5], [2 ** 40, 2 ** 41]])('seeds %d and %d give different streams', (x, y) => {
    expect(draw(x, 4)).not.toEqual(draw(y, 4));
  });

  it('is roughly uniform', () => {
    const buckets = new Array<number>(16).fill(0);
    for (const v of draw(42, 160_000)) buckets[v >>> 28] = (buckets[v >>> 28] ?? 0) + 1;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('refuses the seed %d', (seed) => {
    expect(() => splitmix32(seed)).toThrow(RangeError);
  });
});
