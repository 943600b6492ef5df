import { weightedTotal, type CriterionScale, type ScoredSheet } from '@guong-sang/scoring';
import {
  getContest, listAllAssignments, listCriteria, listRoundSheets, type DbOrTx, type Round,
} from '@guong-sang/db';

export interface RoundScoreData {
  rubric: CriterionScale[];
  /** Every submitted sheet of the round's active assignments, with its unrounded weighted total. */
  sheets: ScoredSheet[];
  /** Entries whose third reader came from adjudication. */
  adjudicated: Set<number>;
  threshold: number;
  resolution: 'closest-two' | 'mean-of-three';
}

export function roundScoreData(db: DbOrTx, round: Round, filter?: { entryId: number }): RoundScoreData {
  const contest = getContest(db, round.contestId);
  const rubric = listCriteria(db, round.contestId);
  const sheets: ScoredSheet[] = [];
  for (const { sheet, assignment, items } of listRoundSheets(db, round.id)) {
    if (sheet.status !== 'submitted' || (filter && assignment.entryId !== filter.entryId)) continue;
    const criteria = new Map(items.map((i) => [i.criterionId, i.value]));
    const total = weightedTotal(rubric, criteria);
    if (total !== undefined) sheets.push({ entryId: assignment.entryId, judgeId: assignment.judgeId, total, criteria });
  }
  const adjudicated = new Set(listAllAssignments(db, round.id)
    .filter((a) => a.origin === 'adjudication' && a.status === 'active').map((a) => a.entryId));
  return {
    rubric,
    sheets,
    adjudicated,
    threshold: contest?.disagreementThreshold ?? 0.2,
    resolution: contest?.adjudicationMethod ?? 'closest-two',
  };
}
