import type { DocumentPool } from './document-pool.ts';
import { isDocumentKind, type FileKind } from './kinds.ts';
import { sanitizeImage } from './sanitize-image.ts';

/**
 * The copy of an upload that judges may receive: no author metadata (DESIGN.md, Blindness).
 * Documents are rebuilt in the pool's worker processes (sanitize-docx/odt/pdf.ts); photos are re-encoded by
 * sharp here, which decodes natively off the event loop and refuses pixel floods from the header.
 */
export async function sanitizeFile(kind: FileKind, bytes: Buffer, documents: DocumentPool): Promise<Buffer> {
  if (isDocumentKind(kind)) return (await documents.run({ kind, bytes, extract: false })).sanitized;
  return sanitizeImage(bytes, kind);
}
