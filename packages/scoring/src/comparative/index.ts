// Comparative judgement (issue 14): Bradley–Terry ranking from pairwise choices, its reliability
// (SSR, split-half), judge fit, and the adaptive choice of the next pair.
export type { Comparison } from './types.ts';
export {
  fitBradleyTerry,
  DEFAULT_BT_PRIOR,
  type BradleyTerryOptions,
  type BradleyTerryFit,
  type ItemEstimate,
} from './bradley-terry.ts';
export { scaleSeparationReliability } from './scale-separation.ts';
export { splitHalfReliability, spearmanBrown, type SplitHalfOptions } from './split-half.ts';
export { judgeFit, type JudgeFit } from './judge-fit.ts';
export { nextPair, comparisonsTarget, DEFAULT_COMPARISONS_PER_ITEM, type PairingInput, type PendingPair } from './pairing.ts';
export {
  simulateComparativeRound,
  comparativeTrial,
  FINAL_ROUND_TRIAL,
  type ComparativeRoundSpec,
  type ComparativeTrialSpec,
  type ComparativeTrial,
  type MethodRecovery,
} from './simulate.ts';
