import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shroutFleissIcc } from './icc.ts';
import { SHROUT_FLEISS } from './test-support.ts';


describe('shroutFleissIcc', () => {
  const icc = shroutFleissIcc(SHROUT_FLEISS);

  it.each([
    ['icc11', 0.1657],
    ['icc21', 0.2898],
    ['icc31', 0.7148],
    ['icc1k', 0.4428],
    ['icc2k', 0.6201],
    ['icc3k', 0.9093],
  ] as const)('%s = %d (Shrout & Fleiss 1979; R psych::ICC), to 4 decimals', (key, expected) => {
    expect(icc[key]!.toFixed(4)).toBe(expected.toFixed(4));
  });

  it('has the published mean squares', () => {
    expect(icc.meanSquares.between).toBeCloseTo(11.24, 2);
    expect(icc.meanSquares.within).toBeCloseTo(6.26, 2);
    expect(icc.meanSquares.judges).toBeCloseTo(32.49, 2);
    expect(icc.meanSquares.error).toBeCloseTo(1.02, 2);
  });

  it.each([
    [[[1, 2]], /at least 2/],
    [[[1], [2]], /at least 2/],
    [[[1, 2], [3]], /expected 2/],
    [[[1, 2], [3, Number.NaN]], /not finite/],
  ])('refuses unusable matrices (%#)', (m, message) => {
    expect(() => shroutFleissIcc(m)).toThrow(message);
  });

  it('is null where the formula is 0/0 (no spread at all)', () => {
    expect(shroutFleissIcc([[3, 3], [3, 3]]).icc21).toBeNull();
  });

  it('property: perfect agreement gives 1; adding a constant per judge leaves ICC(3,·) unchanged', () => {
    const matrix = fc.integer({ min: 2, max: 6 }).chain((k) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 10 }));
    fc.assert(fc.property(matrix, fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 6, maxLength: 6 }), (m, shifts) => {
      const base = shroutFleissIcc(m);
      const shifted = shroutFleissIcc(m.map((row) => row.map((x, j) => x + shifts[j]!)));
      if (base.meanSquares.between > 1e-6) {
        expect(shifted.icc31).toBeCloseTo(base.icc31!, 9);
        expect(shifted.icc3k).toBeCloseTo(base.icc3k!, 9);
      }
      const same = m.map((row) => row.map(() => row[0]!));
      const perfect = shroutFleissIcc(same);
      if (perfect.meanSquares.between > 0) {
        for (const v of [perfect.icc11, perfect.icc21, perfect.icc31, perfect.icc1k, perfect.icc2k, perfect.icc3k]) expect(v).toBeCloseTo(1, 12);
      }
    }));
  });
});
