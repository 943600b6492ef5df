import { countWords } from '@guong-sang/text';
import { docxToHtml } from './extract-docx.ts';
import { odtToHtml } from './extract-odt.ts';
import { pdfToHtml } from './extract-pdf.ts';
import { htmlToText, sanitizeEssayHtml } from './html.ts';
import type { FileErrorCode } from './errors.ts';
import type { DocumentKind } from './kinds.ts';
import { sanitizeDocx } from './sanitize-docx.ts';
import { sanitizeOdt } from './sanitize-odt.ts';
import { sanitizePdf } from './sanitize-pdf.ts';

export interface Extracted {
  /** Sanitized HTML for the editor (html.ts allow-list), NFC. */
  html: string;
  text: string;
  wordCount: number;
}

export interface DocumentTask {
  kind: DocumentKind;
  bytes: Buffer;
  extract: boolean;
}

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

function sanitizeDocument(kind: DocumentKind, bytes: Buffer): Promise<Buffer> {
  switch (kind) {
    case 'docx':
      return sanitizeDocx(bytes);
    case 'odt':
      return sanitizeOdt(bytes);
    case 'pdf':
      return sanitizePdf(bytes);
  }
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
 * and pdf.js only ever see a file we rebuilt.
 */
export async function runDocumentTask(task: DocumentTask): Promise<DocumentResult> {
  const sanitized = await sanitizeDocument(task.kind, task.bytes);
  if (!task.extract) return { sanitized };
  const html = sanitizeEssayHtml(await documentHtml(task.kind, sanitized));
  const text = htmlToText(html);
  return { sanitized, extracted: { html, text, wordCount: countWords(text) } };
}
