import {
  appendAudit, getContestBySlug, listActiveAssignments, listPublicationsByContest, listRounds, replaceAwards,
  getEntry, updateContest, updatePublication, writeTransaction, type Db,
} from '@guong-sang/db';
import { proposeAwards } from '../awards/proposal.ts';
import { queueAwardNotices, queuePublicationNotices } from '../mail/contest-notices.ts';
import { startPublications } from '../publishing/public-version.ts';
import { DEMO_PUBLISHED_SLUG } from './contests.ts';
import { demoPanel, runPreliminaryRound, startFinalRound } from './judging.ts';

const DAY = 24 * 60 * 60 * 1000;
const after = (at: Date, days: number) => new Date(at.getTime() + days * DAY);

/**
 * Last year's demo contest, all the way through: both rounds judged, the ranking's proposal
 * decided and finalized, each consenting winner's public version approved by its author and the
 * organizer, and the showcase published. Winners who did not consent at submission declined, so
 * the showcase lists them by code and title only.
 */
export function seedDemoPublication(db: Db, seed = 2026): void {
  const contest = getContestBySlug(db, DEMO_PUBLISHED_SLUG);
  if (!contest || listRounds(db, contest.id).length > 0) return;
  const panel = demoPanel(db, contest, seed);
  const closes = contest.submissionClosesAt;
  writeTransaction(db, (tx) => {
    const preliminary = runPreliminaryRound(tx, panel, { opensAt: after(closes, 5), closesAt: after(closes, 25) });
    const final = startFinalRound(tx, panel, preliminary, { opensAt: after(closes, 27), closesAt: after(closes, 40) }, 20);
    for (const assignment of listActiveAssignments(tx, final.id)) {
      panel.score(tx, assignment, panel.between(final.opensAt, final.closesAt), true);
    }

    const decidedAt = after(closes, 42);
    const proposals = proposeAwards(tx, contest);
    replaceAwards(tx, contest.id, proposals.map((p) => ({ entryId: p.entryId, tierId: p.tierId, adjustmentReason: null })), panel.organizerId ?? '', decidedAt);
    appendAudit(tx, { actorId: panel.organizerId, action: 'awards.decided', subjectType: 'contest', subjectId: contest.id, details: { proposals: proposals.length } });
    const finalizedAt = after(decidedAt, 1);
    appendAudit(tx, { actorId: panel.organizerId, action: 'awards.finalized', subjectType: 'contest', subjectId: contest.id });
    updateContest(tx, contest.id, { awardsFinalizedAt: finalizedAt, status: 'awarded', updatedAt: finalizedAt });
    queueAwardNotices(tx, contest, finalizedAt);
    startPublications(tx, contest, finalizedAt);

    for (const publication of listPublicationsByContest(tx, contest.id)) {
      const entry = getEntry(tx, publication.entryId);
      if (!entry) continue;
      const answeredAt = panel.between(after(finalizedAt, 1), after(finalizedAt, 8));
      if (!entry.consentToPublish) {
        updatePublication(tx, publication.id, { authorDeclinedAt: answeredAt });
        appendAudit(tx, { actorId: entry.authorId, action: 'publication.author_declined', subjectType: 'entry', subjectId: entry.id });
        continue;
      }
      // Who writes under a pen name keeps their unit to themselves too.
      updatePublication(tx, publication.id, {
        authorApprovedAt: answeredAt, organizerApprovedAt: after(answeredAt, 1), showUnit: !publication.usesPenName,
      });
      appendAudit(tx, { actorId: entry.authorId, action: 'publication.author_approved', subjectType: 'entry', subjectId: entry.id });
      appendAudit(tx, { actorId: panel.organizerId, action: 'publication.approved', subjectType: 'entry', subjectId: entry.id });
    }
    const publishedAt = after(finalizedAt, 14);
    updateContest(tx, contest.id, { publishedAt, status: 'published', updatedAt: publishedAt });
    queuePublicationNotices(tx, contest, publishedAt, publishedAt);
    appendAudit(tx, { actorId: panel.organizerId, action: 'contest.published', subjectType: 'contest', subjectId: contest.id, details: { publishedAt: publishedAt.toISOString() } });
  });
}
