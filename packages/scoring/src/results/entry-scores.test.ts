import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreEntries, type ScoreMethod } from './entry-scores.ts';
import { simulateRound } from './simulate.ts';
import { RUBRIC, sheetsFromMatrix, smallRound } from './test-support.ts';

// Four judges, six entries, each read by two or three; judge 2 is 2 points harsher than the others.
const ROWS: (number | null)[][] = [
  [7, 5, null, null],
  [null, 4, 6, null],
  [null, null, 8, 8],
  [6, null, null, 6],
  [9, 7, 9, null],
  [null, 6.5, null, 8.5],
];

describe('scoreEntries', () => {
  it("'mean' averages readers' totals and leaves them uncorrected", () => {
    const result = scoreEntries(sheetsFromMatrix(ROWS), { method: 'mean' });
    expect(result.entries.map((e) => e.raw)).toEqual([6, 5, 8, 6, 25 / 3, 7.5]);
    expect(result.entries.map((e) => e.corrected)).toEqual(result.entries.map((e) => e.raw));
    expect(result.entries.map((e) => e.readers)).toEqual([2, 2, 2, 2, 3, 2]);
  });

  it("'corrected' removes judge 2's severity (noiseless data: exactly)", () => {
    const result = scoreEntries(sheetsFromMatrix(ROWS), { method: 'corrected' });
    const severity = result.judges.map((j) => j.severity);
    expect(severity).toEqual([0.5, -1.5, 0.5, 0.5].map((x) => expect.closeTo(x, 8)));
    expect(result.entries.map((e) => e.corrected)).toEqual([6.5, 5.5, 7.5, 5.5, 8.5, 8].map((x) => expect.closeTo(x, 8)));
    expect(result.entries.map((e) => e.raw)).toEqual([6, 5, 8, 6, 25 / 3, 7.5]);
    expect(result.judges[1]).toMatchObject({ judgeId: 2, sheets: 4, shrinkage: 1 });
    expect(result.model.status).toBe('fitted');
  });

  it("'zscore' standardizes within each judge and rescales to the overall mean and SD", () => {
    const sheets = sheetsFromMatrix([
      [2, 10],
      [4, 20],
      [6, 30],
    ]);
    const result = scoreEntries(sheets, { method: 'zscore' });
    // Both judges order the entries alike and z-scores are −1, 0, 1 for each: the rescaled values agree.
    const totals = [2, 4, 6, 10, 20, 30];
    const m = totals.reduce((s, x) => s + x, 0) / 6;
    const sd = Math.sqrt(totals.reduce((s, x) => s + (x - m) ** 2, 0) / 5);
    expect(result.entries.map((e) => e.corrected)).toEqual([m - sd, m, m + sd].map((x) => expect.closeTo(x, 10)));
  });

  it('resolves adjudicated entries by the rule, on raw and on corrected values', () => {
    const sheets = sheetsFromMatrix([
      [5, 6, 9],
      [7, 7, null],
    ]);
    const closest = scoreEntries(sheets, { adjudicated: [1] });
    expect(closest.entries[0]).toMatchObject({ raw: 5.5, corrected: 5.5, resolution: { rule: 'closest-two', raw: [1, 2], corrected: [1, 2] } });
    expect(closest.entries[1]!.resolution).toBeUndefined();
    const all = scoreEntries(sheets, { adjudicated: [1], resolution: 'mean-of-three' });
    expect(all.entries[0]!.raw).toBeCloseTo(20 / 3, 12);
    // Without being named adjudicated, three readers are simply averaged.
    expect(scoreEntries(sheets).entries[0]!.raw).toBeCloseTo(20 / 3, 12);
  });

  it('refuses an unknown method', () => {
    expect(() => scoreEntries(sheetsFromMatrix(ROWS), { method: 'median' as ScoreMethod })).toThrow(RangeError);
  });

  it('property: every method keeps raw = mean of totals for non-adjudicated entries, and is order-independent', () => {
    fc.assert(fc.property(smallRound, fc.constantFrom<ScoreMethod>('mean', 'corrected', 'zscore'), (sheets, method) => {
      const result = scoreEntries(sheets, { method });
      const reversed = scoreEntries([...sheets].reverse(), { method });
      for (const entry of result.entries) {
        const own = sheets.filter((s) => s.entryId === entry.entryId).map((s) => s.total);
        expect(entry.raw).toBeCloseTo(own.reduce((a, b) => a + b, 0) / own.length, 9);
        expect(Number.isFinite(entry.corrected)).toBe(true);
      }
      expect(reversed.entries.map((e) => e.corrected)).toEqual(result.entries.map((e) => expect.closeTo(e.corrected, 9)));
    }));
  });

  it('property: with zero true severities, corrected ≈ mean', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const sim = simulateRound({
        entries: 200, judges: 10, rubric: RUBRIC, qualitySd: 1, noiseSd: 0.5, severities: new Array(10).fill(0), integerScores: false, seed,
      });
      const mean = scoreEntries(sim.sheets, { method: 'mean' }).entries;
      const corrected = scoreEntries(sim.sheets, { method: 'corrected' });
      const gaps = corrected.entries.map((e, i) => Math.abs(e.corrected - mean[i]!.corrected));
      // A reading's noise on the total is 0.5·√Σw² ≈ 0.27, an entry mean's ≈ 0.19: the correction stays
      // inside that (3,000 seeds: worst max gap 0.12–0.16, worst mean gap 0.041, at most 2 judges flagged).
      expect(Math.max(...gaps)).toBeLessThan(0.2);
      expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeLessThan(0.06);
      expect(corrected.judges.filter((j) => j.flagged).length).toBeLessThanOrEqual(3);
    }), { numRuns: 20, seed: 7 });
  });
});
