import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionScores } from './criterion-scores.ts';
import { weightedScale, weightedTotal, type CriterionScale } from './weighted-total.ts';

const rubric: CriterionScale[] = [
  { id: 1, weight: 0.4, min: 0, max: 10 },
  { id: 2, weight: 0.25, min: 0, max: 10 },
  { id: 3, weight: 0.2, min: 0, max: 10 },
  { id: 4, weight: 0.15, min: 0, max: 10 },
];

describe('weightedTotal', () => {
  it.each([
    [[10, 10, 10, 10], 10],
    [[0, 0, 0, 0], 0],
    [[8, 6, 7, 9], 0.4 * 8 + 0.25 * 6 + 0.2 * 7 + 0.15 * 9],
    [[7.5, 8, 6.5, 9], 0.4 * 7.5 + 0.25 * 8 + 0.2 * 6.5 + 0.15 * 9],
  ])('scores %j total %d', (values, expected) => {
    const scores = criterionScores(values.map((v, i) => [i + 1, v]));
    expect(weightedTotal(rubric, scores)).toBeCloseTo(expected, 12);
  });

  it('is undefined while a criterion is unscored', () => {
    expect(weightedTotal(rubric, [1, 5, 2, 5, 3, 5])).toBeUndefined();
  });

  it.each([[-1], [11], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses the out-of-scale score %d', (bad) => {
    expect(() => weightedTotal(rubric, [1, bad, 2, 5, 3, 5, 4, 5])).toThrow(RangeError);
  });

  it('always lies within the weighted scale and grows with every criterion', () => {
    const scoreArb = fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 });
    fc.assert(fc.property(scoreArb, fc.integer({ min: 0, max: 3 }), (values, bump) => {
      const scores = criterionScores(values.map((v, i) => [i + 1, v]));
      const total = weightedTotal(rubric, scores) ?? Number.NaN;
      const { min, max } = weightedScale(rubric);
      expect(total).toBeGreaterThanOrEqual(min - 1e-9);
      expect(total).toBeLessThanOrEqual(max + 1e-9);
      const raised = criterionScores(values.map((v, i) => [i + 1, i === bump ? 10 : v]));
      expect(weightedTotal(rubric, raised)).toBeGreaterThanOrEqual(total - 1e-9);
    }));
  });
});
