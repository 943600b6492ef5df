import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateProbability, chooseBanding, lshCandidates, TARGET_RECALL, type Banding } from './lsh.ts';

describe('candidateProbability', () => {
  it.each([
    [0, { bands: 42, rows: 3 }, 0],
    [1, { bands: 42, rows: 3 }, 1],
    [0.5, { bands: 1, rows: 1 }, 0.5],
    [0.5, { bands: 2, rows: 1 }, 0.75],
    [0.5, { bands: 1, rows: 2 }, 0.25],
  ])('s = %d with %j → %d', (s, banding, expected) => {
    expect(candidateProbability(s, banding)).toBeCloseTo(expected, 12);
  });
});

describe('chooseBanding', () => {
  it.each([
    [0.5, 128, { bands: 42, rows: 3 }],
    [0.7, 128, { bands: 32, rows: 4 }],
    [0.8, 128, { bands: 21, rows: 6 }],
    [0.9, 128, { bands: 12, rows: 10 }],
    [1, 128, { bands: 1, rows: 128 }],
    [0.5, 1, { bands: 1, rows: 1 }],
  ])('threshold %d, %i permutations → %j', (threshold, permutations, expected) => {
    expect(chooseBanding(threshold, permutations)).toEqual(expected);
  });

  it('fits the signature and proposes a pair at the threshold with probability ≥ 0.99 when any banding can', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.integer({ min: 1, max: 256 }), (threshold, k) => {
        const banding = chooseBanding(threshold, k);
        expect(banding.bands * banding.rows).toBeLessThanOrEqual(k);
        const reachable = candidateProbability(threshold, { bands: k, rows: 1 }) >= TARGET_RECALL;
        if (reachable) expect(candidateProbability(threshold, banding)).toBeGreaterThanOrEqual(TARGET_RECALL);
        // Pairs more similar than the threshold are likelier to be proposed.
        expect(candidateProbability(Math.min(1, threshold + 0.1), banding)).toBeGreaterThanOrEqual(candidateProbability(threshold, banding));
      }),
    );
  });

  it.each([[0, 128], [1.5, 128], [Number.NaN, 128], [0.5, 0], [0.5, 2.5]])('refuses threshold %d with %d permutations', (t, k) => {
    expect(() => chooseBanding(t, k)).toThrow(RangeError);
  });
});

describe('lshCandidates', () => {
  /** Pairs sharing a whole band, by brute force. */
  const reference = (signatures: Uint32Array[], { bands, rows }: Banding): [number, number][] => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < signatures.length; i++) {
      for (let j = i + 1; j < signatures.length; j++) {
        for (let band = 0; band < bands; band++) {
          const a = signatures[i]?.subarray(band * rows, (band + 1) * rows);
          const b = signatures[j]?.subarray(band * rows, (band + 1) * rows);
          if (a && b && a.every((v, r) => v === b[r])) {
            pairs.push([i, j]);
            break;
          }
        }
      }
    }
    return pairs;
  };

  it('finds exactly the pairs that agree on a whole band, each once, sorted', () => {
    const arbitrary = fc.integer({ min: 1, max: 5 }).chain((bands) =>
      fc.integer({ min: 1, max: 4 }).chain((rows) =>
        fc.tuple(
          fc.constant({ bands, rows }),
          fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: bands * rows + 1, maxLength: bands * rows + 1 }), { maxLength: 25 }),
        ),
      ),
    );
    fc.assert(fc.property(arbitrary, ([banding, rows]) => {
      const signatures = rows.map((r) => Uint32Array.from(r));
      expect(lshCandidates(signatures, banding)).toEqual(reference(signatures, banding));
    }));
  });

  it('yields every pair of a group of identical signatures', () => {
    const same = Array.from({ length: 6 }, () => new Uint32Array([1, 2, 3, 4]));
    expect(lshCandidates(same, { bands: 2, rows: 2 })).toHaveLength(15);
  });

  it('refuses a banding that does not fit the signatures', () => {
    expect(() => lshCandidates([new Uint32Array(4)], { bands: 3, rows: 2 })).toThrow(RangeError);
    expect(() => lshCandidates([new Uint32Array(4)], { bands: 0, rows: 2 })).toThrow(RangeError);
  });
});
