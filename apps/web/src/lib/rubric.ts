import { isOnScoreStep } from '@guong-sang/text';
import type { RubricCriterion } from './types';

/** Scales this short are offered as radio buttons (one per whole point); longer ones as a number. */
export const CHOICE_SCALE_MAX = 5;

export function usesChoices(criterion: Pick<RubricCriterion, 'min' | 'max'>): boolean {
  return criterion.max - criterion.min <= CHOICE_SCALE_MAX;
}

/** The whole points of a short scale, lowest first. */
export function scaleChoices(criterion: Pick<RubricCriterion, 'min' | 'max'>): number[] {
  const choices: number[] = [];
  for (let value = Math.ceil(criterion.min); value <= criterion.max; value++) choices.push(value);
  return choices;
}

/** A score the API accepts: on the criterion's scale and on the half-point step. */
export function inRange(criterion: Pick<RubricCriterion, 'min' | 'max'>, value: number): boolean {
  return isOnScoreStep(value) && value >= criterion.min && value <= criterion.max;
}

export interface WeightedTotal {
  /** Σ weight × score over the criteria scored so far (the API's weighted total once complete). */
  total: number;
  /** The highest total the rubric allows. */
  max: number;
  scored: number;
  complete: boolean;
}

/** The live total beside the score inputs; values outside a criterion's scale are not counted. */
export function weightedTotal(
  rubric: readonly Pick<RubricCriterion, 'id' | 'weight' | 'min' | 'max'>[],
  values: Readonly<Record<string, number | null | undefined>>,
): WeightedTotal {
  let total = 0;
  let max = 0;
  let scored = 0;
  for (const criterion of rubric) {
    max += criterion.weight * criterion.max;
    const value = values[String(criterion.id)];
    if (typeof value === 'number' && inRange(criterion, value)) {
      total += criterion.weight * value;
      scored++;
    }
  }
  return { total, max, scored, complete: scored === rubric.length };
}
