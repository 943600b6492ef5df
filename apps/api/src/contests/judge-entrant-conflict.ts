import { hasEntryInContest, hasSatOnContestPanel, type DbOrTx } from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';

/*
 * A person never judges a contest they entered (DESIGN, People). The rule is held from both
 * sides, each asked inside the write's own transaction so the two writes cannot cross:
 * - joining a panel: any entry of theirs counts, drafts and withdrawn ones included (a draft can be
 *   submitted at any moment before the deadline, and a withdrawn author still wrote for the contest);
 * - starting an entry: having sat on any round's panel counts, even after leaving it (they have
 *   read the contest's entries and seen its scores).
 */

/** 400 if the person has an entry in the contest (checked before they join one of its panels). */
export function assertMayJudge(db: DbOrTx, userId: string, contestId: number): void {
  if (hasEntryInContest(db, userId, contestId)) throw new DomainError(400, 'judge_is_entrant');
}

/** 409 if the person is or was on a panel of the contest (checked before they start an entry). */
export function assertMayEnter(db: DbOrTx, userId: string, contestId: number): void {
  if (hasSatOnContestPanel(db, userId, contestId)) throw new DomainError(409, 'judge_cannot_enter');
}
