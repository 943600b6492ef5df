/**
 * How well each judge's choices fit the Bradley–Terry estimates (Pollitt 2012, after Rasch fit
 * statistics). For a comparison the model gave the observed winner probability p; the residual of the
 * observation is 1 − p, its variance p(1 − p):
 *     outfit = mean over the judge's comparisons of (1 − p)² / (p(1 − p))   (unweighted: sensitive to single surprises)
 *     infit  = Σ (1 − p)² / Σ p(1 − p)                                       (information-weighted)
 * Both are about 1 for a judge whose choices follow the model, higher for a judge who often prefers
 * the entry the others rank lower. Rule (Pollitt 2012; Wheadon et al. 2020): a judge misfits when
 * their infit exceeds the mean of the judges' infits by more than two standard deviations
 * (population SD over judges).
 */
import type { BradleyTerryFit } from './bradley-terry.ts';
import type { Comparison } from './types.ts';

export interface JudgeFit {
  judge: string;
  comparisons: number;
  infit: number;
  outfit: number;
  misfit: boolean;
}

/** One row per judge, in order of their first comparison; comparisons of items not in the fit are left out. */
export function judgeFit(fit: BradleyTerryFit, comparisons: readonly Comparison[]): JudgeFit[] {
  const ability = new Map(fit.items.map((item) => [item.id, item.ability]));
  const sums = new Map<string, { count: number; squared: number; variance: number; standardised: number }>();
  for (const c of comparisons) {
    const w = ability.get(c.winner);
    const l = ability.get(c.loser);
    if (w === undefined || l === undefined) continue;
    const p = 1 / (1 + Math.exp(-(w - l)));
    let s = sums.get(c.judge);
    if (!s) sums.set(c.judge, (s = { count: 0, squared: 0, variance: 0, standardised: 0 }));
    s.count++;
    s.squared += (1 - p) ** 2;
    s.variance += p * (1 - p);
    s.standardised += (1 - p) / p;
  }
  const rows = [...sums].map(([judge, s]) => ({
    judge,
    comparisons: s.count,
    infit: s.squared / s.variance,
    outfit: s.standardised / s.count,
  }));
  const mean = rows.reduce((t, r) => t + r.infit, 0) / rows.length;
  const sd = Math.sqrt(rows.reduce((t, r) => t + (r.infit - mean) ** 2, 0) / rows.length);
  return rows.map((r) => ({ ...r, misfit: r.infit > mean + 2 * sd }));
}
