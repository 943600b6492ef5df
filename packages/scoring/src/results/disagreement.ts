/**
 * Disagreement between an entry's two readers (DESIGN.md step 5): they disagree when their weighted
 * totals differ by more than threshold × the weighted scale's range (max − min of Σ weight × score),
 * or their scores on any single criterion differ by more than threshold × that criterion's range.
 * "More than" is strict: a gap of exactly the limit (up to float noise) is not a disagreement.
 * An entry that disagrees needs a third reader.
 */
import type { Id } from '../assignment/types.ts';
import { scoreOn } from '../criterion-scores.ts';
import { weightedScale, type CriterionScale } from '../weighted-total.ts';
import { nearlyEqual } from './descriptive.ts';
import { buildSheetTable, readersOf, sheetScoreOn, type SheetTable } from './sheet-table.ts';
import type { ScoredSheet } from './types.ts';

/** Default share of the scale two readers may differ by. */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 0.2;

export interface CriterionGap {
  criterionId: number;
  gap: number;
  limit: number;
}

export interface ReaderComparison {
  disagree: boolean;
  /** |total_a − total_b| and the most it may be. */
  totalGap: number;
  totalLimit: number;
  totalExceeded: boolean;
  /** The criteria whose gap exceeds their limit (in rubric order). */
  criteria: CriterionGap[];
}

const exceeds = (gap: number, limit: number): boolean => gap > limit && !nearlyEqual(gap, limit);

function checkThreshold(threshold: number): void {
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be within 0–1, got ${threshold}`);
}

/** Compares two readers' sheets of the same entry. Criteria either sheet has not scored are skipped. */
export function compareReaders(
  a: ScoredSheet,
  b: ScoredSheet,
  rubric: readonly CriterionScale[],
  threshold: number = DEFAULT_DISAGREEMENT_THRESHOLD,
): ReaderComparison {
  checkThreshold(threshold);
  return compareScores(a.total, b.total, (id) => scoreOn(a.criteria, id), (id) => scoreOn(b.criteria, id), rubric, threshold);
}

/** {@link compareReaders} of two totals and each reader's score by criterion id. */
function compareScores(
  totalA: number, totalB: number, scoreA: (criterionId: number) => number | undefined, scoreB: (criterionId: number) => number | undefined,
  rubric: readonly CriterionScale[], threshold: number,
): ReaderComparison {
  const scale = weightedScale(rubric);
  const totalGap = Math.abs(totalA - totalB);
  const totalLimit = threshold * (scale.max - scale.min);
  const totalExceeded = exceeds(totalGap, totalLimit);
  const criteria: CriterionGap[] = [];
  for (const criterion of rubric) {
    const x = scoreA(criterion.id);
    const y = scoreB(criterion.id);
    if (x === undefined || y === undefined) continue;
    const gap = Math.abs(x - y);
    const limit = threshold * (criterion.max - criterion.min);
    if (exceeds(gap, limit)) criteria.push({ criterionId: criterion.id, gap, limit });
  }
  return { disagree: totalExceeded || criteria.length > 0, totalGap, totalLimit, totalExceeded, criteria };
}

export interface EntryDisagreement extends ReaderComparison {
  entryId: Id;
  /** The two readers, in canonical id order. */
  judgeIds: [Id, Id];
}

export interface DisagreementResult {
  /** Entries whose two readers disagree, in canonical entry order: each needs a third reader. */
  needsThirdReader: EntryDisagreement[];
  /** Entries with exactly two sheets, the ones checked. */
  checked: number;
}

/** Checks every entry with exactly two sheets. Entries with one sheet, or three and more, are left alone. */
export function findDisagreements(
  sheets: readonly ScoredSheet[],
  rubric: readonly CriterionScale[],
  threshold: number = DEFAULT_DISAGREEMENT_THRESHOLD,
): DisagreementResult {
  return findDisagreementsInTable(buildSheetTable(sheets), rubric, threshold);
}

/** {@link findDisagreements} of the sheets of a table. */
export function findDisagreementsInTable(
  table: SheetTable,
  rubric: readonly CriterionScale[],
  threshold: number = DEFAULT_DISAGREEMENT_THRESHOLD,
): DisagreementResult {
  checkThreshold(threshold);
  const needsThirdReader: EntryDisagreement[] = [];
  let checked = 0;
  for (let e = 0; e < table.entryIds.length; e++) {
    if (readersOf(table, e) !== 2) continue;
    checked++;
    const first = table.entryStart[e]!;
    const comparison = compareScores(
      table.total[first]!, table.total[first + 1]!, (id) => sheetScoreOn(table, first, id), (id) => sheetScoreOn(table, first + 1, id), rubric, threshold,
    );
    if (comparison.disagree) {
      const judgeIds: [Id, Id] = [table.judgeIds[table.judgeOf[first]!]!, table.judgeIds[table.judgeOf[first + 1]!]!];
      needsThirdReader.push({ entryId: table.entryIds[e]!, judgeIds, ...comparison });
    }
  }
  return { needsThirdReader, checked };
}
