import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBradleyTerry, type BradleyTerryFit } from './bradley-terry.ts';
import { scaleSeparationReliability } from './scale-separation.ts';
import { DATASET, ITEMS, R_REFERENCE } from './test-support.ts';

const fitOf = (rows: [number, number][]): BradleyTerryFit => ({
  items: rows.map(([ability, standardError], i) => ({ id: `e${i}`, ability, standardError, comparisons: 1, wins: 0 })),
  iterations: 1,
  converged: true,
});

describe('scaleSeparationReliability', () => {
  it('is (observed variance − mean squared SE) / observed variance, variance over N', () => {
    // abilities −1, 0, 1: variance 2/3; SEs 0.5: MSE 0.25 → (2/3 − 1/4) / (2/3) = 0.625.
    expect(scaleSeparationReliability(fitOf([[-1, 0.5], [0, 0.5], [1, 0.5]]))).toBeCloseTo(0.625, 12);
    // abilities −2, 2: variance 4; SEs 1 and 0: MSE 0.5 → 3.5 / 4.
    expect(scaleSeparationReliability(fitOf([[-2, 1], [2, 0]]))).toBeCloseTo(0.875, 12);
  });

  it('equals the R reference on the reference dataset (bradley-terry.reference.R)', () => {
    expect(scaleSeparationReliability(fitBradleyTerry(ITEMS, DATASET))).toBeCloseTo(R_REFERENCE.ssr, 5);
  });

  it('is 1 without error, negative when the error exceeds the spread, NaN with < 2 items or no spread', () => {
    expect(scaleSeparationReliability(fitOf([[-1, 0], [1, 0]]))).toBe(1);
    expect(scaleSeparationReliability(fitOf([[-0.1, 1], [0.1, 1]]))).toBeLessThan(0);
    expect(scaleSeparationReliability(fitOf([[0, 1]]))).toBeNaN();
    expect(scaleSeparationReliability(fitOf([]))).toBeNaN();
    expect(scaleSeparationReliability(fitOf([[0, 1], [0, 1]]))).toBeNaN();
  });

  it('never exceeds 1 and falls as the errors grow', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 20 }),
      fc.double({ min: 0, max: 3, noNaN: true }), (abilities, se) => {
        const ssr = scaleSeparationReliability(fitOf(abilities.map((a) => [a, se])));
        if (Number.isNaN(ssr)) return;
        expect(ssr).toBeLessThanOrEqual(1);
        expect(scaleSeparationReliability(fitOf(abilities.map((a) => [a, se + 0.1])))).toBeLessThan(ssr);
      }), { seed: 8 });
  });
});
