import { describe, expect, it } from 'vitest';
import { pearson } from '../results/rank-metrics.ts';
import { fitBradleyTerry } from './bradley-terry.ts';
import { spearmanBrown, splitHalfReliability } from './split-half.ts';
import { parseComparisons } from './test-support.ts';
import type { Comparison } from './types.ts';

const ITEMS = ['a', 'b', 'c', 'd'];
const abilities = (comparisons: Comparison[]) => fitBradleyTerry(ITEMS, comparisons).items.map((i) => i.ability);

describe('spearmanBrown', () => {
  it('steps a half-test correlation up to the whole: 2r / (1 + r)', () => {
    expect(spearmanBrown(0.6)).toBeCloseTo(0.75, 12);
    expect(spearmanBrown(1)).toBe(1);
    expect(spearmanBrown(0)).toBe(0);
  });
});

describe('splitHalfReliability', () => {
  const x = parseComparisons('a b x | b c x | c d x | a c x');
  const y = parseComparisons('a b y | c b y | c d y | b d y');

  it('with two judges is the Spearman–Brown step-up of the correlation of their two fits', () => {
    const r = pearson(abilities(x), abilities(y));
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(1);
    expect(splitHalfReliability(ITEMS, [...x, ...y], { seed: 1, repeats: 5 })).toBeCloseTo((2 * r) / (1 + r), 12);
  });

  it('is 1 when the halves agree exactly', () => {
    const same = [...x, ...x.map((c) => ({ ...c, judge: 'y' }))];
    expect(splitHalfReliability(ITEMS, same, { seed: 1, repeats: 3 })).toBeCloseTo(1, 12);
  });

  it('with three judges averages the three possible splits, as drawn from the seed', () => {
    const z = parseComparisons('a d z | b d z | a c z');
    const all = [...x, ...y, ...z];
    const splitValue = (alone: Comparison[], rest: Comparison[]) => spearmanBrown(pearson(abilities(alone), abilities(rest)));
    const values = [splitValue(x, [...y, ...z]), splitValue(y, [...x, ...z]), splitValue(z, [...x, ...y])];
    const result = splitHalfReliability(ITEMS, all, { seed: 7, repeats: 300 });
    expect(result).toBeGreaterThanOrEqual(Math.min(...values));
    expect(result).toBeLessThanOrEqual(Math.max(...values));
    expect(result).toBeCloseTo(values.reduce((s, v) => s + v, 0) / 3, 1);
    expect(splitHalfReliability(ITEMS, all, { seed: 7, repeats: 300 })).toBe(result);
  });

  it('is NaN with fewer than 2 judges; refuses a non-positive number of repeats', () => {
    expect(splitHalfReliability(ITEMS, x, { seed: 1 })).toBeNaN();
    expect(splitHalfReliability(ITEMS, [], { seed: 1 })).toBeNaN();
    expect(() => splitHalfReliability(ITEMS, [...x, ...y], { seed: 1, repeats: 0 })).toThrow(/repeats/);
  });
});
