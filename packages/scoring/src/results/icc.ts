/**
 * Intraclass correlations for a complete design — n targets (entries) each rated by the same k
 * judges — after Shrout & Fleiss (1979), from the mean squares of the two-way ANOVA:
 *
 *     BMS = k Σ_i (x̄_i· − x̄)² / (n − 1)            between targets
 *     JMS = n Σ_j (x̄_·j − x̄)² / (k − 1)            between judges
 *     EMS = (SS_total − SS_targets − SS_judges) / ((n − 1)(k − 1))   residual
 *     WMS = (SS_judges + EMS·(n − 1)(k − 1)) / (n (k − 1))           within targets (one-way)
 *
 *     ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)                      one-way random
 *     ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)  two-way random, absolute agreement
 *     ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)                      two-way mixed, consistency
 *     ICC(1,k) = (BMS − WMS) / BMS
 *     ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
 *     ICC(3,k) = (BMS − EMS) / BMS
 *
 * The (·,1) forms are the reliability of one judge's score, the (·,k) forms of the mean of k judges.
 * These match R psych::ICC (its ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k).
 */

export interface ShroutFleissIcc {
  targets: number;
  judges: number;
  meanSquares: { between: number; within: number; judges: number; error: number };
  /** null when a denominator is 0 (no spread at all). */
  icc11: number | null;
  icc21: number | null;
  icc31: number | null;
  icc1k: number | null;
  icc2k: number | null;
  icc3k: number | null;
}

/** num/den, or null when den is 0 up to float noise relative to the data's total mean square. */
const ratio = (num: number, den: number, scale: number): number | null =>
  Math.abs(den) > 1e-12 * scale && Number.isFinite(num / den) ? num / den : null;

/** `ratings[i][j]`: target i's score from judge j; every row must have the same k ≥ 2 values, n ≥ 2 rows. */
export function shroutFleissIcc(ratings: readonly (readonly number[])[]): ShroutFleissIcc {
  const n = ratings.length;
  const k = ratings[0]?.length ?? 0;
  if (n < 2 || k < 2) throw new RangeError(`need at least 2 targets and 2 judges, got ${n} × ${k}`);
  const rowMeans = new Float64Array(n);
  const colMeans = new Float64Array(k);
  let grand = 0;
  ratings.forEach((row, i) => {
    if (row.length !== k) throw new RangeError(`row ${i} has ${row.length} ratings, expected ${k}`);
    row.forEach((x, j) => {
      if (!Number.isFinite(x)) throw new RangeError(`rating [${i}][${j}] is not finite`);
      rowMeans[i]! += x;
      colMeans[j]! += x;
      grand += x;
    });
  });
  for (let i = 0; i < n; i++) rowMeans[i]! /= k;
  for (let j = 0; j < k; j++) colMeans[j]! /= n;
  grand /= n * k;
  let ssTargets = 0;
  let ssJudges = 0;
  let ssError = 0;
  for (let i = 0; i < n; i++) ssTargets += k * (rowMeans[i]! - grand) ** 2;
  for (let j = 0; j < k; j++) ssJudges += n * (colMeans[j]! - grand) ** 2;
  ratings.forEach((row, i) => row.forEach((x, j) => (ssError += (x - rowMeans[i]! - colMeans[j]! + grand) ** 2)));
  const scale = (ssTargets + ssJudges + ssError) / (n * k - 1);
  const BMS = ssTargets / (n - 1);
  const JMS = ssJudges / (k - 1);
  const EMS = ssError / ((n - 1) * (k - 1));
  const WMS = (ssJudges + ssError) / (n * (k - 1));
  return {
    targets: n,
    judges: k,
    meanSquares: { between: BMS, within: WMS, judges: JMS, error: EMS },
    icc11: ratio(BMS - WMS, BMS + (k - 1) * WMS, scale),
    icc21: ratio(BMS - EMS, BMS + (k - 1) * EMS + (k * (JMS - EMS)) / n, scale),
    icc31: ratio(BMS - EMS, BMS + (k - 1) * EMS, scale),
    icc1k: ratio(BMS - WMS, BMS, scale),
    icc2k: ratio(BMS - EMS, BMS + (JMS - EMS) / n, scale),
    icc3k: ratio(BMS - EMS, BMS, scale),
  };
}
