import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disaggregate } from './disaggregate.ts';
import { createRng } from './prng.ts';

function expectValid(out: Int32Array, n: number, r: number, counts: number[]): void {
  expect(out).toHaveLength(n * r);
  const seen = new Array<number>(counts.length).fill(0);
  for (let i = 0; i < n; i++) {
    const readers = Array.from(out.subarray(i * r, i * r + r));
    expect(new Set(readers).size).toBe(r);
    for (const j of readers) seen[j]! += 1;
  }
  expect(seen).toEqual(counts);
}

/** Counts x_j ≤ n summing to n·r, from arbitrary weights. */
const countsArb = fc.record({ n: fc.integer({ min: 1, max: 12 }), r: fc.integer({ min: 1, max: 4 }), weights: fc.array(fc.nat(5), { minLength: 1, maxLength: 10 }) })
  .filter(({ n, r, weights }) => weights.length * n >= n * r)
  .map(({ n, r, weights }) => {
    const counts = weights.map(() => 0);
    let left = n * r;
    // Deal units round-robin, heavier weights first, never above n.
    const order = weights.map((w, j) => [w, j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, j]) => j);
    for (let round = 0; left > 0; round++) {
      for (const j of order) {
        if (left === 0) break;
        if (counts[j]! < n && (round < weights[j]! + 1 || round >= 6)) {
          counts[j]! += 1;
          left--;
        }
      }
    }
    return { n, r, counts };
  });

describe('disaggregate', () => {
  it.each([
    [3, 2, [3, 2, 1]],
    [4, 2, [4, 4]],
    [2, 3, [2, 2, 1, 1]],
    [5, 1, [0, 5]],
    [1, 3, [1, 1, 1, 0]],
  ])('%d entries × %d readers from counts %j', (n, r, counts) => {
    expectValid(disaggregate(n, r, counts, createRng(1)), n, r, counts);
  });

  it('always realizes feasible counts exactly, with distinct readers per entry', () => {
    fc.assert(fc.property(countsArb, fc.integer(), ({ n, r, counts }, seed) => {
      expectValid(disaggregate(n, r, counts, createRng(seed)), n, r, counts);
    }), { seed: 13, numRuns: 500 });
  });

  it('is reproducible from its seed, and the seed changes who pairs with whom', () => {
    const counts = [5, 5, 5, 5, 5, 5, 5, 5];
    const a = disaggregate(20, 2, counts, createRng(1));
    expect(disaggregate(20, 2, counts, createRng(1))).toEqual(a);
    expect(disaggregate(20, 2, counts, createRng(2))).not.toEqual(a);
  });

  it('refuses counts that cannot be realized', () => {
    expect(() => disaggregate(2, 2, [3, 1], createRng(1))).toThrow(RangeError);
    expect(() => disaggregate(2, 2, [2, 1], createRng(1))).toThrow(RangeError);
  });
});
