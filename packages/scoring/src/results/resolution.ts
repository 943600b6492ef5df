/**
 * Resolving an adjudicated entry's three readings into one score (DESIGN.md step 5).
 *
 * - 'closest-two' (default): sort the three values lo ≤ mid ≤ hi. If mid − lo < hi − mid the score is
 *   the mean of lo and mid; if hi − mid < mid − lo, the mean of mid and hi. Tie — the middle value is
 *   equally far from both others (this includes three equal values) — no pair is closer, so the score
 *   is the mean of all three (equal to the middle value). Gaps that differ by float noise
 *   only (see `nearlyEqual`) count as equal. No choice ever depends on the readers' order.
 * - 'mean-of-three': the mean of all three.
 */
import { nearlyEqual } from './descriptive.ts';

export type ResolutionRule = 'closest-two' | 'mean-of-three';

export interface Resolution {
  score: number;
  /** Indices (into the input) of the readings the score is the mean of, ascending. */
  used: number[];
}

export function resolveThree(values: readonly [number, number, number], rule: ResolutionRule = 'closest-two'): Resolution {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`cannot resolve the non-finite score ${v}`);
  }
  const all = { score: (values[0] + values[1] + values[2]) / 3, used: [0, 1, 2] };
  if (rule === 'mean-of-three') return all;
  if (rule !== 'closest-two') throw new RangeError(`unknown resolution rule ${String(rule)}`);
  const order = [0, 1, 2].sort((i, j) => values[i as 0 | 1 | 2] - values[j as 0 | 1 | 2] || i - j) as [0 | 1 | 2, 0 | 1 | 2, 0 | 1 | 2];
  const [lo, mid, hi] = order.map((i) => values[i]) as [number, number, number];
  const lower = mid - lo;
  const upper = hi - mid;
  if (nearlyEqual(lower, upper)) return all;
  const pair = lower < upper ? [order[0], order[1]] : [order[1], order[2]];
  pair.sort((i, j) => i - j);
  return { score: (values[pair[0]!]! + values[pair[1]!]!) / 2, used: pair };
}
