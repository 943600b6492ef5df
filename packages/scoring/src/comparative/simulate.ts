/**
 * A seeded simulation of a comparative round, and a trial that sets it beside the rubric mean on the
 * same simulated essays (issue 14's acceptance; the benchmark sweeps it). Pure: all follows from the seed.
 *
 * Choice model (Thurstone's case V): in each comparison the judge perceives each essay's true total
 * with fresh noise, quality + N(0, sd²), and picks the higher. A judge's severity shifts both essays
 * alike, so it cancels — which is the reason for comparative judgement. Judges ask for pairs in a
 * random order each sweep, through `nextPair`, until none gets one.
 */
import { createRng } from '../assignment/prng.ts';
import { scoreEntries } from '../results/entry-scores.ts';
import { spearman, topRecall } from '../results/rank-metrics.ts';
import { normalDraw, simulateRound, type SimulationSpec } from '../results/simulate.ts';
import { fitBradleyTerry } from './bradley-terry.ts';
import { nextPair } from './pairing.ts';
import { scaleSeparationReliability } from './scale-separation.ts';
import { splitHalfReliability } from './split-half.ts';
import type { Comparison } from './types.ts';

export interface ComparativeRoundSpec {
  itemIds: readonly string[];
  /** True quality per item (index as in itemIds). */
  trueQuality: ArrayLike<number>;
  judges: readonly string[];
  /** SD of a judge's perception of one essay in one comparison: one for all, or one per judge. */
  noiseSd: number | readonly number[];
  comparisonsPerItem: number;
  excluded?: ReadonlyMap<string, ReadonlySet<string>>;
  seed: number;
}

export function simulateComparativeRound(spec: ComparativeRoundSpec): Comparison[] {
  const rng = createRng(spec.seed);
  const order = rng.fork(1);
  const draw = rng.fork(2);
  const at = new Map(spec.itemIds.map((id, i) => [id, i]));
  const noise = (j: number) => (typeof spec.noiseSd === 'number' ? spec.noiseSd : spec.noiseSd[j]!);
  const perceive = (id: string, j: number) => spec.trueQuality[at.get(id)!]! + noise(j) * normalDraw(draw);
  const comparisons: Comparison[] = [];
  const none = new Set<string>();
  for (let active = true; active; ) {
    active = false;
    for (const j of order.shuffle(spec.judges.map((_, i) => i))) {
      const judge = spec.judges[j]!;
      const pair = nextPair({
        items: spec.itemIds,
        comparisons,
        judge,
        excluded: spec.excluded?.get(judge) ?? none,
        comparisonsPerItem: spec.comparisonsPerItem,
        seed: spec.seed,
      });
      if (!pair) continue;
      active = true;
      const [a, b] = pair;
      comparisons.push(perceive(a, j) >= perceive(b, j) ? { winner: a, loser: b, judge } : { winner: b, loser: a, judge });
    }
  }
  return comparisons;
}

export interface ComparativeTrialSpec extends Omit<SimulationSpec, 'readersPerEntry' | 'extraReaderShare'> {
  /** Readers per entry in the rubric round it is set beside. Default 2. */
  readersPerEntry?: number;
  comparisonsPerItem: number;
  /** The prize line: recall of the true top `prizeLine`. */
  prizeLine: number;
  /**
   * SD of a judge's perception of an essay's total in a comparison. Default: a rubric reading's noise
   * on the total, noiseSd · √Σw² (without the rubric's rounding), so neither method reads better.
   */
  comparisonNoiseSd?: number;
  /** Random splits for split-half reliability; 0 (the default) leaves it out (NaN). */
  splitHalfRepeats?: number;
}

export interface MethodRecovery {
  /** Spearman correlation with the true order. */
  spearman: number;
  /** Share of the true top `prizeLine` placed in the top `prizeLine`. */
  recall: number;
}

export interface ComparativeTrial {
  rubricMean: MethodRecovery;
  comparative: MethodRecovery & { ssr: number; splitHalf: number; comparisons: number };
}

/**
 * Issue 14's final round: 40 entries, 6 judges, on the essays of the results benchmark (5 criteria
 * 0–10, quality SD 1.2, criterion SD 0.6, reading noise SD 1 per criterion, severities over ±1),
 * top 5 as the prize line. The acceptance test and bench/comparative.ts both use it.
 */
export const FINAL_ROUND_TRIAL = {
  entries: 40,
  judges: 6,
  rubric: [
    { id: 1, weight: 0.3, min: 0, max: 10 },
    { id: 2, weight: 0.25, min: 0, max: 10 },
    { id: 3, weight: 0.2, min: 0, max: 10 },
    { id: 4, weight: 0.15, min: 0, max: 10 },
    { id: 5, weight: 0.1, min: 0, max: 10 },
  ],
  qualitySd: 1.2,
  criterionSd: 0.6,
  noiseSd: 1,
  severitySpread: 1,
  prizeLine: 5,
} as const satisfies Omit<ComparativeTrialSpec, 'comparisonsPerItem' | 'seed'>;

/** One seed: the rubric round (mean of k readers) and the comparative round on the same essays. */
export function comparativeTrial(spec: ComparativeTrialSpec): ComparativeTrial {
  const rubricRound = simulateRound({ ...spec, readersPerEntry: spec.readersPerEntry ?? 2 });
  const truth = rubricRound.trueTotal;
  const means = scoreEntries(rubricRound.sheets, { method: 'mean' }).entries.map((e) => e.corrected);
  const itemIds = rubricRound.entryIds.map(String);
  const noiseSd = spec.comparisonNoiseSd ?? spec.noiseSd * Math.sqrt(spec.rubric.reduce((s, c) => s + c.weight ** 2, 0));
  const comparisons = simulateComparativeRound({
    itemIds,
    trueQuality: truth,
    judges: rubricRound.judgeIds,
    noiseSd,
    comparisonsPerItem: spec.comparisonsPerItem,
    seed: spec.seed,
  });
  const fit = fitBradleyTerry(itemIds, comparisons);
  const abilities = fit.items.map((i) => i.ability);
  return {
    rubricMean: { spearman: spearman(means, truth), recall: topRecall(means, truth, spec.prizeLine) },
    comparative: {
      spearman: spearman(abilities, truth),
      recall: topRecall(abilities, truth, spec.prizeLine),
      ssr: scaleSeparationReliability(fit),
      splitHalf: spec.splitHalfRepeats ? splitHalfReliability(itemIds, comparisons, { seed: spec.seed, repeats: spec.splitHalfRepeats }) : Number.NaN,
      comparisons: comparisons.length,
    },
  };
}
