import { findDisagreementsInTable } from '@guong-sang/scoring';
import { getContest, listEntryAssignments, type Tx, type Round } from '@guong-sang/db';
import { commitAdded } from './commit.ts';
import { roundScoreData } from './round-sheets.ts';
import { topUpReaders } from './top-up.ts';

/**
 * After a sheet is submitted: when the entry's two readers disagree beyond the contest's
 * threshold (on the weighted total or any criterion), a third reader is assigned at once, chosen
 * for this entry alone (top-up.ts). Returns whether one was added.
 */
export function adjudicateIfNeeded(tx: Tx, round: Round, entryId: number, now: Date): boolean {
  if (round.kind !== 'preliminary') return false;
  if (listEntryAssignments(tx, round.id, entryId).filter((a) => a.status === 'active').length !== 2) return false;
  const data = roundScoreData(tx, round, { entryId });
  const threshold = getContest(tx, round.contestId)?.disagreementThreshold ?? 0.2;
  if (findDisagreementsInTable(data.table, data.rubric, threshold).needsThirdReader.length === 0) return false;
  const seed = (round.assignmentSeed ?? 0) + entryId;
  const { added } = topUpReaders(tx, round, entryId, 3, seed);
  if (added.length === 0) return false;
  // The system assigns the third reader; the audit row names no person.
  commitAdded(tx, round, { added, unassignable: 0 }, null, now, seed, 'adjudication', false);
  return true;
}
