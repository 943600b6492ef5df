import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearlyEqual } from './descriptive.ts';
import { scoreEntries } from './entry-scores.ts';
import { rankEntries, topWeightedCriteria, type RankedEntry } from './ranking.ts';
import { RUBRIC, SMALL_RUBRIC, sheet, smallRound } from './test-support.ts';

// RUBRIC's highest-weighted criterion is 1 (weight 0.4).
const SHEETS = [
  sheet('A', 'j1', [8, 5, 5, 5]), // 6.2
  sheet('B', 'j1', [5, 9, 5, 5]), // 6.2, lower on criterion 1
  sheet('E', 'j2', [9, 9, 9, 9]), // 9
  sheet('C', 'j2', [6, 6, 6, 6]), // 6, judge j2's lowest: percentile 1
  sheet('D', 'j3', [6, 6, 6, 6]), // 6, judge j3's highest: percentile 0
  sheet('F', 'j3', [2, 2, 2, 2]), // 2
  sheet('G', 'j4', [5, 5, 5, 5]), // 5 } identical in every respect:
  sheet('H', 'j4', [5, 5, 5, 5]), // 5 } a tie
  sheet('I', 'j4', [1, 1, 1, 1]), // 1
];
const SCORES = SHEETS.map((s) => ({ entryId: s.entryId, score: s.total }));
const view = (entries: RankedEntry[]) => entries.map((e) => [e.entryId, e.rank, e.separatedBy]);

describe('rankEntries', () => {
  it('orders by score, then the highest-weighted criterion, then median rank, and shows ties', () => {
    const ranking = rankEntries(SCORES, SHEETS, RUBRIC);
    expect(view(ranking.entries)).toEqual([
      ['E', 1, null],
      ['A', 2, 'score'],
      ['B', 3, 'top-criterion'],
      ['D', 4, 'score'],
      ['C', 5, 'median-rank'],
      ['G', 6, 'score'],
      ['H', 6, null],
      ['F', 8, 'score'],
      ['I', 9, 'score'],
    ]);
    expect(ranking.ties).toEqual([{ rank: 6, entryIds: ['G', 'H'] }]);
    expect(ranking.entries.filter((e) => e.tie !== null).map((e) => e.entryId)).toEqual(['G', 'H']);
    expect(ranking.topCriterionIds).toEqual([1]);
    expect(ranking.entries.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('lets an organizer decision settle a tie, and reports decisions that match no tie', () => {
    const ranking = rankEntries(SCORES, SHEETS, RUBRIC, { decisions: [['X', 'Y'], ['H', 'G']] });
    expect(view(ranking.entries).slice(5, 7)).toEqual([
      ['H', 6, 'score'],
      ['G', 7, 'organizer'],
    ]);
    expect(ranking.ties).toEqual([]);
    expect(ranking.decisionsApplied).toEqual([1]);
    expect(ranking.decisionsUnused).toEqual([0]);
    expect(() => rankEntries(SCORES, SHEETS, RUBRIC, { decisions: [['G', 'G']] })).toThrow(/twice/);
  });

  it('treats scores equal up to float noise as equal, but never rounds real differences', () => {
    const a = 0.4 * 8 + 0.2 * 6;
    const b = 0.4 * 6 + 0.2 * 10;
    const r = rankEntries([{ entryId: 1, score: a }, { entryId: 2, score: b }, { entryId: 3, score: 4.4 - 1e-7 }], [], RUBRIC);
    expect(r.ties).toEqual([{ rank: 1, entryIds: [1, 2] }]);
    expect(r.entries[2]).toMatchObject({ entryId: 3, rank: 3, separatedBy: 'score' });
  });

  it('puts entries without sheets after those with them when scores are equal', () => {
    const r = rankEntries([...SCORES, { entryId: 'K', score: 6 }], SHEETS, RUBRIC);
    expect(view(r.entries).slice(3, 6)).toEqual([
      ['D', 4, 'score'],
      ['C', 5, 'median-rank'],
      ['K', 6, 'top-criterion'],
    ]);
    expect(r.entries[5]).toMatchObject({ topCriterion: null, medianRank: null });
  });

  it.each([
    [[{ entryId: 1, score: Number.NaN }], /non-finite/],
    [[{ entryId: 1, score: 1 }, { entryId: 1, score: 2 }], /twice/],
  ])('refuses bad input (%#)', (scores, message) => {
    expect(() => rankEntries(scores, [], RUBRIC)).toThrow(message);
  });

  it('counts every criterion sharing the highest weight', () => {
    expect(topWeightedCriteria([{ id: 1, weight: 2, min: 0, max: 5 }, { id: 2, weight: 3, min: 0, max: 5 }, { id: 3, weight: 3, min: 0, max: 5 }])).toEqual([2, 3]);
    expect(topWeightedCriteria([])).toEqual([]);
  });

  // Compares two ranked entries by the declared keys: > 0 when x is better, 0 when equal on all.
  const compareKeys = (x: RankedEntry, y: RankedEntry): number => {
    if (!nearlyEqual(x.score, y.score)) return x.score - y.score;
    if (x.topCriterion !== y.topCriterion && !(x.topCriterion !== null && y.topCriterion !== null && nearlyEqual(x.topCriterion, y.topCriterion))) {
      return (x.topCriterion ?? Number.NEGATIVE_INFINITY) - (y.topCriterion ?? Number.NEGATIVE_INFINITY);
    }
    if (x.medianRank !== y.medianRank && !(x.medianRank !== null && y.medianRank !== null && nearlyEqual(x.medianRank, y.medianRank))) {
      return (y.medianRank ?? Number.POSITIVE_INFINITY) - (x.medianRank ?? Number.POSITIVE_INFINITY);
    }
    return 0;
  };

  it('property: a total order up to declared ties, independent of input order', () => {
    fc.assert(fc.property(smallRound.chain((sheets) => fc.tuple(fc.constant(sheets), fc.shuffledSubarray(sheets, { minLength: sheets.length }))), ([sheets, shuffled]) => {
      const scores = scoreEntries(sheets).entries.map((e) => ({ entryId: e.entryId, score: e.raw }));
      const ranking = rankEntries(scores, sheets, SMALL_RUBRIC);
      const { entries } = ranking;
      expect(entries.map((e) => e.entryId).sort()).toEqual(scores.map((s) => s.entryId).sort());
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const x = entries[i]!;
          const y = entries[j]!;
          const c = compareKeys(x, y);
          expect(c).toBeGreaterThanOrEqual(0); // never listed above a better entry
          const tied = x.tie !== null && x.tie === y.tie;
          expect(tied).toBe(c === 0); // equal on every key ⇔ declared tie
          expect(x.rank === y.rank).toBe(tied);
        }
      }
      for (const [i, e] of entries.entries()) expect(e.rank).toBe(e.tie === null ? i + 1 : ranking.ties[e.tie]!.rank);
      for (const group of ranking.ties) expect(group.entryIds.length).toBeGreaterThanOrEqual(2);
      const again = rankEntries([...scores].reverse(), shuffled, SMALL_RUBRIC);
      expect(again).toEqual(ranking);
    }));
  });

  it('property: organizer decisions covering every tie leave a strict order', () => {
    fc.assert(fc.property(smallRound, (sheets) => {
      const scores = scoreEntries(sheets).entries.map((e) => ({ entryId: e.entryId, score: e.raw }));
      const first = rankEntries(scores, sheets, SMALL_RUBRIC);
      const decisions = first.ties.map((t) => [...t.entryIds].reverse());
      const decided = rankEntries(scores, sheets, SMALL_RUBRIC, { decisions });
      expect(decided.ties).toEqual([]);
      expect(decided.entries.map((e) => e.rank)).toEqual(decided.entries.map((_, i) => i + 1));
      expect(decided.decisionsUnused).toEqual([]);
    }));
  });
});
