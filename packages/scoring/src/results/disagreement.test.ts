import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReaders, findDisagreements } from './disagreement.ts';
import { RUBRIC, sheet } from './test-support.ts';

// RUBRIC: weights .4 .3 .2 .1 on 0–10 criteria, so the total's range is 10 and the default limit is 2
// on the total and 2 on each criterion.
describe('compareReaders', () => {
  it.each([
    [[8, 8, 8, 8], [6, 6, 6, 6], false, false, []], // total gap exactly 2 = the limit: not more than it
    [[8, 8, 8, 8], [6, 6, 6, 5], true, true, [4]], // gap 2.1 on the total; criterion 4 gap 3
    [[9, 5, 5, 5], [6, 5, 5, 5], true, false, [1]], // total gap 1.2, criterion 1 gap 3 > 2
    [[7, 7, 7, 7], [7, 7, 7, 7], false, false, []],
    [[10, 0, 10, 0], [8, 2, 8, 2], false, false, []],
  ])('%j vs %j: disagree %s (total %s, criteria %j)', (a, b, disagree, total, criteria) => {
    const r = compareReaders(sheet(1, 'a', a), sheet(1, 'b', b), RUBRIC);
    expect(r.disagree).toBe(disagree);
    expect(r.totalExceeded).toBe(total);
    expect(r.criteria.map((c) => c.criterionId)).toEqual(criteria);
    expect(r.totalLimit).toBeCloseTo(2, 12);
  });

  it('takes the threshold as a share of the scale', () => {
    const a = sheet(1, 'a', [8, 8, 8, 8]);
    const b = sheet(1, 'b', [7, 7, 7, 7]);
    expect(compareReaders(a, b, RUBRIC, 0.05).disagree).toBe(true);
    expect(compareReaders(a, b, RUBRIC, 0.1).disagree).toBe(false);
    expect(() => compareReaders(a, b, RUBRIC, 1.5)).toThrow(RangeError);
  });

  it('property: symmetric, and a wider threshold never adds disagreements', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 });
    fc.assert(fc.property(scores, scores, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, y, t1, t2) => {
      const a = sheet(1, 'a', x);
      const b = sheet(1, 'b', y);
      expect(compareReaders(a, b, RUBRIC, t1)).toEqual(compareReaders(b, a, RUBRIC, t1));
      const [lo, hi] = t1 < t2 ? [t1, t2] : [t2, t1];
      if (compareReaders(a, b, RUBRIC, hi).disagree) expect(compareReaders(a, b, RUBRIC, lo).disagree).toBe(true);
    }));
  });
});

describe('findDisagreements', () => {
  it('checks entries with exactly two readers and lists those needing a third', () => {
    const sheets = [
      sheet(3, 'x', [9, 9, 9, 9]), sheet(3, 'y', [5, 5, 5, 5]), // disagree
      sheet(1, 'y', [6, 6, 6, 6]), sheet(1, 'x', [7, 7, 7, 7]), // agree
      sheet(2, 'x', [9, 9, 9, 9]), // one reader: not checked
      sheet(4, 'x', [9, 9, 9, 9]), sheet(4, 'y', [2, 2, 2, 2]), sheet(4, 'z', [8, 8, 8, 8]), // already three
    ];
    const r = findDisagreements(sheets, RUBRIC);
    expect(r.checked).toBe(2);
    expect(r.needsThirdReader.map((d) => [d.entryId, d.judgeIds])).toEqual([[3, ['x', 'y']]]);
    expect(r.needsThirdReader[0]!.totalGap).toBeCloseTo(4, 12);
  });
});
