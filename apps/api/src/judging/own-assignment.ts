import { getAssignment, getEntry, getRound, type Assignment, type DbOrTx, type Round } from '@guong-sang/db';
import { DomainError, notFound } from '../lib/errors.ts';

/**
 * A judge reaches only their own active assignments (DESIGN: everyone sees only their own):
 * 404 otherwise, whether it exists for someone else or not at all. One on an entry withdrawn or
 * disqualified since is theirs but has nothing left to read (its readings count for nothing):
 * 410, saying so, so a judge with the page open learns why a save is refused.
 */
export function ownAssignment(db: DbOrTx, judgeId: string, assignmentId: number): { assignment: Assignment; round: Round; contestId: number } {
  const assignment = getAssignment(db, assignmentId);
  const round = assignment && getRound(db, assignment.roundId);
  if (!assignment || !round || assignment.judgeId !== judgeId || assignment.status !== 'active') throw notFound();
  if (getEntry(db, assignment.entryId)?.status !== 'submitted') throw new DomainError(410, 'entry_left_contest');
  return { assignment, round, contestId: round.contestId };
}
