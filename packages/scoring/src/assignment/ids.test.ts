import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, isId } from './ids.ts';

describe('compareIds', () => {
  it.each([
    [1, 2, -1],
    [2, 1, 1],
    [3, 3, 0],
    [10, 9, 1],
    ['10', '9', -1],
    [5, 'a', -1],
    ['a', 5, 1],
    ['b', 'a', 1],
    ['a', 'a', 0],
  ])('compares %j and %j as %d', (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });

  it('is a total order: sorting any shuffle gives the same sequence', () => {
    const id = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.uniqueArray(id), (ids) => {
      const once = [...ids].sort(compareIds);
      expect([...ids].reverse().sort(compareIds)).toEqual(once);
      for (let i = 1; i < once.length; i++) expect(compareIds(once[i - 1]!, once[i]!)).toBeLessThan(0);
    }), { seed: 3 });
  });
});

describe('isId', () => {
  it.each([[1, true], ['x', true], [Number.NaN, false], [Number.POSITIVE_INFINITY, false], [null, false], [undefined, false], [{}, false]])(
    '%j → %s', (value, expected) => expect(isId(value)).toBe(expected),
  );
});
