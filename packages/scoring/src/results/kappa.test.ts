import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadraticWeightedKappa } from './kappa.ts';

/**
 * Quadratic weighted kappa the way R psych::cohen.kappa computes it for two columns of data: the
 * categories are the union of observed values, weights 1 − (i − j)²/(k − 1)² on category indices.
 */
function psychWeightedKappa(a: number[], b: number[]): number {
  const labels = [...new Set([...a, ...b])].sort((x, y) => x - y);
  const k = labels.length;
  const p = labels.map(() => new Array<number>(k).fill(0));
  a.forEach((x, i) => (p[labels.indexOf(x)]![labels.indexOf(b[i]!)]! += 1 / a.length));
  const rows = p.map((r) => r.reduce((s, x) => s + x, 0));
  const cols = labels.map((_, j) => p.reduce((s, r) => s + r[j]!, 0));
  let po = 0;
  let pc = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = 1 - (i - j) ** 2 / (k - 1) ** 2;
      po += w * p[i]![j]!;
      pc += w * rows[i]! * cols[j]!;
    }
  }
  return (po - pc) / (1 - pc);
}

describe('quadraticWeightedKappa', () => {
  const a = [1, 2, 3, 4, 5, 6, 3, 4, 2, 5, 4, 3];
  const b = [1, 3, 3, 5, 5, 5, 2, 4, 3, 6, 4, 2];

  it('is 0.8542 on the reference pair (R psych::cohen.kappa, categories 1…6 from the observed union)', () => {
    expect(quadraticWeightedKappa(a, b)!.toFixed(4)).toBe('0.8542');
    expect(psychWeightedKappa(a, b).toFixed(4)).toBe('0.8542');
  });

  it.each([
    [[1, 2, 3], [1, 2, 3], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[2, 2, 2], [2, 2, 2], null],
    [[2, 2, 2], [3, 3, 3], 0],
    [[], [], null],
  ])('%j vs %j: %s', (x, y, expected) => {
    const k = quadraticWeightedKappa(x, y);
    if (expected === null) expect(k).toBeNull();
    else expect(k).toBeCloseTo(expected, 12);
  });

  it('refuses raters of different lengths or non-finite ratings', () => {
    expect(() => quadraticWeightedKappa([1, 2], [1])).toThrow(RangeError);
    expect(() => quadraticWeightedKappa([1, Number.NaN], [1, 2])).toThrow(RangeError);
  });

  it('differs from psych when a middle category is never used (psych weighs by index, this by value)', () => {
    const x = [1, 2, 5, 5, 1, 2];
    const y = [1, 2, 5, 2, 2, 1];
    expect(quadraticWeightedKappa(x, y)).not.toBeCloseTo(psychWeightedKappa(x, y), 3);
  });

  it('property: equals psych’s contingency-table computation whenever the observed values are consecutive', () => {
    const ratings = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { minLength: 2, maxLength: 40 });
    fc.assert(fc.property(ratings, (pairs) => {
      const x = pairs.map((p) => p[0]);
      const y = pairs.map((p) => p[1]);
      const values = new Set([...x, ...y]);
      fc.pre(values.size >= 2 && Math.max(...values) - Math.min(...values) === values.size - 1);
      expect(quadraticWeightedKappa(x, y)).toBeCloseTo(psychWeightedKappa(x, y), 9);
    }));
  });

  it('property: symmetric in the two raters and at most 1', () => {
    const ratings = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(ratings, (pairs) => {
      const x = pairs.map((p) => p[0]);
      const y = pairs.map((p) => p[1]);
      const k = quadraticWeightedKappa(x, y);
      const reverse = quadraticWeightedKappa(y, x);
      if (k === null) expect(reverse).toBeNull();
      else {
        expect(reverse).toBeCloseTo(k, 12);
        expect(k).toBeLessThanOrEqual(1 + 1e-12);
      }
    }));
  });
});
