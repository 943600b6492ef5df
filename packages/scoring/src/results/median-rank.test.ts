import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgePercentiles, medianJudgeRankOf } from './median-rank.ts';
import { buildSheetTable } from './sheet-table.ts';
import { sheetsFromMatrix, smallRound } from './test-support.ts';

describe('median rank among judges', () => {
  it('is the median over readers of the entry’s percentile within each reader’s sheets', () => {
    const table = buildSheetTable(sheetsFromMatrix([
      [9, 5, null],
      [8, 7, null],
      [7, 7, 3],
      [6, null, 9],
      [null, 4, null],
    ]));
    // Judge 1: 9, 8, 7, 6 → 0, 1/3, 2/3, 1. Judge 2: 5, 7, 7, 4 → 2/3, 1/6, 1/6, 1 (7 and 7 share ranks 1.5).
    // Judge 3: 3, 9 → 1, 0.
    expect(Array.from(judgePercentiles(table))).toEqual([0, 2 / 3, 1 / 3, 1 / 6, 2 / 3, 1 / 6, 1, 1, 0, 1].map((x) => expect.closeTo(x, 12)));
    const medianRankOf = medianJudgeRankOf(table);
    // Asked out of order: each entry works out only its own readers' percentiles.
    expect([4, 0, 2, 1, 3].map(medianRankOf)).toEqual([1, 1 / 3, 2 / 3, 1 / 4, 1 / 2].map((x) => expect.closeTo(x, 12)));
  });

  it('gives 0.5 for a judge with a single sheet', () => {
    expect(Array.from(judgePercentiles(buildSheetTable(sheetsFromMatrix([[7]]))))).toEqual([0.5]);
  });

  it('property: percentiles lie in [0, 1] and do not move when a judge shifts all their totals', () => {
    fc.assert(fc.property(smallRound, fc.double({ min: -3, max: 3, noNaN: true }), (sheets, shift) => {
      const before = judgePercentiles(buildSheetTable(sheets));
      const firstJudge = buildSheetTable(sheets).judgeIds[0];
      const shifted = sheets.map((s) => (s.judgeId === firstJudge ? { ...s, total: s.total + shift } : s));
      const after = judgePercentiles(buildSheetTable(shifted));
      for (const p of before) expect(p >= 0 && p <= 1).toBe(true);
      expect(Array.from(after)).toEqual(Array.from(before).map((p) => expect.closeTo(p, 9)));
    }));
  });
});
