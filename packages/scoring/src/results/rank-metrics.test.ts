import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, pearson, spearman, topRecall } from './rank-metrics.ts';

describe('rank metrics', () => {
  it('average ranks share ties', () => {
    expect(Array.from(averageRanks([10, 20, 20, 5]))).toEqual([2, 3.5, 3.5, 1]);
  });

  it.each([
    [[1, 2, 3, 4], [10, 20, 30, 40], 1],
    [[1, 2, 3, 4], [4, 3, 2, 1], -1],
    [[1, 2, 3, 4, 5], [2, 1, 4, 3, 5], 0.8],
  ])('spearman(%j, %j) = %d', (x, y, rho) => {
    expect(spearman(x, y)).toBeCloseTo(rho, 12);
  });

  it('pearson is NaN without spread', () => {
    expect(pearson([1, 1], [1, 2])).toBeNaN();
  });

  it('top-k recall', () => {
    expect(topRecall([5, 4, 3, 2, 1], [1, 2, 3, 4, 5], 2)).toBe(0);
    expect(topRecall([5, 4, 3, 2, 1], [5, 3, 4, 2, 1], 2)).toBe(0.5);
    expect(topRecall([5, 4, 3, 2, 1], [9, 8, 1, 2, 3], 2)).toBe(1);
    expect(topRecall([5, 1, 4, 2, 3], [5, 4, 3, 2, 1], 3)).toBeCloseTo(2 / 3, 12);
    expect(() => topRecall([1], [1], 2)).toThrow(RangeError);
  });

  it('property: spearman is invariant under monotone transforms', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })), { minLength: 3, maxLength: 30 }), (pairs) => {
      const x = pairs.map((p) => p[0]);
      const y = pairs.map((p) => p[1]);
      const rho = spearman(x, y);
      fc.pre(Number.isFinite(rho));
      expect(spearman(x.map((v) => Math.exp(v / 4)), y.map((v) => 3 * v + 1))).toBeCloseTo(rho, 9);
    }));
  });
});
