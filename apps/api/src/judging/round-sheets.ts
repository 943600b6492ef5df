import { weightedTotal, type CriterionScale, type ScoredSheet } from '@guong-sang/scoring';
import {
  getContest, listAdjudicatedEntryIds, listCriteria, listEntryAssignments, listRoundSheetRows, type DbOrTx, type Round,
} from '@guong-sang/db';
import { isInRound, roundEntryIds } from './plan.ts';

export interface RoundScoreData {
  rubric: CriterionScale[];
  /**
   * Every submitted sheet of the round's active assignments on entries still in the round, with its
   * unrounded weighted total: readings of an entry withdrawn or disqualified since count for nothing.
   */
  sheets: ScoredSheet[];
  /** Entries whose third reader came from adjudication. */
  adjudicated: Set<number>;
  threshold: number;
  resolution: 'closest-two' | 'mean-of-three';
}

export function roundScoreData(db: DbOrTx, round: Round, filter?: { entryId: number }): RoundScoreData {
  const contest = getContest(db, round.contestId);
  const rubric = listCriteria(db, round.contestId);
  // One entry (an adjudication's check) reads only that entry's rows, not the round's.
  const inRound = filter
    ? new Set(isInRound(db, round, filter.entryId) ? [filter.entryId] : [])
    : roundEntryIds(db, round);
  const sheets: ScoredSheet[] = [];
  const criterionIds = rubric.map((criterion) => criterion.id);
  for (const [entryId, judgeId, ...scores] of listRoundSheetRows(db, round.id, criterionIds, filter?.entryId)) {
    if (!inRound.has(entryId)) continue;
    const criteria = new Map<number, number>();
    scores.forEach((score, k) => { if (score !== null) criteria.set(criterionIds[k]!, score); });
    const total = weightedTotal(rubric, criteria);
    if (total !== undefined) sheets.push({ entryId, judgeId, total, criteria });
  }
  const adjudicated = filter
    ? new Set(listEntryAssignments(db, round.id, filter.entryId).filter((a) => a.origin === 'adjudication' && a.status === 'active').map((a) => a.entryId))
    : listAdjudicatedEntryIds(db, round.id);
  return {
    rubric,
    sheets,
    adjudicated,
    threshold: contest?.disagreementThreshold ?? 0.2,
    resolution: contest?.adjudicationMethod ?? 'closest-two',
  };
}
