/**
 * The shapes the results statistics work on. See DESIGN.md steps 5–7 and issue 5.
 */
import type { Id } from '../assignment/types.ts';
import type { CriterionScores } from '../criterion-scores.ts';

/** One judge's submitted score sheet for one entry in one round. */
export interface ScoredSheet {
  entryId: Id;
  judgeId: Id;
  /** The sheet's weighted total, Σ weight × score (see `weightedTotal`), unrounded. */
  total: number;
  /** The judge's score on each criterion's scale, by criterion id. */
  criteria: CriterionScores;
}

/** A plain-language reading of a figure, in Vietnamese and in English. */
export interface Reading {
  /** A stable machine label, e.g. 'good', 'tentative', 'flagged', 'insufficient-data'. */
  band: string;
  vi: string;
  en: string;
}

/** A statistic with its reading; `value` is null when the data cannot define it. */
export interface Figure {
  value: number | null;
  reading: Reading;
}
