import type { DocumentPool } from './document-pool.ts';
import type { FileKind } from './kinds.ts';

/**
 * The copy of an upload that judges may receive: no author metadata (DESIGN.md, Blindness).
 * Made in the pool's worker processes: documents are rebuilt (sanitize-docx/odt/pdf.ts), photos
 * re-encoded by sharp (sanitize-image.ts), which refuses pixel floods from the header.
 */
export async function sanitizeFile(kind: FileKind, bytes: Buffer, documents: DocumentPool): Promise<Buffer> {
  return (await documents.run({ kind, bytes, extract: false })).sanitized;
}
