/**
 * Variance-component ICCs for incomplete designs, where each entry is read by a few of many judges
 * (so no complete entries × judges matrix exists for Shrout & Fleiss).
 *
 * One-way random, unequal group sizes (ANOVA estimator): with m_e readers of entry e, N sheets, E
 * entries, MSB = Σ_e m_e (x̄_e − x̄)² / (E − 1), MSW = Σ_e Σ (x − x̄_e)² / (N − E) and
 * n₀ = (N − Σ_e m_e² / N) / (E − 1),
 *
 *     ICC(1)    = (MSB − MSW) / (MSB + (n₀ − 1) MSW)
 *     ICC(1,k̄) = σ²_b / (σ²_b + MSW / k̄),   σ²_b = (MSB − MSW) / n₀.
 *
 * Two-way (entries + judges) from the additive model's moment estimates (additive-model.ts: σ²_e,
 * σ²_j, σ²_r), unclamped as Shrout & Fleiss's formulas are:
 *
 *     agreement   (like ICC(2,·)):  σ²_e / (σ²_e + σ²_j + σ²_r),   σ²_e / (σ²_e + (σ²_j + σ²_r) / k̄)
 *     consistency (like ICC(3,·)):  σ²_e / (σ²_e + σ²_r),           σ²_e / (σ²_e + σ²_r / k̄)
 *
 * k̄ is the harmonic mean of the readers per entry: the mean error variance of an entry's average is
 * σ² · mean(1/m_e) = σ²/k̄. On a complete design (every entry read by the same k judges) n₀ = k̄ = k
 * and all six reduce exactly to Shrout & Fleiss's ICC(1,1), ICC(1,k), ICC(2,1), ICC(2,k), ICC(3,1),
 * ICC(3,k). In a design where judges are assigned at random, judge severity is part of the
 * one-way within-entry variance, so ICC(1) and the agreement ICCs estimate the same thing.
 */
import type { AdditiveFit } from './additive-model.ts';
import { readersOf } from './sheet-table.ts';

export interface VarianceComponentIcc {
  /** Harmonic mean of readers per entry, k̄. */
  readers: number;
  oneWay: { single: number | null; average: number | null; betweenMeanSquare: number | null; withinMeanSquare: number | null; n0: number | null };
  agreement: { single: number | null; average: number | null };
  consistency: { single: number | null; average: number | null };
  components: { entry: number | null; judge: number | null; residual: number | null };
}

const ratio = (num: number, den: number): number | null => (den !== 0 && Number.isFinite(num / den) ? num / den : null);

export function varianceComponentIcc(fit: AdditiveFit): VarianceComponentIcc {
  const { table } = fit;
  const E = table.entryIds.length;
  const N = table.total.length;
  const { entryStart, total } = table;
  let grand = 0;
  for (let s = 0; s < N; s++) grand += total[s]!;
  grand /= N;
  let ssBetween = 0;
  let sumSquares = 0;
  let inverse = 0;
  for (let e = 0; e < E; e++) {
    const m = readersOf(table, e);
    let mean = 0;
    for (let k = entryStart[e]!; k < entryStart[e + 1]!; k++) mean += total[k]!;
    mean /= m;
    ssBetween += m * (mean - grand) ** 2;
    sumSquares += m * m;
    inverse += 1 / m;
  }
  const readers = E > 0 ? E / inverse : Number.NaN;
  const msb = E >= 2 ? ssBetween / (E - 1) : null;
  const msw = fit.variance.withinEntry;
  const n0 = E >= 2 ? (N - sumSquares / N) / (E - 1) : null;
  let oneWay: VarianceComponentIcc['oneWay'] = { single: null, average: null, betweenMeanSquare: msb, withinMeanSquare: msw, n0 };
  if (msb !== null && msw !== null && n0 !== null && n0 > 0) {
    const between = (msb - msw) / n0;
    oneWay = {
      ...oneWay,
      single: ratio(msb - msw, msb + (n0 - 1) * msw),
      average: ratio(between, between + msw / readers),
    };
  }
  const { entry, judge, residual } = fit.variance;
  const agreement = { single: null as number | null, average: null as number | null };
  const consistency = { single: null as number | null, average: null as number | null };
  if (entry !== null && residual !== null) {
    consistency.single = ratio(entry, entry + residual);
    consistency.average = ratio(entry, entry + residual / readers);
    if (judge !== null) {
      agreement.single = ratio(entry, entry + judge + residual);
      agreement.average = ratio(entry, entry + (judge + residual) / readers);
    }
  }
  return { readers, oneWay, agreement, consistency, components: { entry, judge, residual } };
}
