import { listRounds, type DbOrTx, type Round } from '@guong-sang/db';
import { assertResultsOpen, resultsOpen } from '../contests/finality.ts';
import { DomainError } from '../lib/errors.ts';
import { formatVietnamTime } from '../lib/time.ts';

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

/**
 * The contest's rounds still being judged: not closed by the server clock, the awards not final.
 * What happens to an entry meanwhile (a conflict declared, a reinstatement) changes who reads it
 * there; a closed round's readings stand (they are locked), and final awards change only by revocation.
 */
export function roundsBeingJudged(db: DbOrTx, contestId: number, now: Date): Round[] {
  if (!resultsOpen(db, contestId)) return [];
  return listRounds(db, contestId).filter((round) => now.getTime() < round.closesAt.getTime());
}
