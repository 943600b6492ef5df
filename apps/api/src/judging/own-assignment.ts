import { getAssignment, getRound, type Assignment, type DbOrTx, type Round } from '@guong-sang/db';
import { notFound } from '../lib/errors.ts';

/**
 * A judge reaches only their own active assignments (DESIGN: everyone sees only their own):
 * 404 otherwise, whether it exists for someone else or not at all.
 */
export function ownAssignment(db: DbOrTx, judgeId: string, assignmentId: number): { assignment: Assignment; round: Round; contestId: number } {
  const assignment = getAssignment(db, assignmentId);
  const round = assignment && getRound(db, assignment.roundId);
  if (!assignment || !round || assignment.judgeId !== judgeId || assignment.status !== 'active') throw notFound();
  return { assignment, round, contestId: round.contestId };
}
