import type { Contest, Entry } from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';
import { formatVietnamTime } from '../lib/time.ts';

/*
 * The submission window, the one rule for when entries may be started, changed, withdrawn and
 * submitted (DESIGN, step 2: "until the deadline, never after"), judged by the server clock.
 * Drafts may be started and edited before the window opens; only submitting waits for it.
 */

/** Before the deadline of a contest that takes entries: drafts may be started and changed. */
export function beforeDeadline(contest: Contest, now: Date): boolean {
  return contest.status === 'open' && now.getTime() < contest.submissionClosesAt.getTime();
}

/** Open for submissions right now: the window has opened and the deadline has not passed. */
export function acceptingSubmissions(contest: Contest, now: Date): boolean {
  return beforeDeadline(contest, now) && contest.submissionOpensAt.getTime() <= now.getTime();
}

/** Entries that can still change: not withdrawn or disqualified, and before the deadline. */
export function isEditable(entry: Entry, contest: Contest, now: Date): boolean {
  return (entry.status === 'draft' || entry.status === 'submitted') && beforeDeadline(contest, now);
}

/** Refuses a new entry after the deadline, naming it. */
export function assertBeforeDeadline(contest: Contest, now: Date): void {
  if (!beforeDeadline(contest, now)) {
    throw new DomainError(409, 'submission_closed', { deadline: formatVietnamTime(contest.submissionClosesAt) });
  }
}

/** Refuses a change to an entry that can no longer change, saying why. */
export function assertEditable(entry: Entry, contest: Contest, now: Date): void {
  if (entry.status === 'withdrawn' || entry.status === 'disqualified') throw new DomainError(409, 'entry_locked');
  assertBeforeDeadline(contest, now);
}

/**
 * Why a submission would be refused for the window, or null inside it (the caller has checked the
 * entry may change, so the deadline has not passed): the submit check lists it with the others.
 */
export function submissionWindowProblem(contest: Contest, now: Date): DomainError | null {
  if (acceptingSubmissions(contest, now)) return null;
  return new DomainError(409, 'submission_not_open', { opens: formatVietnamTime(contest.submissionOpensAt) });
}
