import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnScoreStep, roundToScoreStep, SCORE_STEP } from './score-step.ts';

describe('score step', () => {
  it('accepts whole and half points only', () => {
    for (const on of [0, 7, 7.5, 10, 1000]) expect(isOnScoreStep(on), String(on)).toBe(true);
    for (const off of [7.25, 7.1, 0.3, 9.999, Number.NaN, Infinity, -Infinity]) expect(isOnScoreStep(off), String(off)).toBe(false);
  });

  it('rounds to the nearest step', () => {
    expect(roundToScoreStep(7.2)).toBe(7);
    expect(roundToScoreStep(7.3)).toBe(7.5);
    expect(roundToScoreStep(7.75)).toBe(8);
    expect(SCORE_STEP).toBe(0.5);
  });

  it('rounds onto the step, by at most half a step, and leaves scores on it alone', () => {
    fc.assert(fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (value) => {
      const rounded = roundToScoreStep(value);
      expect(isOnScoreStep(rounded)).toBe(true);
      expect(Math.abs(rounded - value)).toBeLessThanOrEqual(SCORE_STEP / 2);
      expect(roundToScoreStep(rounded)).toBe(rounded);
    }));
  });
});
