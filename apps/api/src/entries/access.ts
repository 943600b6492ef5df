import { getContest, getEntry, type Contest, type DbOrTx, type Entry } from '@guong-sang/db';
import type { FastifyRequest } from 'fastify';
import { DomainError, notFound } from '../lib/errors.ts';
import { formatVietnamTime } from '../lib/time.ts';
import { requireUser } from '../plugins/auth.ts';
import { isEditable } from './view.ts';

/**
 * The entry `entryId` if the signed-in person may see it: its author, or an organizer when
 * `organizers` is set. Anybody else gets 404, as if it did not exist.
 */
export function visibleEntry(
  db: DbOrTx,
  request: FastifyRequest,
  entryId: number,
  { organizers }: { organizers: boolean },
): { entry: Entry; contest: Contest } {
  const user = requireUser(request);
  const entry = getEntry(db, entryId);
  const allowed = entry && (entry.authorId === user.id || (organizers && user.roles.includes('organizer')));
  const contest = entry && getContest(db, entry.contestId);
  if (!allowed || !contest) throw notFound();
  return { entry, contest };
}

/** Refuses a change to an entry that can no longer change, saying why. */
export function assertEditable(entry: Entry, contest: Contest, now: Date): void {
  if (isEditable(entry, contest, now)) return;
  if (entry.status === 'withdrawn' || entry.status === 'disqualified') throw new DomainError(409, 'entry_locked');
  throw new DomainError(409, 'submission_closed', { deadline: formatVietnamTime(contest.submissionClosesAt) });
}
