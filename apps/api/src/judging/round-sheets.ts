import { weightedTotal, type CriterionScale, type ScoredSheet } from '@guong-sang/scoring';
import {
  getContest, listAllAssignments, listCriteria, listEntryAssignments, listRoundSheets, type DbOrTx, type Round,
} from '@guong-sang/db';
import { isInRound, roundEntries } from './plan.ts';

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
    : new Set(roundEntries(db, round).map((entry) => entry.id));
  const sheets: ScoredSheet[] = [];
  for (const { sheet, assignment, items } of listRoundSheets(db, round.id, filter?.entryId)) {
    if (sheet.status !== 'submitted' || !inRound.has(assignment.entryId)) continue;
    const criteria = new Map(items.map((i) => [i.criterionId, i.value]));
    const total = weightedTotal(rubric, criteria);
    if (total !== undefined) sheets.push({ entryId: assignment.entryId, judgeId: assignment.judgeId, total, criteria });
  }
  const adjudicated = new Set((filter ? listEntryAssignments(db, round.id, filter.entryId) : listAllAssignments(db, round.id))
    .filter((a) => a.origin === 'adjudication' && a.status === 'active').map((a) => a.entryId));
  return {
    rubric,
    sheets,
    adjudicated,
    threshold: contest?.disagreementThreshold ?? 0.2,
    resolution: contest?.adjudicationMethod ?? 'closest-two',
  };
}
