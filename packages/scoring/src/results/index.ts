// Results statistics (issue 5): entry scores by method, judge calibration, disagreement and
// adjudication, ranking with declared tie-breaks, and the reliability report.
export type { ScoredSheet, Reading, Figure } from './types.ts';
export { buildSheetTable, entryIndexOf, type SheetTable } from './sheet-table.ts';
export { sheetTableOfColumns, type SheetColumns } from './sheet-table-of-columns.ts';
export {
  fitAdditiveModel,
  type AdditiveFit,
  type AdditiveModelOptions,
  type VarianceEstimates,
} from './additive-model.ts';
export {
  scoreEntries,
  scoreTable,
  scoreTableEntries,
  entryScoreAt,
  type TableScores,
  adjustedValues,
  judgeSeverities,
  SCORE_METHODS,
  type ScoreMethod,
  type EntryScore,
  type EntryScoreOptions,
  type EntryScoresResult,
  type JudgeSeverity,
} from './entry-scores.ts';
export { resolveThree, type Resolution, type ResolutionRule } from './resolution.ts';
export {
  compareReaders,
  findDisagreements,
  findDisagreementsInTable,
  DEFAULT_DISAGREEMENT_THRESHOLD,
  type CriterionGap,
  type ReaderComparison,
  type EntryDisagreement,
  type DisagreementResult,
} from './disagreement.ts';
export { judgePercentiles, medianJudgeRankOf } from './median-rank.ts';
export {
  rankEntries,
  rankInTable,
  rankScores,
  rankedEntryAt,
  type TableRanking,
  topWeightedCriteria,
  type RankRule,
  type RankingEntryInput,
  type RankingOptions,
  type RankedEntry,
  type TieGroup,
  type Ranking,
} from './ranking.ts';
export { shroutFleissIcc, type ShroutFleissIcc } from './icc.ts';
export { varianceComponentIcc, type VarianceComponentIcc } from './component-icc.ts';
export { krippendorffAlpha, intervalAlphaGrouped, unitsFromReliabilityData, type AlphaLevel } from './krippendorff.ts';
export { quadraticWeightedKappa } from './kappa.ts';
export { criterionAgreement, type AgreementCounts, type CriterionAgreement } from './agreement.ts';
export {
  readIcc,
  readAlpha,
  readKappa,
  readAgreement,
  readSeverity,
  readAdjudication,
  iccBand,
  alphaBand,
  type IccBand,
  type AlphaBand,
} from './readings.ts';
export {
  reliabilityReport,
  reliabilityReportOfTable,
  type ReliabilityOptions,
  type ReliabilityReport,
  type JudgeReliability,
  type IccFigures,
  type PairKappa,
} from './reliability-report.ts';
export { spearman, pearson, averageRanks, topRecall } from './rank-metrics.ts';
export { simulateRound, balancedDesign, normalDraw, type SimulationSpec, type SimulatedRound } from './simulate.ts';
