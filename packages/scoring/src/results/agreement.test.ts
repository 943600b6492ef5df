import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionAgreement } from './agreement.ts';
import { buildSheetTable } from './sheet-table.ts';
import { RUBRIC, SMALL_RUBRIC, sheet, smallRound } from './test-support.ts';

describe('criterionAgreement', () => {
  it('counts exact and within-one-point agreement per criterion over every reader pair', () => {
    const table = buildSheetTable([
      sheet(1, 'a', [7, 5, 3, 9]),
      sheet(1, 'b', [7, 6, 5, 9]), // vs a: exact, adjacent, 2 apart, exact
      sheet(2, 'a', [4, 4, 4, 4]),
      sheet(2, 'b', [4, 4, 4, 4]),
      sheet(2, 'c', [5, 4, 8, 4]), // vs a and vs b: adjacent, exact, 4 apart, exact
      sheet(3, 'c', [1, 1, 1, 1]), // alone: nothing to compare
    ]);
    const { overall, criteria } = criterionAgreement(table, RUBRIC);
    expect(criteria.map((c) => [c.criterionId, c.pairs, c.exact, c.adjacent])).toEqual([
      [1, 4, 2, 4],
      [2, 4, 3, 4],
      [3, 4, 1, 1],
      [4, 4, 4, 4],
    ]);
    expect(overall).toEqual({ pairs: 16, exact: 10, adjacent: 13, exactRate: 10 / 16, adjacentRate: 13 / 16 });
  });

  it('has null rates when nothing can be compared', () => {
    expect(criterionAgreement(buildSheetTable([sheet(1, 'a', [1, 1, 1, 1])]), RUBRIC).overall.exactRate).toBeNull();
  });

  it('property: exact ≤ adjacent ≤ pairs, and pairs = Σ_e m_e(m_e − 1)/2 × criteria', () => {
    fc.assert(fc.property(smallRound, (sheets) => {
      const table = buildSheetTable(sheets);
      const { overall } = criterionAgreement(table, SMALL_RUBRIC);
      let expectedPairs = 0;
      for (let e = 0; e < table.entryIds.length; e++) {
        const m = table.entryStart[e + 1]! - table.entryStart[e]!;
        expectedPairs += (m * (m - 1)) / 2;
      }
      expect(overall.pairs).toBe(expectedPairs * SMALL_RUBRIC.length);
      expect(overall.exact).toBeLessThanOrEqual(overall.adjacent);
      expect(overall.adjacent).toBeLessThanOrEqual(overall.pairs);
    }));
  });
});
