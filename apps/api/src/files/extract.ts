import { runInChild } from './child.ts';
import type { Extracted } from './document-task.ts';
import type { DocumentKind } from './kinds.ts';

/**
 * The essay in an uploaded document, for the editor: sanitized HTML, plain text and word count.
 * Runs in a worker process with time and memory limits, after the zip and XML guards, on the
 * rebuilt (sanitized) copy of the file.
 */
export async function extractText(kind: DocumentKind, bytes: Buffer): Promise<Extracted> {
  const { extracted } = await runInChild({ kind, bytes, extract: true });
  if (!extracted) throw new Error('document worker returned no text');
  return extracted;
}
