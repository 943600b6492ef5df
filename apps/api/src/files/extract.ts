import type { DocumentPool } from './document-pool.ts';
import type { Extracted } from './document-task.ts';
import type { DocumentKind } from './kinds.ts';

/**
 * The essay in an uploaded document, for the editor: sanitized HTML, plain text and word count.
 * Runs in one of the pool's worker processes with time and memory limits, after the zip and XML guards, on the
 * rebuilt (sanitized) copy of the file.
 */
export async function extractText(kind: DocumentKind, bytes: Buffer, documents: DocumentPool): Promise<Extracted> {
  const { extracted } = await documents.run({ kind, bytes, extract: true });
  if (!extracted) throw new Error('document worker returned no text');
  return extracted;
}
