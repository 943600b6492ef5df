import { getEntryVersion, getUser, latestEntryVersion, type Contest, type DbOrTx, type Entry } from '@guong-sang/db';
import { createHash } from 'node:crypto';
import { notFound } from '../lib/errors.ts';

export interface SubmittedContent {
  title: string;
  subject: string;
  category: string | null;
  /** Sanitized NFC HTML, exactly as stored. */
  body: string;
  /** SHA-256 of each attached original file, in attachment order. */
  attachmentHashes: string[];
}

/**
 * The receipt hash: SHA-256 over the submitted content as JSON with a fixed key order, so the
 * entrant (or anyone holding the stored version) can recompute it.
 */
export function receiptHash(content: SubmittedContent): string {
  const canonical = JSON.stringify({
    title: content.title,
    subject: content.subject,
    category: content.category,
    body: content.body,
    attachments: content.attachmentHashes,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The receipt of a submitted version of `entry` (the latest unless `versionNumber`); 404 if none. */
export function submissionReceipt(db: DbOrTx, entry: Entry, contest: Contest, versionNumber?: number) {
  const version = versionNumber === undefined ? latestEntryVersion(db, entry.id) : getEntryVersion(db, entry.id, versionNumber);
  const author = getUser(db, entry.authorId);
  if (!version || !author) throw notFound();
  return {
    code: entry.code,
    contestTitle: contest.title,
    title: version.title,
    version: version.version,
    wordCount: version.wordCount,
    receiptHash: version.sha256,
    submittedAt: version.submittedAt.toISOString(),
    authorName: author.fullName,
    penName: entry.penName,
  };
}
