import {
  appendAudit, createComparisonRecusal, createConflict, listComparisons, setAssignmentStatus, type Assignment, type Round, type Tx,
} from '@guong-sang/db';
import { adjudicateIfNeeded } from './adjudication.ts';
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
  createConflict(tx, { judgeId, entryId: assignment.entryId, reason: `recused: ${reason}`, createdAt: now });
  return reassignAway(tx, round, assignment, reason, judgeId, now);
}

/**
 * Takes a live assignment from its judge, whose pair is now a declared conflict: the judge's sheet
 * stops counting and the entry goes to another judge at once, chosen for this entry alone (a third
 * reader's place to another third reader). The recusal's and the organizer's declared conflict's
 * one rule. Returns whether a new reader was found.
 */
export function reassignAway(tx: Tx, round: Round, assignment: Assignment, reason: string, actorId: string, now: Date): boolean {
  setAssignmentStatus(tx, assignment.id, 'recused', reason);
  appendAudit(tx, {
    actorId, action: 'assignment.recused', subjectType: 'assignment', subjectId: assignment.id, details: { reason },
  });
  const seed = (round.assignmentSeed ?? 0) + assignment.id;
  // Only this entry is topped up here; other gaps are the organizer's to fill.
  const { added, short } = topUpReaders(tx, round, assignment.entryId, round.readersPerEntry, seed);
  // Nothing to record when the entry needs nobody (it left the contest, or has its readers).
  if (added.length > 0 || short > 0) commitAdded(tx, round, { added, unassignable: short > 0 ? 1 : 0 }, actorId, now, seed, 'reassignment', false);
  // The readers left may be two who disagree: the entry's third reader was the one taken, or the
  // third agreed with the one taken. Adjudication calls a third reader again, as a submitted sheet
  // would (else the entry's score would be the mean of the two who disagree).
  const adjudicated = adjudicateIfNeeded(tx, round, assignment.entryId, now);
  return added.length > 0 || adjudicated;
}

/**
 * Takes out of a comparative round still being judged the judge's choices holding an entry whose
 * pair is now a declared conflict: `reassignAway` for a round of choices. The choices stop counting
 * (judging/comparisons.ts) and the pair stays apart in the round (judging/plan.ts), the conflict
 * withdrawn or not, as a recused assignment stays recused. The round's count falls with them, and
 * the judge's own: they make up their share on other pairs. Nothing to do if they never compared it.
 */
export function recuseChoices(tx: Tx, round: Round, judgeId: string, entryId: number, reason: string, actorId: string, now: Date): void {
  const holding = listComparisons(tx, round.id, judgeId).filter((c) => c.leftEntryId === entryId || c.rightEntryId === entryId);
  if (holding.length === 0 || !createComparisonRecusal(tx, { roundId: round.id, judgeId, entryId, createdAt: now })) return;
  appendAudit(tx, {
    actorId, action: 'comparisons.recused', subjectType: 'round', subjectId: round.id,
    details: { judgeId, entryId, comparisonIds: holding.map((c) => c.id), reason },
  });
}
