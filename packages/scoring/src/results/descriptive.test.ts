import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finiteOrNull, harmonicMean, mean, median, nearlyEqual, sampleVariance, sum } from './descriptive.ts';

describe('descriptive statistics', () => {
  it.each([
    [[1, 2, 3, 4], 10, 2.5, 2.5, 5 / 3],
    [[5], 5, 5, 5, Number.NaN],
    [[3, 1, 2], 6, 2, 2, 1],
    [[], 0, Number.NaN, Number.NaN, Number.NaN],
  ])('%j: sum %d, mean %d, median %d, variance %d', (values, s, m, med, v) => {
    expect(sum(values)).toBe(s);
    expect(mean(values)).toBe(m);
    expect(median(values)).toBe(med);
    if (Number.isNaN(v)) expect(sampleVariance(values)).toBeNaN();
    else expect(sampleVariance(values)).toBeCloseTo(v, 12);
  });

  it('harmonic mean of readers 2, 2, 3 is 2.25', () => {
    expect(harmonicMean([2, 2, 3])).toBeCloseTo(2.25, 12);
  });

  it('median does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([
    [0.4 * 8 + 0.2 * 6, 0.4 * 6 + 0.2 * 10, true],
    [0.1 + 0.2, 0.3, true],
    [7.5, 7.5 + 1e-6, false],
    [1e6, 1e6 + 1e-4, true],
    [0, 1e-10, true],
  ])('nearlyEqual(%d, %d) is %s', (a, b, expected) => {
    expect(nearlyEqual(a, b)).toBe(expected);
  });

  it('nearlyEqual is symmetric and reflexive', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, b) => {
      expect(nearlyEqual(a, a)).toBe(true);
      expect(nearlyEqual(a, b)).toBe(nearlyEqual(b, a));
    }));
  });

  it('finiteOrNull', () => {
    expect([1, Number.NaN, Number.POSITIVE_INFINITY, -0.5].map(finiteOrNull)).toEqual([1, null, null, -0.5]);
  });
});
