// Acceptance (issue 14): 40 entries, 6 judges, 10 comparisons per entry — the comparative round's
// Spearman with the true order is at least the rubric mean's with 2 readers per entry on the same
// simulated essays, averaged over seeds. (The sweep over comparisons per entry is bench/comparative.ts.)
import { describe, expect, it } from 'vitest';
import { createRng } from '../assignment/prng.ts';
import { normalDraw } from '../results/simulate.ts';
import { fitBradleyTerry } from './bradley-terry.ts';
import { judgeFit } from './judge-fit.ts';
import { FINAL_ROUND_TRIAL, comparativeTrial, simulateComparativeRound } from './simulate.ts';
import { itemIds } from './test-support.ts';

const SEEDS = [1, 2, 3, 4, 5];

describe('simulateComparativeRound', () => {
  const items = itemIds(12);
  const quality = items.map((_, i) => -i);
  const judges = ['a', 'b', 'c'];

  it('is a pure function of its seed, and a noiseless judge always picks the better entry', () => {
    const spec = { itemIds: items, trueQuality: quality, judges, noiseSd: 0, comparisonsPerItem: 4, seed: 3 };
    const round = simulateComparativeRound(spec);
    expect(simulateComparativeRound(spec)).toEqual(round);
    expect(round.length).toBe(24);
    for (const c of round) expect(items.indexOf(c.winner)).toBeLessThan(items.indexOf(c.loser));
  });

  it('keeps each judge away from their excluded entries', () => {
    const excluded = new Map([['a', new Set(['e01', 'e02'])], ['b', new Set(['e03'])]]);
    const round = simulateComparativeRound({ itemIds: items, trueQuality: quality, judges, noiseSd: 1, comparisonsPerItem: 6, excluded, seed: 4 });
    for (const c of round) expect(excluded.get(c.judge)?.has(c.winner) || excluded.get(c.judge)?.has(c.loser)).toBeFalsy();
  });
});

describe('comparative round vs rubric mean: 40 entries, 6 judges, 10 comparisons per entry', () => {
  it('ranks the true order at least as well as the mean of 2 rubric readers, averaged over 5 seeds', () => {
    const trials = SEEDS.map((seed) => comparativeTrial({ ...FINAL_ROUND_TRIAL, comparisonsPerItem: 10, seed }));
    const mean = (f: (t: (typeof trials)[number]) => number) => trials.reduce((s, t) => s + f(t), 0) / trials.length;
    const rubric = mean((t) => t.rubricMean.spearman);
    const comparative = mean((t) => t.comparative.spearman);
    console.log(`Spearman: comparative ${comparative.toFixed(3)} vs rubric mean ${rubric.toFixed(3)}; `
      + `top-5 recall ${mean((t) => t.comparative.recall).toFixed(2)} vs ${mean((t) => t.rubricMean.recall).toFixed(2)}; `
      + `SSR ${mean((t) => t.comparative.ssr).toFixed(3)}`);
    expect(comparative).toBeGreaterThanOrEqual(rubric);
    for (const t of trials) expect(t.comparative.comparisons).toBeLessThanOrEqual(201);
  }, 120_000);
});

describe('judge misfit in a simulated round', () => {
  // Pollitt's rule is relative, and with 6 judges an outlier's z-score cannot exceed 2.04: over 16
  // seeds it flagged the careless judge in 10 rounds, and a careful one in 2 of 16 all-careful rounds.
  it('flags a judge choosing nearly at random in at least half the rounds, and no careful judge beside them', () => {
    const items = itemIds(40);
    const judges = ['a', 'b', 'c', 'd', 'e', 'careless'];
    let careless = 0;
    for (const seed of [1, 2, 3, 4]) {
      const draw = createRng(seed + 100);
      const quality = items.map(() => 1.2 * normalDraw(draw));
      const round = simulateComparativeRound({ itemIds: items, trueQuality: quality, judges, noiseSd: [0.47, 0.47, 0.47, 0.47, 0.47, 4], comparisonsPerItem: 10, seed });
      const rows = judgeFit(fitBradleyTerry(items, round), round);
      expect(rows.filter((r) => r.misfit && r.judge !== 'careless')).toEqual([]);
      if (rows.find((r) => r.judge === 'careless')!.misfit) careless++;
    }
    expect(careless).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
