// Acceptance (issue 5): 2,000 entries, 30 judges with known severities, k = 2 in a random balanced
// design — `corrected` ranks the true top 100 measurably better than `mean`.
import { describe, expect, it } from 'vitest';
import { scoreEntries, type ScoreMethod } from './entry-scores.ts';
import { spearman, topRecall } from './rank-metrics.ts';
import { simulateRound } from './simulate.ts';
import { RUBRIC } from './test-support.ts';

const SEED = 2024;
// Severities evenly spread over ±1 criterion point (±1 on the 0–10 total); reading noise SD 1 per
// criterion (≈ 0.55 on the total); entry quality SD 1.2.
const sim = simulateRound({
  entries: 2000,
  judges: 30,
  readersPerEntry: 2,
  rubric: RUBRIC,
  qualitySd: 1.2,
  criterionSd: 0.6,
  noiseSd: 1,
  severitySpread: 1,
  seed: SEED,
});

const METHODS: ScoreMethod[] = ['mean', 'corrected', 'zscore'];
const results = Object.fromEntries(METHODS.map((method) => {
  const scored = scoreEntries(sim.sheets, { method });
  const estimate = scored.entries.map((e) => e.corrected); // entries 1…2000 in order, like trueTotal
  return [method, { scored, rho: spearman(estimate, sim.trueTotal), recall: topRecall(estimate, sim.trueTotal, 100) }];
})) as Record<ScoreMethod, { scored: ReturnType<typeof scoreEntries>; rho: number; recall: number }>;

describe('simulation: 2,000 entries × 30 judges, k = 2, seed 2024', () => {
  it('reports Spearman and top-100 recall per method', () => {
    console.log([
      'method     Spearman ρ  top-100 recall',
      ...METHODS.map((m) => `${m.padEnd(10)} ${results[m].rho.toFixed(4).padStart(10)}  ${results[m].recall.toFixed(2).padStart(14)}`),
    ].join('\n'));
    expect(sim.sheets).toHaveLength(4000);
  });

  it('corrected ranks better than mean on both measures, by a clear margin', () => {
    const { mean, corrected } = results;
    expect(corrected.rho, `Spearman: corrected ${corrected.rho.toFixed(4)} vs mean ${mean.rho.toFixed(4)}`).toBeGreaterThan(mean.rho + 0.02);
    expect(corrected.recall, `top-100 recall: corrected ${corrected.recall} vs mean ${mean.recall}`).toBeGreaterThanOrEqual(mean.recall + 0.04);
  });

  it('recovers the judges’ severities and flags the extreme ones', () => {
    const { judges } = results.corrected.scored;
    const truth = judges.map((j) => sim.trueSeverity[Number(String(j.judgeId).slice('judge-'.length)) - 1]!);
    const estimate = judges.map((j) => j.severity);
    expect(spearman(estimate, truth)).toBeGreaterThan(0.95);
    judges.forEach((j, i) => {
      if (Math.abs(truth[i]!) > 0.6) expect(j.flagged, `${j.judgeId}: true ${truth[i]}, est ${j.severity} ± ${j.se}`).toBe(true);
    });
    expect(results.corrected.scored.model.converged).toBe(true);
  });
});
