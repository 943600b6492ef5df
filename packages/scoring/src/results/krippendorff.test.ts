import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, unitsFromReliabilityData, type AlphaLevel } from './krippendorff.ts';

/** Scores as a judge gives them: 0–10 in hundredths (no subnormal doubles whose squares underflow). */
const score = fc.integer({ min: 0, max: 1000 }).map((x) => x / 100);

const _ = null;
// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the worked example with missing
// data: 4 observers × 12 units. Published: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
const KRIPPENDORFF_2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
// The reliability data of the `krippendorff` Python package's doctest and tests (the Wikipedia
// example): 3 coders × 15 units. Its values: nominal 0.691358, interval 0.810845.
const KRIPPENDORFF_PACKAGE = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

describe('krippendorffAlpha', () => {
  it.each([
    ['the krippendorff package data', KRIPPENDORFF_PACKAGE, 'interval', '0.8108'],
    ['the krippendorff package data', KRIPPENDORFF_PACKAGE, 'nominal', '0.6914'],
    ["Krippendorff's 2011 worked example", KRIPPENDORFF_2011, 'interval', '0.8491'],
    ["Krippendorff's 2011 worked example", KRIPPENDORFF_2011, 'nominal', '0.7434'],
    ["Krippendorff's 2011 worked example", KRIPPENDORFF_2011, 'ordinal', '0.8154'],
    ["Krippendorff's 2011 worked example", KRIPPENDORFF_2011, 'ratio', '0.7974'],
  ] as [string, (number | null)[][], AlphaLevel, string][])('%s, %s: %s', (_name, data, level, expected) => {
    expect(krippendorffAlpha(unitsFromReliabilityData(data), level)!.toFixed(4)).toBe(expected);
  });

  it('drops units with fewer than two values, and is null without pairable data or spread', () => {
    expect(krippendorffAlpha([[1, 2], [3], [4, 4]])).toBeCloseTo(krippendorffAlpha([[1, 2], [4, 4]])!, 12);
    expect(krippendorffAlpha([[1], [2]])).toBeNull();
    expect(krippendorffAlpha([[3, 3], [3, 3]])).toBeNull();
    expect(() => krippendorffAlpha([[1, Number.NaN]])).toThrow(RangeError);
  });

  it('reads coder × unit matrices with null, undefined or NaN for missing values', () => {
    expect(unitsFromReliabilityData([[1, null, 3], [2, 5, undefined], [Number.NaN, 6, 3]])).toEqual([[1, 2], [5, 6], [3, 3]]);
  });

  /** Alpha straight from the definition: every ordered pair within units, every ordered pair pooled. */
  const byDefinition = (units: number[][]): number | null => {
    const pairable = units.filter((u) => u.length >= 2);
    const all = pairable.flat();
    let observed = 0;
    for (const u of pairable) for (let i = 0; i < u.length; i++) for (let j = 0; j < u.length; j++) if (i !== j) observed += (u[i]! - u[j]!) ** 2 / (u.length - 1);
    let expected = 0;
    for (let i = 0; i < all.length; i++) for (let j = 0; j < all.length; j++) if (i !== j) expected += (all[i]! - all[j]!) ** 2;
    return all.length < 2 || expected === 0 ? null : 1 - ((all.length - 1) * observed) / expected;
  };

  it('property: the O(n) interval formula equals the pairwise definition', () => {
    const units = fc.array(fc.array(score, { maxLength: 5 }), { maxLength: 12 });
    fc.assert(fc.property(units, (u) => {
      const a = krippendorffAlpha(u, 'interval');
      const b = byDefinition(u);
      if (b === null || a === null) return;
      expect(a).toBeCloseTo(b, 8);
    }));
  });

  it('property: on integer data the coincidence-matrix route agrees with the closed form for the interval metric', () => {
    const units = fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 10 });
    fc.assert(fc.property(units, (u) => {
      const interval = krippendorffAlpha(u, 'interval');
      const definition = byDefinition(u);
      if (interval === null) expect(definition).toBeNull();
      else expect(interval).toBeCloseTo(definition!, 9);
      // Perfect agreement within every unit gives α = 1 at every level (when values vary at all).
      const agreed = u.map((unit) => unit.map(() => unit[0]!));
      for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
        const alpha = krippendorffAlpha(agreed, level);
        if (alpha !== null) expect(alpha).toBeCloseTo(1, 12);
      }
    }));
  });
});
