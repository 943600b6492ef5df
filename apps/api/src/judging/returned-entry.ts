import { roundHasAssignments, type Entry, type Tx } from '@guong-sang/db';
import { adjudicateIfNeeded } from './adjudication.ts';
import { commitAdded } from './commit.ts';
import { roundsBeingJudged } from './round-lock.ts';
import { topUpReaders } from './top-up.ts';

/**
 * An entry back in the contest (reinstated) is read as the round would have it read: in each
 * rubric round still being judged whose assignment has been run, it is topped up to the readers
 * the round asks for, chosen for this entry alone (top-up.ts). While it was out, a conflict or a
 * recusal took its reader with nobody handed it (nobody reads an entry that is out), and its two
 * readers left may disagree: adjudication asks again, as a submitted sheet would. A round not yet
 * assigned reads it when it is.
 */
export function restoreReaders(tx: Tx, entry: Entry, actorId: string, now: Date): void {
  for (const round of roundsBeingJudged(tx, entry.contestId, now)) {
    // A seed alone does not say the assignment was run: a round made comparative keeps the seed
    // its pairs would be drawn from when it is made by rubric again.
    if (round.method === 'comparative' || !roundHasAssignments(tx, round.id)) continue;
    const seed = (round.assignmentSeed ?? 0) + entry.id;
    const { added, short } = topUpReaders(tx, round, entry.id, round.readersPerEntry, seed);
    if (added.length > 0 || short > 0) commitAdded(tx, round, { added, unassignable: short > 0 ? 1 : 0 }, actorId, now, seed, 'reassignment', false);
    adjudicateIfNeeded(tx, round, entry.id, now);
  }
}
