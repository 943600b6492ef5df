import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveThree } from './resolution.ts';

describe('resolveThree', () => {
  it.each([
    // values, closest-two score, readings used
    [[5, 6, 9], 5.5, [0, 1]],
    [[9, 6, 5], 5.5, [1, 2]],
    [[2, 8, 9], 8.5, [1, 2]],
    [[4, 6, 8], 6, [0, 1, 2]], // the middle is equally far from both: mean of all three
    [[7, 7, 7], 7, [0, 1, 2]],
    [[7, 7, 9], 7, [0, 1]],
    [[3, 9, 9], 9, [1, 2]],
    [[7.1, 7.2, 7.3], 7.2, [0, 1, 2]], // equal gaps up to float noise
    [[0.4 * 8 + 0.2 * 6, 5.4, 0.4 * 6 + 0.2 * 10 + 2], 5.4, [0, 1, 2]], // 4.4, 5.4, 6.4 from float sums
  ] as [[number, number, number], number, number[]][])('closest-two of %j is %d (from %j)', (values, score, used) => {
    const r = resolveThree(values, 'closest-two');
    expect(r.score).toBeCloseTo(score, 12);
    expect(r.used).toEqual(used);
  });

  it('mean-of-three averages all three', () => {
    expect(resolveThree([5, 6, 9], 'mean-of-three')).toEqual({ score: 20 / 3, used: [0, 1, 2] });
  });

  it('refuses non-finite scores and unknown rules', () => {
    expect(() => resolveThree([1, Number.NaN, 2])).toThrow(RangeError);
    expect(() => resolveThree([1, 2, 3], 'median' as 'closest-two')).toThrow(RangeError);
  });

  const triple = fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }));

  it('property: the result lies within the range of the three, for both rules', () => {
    fc.assert(fc.property(triple, fc.constantFrom('closest-two' as const, 'mean-of-three' as const), (values, rule) => {
      const { score } = resolveThree(values, rule);
      expect(score).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
      expect(score).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
    }));
  });

  it('property: closest-two does not depend on the order of the readings and uses a closest pair', () => {
    fc.assert(fc.property(triple, fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]), (values, perm) => {
      const a = resolveThree(values);
      const b = resolveThree(perm.map((i) => values[i]!) as [number, number, number]);
      expect(b.score).toBeCloseTo(a.score, 9);
      if (a.used.length === 2) {
        const gap = Math.abs(values[a.used[0]!]! - values[a.used[1]!]!);
        const gaps = [[0, 1], [0, 2], [1, 2]].map(([i, j]) => Math.abs(values[i!]! - values[j!]!));
        expect(gap).toBeLessThanOrEqual(Math.min(...gaps) + 1e-9);
      }
    }));
  });
});
