import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitAdditiveModel } from './additive-model.ts';
import { buildSheetTable } from './sheet-table.ts';
import { SHROUT_FLEISS, sheetsFromMatrix, smallRound } from './test-support.ts';

/** Scores as a judge gives them: 0–10 in hundredths (no subnormal doubles whose squares underflow). */
const score = fc.integer({ min: 0, max: 1000 }).map((x) => x / 100);

const fit = (rows: (number | null)[][], options = {}) => fitAdditiveModel(buildSheetTable(sheetsFromMatrix(rows)), options);

describe('fitAdditiveModel', () => {
  it('on a complete design, estimates the variance components of the two-way ANOVA', () => {
    // BMS 11.2417, JMS 32.4861, EMS 1.0194 (Shrout & Fleiss 1979, n = 6, k = 4).
    const model = fit(SHROUT_FLEISS);
    expect(model.variance.residual).toBeCloseTo(1.019444, 5); // EMS
    expect(model.variance.judge).toBeCloseTo((32.486111 - 1.019444) / 6, 5); // (JMS − EMS)/n
    expect(model.variance.entry).toBeCloseTo((11.241667 - 1.019444) / 4, 5); // (BMS − EMS)/k
    expect(model.variance.residualDf).toBe(15);
    // The unshrunk severities are the judges' column means minus the grand mean.
    expect(Array.from(model.severityUnshrunk)).toEqual([2.375, -2.7916666666666665, -0.9583333333333334, 1.375].map((x) => expect.closeTo(x, 9)));
    expect(model.converged).toBe(true);
  });

  it('recovers exact severities from noiseless additive data, without shrinking them', () => {
    const quality = [5, 7, 6, 8, 4];
    const severity = [-1, 0.5, 0.5];
    // A connected incomplete design: judge j reads entries where (e + j) % 3 !== 0.
    const rows = quality.map((q, e) => severity.map((b, j) => ((e + j) % 3 !== 0 ? q + b : null)));
    const model = fit(rows);
    expect(model.variance.residual).toBeCloseTo(0, 12);
    expect(Array.from(model.severity)).toEqual(severity.map((b) => expect.closeTo(b, 8)));
    expect(Array.from(model.entryEffect)).toEqual(quality.map((q) => expect.closeTo(q, 8)));
  });

  it('shrinks a judge with few sheets more than one with many', () => {
    const rows: (number | null)[][] = [];
    // Judges 1 and 2 read 40 entries together; judge 3 shares only 2 entries with judge 1.
    for (let e = 0; e < 40; e++) rows.push([5 + (e % 7) + 0.3 * Math.sin(e), 5 + (e % 7) + 1 + 0.3 * Math.cos(e), null]);
    rows.push([6, null, 4.5], [7, null, 5.2]);
    const model = fit(rows);
    expect(model.shrinkage[2]!).toBeLessThan(model.shrinkage[0]!);
    expect(model.shrinkage[0]!).toBeLessThan(1);
    expect(Math.abs(model.severity[2]!)).toBeLessThan(Math.abs(model.severityUnshrunk[2]!));
  });

  it('says so when the residual variance cannot be estimated, and then corrects nothing', () => {
    const model = fit([[6, 8]]); // one entry, two readers: N − E − J + 1 = 0
    expect(model.status).toBe('insufficient-data');
    expect(model.variance.residual).toBeNull();
    expect(Array.from(model.severity)).toEqual([0, 0]);
    expect(Array.from(model.entryEffect)).toEqual([7]);
    expect(Number.isNaN(model.severitySe[0]!)).toBe(true);
  });

  it('centres severities within each connected part of the design separately', () => {
    // Judges 1–2 read entries 1–3; judges 3–4 read entries 4–6: two parts.
    const rows = [
      [5, 6, null, null],
      [6, 7.5, null, null],
      [7, 8, null, null],
      [null, null, 2, 4],
      [null, null, 3, 5.5],
      [null, null, 4, 6],
    ];
    const model = fit(rows);
    expect(model.parts).toBe(2);
    expect(Array.from(model.part)).toEqual([0, 0, 1, 1]);
    expect(model.severityUnshrunk[0]! + model.severityUnshrunk[1]!).toBeCloseTo(0, 12);
    expect(model.severityUnshrunk[2]! + model.severityUnshrunk[3]!).toBeCloseTo(0, 12);
    expect(model.variance.residualDf).toBe(12 - 6 - 4 + 2);
  });

  it('reports when the iteration cap stops it before convergence', () => {
    const rows = Array.from({ length: 30 }, (_, e) => [0, 1, 2].map((j) => ((e + j) % 3 === 0 ? null : e % 5 + j + 0.1 * ((e * 7 + j) % 3))));
    expect(fit(rows, { maxIterations: 1, tolerance: 0 }).converged).toBe(false);
    expect(fit(rows).converged).toBe(true);
    expect(() => fit(rows, { maxIterations: 0 })).toThrow(RangeError);
  });

  it('property: severities sum to ~0 within every part, shrunk and unshrunk', () => {
    fc.assert(fc.property(smallRound, (sheets) => {
      const model = fitAdditiveModel(buildSheetTable(sheets));
      for (const severities of [model.severity, model.severityUnshrunk]) {
        const sums = new Float64Array(model.parts);
        severities.forEach((b, j) => (sums[model.part[j]!]! += b));
        for (const s of sums) expect(Math.abs(s)).toBeLessThan(1e-8);
      }
      for (const λ of model.shrinkage) expect(λ >= 0 && λ <= 1).toBe(true);
    }));
  });

  it("property: when readers never differ on an entry, severities are 0 and corrected = mean", () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(score, fc.shuffledSubarray([1, 2, 3, 4], { minLength: 1, maxLength: 3 })), { minLength: 2, maxLength: 15 }),
      (plan) => {
        const sheets = plan.flatMap(([total, judges], e) => judges.map((j) => ({ entryId: e, judgeId: j, total, criteria: [] })));
        const model = fitAdditiveModel(buildSheetTable(sheets));
        for (const b of model.severity) expect(Math.abs(b)).toBeLessThan(1e-9);
        plan.forEach(([total], e) => expect(model.entryEffect[e]).toBeCloseTo(total, 9));
      },
    ));
  });
});
