/**
 * Exact and adjacent agreement on criterion scores. Every pair of readers of the same entry is
 * compared on every criterion both scored: "exact" when the two scores are equal, "adjacent" when
 * they are at most 1 scale point apart, |x − y| ≤ 1 — adjacent includes exact (the usual
 * "exact-plus-adjacent" rate). Equality allows float noise only.
 */
import type { CriterionScale } from '../weighted-total.ts';
import { RELATIVE_EPSILON } from './descriptive.ts';
import { criterionMatrix } from './criterion-matrix.ts';
import type { SheetTable } from './sheet-table.ts';

export interface AgreementCounts {
  /** Reader pairs × criteria compared. */
  pairs: number;
  exact: number;
  adjacent: number;
  /** exact / pairs and adjacent / pairs; null when nothing was compared. */
  exactRate: number | null;
  adjacentRate: number | null;
}

export interface CriterionAgreement extends AgreementCounts {
  criterionId: number;
}

const rates = (pairs: number, exact: number, adjacent: number): AgreementCounts => ({
  pairs,
  exact,
  adjacent,
  exactRate: pairs > 0 ? exact / pairs : null,
  adjacentRate: pairs > 0 ? adjacent / pairs : null,
});

export function criterionAgreement(
  table: SheetTable,
  rubric: readonly CriterionScale[],
): { overall: AgreementCounts; criteria: CriterionAgreement[] } {
  const C = rubric.length;
  const pairs = new Float64Array(C);
  const exact = new Float64Array(C);
  const adjacent = new Float64Array(C);
  const { entryStart } = table;
  const matrix = criterionMatrix(table, rubric);
  for (let e = 0; e < table.entryIds.length; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    for (let s = from; s < to; s++) {
      for (let t = s + 1; t < to; t++) {
        for (let c = 0; c < C; c++) {
          const x = matrix[s * C + c]!;
          const y = matrix[t * C + c]!;
          if (Number.isNaN(x) || Number.isNaN(y)) continue;
          const gap = Math.abs(x - y);
          const noise = RELATIVE_EPSILON * Math.max(1, Math.abs(x), Math.abs(y));
          pairs[c]!++;
          if (gap <= noise) exact[c]!++;
          if (gap <= 1 + noise) adjacent[c]!++;
        }
      }
    }
  }
  const criteria = rubric.map((c, i) => ({ criterionId: c.id, ...rates(pairs[i]!, exact[i]!, adjacent[i]!) }));
  const total = (xs: Float64Array): number => xs.reduce((s, x) => s + x, 0);
  return { overall: rates(total(pairs), total(exact), total(adjacent)), criteria };
}
