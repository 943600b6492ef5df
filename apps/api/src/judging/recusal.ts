import { appendAudit, createConflict, setAssignmentStatus, type Tx } from '@guong-sang/db';
import { commitAdded } from './commit.ts';
import { ownAssignment } from './own-assignment.ts';
import { assertRoundOpen } from './round-lock.ts';
import { topUpReaders } from './top-up.ts';

/**
 * A judge recuses ("I recognise the author"): the pair becomes a declared conflict and the entry
 * goes to another judge at once (DESIGN, Conflicts), chosen for this entry alone (top-up.ts).
 * Returns whether a new reader was found.
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
  // Only this entry is topped up here; other gaps are the organizer's to fill.
  const { added, short } = topUpReaders(tx, round, assignment.entryId, round.readersPerEntry, seed);
  commitAdded(tx, round, { added, unassignable: short > 0 ? 1 : 0 }, judgeId, now, seed, 'reassignment', false);
  return added.length > 0;
}
