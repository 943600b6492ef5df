// Comparative judgement benchmark (issue 14): how well a comparative round (Bradley–Terry, adaptive
// pairing) recovers the true order of 40 simulated essays with 6 judges, against the mean of 2 rubric
// readers per entry on the same essays — Spearman with the true order and recall of the prize line
// (top 5) — as a function of comparisons per entry, averaged over seeds. Also SSR and split-half
// reliability, and two rows at 10 per entry where a judge perceives each essay of a pair less surely
// (comparison noise × 1.5 and × 2) than a rubric reader reads one.
//
// Simulation (packages/scoring/src/comparative/simulate.ts, FINAL_ROUND_TRIAL): the essays and rubric
// round are the results benchmark's (simulateRound: 5 criteria 0–10, quality SD 1.2, criterion SD 0.6, reading noise
// SD 1 per criterion, severities over ±1, scores rounded and clamped); a comparative judge perceives
// each essay's true total with noise of a rubric reading's SD on the total (1 · √Σw² ≈ 0.47) and
// picks the higher. Workload differs: at 10 per entry the panel makes 200 comparisons (400 essay
// readings) against the rubric round's 80 readings.
//
// Run alone: node --import tsx bench/comparative.ts    (BENCH_COMPARATIVE_SEEDS seeds, default 20;
// BENCH_COMPARATIVE_SPLITS split-half repeats per round, default 20)
import { pathToFileURL } from 'node:url';
import { FINAL_ROUND_TRIAL, comparativeTrial, type ComparativeTrial } from '../packages/scoring/src/index.ts';
import { formatTargets, type BenchTarget } from './summary.ts';

const READING_NOISE_ON_TOTAL = Math.sqrt(FINAL_ROUND_TRIAL.rubric.reduce((s, c) => s + c.weight ** 2, 0));
const PRIZE_LINE = FINAL_ROUND_TRIAL.prizeLine;

export interface ComparativeCase {
  comparisonsPerItem: number;
  /** Comparison noise as a multiple of a rubric reading's noise on the total. */
  noiseFactor: number;
}

export const COMPARATIVE_CASES: ComparativeCase[] = [
  ...[4, 6, 8, 10, 15].map((comparisonsPerItem) => ({ comparisonsPerItem, noiseFactor: 1 })),
  { comparisonsPerItem: 10, noiseFactor: 1.5 },
  { comparisonsPerItem: 10, noiseFactor: 2 },
];

interface CaseSummary {
  spec: ComparativeCase;
  trials: ComparativeTrial[];
  seconds: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
};
const f = (xs: readonly number[], digits: number) => `${mean(xs).toFixed(digits)} ± ${sd(xs).toFixed(digits)}`;

function runCase(spec: ComparativeCase, seeds: number, splits: number): CaseSummary {
  const t0 = performance.now();
  const trials = Array.from({ length: seeds }, (_, s) => comparativeTrial({
    ...FINAL_ROUND_TRIAL,
    comparisonsPerItem: spec.comparisonsPerItem,
    comparisonNoiseSd: spec.noiseFactor * READING_NOISE_ON_TOTAL,
    splitHalfRepeats: splits,
    seed: s + 1,
  }));
  return { spec, trials, seconds: (performance.now() - t0) / 1000 };
}

export async function benchComparative(
  seeds = Number(process.env.BENCH_COMPARATIVE_SEEDS ?? 20),
  splits = Number(process.env.BENCH_COMPARATIVE_SPLITS ?? 20),
): Promise<{ lines: string[]; targets: BenchTarget[] }> {
  const summaries: CaseSummary[] = [];
  for (const spec of COMPARATIVE_CASES) {
    summaries.push(runCase(spec, seeds, splits));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const rubric = summaries[0]!.trials; // the rubric round does not depend on the comparative case
  const lines = [
    `40 entries, 6 judges; rubric mean of 2 readers vs comparative round; mean ± SD over ${seeds} seeds (the same essays per seed); `
      + `top-${PRIZE_LINE} recall = share of the true top ${PRIZE_LINE} placed in the top ${PRIZE_LINE}; split-half over ${splits} random splits.`,
    '',
    '| method | comparisons per entry | comparison noise | comparisons | Spearman ρ | top-5 recall | SSR | split-half | seconds |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| rubric mean, 2 readers | — | — | (80 readings) | ${f(rubric.map((t) => t.rubricMean.spearman), 3)} | ${f(rubric.map((t) => t.rubricMean.recall), 2)} | | | |`,
    ...summaries.map(({ spec, trials, seconds }) =>
      `| comparative | ${spec.comparisonsPerItem} | × ${spec.noiseFactor} | ${mean(trials.map((t) => t.comparative.comparisons)).toFixed(0)} `
        + `| ${f(trials.map((t) => t.comparative.spearman), 3)} | ${f(trials.map((t) => t.comparative.recall), 2)} `
        + `| ${f(trials.map((t) => t.comparative.ssr), 3)} | ${f(trials.map((t) => t.comparative.splitHalf), 3)} | ${seconds.toFixed(1)} |`),
  ];
  const atTen = summaries.find((s) => s.spec.comparisonsPerItem === 10 && s.spec.noiseFactor === 1)!.trials;
  const comparativeRho = mean(atTen.map((t) => t.comparative.spearman));
  const rubricRho = mean(atTen.map((t) => t.rubricMean.spearman));
  const ssr = mean(atTen.map((t) => t.comparative.ssr));
  const targets: BenchTarget[] = [
    {
      name: 'Comparative: Spearman with the true order, 40 entries × 6 judges × 10 per entry',
      figure: `${comparativeRho.toFixed(3)} (mean of ${seeds} seeds)`,
      target: '≥ rubric mean of 2 readers',
      pass: comparativeRho >= rubricRho,
      baseline: `rubric mean ${rubricRho.toFixed(3)}`,
    },
    {
      name: 'Comparative: SSR at 10 per entry',
      figure: `${ssr.toFixed(3)} (mean of ${seeds} seeds)`,
      target: '≥ 0.8 (Kinnear, Jones & Davies 2025)',
      pass: ssr >= 0.8,
    },
  ];
  return { lines, targets };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { lines, targets } = await benchComparative();
  console.log([...lines, '', formatTargets(targets)].join('\n'));
}
