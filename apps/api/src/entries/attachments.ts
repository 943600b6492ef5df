import {
  appendAudit, countAttachments, createAttachment, recordFile, removeAttachment, type Attachment, type Contest,
  type DbOrTx, type Entry, type Tx,
} from '@guong-sang/db';
import type { ProcessedUpload } from '../files/process-upload.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { cleanLine, clip } from '../lib/text.ts';
import { visibleEntry, type Viewer } from './access.ts';
import { assertEditable } from './deadline.ts';

/*
 * Files on an entry: added and removed by its author while the entry may change, at most the
 * contest's `maxAttachments`. The upload is checked twice: before a byte is read (cheap refusals)
 * and again in the write transaction that records it (a deadline or another upload may have come
 * in between).
 */

function assertRoom(db: DbOrTx, entry: Entry, contest: Contest): number {
  const count = countAttachments(db, entry.id);
  if (count >= contest.maxAttachments) throw new DomainError(409, 'too_many_attachments', { max: contest.maxAttachments });
  return count;
}

/** The author's entry an upload goes to, refused before the upload is read if it could not be kept. */
export function attachmentTarget(db: DbOrTx, author: Viewer, entryId: number, now: Date): { entry: Entry; contest: Contest } {
  const target = visibleEntry(db, author, entryId, { organizers: false });
  assertEditable(target.entry, target.contest, now);
  assertRoom(db, target.entry, target.contest);
  return target;
}

/**
 * Records an upload whose original and sanitized copies are already stored by hash (files
 * first, then the row that points at them); audited.
 */
export function recordAttachment(
  tx: Tx,
  author: Viewer,
  entryId: number,
  upload: { fileName: string; size: number; altText: string; originalSha256: string; sanitizedSha256: string; processed: ProcessedUpload },
  now: Date,
): Attachment {
  const { entry, contest } = visibleEntry(tx, author, entryId, { organizers: false });
  assertEditable(entry, contest, now);
  const count = assertRoom(tx, entry, contest);
  const { processed } = upload;
  recordFile(tx, { sha256: upload.originalSha256, size: upload.size, mime: processed.mime });
  recordFile(tx, { sha256: upload.sanitizedSha256, size: processed.sanitized.length, mime: processed.mime });
  const created = createAttachment(tx, {
    entryId: entry.id,
    kind: processed.category,
    fileKind: processed.kind,
    size: upload.size,
    originalName: clip(cleanLine(upload.fileName), 255),
    originalSha256: upload.originalSha256,
    sanitizedSha256: upload.sanitizedSha256,
    mime: processed.mime,
    extractedText: processed.extracted?.text ?? null,
    altText: upload.altText,
    position: count,
    createdAt: now,
  });
  appendAudit(tx, {
    actorId: author.id, action: 'attachment.added', subjectType: 'entry', subjectId: entry.id,
    details: { attachmentId: created.id, kind: processed.kind, sha256: upload.originalSha256, size: upload.size },
  });
  return created;
}

/** Removes an attachment while the entry may change (submitted versions keep theirs); audited. */
export function removeEntryAttachment(tx: Tx, author: Viewer, entryId: number, attachmentId: number, now: Date): void {
  const { entry, contest } = visibleEntry(tx, author, entryId, { organizers: false });
  assertEditable(entry, contest, now);
  if (!removeAttachment(tx, entry.id, attachmentId, now)) throw notFound();
  appendAudit(tx, {
    actorId: author.id, action: 'attachment.removed', subjectType: 'entry', subjectId: entry.id, details: { attachmentId },
  });
}
