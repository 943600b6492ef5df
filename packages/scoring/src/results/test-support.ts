/**
 * Builders shared by the results tests (not exported from the package): sheets from a matrix, a
 * small rubric, and a fast-check arbitrary for small random rounds.
 */
import fc from 'fast-check';
import type { Id } from '../assignment/types.ts';
import { criterionScores } from '../criterion-scores.ts';
import { weightedTotal, type CriterionScale } from '../weighted-total.ts';
import type { ScoredSheet } from './types.ts';

/** Sheets with only totals: `rows[i][j]` is judge j+1's total for entry i+1; null = not read. */
export function sheetsFromMatrix(rows: readonly (readonly (number | null)[])[]): ScoredSheet[] {
  return rows.flatMap((row, i) =>
    row.flatMap((total, j) => (total === null ? [] : [{ entryId: i + 1, judgeId: j + 1, total, criteria: [] }])));
}

export const RUBRIC: CriterionScale[] = [
  { id: 1, weight: 0.4, min: 0, max: 10 },
  { id: 2, weight: 0.3, min: 0, max: 10 },
  { id: 3, weight: 0.2, min: 0, max: 10 },
  { id: 4, weight: 0.1, min: 0, max: 10 },
];

export function sheet(entryId: Id, judgeId: Id, scores: readonly number[], rubric: readonly CriterionScale[] = RUBRIC): ScoredSheet {
  const criteria = criterionScores(rubric.map((c, i) => [c.id, scores[i]!]));
  return { entryId, judgeId, total: weightedTotal(rubric, criteria)!, criteria };
}

export const SMALL_RUBRIC: CriterionScale[] = [
  { id: 1, weight: 0.6, min: 0, max: 4 },
  { id: 2, weight: 0.4, min: 0, max: 4 },
];

/** A small random round on SMALL_RUBRIC: 1–12 entries, 1–5 judges, 1–3 readers each, integer scores. */
export const smallRound = fc
  .record({ entries: fc.integer({ min: 1, max: 12 }), judges: fc.integer({ min: 1, max: 5 }) })
  .chain(({ entries, judges }) =>
    fc.array(
      fc.record({
        readers: fc.shuffledSubarray(Array.from({ length: judges }, (_, j) => j + 1), { minLength: 1, maxLength: Math.min(3, judges) }),
        scores: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: entries, maxLength: entries },
    ))
  .map((plan) =>
    plan.flatMap(({ readers, scores }, e) => readers.map((j, r) => sheet(e + 1, `j${j}`, scores[r]!, SMALL_RUBRIC))));

/** Shrout & Fleiss (1979), Table 2: 6 targets (rows) × 4 judges (columns). */
export const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];
