import { scoreOn, type CriterionScores } from './criterion-scores.ts';

export interface CriterionScale {
  id: number;
  weight: number;
  min: number;
  max: number;
}

/**
 * A score sheet's weighted total, Σ weight × score over the rubric's criteria. Returns undefined
 * while any criterion is unscored, so a half-filled sheet never ranks as a low one.
 * Unrounded: ranking compares exact values (DESIGN.md, "Fairness").
 */
export function weightedTotal(
  criteria: readonly CriterionScale[],
  scores: CriterionScores,
): number | undefined {
  let total = 0;
  for (const criterion of criteria) {
    const score = scoreOn(scores, criterion.id);
    if (score === undefined) return undefined;
    if (!Number.isFinite(score) || score < criterion.min || score > criterion.max) {
      throw new RangeError(`score ${score} for criterion ${criterion.id} is outside ${criterion.min}–${criterion.max}`);
    }
    total += criterion.weight * score;
  }
  return total;
}

/** The range a weighted total can take: the contest's scale for thresholds and display. */
export function weightedScale(criteria: readonly CriterionScale[]): { min: number; max: number } {
  return {
    min: criteria.reduce((sum, c) => sum + c.weight * c.min, 0),
    max: criteria.reduce((sum, c) => sum + c.weight * c.max, 0),
  };
}
