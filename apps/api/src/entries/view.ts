import {
  getContest, getPublicationByEntry, latestEntryVersion, listAttachments, listEntriesByAuthor, listEntryVersions,
  type Attachment, type Contest, type DbOrTx, type Entry,
} from '@guong-sang/db';
import { essayHtmlForDisplay } from '../files/html.ts';
import { tierLookup } from '../publishing/showcase.ts';
import { publicationStatus } from '../publishing/visibility.ts';
import { acceptingSubmissions, isEditable } from './deadline.ts';
import { receiptHash } from './receipt.ts';

export function currentReceiptHash(entry: Entry, attachments: Attachment[]): string {
  return receiptHash({
    title: entry.title,
    subject: entry.subject,
    category: entry.category,
    body: essayHtmlForDisplay(entry.body),
    attachmentHashes: attachments.map((a) => a.originalSha256),
  });
}

/** True when the entry changed after its last submission (a new submit makes a new version). */
export function changedSinceSubmission(db: DbOrTx, entry: Entry, attachments = listAttachments(db, entry.id)): boolean {
  const latest = latestEntryVersion(db, entry.id);
  return latest !== undefined && latest.sha256 !== currentReceiptHash(entry, attachments);
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function attachmentView(attachment: Attachment) {
  return {
    id: attachment.id,
    kind: attachment.kind,
    fileKind: attachment.fileKind,
    originalName: attachment.originalName,
    size: attachment.size,
    altText: attachment.altText,
    createdAt: attachment.createdAt.toISOString(),
  };
}

/**
 * What the entrant (or an organizer) sees of an entry. Never given to judges. `editable` is
 * whether this viewer may change it now: only its author can.
 */
export function entryDetail(db: DbOrTx, entry: Entry, now: Date, viewerId: string) {
  const contest = getContest(db, entry.contestId);
  if (!contest) throw new Error(`entry ${entry.id} has no contest`);
  const attachments = listAttachments(db, entry.id);
  return {
    id: entry.id,
    contestId: entry.contestId,
    code: entry.code,
    status: entry.status,
    title: entry.title,
    subject: entry.subject,
    category: entry.category,
    body: essayHtmlForDisplay(entry.body),
    wordCount: entry.wordCount,
    consentToPublish: entry.consentToPublish,
    penName: entry.penName,
    disqualifiedReason: entry.disqualifiedReason,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    submittedAt: iso(entry.submittedAt),
    mine: entry.authorId === viewerId,
    editable: entry.authorId === viewerId && isEditable(entry, contest, now),
    changedSinceSubmission: changedSinceSubmission(db, entry, attachments),
    attachments: attachments.map(attachmentView),
    versions: listEntryVersions(db, entry.id).map((v) => ({
      version: v.version, title: v.title, wordCount: v.wordCount, sha256: v.sha256, submittedAt: v.submittedAt.toISOString(),
    })),
    contest: {
      id: contest.id,
      title: contest.title,
      submissionOpensAt: contest.submissionOpensAt.toISOString(),
      submissionClosesAt: contest.submissionClosesAt.toISOString(),
      acceptingSubmissions: acceptingSubmissions(contest, now),
      minWords: contest.minWords,
      maxWords: contest.maxWords,
      categories: contest.categories,
      allowedAttachmentKinds: contest.allowedAttachmentKinds,
      maxAttachments: contest.maxAttachments,
      maxAttachmentBytes: contest.maxAttachmentBytes,
    },
  };
}

/** The entrant's own entries in every contest, each with its prize once the awards are final. */
export function myEntries(db: DbOrTx, authorId: string, now: Date) {
  const contests = new Map<number, Contest | undefined>();
  const tierOf = tierLookup(db);
  return listEntriesByAuthor(db, authorId).flatMap((entry) => {
    if (!contests.has(entry.contestId)) contests.set(entry.contestId, getContest(db, entry.contestId));
    const contest = contests.get(entry.contestId);
    if (!contest) return [];
    const publication = contest.awardsFinalizedAt ? getPublicationByEntry(db, entry.id) : undefined;
    // A revoked award has no tier left: the entry no longer shows a prize.
    const tierName = publication ? tierOf(contest.id, entry.id) : '';
    return [{
      id: entry.id,
      contestId: contest.id,
      contestTitle: contest.title,
      code: entry.code,
      status: entry.status,
      title: entry.title,
      wordCount: entry.wordCount,
      updatedAt: entry.updatedAt.toISOString(),
      submittedAt: entry.submittedAt?.toISOString() ?? null,
      versionCount: listEntryVersions(db, entry.id).length,
      disqualifiedReason: entry.disqualifiedReason,
      submissionClosesAt: contest.submissionClosesAt.toISOString(),
      editable: isEditable(entry, contest, now),
      changedSinceSubmission: changedSinceSubmission(db, entry),
      award: publication && tierName ? { tierName, publicationStatus: publicationStatus(publication) } : null,
    }];
  });
}
