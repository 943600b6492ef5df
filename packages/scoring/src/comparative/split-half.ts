/**
 * Split-half reliability of a comparative round: the judges are split at random into two halves
 * (⌊J/2⌋ and ⌈J/2⌉), the model is fitted to each half's comparisons alone, and the Pearson
 * correlation r of the two halves' abilities is stepped up to the whole panel with Spearman–Brown,
 * 2r / (1 + r); the result is the mean over `repeats` random splits (splits whose correlation is
 * undefined — a half with no spread — are left out of the mean). Unlike SSR it is not inflated by
 * adaptive pairing, because each half's estimate is checked against judges it never saw. With an odd
 * number of judges the halves differ by one, which the step-up (made for equal halves) ignores.
 */
import { createRng } from '../assignment/prng.ts';
import { pearson } from '../results/rank-metrics.ts';
import { fitBradleyTerry, type BradleyTerryOptions } from './bradley-terry.ts';
import type { Comparison } from './types.ts';

export interface SplitHalfOptions {
  seed: number;
  /** Random splits averaged. Default 100. */
  repeats?: number;
  /** Options for each half's fit (same prior as the main fit, by default). */
  fit?: BradleyTerryOptions;
}

/** Spearman–Brown step-up of a half-panel correlation to the full panel. */
export const spearmanBrown = (r: number): number => (2 * r) / (1 + r);

/** Judges in order of their first comparison. */
export function judgesOf(comparisons: readonly Comparison[]): string[] {
  return [...new Set(comparisons.map((c) => c.judge))];
}

/** Mean Spearman–Brown-corrected split-half correlation; NaN with fewer than 2 judges. */
export function splitHalfReliability(items: readonly string[], comparisons: readonly Comparison[], options: SplitHalfOptions): number {
  const repeats = options.repeats ?? 100;
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`repeats must be a positive integer, got ${repeats}`);
  const judges = judgesOf(comparisons);
  if (judges.length < 2) return Number.NaN;
  const rng = createRng(options.seed);
  let sum = 0;
  let counted = 0;
  for (let r = 0; r < repeats; r++) {
    const shuffled = rng.shuffle([...judges]);
    const first = new Set(shuffled.slice(0, Math.floor(judges.length / 2)));
    const abilities = (inFirst: boolean) =>
      fitBradleyTerry(items, comparisons.filter((c) => first.has(c.judge) === inFirst), options.fit).items.map((i) => i.ability);
    const correlation = pearson(abilities(true), abilities(false));
    if (Number.isNaN(correlation) || correlation <= -1) continue;
    sum += spearmanBrown(correlation);
    counted++;
  }
  return counted ? sum / counted : Number.NaN;
}
