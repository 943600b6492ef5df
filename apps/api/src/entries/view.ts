import {
  getContest, latestEntryVersion, listAttachments, listEntryVersions, type Attachment, type Contest,
  type DbOrTx, type Entry,
} from '@guong-sang/db';
import { acceptingSubmissions } from '../routes/contests/view.ts';
import { receiptHash } from './receipt.ts';
import { essayHtmlForDisplay } from '../files/html.ts';

/** Entries that can still change: not withdrawn or disqualified, and before the deadline. */
export function isEditable(entry: Entry, contest: Contest, now: Date): boolean {
  return (entry.status === 'draft' || entry.status === 'submitted')
    && contest.status === 'open'
    && now.getTime() < contest.submissionClosesAt.getTime();
}

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
