import { describe, expect, it } from 'vitest';
import { inRange, scaleChoices, usesChoices, weightedTotal } from './rubric';

const rubric = [
  { id: 1, weight: 0.6, min: 0, max: 10 },
  { id: 2, weight: 0.4, min: 1, max: 5 },
];

describe('rubric helpers', () => {
  it('checks the scale', () => {
    expect(inRange(rubric[1]!, 1)).toBe(true);
    expect(inRange(rubric[1]!, 0.5)).toBe(false);
    expect(inRange(rubric[1]!, 5.5)).toBe(false);
    expect(inRange(rubric[0]!, Number.NaN)).toBe(false);
  });

  it('accepts only half points, as the API does', () => {
    expect(inRange(rubric[0]!, 7.5)).toBe(true);
    expect(inRange(rubric[0]!, 7.25)).toBe(false);
    expect(weightedTotal(rubric, { 1: 7.25, 2: 4 })).toMatchObject({ scored: 1, complete: false });
  });

  it('offers radio buttons only for short scales', () => {
    expect(usesChoices(rubric[0]!)).toBe(false);
    expect(usesChoices(rubric[1]!)).toBe(true);
    expect(scaleChoices(rubric[1]!)).toEqual([1, 2, 3, 4, 5]);
  });

  it('adds weight × score, counting only scores on the scale', () => {
    expect(weightedTotal(rubric, {})).toEqual({ total: 0, max: 8, scored: 0, complete: false });
    const partial = weightedTotal(rubric, { 1: 8 });
    expect(partial.total).toBeCloseTo(4.8);
    expect(partial.complete).toBe(false);
    const full = weightedTotal(rubric, { 1: 8, 2: 4 });
    expect(full.total).toBeCloseTo(6.4);
    expect(full).toMatchObject({ max: 8, scored: 2, complete: true });
    expect(weightedTotal(rubric, { 1: 11, 2: 4 })).toMatchObject({ scored: 1, complete: false });
  });
});
