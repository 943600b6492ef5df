import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactJaccard } from './jaccard.ts';
import { estimateJaccard, minhashFamily, minhashSignature, type MinHashFamily } from './minhash.ts';
import { splitmix32 } from './prng.ts';

/** The definition, one permutation at a time. */
const referenceSignature = (shingles: readonly number[], family: MinHashFamily): number[] =>
  Array.from(family.a, (a, k) => {
    let min = 0xffffffff;
    for (const x of shingles) min = Math.min(min, (Math.imul(a, x) + (family.b[k] ?? 0)) >>> 0);
    return min;
  });

const uint32 = fc.nat({ max: 2 ** 32 - 1 });

/** `count` distinct pseudo-random 32-bit values. */
const distinctValues = (count: number, seed: number): number[] => {
  const next = splitmix32(seed);
  const values = new Set<number>();
  while (values.size < count) values.add(next());
  return [...values];
};

/** Two sets of random 32-bit "shingles" with a chosen overlap, sorted without repeats. */
const overlappingSets = fc
  .record({ shared: fc.nat({ max: 400 }), onlyA: fc.nat({ max: 400 }), onlyB: fc.nat({ max: 400 }), seed: uint32 })
  .filter(({ shared, onlyA, onlyB }) => shared + onlyA + onlyB > 0)
  .map(({ shared, onlyA, onlyB, seed }) => {
    const values = distinctValues(shared + onlyA + onlyB, seed);
    const sharedValues = values.slice(0, shared);
    const a = [...sharedValues, ...values.slice(shared, shared + onlyA)];
    const b = [...sharedValues, ...values.slice(shared + onlyA, shared + onlyA + onlyB)];
    const sorted = (xs: number[]): Uint32Array => Uint32Array.from(xs).sort();
    return { a: sorted(a), b: sorted(b) };
  });

describe('minhashFamily', () => {
  it('is a pure function of its seed, with odd multipliers (so each πₖ is a permutation)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), uint32, (k, seed) => {
      const family = minhashFamily(k, seed);
      expect(family).toEqual(minhashFamily(k, seed));
      expect(family.a).toHaveLength(k);
      for (const a of family.a) expect(a % 2).toBe(1);
    }));
    expect(minhashFamily(16, 1)).not.toEqual(minhashFamily(16, 2));
  });

  it.each([[0], [-3], [2.5]])('refuses %d permutations', (k) => {
    expect(() => minhashFamily(k, 0)).toThrow(RangeError);
  });
});

describe('minhashSignature', () => {
  it('is the least πₖ(x) over the set, for any number of permutations', () => {
    fc.assert(
      fc.property(fc.array(uint32, { maxLength: 50 }), fc.integer({ min: 1, max: 23 }), uint32, (shingles, k, seed) => {
        const family = minhashFamily(k, seed);
        expect([...minhashSignature(Uint32Array.from(shingles), family)]).toEqual(referenceSignature(shingles, family));
      }),
    );
  });

  it('is all 0xFFFFFFFF for the empty set', () => {
    expect([...minhashSignature(new Uint32Array(0), minhashFamily(6, 0))]).toEqual(new Array(6).fill(0xffffffff));
  });

  it('ignores order and repeats', () => {
    const family = minhashFamily(32, 7);
    expect(minhashSignature(new Uint32Array([5, 1, 9, 5, 1]), family)).toEqual(minhashSignature(new Uint32Array([1, 5, 9]), family));
  });
});

describe('estimateJaccard', () => {
  it.each([
    [[1, 2, 3, 4], [1, 2, 3, 4], 1],
    [[1, 2, 3, 4], [1, 2, 0, 0], 0.5],
    [[1, 2, 3, 4], [4, 3, 2, 1], 0],
  ])('%j vs %j → %d', (a, b, expected) => {
    expect(estimateJaccard(Uint32Array.from(a), Uint32Array.from(b))).toBe(expected);
  });

  it('refuses signatures of different or zero length', () => {
    expect(() => estimateJaccard(new Uint32Array(3), new Uint32Array(4))).toThrow(RangeError);
    expect(() => estimateJaccard(new Uint32Array(0), new Uint32Array(0))).toThrow(RangeError);
  });

  it('estimates the exact Jaccard index within 0.2 with 128 permutations (> 4.5 standard errors)', () => {
    const family = minhashFamily(128, 2024);
    fc.assert(
      fc.property(overlappingSets, ({ a, b }) => {
        const estimate = estimateJaccard(minhashSignature(a, family), minhashSignature(b, family));
        expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThanOrEqual(0.2);
      }),
      { seed: 20240501, numRuns: 300 }, // fixed: a statistical bound should not make the suite flaky
    );
  });

  it('is unbiased: the mean error over many pairs is near 0 and the spread matches √(J(1−J)/K)', () => {
    const k = 128;
    const errors: number[] = [];
    for (let trial = 0; trial < 200; trial++) {
      const family = minhashFamily(k, trial);
      // 200 values each, 100 shared: exact Jaccard 100 / 300, with fresh values every trial.
      const values = distinctValues(300, 10_000 + trial);
      const a = Uint32Array.from(values.slice(0, 200)).sort();
      const b = Uint32Array.from(values.slice(100, 300)).sort();
      errors.push(estimateJaccard(minhashSignature(a, family), minhashSignature(b, family)) - exactJaccard(a, b));
    }
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    const sd = Math.sqrt(errors.reduce((s, e) => s + (e - mean) ** 2, 0) / (errors.length - 1));
    const j = 1 / 3;
    const expectedSd = Math.sqrt((j * (1 - j)) / k);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeGreaterThan(expectedSd * 0.7);
    expect(sd).toBeLessThan(expectedSd * 1.3);
  });
});
