import { getAssignment, getRound, type Assignment, type DbOrTx, type Round } from '@guong-sang/db';
import { assertResultsOpen } from '../contests/finality.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { formatVietnamTime } from '../lib/time.ts';

/** The judge's own active assignment, or 404 — whether it exists for someone else or not at all. */
export function ownAssignment(db: DbOrTx, judgeId: string, assignmentId: number): { assignment: Assignment; round: Round; contestId: number } {
  const assignment = getAssignment(db, assignmentId);
  const round = assignment && getRound(db, assignment.roundId);
  if (!assignment || !round || assignment.judgeId !== judgeId || assignment.status !== 'active') throw notFound();
  return { assignment, round, contestId: round.contestId };
}

/**
 * Scores are locked when a round closes (DESIGN, Fairness): a judge's writes (scores, recusal)
 * are taken only while the round is open by the server clock and the awards are not final.
 */
export function assertRoundOpen(db: DbOrTx, round: Round, now: Date): void {
  assertResultsOpen(db, round.contestId);
  if (now.getTime() >= round.closesAt.getTime()) {
    throw new DomainError(409, 'round_closed', { closes: formatVietnamTime(round.closesAt) });
  }
  if (now.getTime() < round.opensAt.getTime()) {
    throw new DomainError(409, 'round_not_open', { opens: formatVietnamTime(round.opensAt) });
  }
}
