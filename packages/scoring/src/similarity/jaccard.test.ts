import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactJaccard } from './jaccard.ts';

const set = (xs: number[]): Uint32Array => Uint32Array.from(new Set(xs)).sort();

describe('exactJaccard', () => {
  it.each([
    [[], [], 1],
    [[1], [], 0],
    [[1, 2, 3], [1, 2, 3], 1],
    [[1, 2, 3], [4, 5, 6], 0],
    [[1, 2, 3, 4], [3, 4, 5, 6], 2 / 6],
    [[0, 0xffffffff], [0xffffffff], 0.5],
  ])('%j vs %j → %d', (a, b, expected) => {
    expect(exactJaccard(set(a), set(b))).toBeCloseTo(expected, 12);
  });

  it('is |A ∩ B| / |A ∪ B|, symmetric, in [0, 1]', () => {
    const values = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 40 });
    fc.assert(fc.property(values, values, (xs, ys) => {
      const a = new Set(xs);
      const b = new Set(ys);
      const union = new Set([...a, ...b]).size;
      const intersection = [...a].filter((x) => b.has(x)).length;
      const expected = union === 0 ? 1 : intersection / union;
      expect(exactJaccard(set(xs), set(ys))).toBeCloseTo(expected, 12);
      expect(exactJaccard(set(ys), set(xs))).toBe(exactJaccard(set(xs), set(ys)));
    }));
  });
});
