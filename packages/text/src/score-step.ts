/** Scores are given in halves: 7, 7.5, 8 (criterion scales have whole-number ends). */
export const SCORE_STEP = 0.5;

/** Whether a score lies on the step; NaN and infinities do not. */
export function isOnScoreStep(value: number): boolean {
  return Number.isFinite(value) && Number.isInteger(value / SCORE_STEP);
}

/** The nearest score on the step (halves round up, as Math.round does). */
export function roundToScoreStep(value: number): number {
  return Math.round(value / SCORE_STEP) * SCORE_STEP;
}
