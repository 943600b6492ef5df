import {
  addEntryVersion, appendAudit, listAttachments, updateEntry, type Entry, type EntryVersion, type Tx,
} from '@guong-sang/db';
import { currentReceiptHash } from './view.ts';

/**
 * Records a submission inside the caller's write transaction: an immutable version of the entry
 * as it stands (with its attachments), the entry marked submitted, and the audit row.
 * The caller has checked the deadline and the rules in the same transaction.
 */
export function recordSubmission(
  tx: Tx,
  entry: Entry,
  options: { now: Date; actorId: string; consentToPublish: boolean; penName: string | null },
): { version: EntryVersion; entry: Entry } {
  const attachments = listAttachments(tx, entry.id);
  const version = addEntryVersion(tx, {
    entryId: entry.id,
    title: entry.title,
    subject: entry.subject,
    category: entry.category,
    body: entry.body,
    wordCount: entry.wordCount,
    sha256: currentReceiptHash(entry, attachments),
    attachmentIds: attachments.map((a) => a.id),
    submittedAt: options.now,
  });
  const submitted = updateEntry(tx, entry.id, {
    status: 'submitted', submittedAt: options.now, consentToPublish: options.consentToPublish, penName: options.penName,
  }) ?? entry;
  appendAudit(tx, {
    actorId: options.actorId, action: 'entry.submitted', subjectType: 'entry', subjectId: entry.id,
    details: { version: version.version, sha256: version.sha256 },
  });
  return { version, entry: submitted };
}
