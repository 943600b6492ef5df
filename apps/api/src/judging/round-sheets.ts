import { weightedTotal, type CriterionScale, type CriterionScores, type ScoredSheet } from '@guong-sang/scoring';
import {
  listAdjudicatedEntryIds, listCriteria, listEntryAssignments, listRoundSheetRows, listSheetsChangedSince,
  type DbOrTx, type Round,
} from '@guong-sang/db';
import { isInRound, roundEntryIds } from './plan.ts';

/** A submitted sheet of an active assignment, by entry then assignment, with its scores by criterion id. */
export interface CountedSheet {
  assignmentId: number;
  entryId: number;
  judgeId: string;
  criteria: CriterionScores;
}

const counted = (assignmentId: number, entryId: number, judgeId: string, criteria: CriterionScores): CountedSheet => ({
  assignmentId, entryId, judgeId, criteria,
});

/** The round's counted sheets (of one entry, if given), read whole. */
export function roundSheets(db: DbOrTx, round: Round, entryId?: number): readonly CountedSheet[] {
  return listRoundSheetRows(db, round.id, entryId).map(([assignmentId, entry, judgeId, scores]) => counted(assignmentId, entry, judgeId, scores));
}

/**
 * The round's counted sheets as read at results revision `revision`, brought up to date by reading
 * again only the sheets written since, or whose assignment was (every such write stamps the sheet:
 * packages/db bumpForSheet), in the order a whole read gives, which scoring sums in. During judging
 * a change is one judge's sheet: this reads that one, where a whole read of a 100,000-entry round
 * takes most of a second.
 */
export function roundSheetsSince(
  db: DbOrTx, round: Round, stale: readonly CountedSheet[], revision: number,
): readonly CountedSheet[] {
  const changed = listSheetsChangedSince(db, round.id, revision);
  if (changed.length === 0) return stale;
  const replaced = new Set(changed.map(([assignmentId]) => assignmentId));
  const added = changed.flatMap(([assignmentId, entryId, judgeId, scores, counts]) => (counts === 1 ? [counted(assignmentId, entryId, judgeId, scores)] : []))
    .sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
  const sheets: CountedSheet[] = [];
  let next = 0;
  for (const sheet of stale) {
    for (; next < added.length && (added[next]!.entryId - sheet.entryId || added[next]!.assignmentId - sheet.assignmentId) < 0; next++) {
      sheets.push(added[next]!);
    }
    if (!replaced.has(sheet.assignmentId)) sheets.push(sheet);
  }
  sheets.push(...added.slice(next));
  return sheets;
}

export interface RoundScoreData {
  rubric: CriterionScale[];
  /**
   * Every counted sheet on an entry still in the round, with its unrounded weighted total:
   * readings of an entry withdrawn or disqualified since count for nothing.
   */
  sheets: ScoredSheet[];
  /** Entries whose third reader came from adjudication. */
  adjudicated: Set<number>;
}

/** What scoring reads of the round's counted sheets: the entries still in it, totals on today's rubric. */
export function roundScoreDataOf(db: DbOrTx, round: Round, counted: readonly CountedSheet[], filter?: { entryId: number }): RoundScoreData {
  const rubric = listCriteria(db, round.contestId);
  // One entry (an adjudication's check) asks about that entry alone, not the round.
  const inRound = filter
    ? new Set(isInRound(db, round, filter.entryId) ? [filter.entryId] : [])
    : roundEntryIds(db, round);
  const sheets: ScoredSheet[] = [];
  for (const { entryId, judgeId, criteria } of counted) {
    if (!inRound.has(entryId)) continue;
    const total = weightedTotal(rubric, criteria);
    if (total !== undefined) sheets.push({ entryId, judgeId, total, criteria });
  }
  const adjudicated = filter
    ? new Set(listEntryAssignments(db, round.id, filter.entryId).filter((a) => a.origin === 'adjudication' && a.status === 'active').map((a) => a.entryId))
    : listAdjudicatedEntryIds(db, round.id);
  return { rubric, sheets, adjudicated };
}

/** The score data of the round (of one entry, if given), read whole. */
export function roundScoreData(db: DbOrTx, round: Round, filter?: { entryId: number }): RoundScoreData {
  return roundScoreDataOf(db, round, roundSheets(db, round, filter?.entryId), filter);
}
