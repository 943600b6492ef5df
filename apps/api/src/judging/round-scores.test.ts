import { describe, expect, it } from 'vitest';
import { shortlist, type EntryRoundScore } from './round-scores.ts';

const score = (entryId: number, totals: number[]): EntryRoundScore => {
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  const variance = totals.length > 1 ? totals.reduce((s, v) => s + (v - mean) ** 2, 0) / (totals.length - 1) : 0;
  return { entryId, mean, standardError: Math.sqrt(variance / totals.length), totals };
};

describe('shortlist', () => {
  it('takes the top N and every entry within its standard error of the cut', () => {
    const scores = [score(1, [9, 9]), score(2, [8, 8]), score(3, [7, 7]), score(4, [8, 5]), score(5, [6.5, 6.5]), score(6, [3, 3])];
    // Cut = 7 (entry 3). Entry 4: mean 6.5, SE 1.5 → reaches 8 ≥ 7: in. Entry 5: 6.5, SE 0: out.
    expect(shortlist(scores, 3)).toEqual([
      { entryId: 1, reason: 'top' }, { entryId: 2, reason: 'top' }, { entryId: 3, reason: 'top' },
      { entryId: 4, reason: 'within-error' },
    ]);
  });

  it('keeps every entry tied at the cut, and copes with fewer entries than N', () => {
    expect(shortlist([score(1, [8]), score(2, [7]), score(3, [7])], 2).map((s) => s.entryId)).toEqual([1, 2, 3]);
    expect(shortlist([score(1, [8])], 5).map((s) => s.entryId)).toEqual([1]);
    expect(shortlist([], 5)).toEqual([]);
  });
});
