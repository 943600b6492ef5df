/**
 * Scale separation reliability (SSR) of a Bradley–Terry fit — the comparative-judgement analogue of
 * Rasch person separation reliability (Bramley 2015; Verhavert et al. 2019):
 *     SSR = (observed variance of the abilities − mean squared standard error) / observed variance,
 * the observed variance taken over the items with divisor N (as Rasch separation does). The share of
 * the spread of the estimates that is not measurement error; ≥ .8 is the usual bar. Not clamped: it
 * is negative when the error exceeds the spread (the comparisons do not separate the entries).
 * Adaptive pairing inflates it (the pairs are chosen to shrink the errors), so report split-half too.
 */
import type { BradleyTerryFit } from './bradley-terry.ts';

/** SSR of the fit; NaN with fewer than 2 items or no spread in the abilities. */
export function scaleSeparationReliability(fit: BradleyTerryFit): number {
  const n = fit.items.length;
  if (n < 2) return Number.NaN;
  const mean = fit.items.reduce((s, item) => s + item.ability, 0) / n;
  const observed = fit.items.reduce((s, item) => s + (item.ability - mean) ** 2, 0) / n;
  const meanSquaredError = fit.items.reduce((s, item) => s + item.standardError ** 2, 0) / n;
  return observed > 0 ? (observed - meanSquaredError) / observed : Number.NaN;
}
