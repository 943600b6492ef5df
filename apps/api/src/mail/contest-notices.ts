import {
  cancelQueuedMail, getContest, getEntry, listAwards, listEntriesByContest, listPrizeTiers,
  type Contest, type DbOrTx, type Round,
} from '@guong-sang/db';
import { queueUserMail } from './queue.ts';
import { assignmentMail, awardMail, publicationMail } from './templates.ts';

/** Tells each judge how many entries of `round` they were just given. */
export function queueAssignmentNotices(tx: DbOrTx, round: Round, added: { judgeId: string }[], now: Date): void {
  const contest = getContest(tx, round.contestId);
  if (!contest) return;
  const perJudge = new Map<string, number>();
  for (const { judgeId } of added) perJudge.set(judgeId, (perJudge.get(judgeId) ?? 0) + 1);
  for (const [judgeId, count] of perJudge) {
    queueUserMail(tx, judgeId, 'assignment', (locale, person) => assignmentMail(locale, person.fullName, {
      contestTitle: contest.title, roundName: round.name, count, closesAt: round.closesAt,
    }), now);
  }
}

/** Tells each winner of a contest whose awards were just finalized. */
export function queueAwardNotices(tx: DbOrTx, contest: Contest, now: Date): void {
  const tiers = new Map(listPrizeTiers(tx, contest.id).map((t) => [t.id, t.name]));
  for (const award of listAwards(tx, contest.id)) {
    const entry = getEntry(tx, award.entryId);
    if (!entry) continue;
    queueUserMail(tx, entry.authorId, 'award', (locale, person) => awardMail(locale, person.fullName, {
      contestTitle: contest.title, entryId: entry.id, code: entry.code, title: entry.title,
      tierName: tiers.get(award.tierId) ?? '',
    }), now);
  }
}

const publicationKey = (contestId: number) => `publication:${contestId}:`;

/**
 * Tells every author who submitted to the contest that its showcase is public, sent when it goes
 * public (a scheduled publication waits for its time). Once per author and publication time.
 */
export function queuePublicationNotices(tx: DbOrTx, contest: Contest, publishedAt: Date, now: Date): void {
  cancelQueuedMail(tx, publicationKey(contest.id));
  const authors = new Set(listEntriesByContest(tx, contest.id, { status: 'submitted' }).map((e) => e.authorId));
  for (const authorId of authors) {
    queueUserMail(tx, authorId, 'publication', (locale, person) => publicationMail(locale, person.fullName, {
      contestTitle: contest.title, slug: contest.slug, publishedAt,
    }), now, { notBefore: publishedAt, onceKey: `${publicationKey(contest.id)}${publishedAt.getTime()}:${authorId}` });
  }
}

/** The showcase was taken down or its schedule cancelled: notices not yet sent stay unsent. */
export function cancelPublicationNotices(tx: DbOrTx, contestId: number): void {
  cancelQueuedMail(tx, publicationKey(contestId));
}
