import { findDisagreements } from '@guong-sang/scoring';
import { listActiveAssignments, type Tx, type Round } from '@guong-sang/db';
import { commitPlan } from './commit.ts';
import { planAssignment } from './plan.ts';
import { roundScoreData } from './round-sheets.ts';

/**
 * After a sheet is submitted: when the entry's two readers disagree beyond the contest's
 * threshold (on the weighted total or any criterion), a third reader is assigned at once.
 * Returns whether one was added.
 */
export function adjudicateIfNeeded(tx: Tx, round: Round, entryId: number, now: Date): boolean {
  if (round.kind !== 'preliminary') return false;
  if (listActiveAssignments(tx, round.id).filter((a) => a.entryId === entryId).length !== 2) return false;
  const data = roundScoreData(tx, round, { entryId });
  if (findDisagreements(data.sheets, data.rubric, data.threshold).needsThirdReader.length === 0) return false;
  const seed = (round.assignmentSeed ?? 0) + entryId;
  const plan = planAssignment(tx, round, { seed, required: new Map([[entryId, 3]]) });
  plan.result.added = plan.result.added.filter((pair) => Number(pair.entryId) === entryId);
  if (plan.result.added.length === 0) return false;
  // The system assigns the third reader; the audit row names no person.
  commitPlan(tx, round, plan, null, now, seed, 'adjudication', false);
  return true;
}
