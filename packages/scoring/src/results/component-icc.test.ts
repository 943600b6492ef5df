import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitAdditiveModel } from './additive-model.ts';
import { varianceComponentIcc } from './component-icc.ts';
import { shroutFleissIcc } from './icc.ts';
import { buildSheetTable } from './sheet-table.ts';
import { simulateRound } from './simulate.ts';
import { RUBRIC, sheetsFromMatrix, SHROUT_FLEISS } from './test-support.ts';

/** Scores as a judge gives them: 0–10 in hundredths (no subnormal doubles whose squares underflow). */
const score = fc.integer({ min: 0, max: 1000 }).map((x) => x / 100);

const components = (rows: (number | null)[][]) => varianceComponentIcc(fitAdditiveModel(buildSheetTable(sheetsFromMatrix(rows))));

describe('varianceComponentIcc', () => {
  it('reduces to Shrout & Fleiss on their complete 6 × 4 example', () => {
    const vc = components(SHROUT_FLEISS);
    expect(vc.readers).toBe(4);
    expect(vc.oneWay.n0).toBeCloseTo(4, 12);
    expect(vc.oneWay.single!.toFixed(4)).toBe('0.1657');
    expect(vc.oneWay.average!.toFixed(4)).toBe('0.4428');
    expect(vc.agreement.single!.toFixed(4)).toBe('0.2898');
    expect(vc.agreement.average!.toFixed(4)).toBe('0.6201');
    expect(vc.consistency.single!.toFixed(4)).toBe('0.7148');
    expect(vc.consistency.average!.toFixed(4)).toBe('0.9093');
  });

  it('property: equals all six Shrout & Fleiss ICCs on any complete design', () => {
    const matrix = fc.integer({ min: 2, max: 5 }).chain((k) =>
      fc.array(fc.array(score, { minLength: k, maxLength: k }), { minLength: 3, maxLength: 12 }));
    fc.assert(fc.property(matrix, (m) => {
      const sf = shroutFleissIcc(m);
      const vc = components(m);
      const pairs: [number | null, number | null][] = [
        [vc.oneWay.single, sf.icc11], [vc.oneWay.average, sf.icc1k],
        [vc.agreement.single, sf.icc21], [vc.agreement.average, sf.icc2k],
        [vc.consistency.single, sf.icc31], [vc.consistency.average, sf.icc3k],
      ];
      for (const [a, b] of pairs) {
        if (a === null || b === null || Math.abs(b) > 1e6) continue;
        expect(a).toBeCloseTo(b, 6);
      }
    }));
  });

  it('uses the one-way ANOVA estimator with n₀ for unequal numbers of readers', () => {
    // Entries with 2, 3 and 2 readers: N = 7, Σm² = 17, n₀ = (7 − 17/7)/2.
    const vc = components([
      [4, 6, null],
      [8, 9, 7],
      [null, 2, 3],
    ]);
    expect(vc.oneWay.n0).toBeCloseTo((7 - 17 / 7) / 2, 12);
    const msb = (2 * (5 - 39 / 7) ** 2 + 3 * (8 - 39 / 7) ** 2 + 2 * (2.5 - 39 / 7) ** 2) / 2;
    const msw = (2 + 2 + 0.5) / 4;
    expect(vc.oneWay.betweenMeanSquare).toBeCloseTo(msb, 12);
    expect(vc.oneWay.withinMeanSquare).toBeCloseTo(msw, 12);
    const n0 = (7 - 17 / 7) / 2;
    expect(vc.oneWay.single).toBeCloseTo((msb - msw) / (msb + (n0 - 1) * msw), 12);
    expect(vc.readers).toBeCloseTo(3 / (1 / 2 + 1 / 3 + 1 / 2), 12);
  });

  it('in a random incomplete design, recovers the simulated components', () => {
    // Quality SD 1.2 per criterion → entry variance 1.44 on the total (weights sum to 1); judges ±1
    // evenly → σ²_j = 1·(J+1)/(3(J−1)); noise 1 per criterion → σ²_r = Σw² = 0.30 (continuous scores).
    const sim = simulateRound({ entries: 3000, judges: 40, rubric: RUBRIC, qualitySd: 1.2, noiseSd: 1, severitySpread: 1, integerScores: false, seed: 5 });
    const vc = varianceComponentIcc(fitAdditiveModel(buildSheetTable(sim.sheets)));
    expect(vc.components.entry).toBeCloseTo(1.44, 1);
    expect(vc.components.judge).toBeCloseTo(41 / 117, 1);
    expect(vc.components.residual).toBeCloseTo(0.3, 1);
    const truth = 1.44 / (1.44 + 41 / 117 + 0.3);
    expect(Math.abs(vc.agreement.single! - truth)).toBeLessThan(0.03);
    // With random judges, the one-way ICC estimates the same quantity.
    expect(Math.abs(vc.oneWay.single! - truth)).toBeLessThan(0.03);
  });
});
