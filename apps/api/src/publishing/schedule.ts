import { appendAudit, getContest, updateContest, type Tx } from '@guong-sang/db';
import { DomainError, notFound } from '../lib/errors.ts';
import { cancelPublicationNotices, queuePublicationNotices } from '../mail/contest-notices.ts';

/**
 * Publishes a contest's showcase now, or at `at`, once its awards are final; audited. Only
 * stories both sides approved appear (publishing/visibility.ts). Entrants are told by mail when it goes public.
 */
export function publishShowcase(tx: Tx, contestId: number, at: Date | undefined, actorId: string, now: Date): void {
  const contest = getContest(tx, contestId);
  if (!contest) throw notFound();
  if (!contest.awardsFinalizedAt) throw new DomainError(409, 'awards_not_final');
  // A scheduled time already past is most likely a typo (a year, a month): say so.
  if (at && at.getTime() < now.getTime() - 60_000) throw new DomainError(400, 'publish_time_past');
  const publishedAt = !at || at.getTime() < now.getTime() ? now : at;
  updateContest(tx, contest.id, { publishedAt, status: 'published' });
  queuePublicationNotices(tx, contest, publishedAt, now);
  appendAudit(tx, {
    actorId, action: 'contest.published', subjectType: 'contest', subjectId: contest.id,
    details: { publishedAt: publishedAt.toISOString() },
  });
}

/** Takes the showcase down, or cancels its schedule; audited. */
export function unpublishShowcase(tx: Tx, contestId: number, actorId: string): void {
  const contest = getContest(tx, contestId);
  if (!contest) throw notFound();
  updateContest(tx, contest.id, { publishedAt: null, status: contest.awardsFinalizedAt ? 'awarded' : contest.status });
  cancelPublicationNotices(tx, contest.id);
  appendAudit(tx, { actorId, action: 'contest.unpublished', subjectType: 'contest', subjectId: contest.id });
}
