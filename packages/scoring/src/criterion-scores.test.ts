import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criterionScores, scoreOn } from './criterion-scores.ts';

describe('criterion scores', () => {
  it('finds each criterion\'s score, and nothing for a criterion the sheet lacks', () => {
    const scores = criterionScores(Object.entries({ 56: 7, 57: 8.5, 60: 0 }));
    expect(scores).toEqual([56, 7, 57, 8.5, 60, 0]);
    expect([56, 57, 58, 60].map((id) => scoreOn(scores, id))).toEqual([7, 8.5, undefined, 0]);
    expect(scoreOn(criterionScores([]), 1)).toBeUndefined();
  });

  it('answers as the object of the same scores would, whatever the ids and their order', () => {
    const byId = fc.dictionary(fc.integer({ min: 1, max: 1_000_000 }).map(String), fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(fc.property(byId, fc.integer({ min: 1, max: 1_000_000 }), (object, asked) => {
      const scores = criterionScores(Object.entries(object).reverse());
      for (const id of [...Object.keys(object).map(Number), asked]) expect(scoreOn(scores, id)).toBe(object[id]);
    }));
  });
});
