import { countWords, pastedText } from '@guong-sang/text';
import { docxToHtml } from './extract-docx.ts';
import { odtToHtml } from './extract-odt.ts';
import { pdfToHtml } from './extract-pdf.ts';
import { htmlToText, sanitizeEssayHtml } from './html.ts';
import type { FileErrorCode } from './errors.ts';
import { isDocumentKind, type DocumentKind, type PhotoKind } from './kinds.ts';
import { rebuildDocx } from './sanitize-docx.ts';
import { sanitizeImage } from './sanitize-image.ts';
import { sanitizeOdt } from './sanitize-odt.ts';
import { sanitizePdf } from './sanitize-pdf.ts';

export interface Extracted {
  /** Sanitized HTML for the editor (html.ts allow-list), NFC. */
  html: string;
  text: string;
  wordCount: number;
}

/** A document to rebuild (and read, if asked), or a photo to re-encode. */
export type DocumentTask =
  | { kind: DocumentKind; bytes: Buffer; extract: boolean }
  | { kind: PhotoKind; bytes: Buffer; extract: false };

export interface DocumentResult {
  sanitized: Buffer;
  extracted?: Extracted;
}

/** What the pool sends a document worker (document-pool.ts → document-worker.ts). */
export interface WorkerRequest {
  id: number;
  task: DocumentTask;
}

/** What a document worker answers: once `ready` when started, then one reply per request. */
export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; result: DocumentResult }
  | { id: number; ok: false; code: FileErrorCode; detail: string; params?: Record<string, string | number> };

/** The judges' copy, and the rebuilt package its text is read from (see RebuiltDocx). */
async function rebuild(kind: DocumentKind, bytes: Buffer): Promise<{ judgesCopy: Promise<Buffer>; textSource: Buffer }> {
  if (kind === 'docx') {
    const { judgesCopy, textPackage } = await rebuildDocx(bytes);
    return { judgesCopy, textSource: textPackage };
  }
  const sanitized = await (kind === 'odt' ? sanitizeOdt(bytes) : sanitizePdf(bytes));
  return { judgesCopy: Promise.resolve(sanitized), textSource: sanitized };
}

function documentHtml(kind: DocumentKind, sanitized: Buffer): Promise<string> {
  switch (kind) {
    case 'docx':
      return docxToHtml(sanitized);
    case 'odt':
      return odtToHtml(sanitized);
    case 'pdf':
      return pdfToHtml(sanitized);
  }
}

/**
 * The work done on one uploaded document, in this process (the document worker's body). Text is
 * read from the judges' copy, not the upload: what is counted is what the judges get, and mammoth
 * and pdf.js only ever see a file we rebuilt (for a DOCX, its text parts, read while its pictures
 * are re-encoded). A photo is only re-encoded: the memory a 40-megapixel picture takes is a
 * worker's, not the API's.
 */
export async function runDocumentTask(task: DocumentTask): Promise<DocumentResult> {
  if (!isDocumentKind(task.kind)) return { sanitized: await sanitizeImage(task.bytes, task.kind) };
  const { judgesCopy, textSource } = await rebuild(task.kind, task.bytes);
  if (!task.extract) return { sanitized: await judgesCopy };
  const [sanitized, rawHtml] = await Promise.all([judgesCopy, documentHtml(task.kind, textSource)]);
  // The editor gets only text the API keeps in an essay: a document's bidirectional marks,
  // controls and U+FFFD are dropped (pastedText, as for text pasted in the editor), or "use this
  // text" would leave every later save refused. Sanitized again: a fixed point, as stored.
  const html = sanitizeEssayHtml(pastedText(sanitizeEssayHtml(rawHtml), ' '));
  const text = htmlToText(html);
  return { sanitized, extracted: { html, text, wordCount: countWords(text) } };
}
