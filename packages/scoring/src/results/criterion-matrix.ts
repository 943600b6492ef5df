/**
 * The criterion scores of a sheet table as one dense array, sheets × criteria in rubric order, NaN
 * where a sheet has no score for a criterion. Agreement, alpha per criterion, kappa and the ranking's
 * top-criterion key all read it, so the per-sheet scores are read once. A table never changes, so the
 * matrix is kept per table and rubric (same criterion ids in the same order).
 */
import type { CriterionScale } from '../weighted-total.ts';
import { sheetScoreOn, type SheetTable } from './sheet-table.ts';

const cache = new WeakMap<SheetTable, Map<string, Float64Array>>();

export function criterionMatrix(table: SheetTable, rubric: readonly CriterionScale[]): Float64Array {
  const key = rubric.map((c) => c.id).join(',');
  let perTable = cache.get(table);
  const cached = perTable?.get(key);
  if (cached) return cached;
  const C = rubric.length;
  const N = table.total.length;
  const matrix = new Float64Array(N * C);
  for (let s = 0; s < N; s++) {
    for (let c = 0; c < C; c++) matrix[s * C + c] = sheetScoreOn(table, s, rubric[c]!.id) ?? Number.NaN;
  }
  if (!perTable) {
    perTable = new Map();
    cache.set(table, perTable);
  }
  perTable.set(key, matrix);
  return matrix;
}
