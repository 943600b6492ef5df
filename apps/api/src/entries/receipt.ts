import { createHash } from 'node:crypto';

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
