import { appendAudit, createConflict, setAssignmentStatus, type Tx } from '@guong-sang/db';
import { commitPlan } from './commit.ts';
import { ownAssignment } from './own-assignment.ts';
import { assertRoundOpen } from './round-lock.ts';
import { planAssignment } from './plan.ts';

/**
 * A judge recuses ("I recognise the author"): the pair becomes a declared conflict and the entry
 * goes to another judge at once (DESIGN, Conflicts). Returns whether a new reader was found.
 */
export function recuse(tx: Tx, judgeId: string, assignmentId: number, reason: string, now: Date): boolean {
  const { assignment, round } = ownAssignment(tx, judgeId, assignmentId);
  assertRoundOpen(tx, round, now);
  setAssignmentStatus(tx, assignment.id, 'recused', reason);
  createConflict(tx, { judgeId, entryId: assignment.entryId, reason: `recused: ${reason}`, createdAt: now });
  appendAudit(tx, {
    actorId: judgeId, action: 'assignment.recused', subjectType: 'assignment', subjectId: assignment.id, details: { reason },
  });
  const seed = (round.assignmentSeed ?? 0) + assignment.id;
  const plan = planAssignment(tx, round, { seed });
  // Only this entry is topped up here; other gaps are the organizer's to fill.
  plan.result.added = plan.result.added.filter((pair) => Number(pair.entryId) === assignment.entryId);
  commitPlan(tx, round, plan, judgeId, now, seed, 'reassignment', false);
  return plan.result.added.length > 0;
}
