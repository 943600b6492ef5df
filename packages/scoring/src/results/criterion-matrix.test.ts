import { describe, expect, it } from 'vitest';
import { criterionMatrix } from './criterion-matrix.ts';
import { buildSheetTable } from './sheet-table.ts';
import { RUBRIC, sheet } from './test-support.ts';

describe('criterionMatrix', () => {
  it('lays criterion scores out by sheet (table order) and rubric order, NaN where missing', () => {
    const partial = { entryId: 1, judgeId: 'b', total: 3, criteria: [2, 4] };
    const table = buildSheetTable([partial, sheet(1, 'a', [1, 2, 3, 4])]);
    expect(Array.from(criterionMatrix(table, RUBRIC))).toEqual([1, 2, 3, 4, Number.NaN, 4, Number.NaN, Number.NaN]);
    expect(Array.from(criterionMatrix(table, [RUBRIC[1]!]))).toEqual([2, 4]);
  });

  it('is built once per table and rubric', () => {
    const table = buildSheetTable([sheet(1, 'a', [1, 2, 3, 4])]);
    expect(criterionMatrix(table, RUBRIC)).toBe(criterionMatrix(table, [...RUBRIC]));
  });
});
