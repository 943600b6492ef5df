import type { DocumentPool } from './document-pool.ts';
import type { Extracted } from './document-task.ts';
import { FileRejectedError } from './errors.ts';
import { categoryOf, extensionsOf, isDocumentKind, mimeOf, type FileKind } from './kinds.ts';
import { sniffKind } from './sniff.ts';

export interface UploadInput {
  bytes: Uint8Array;
  allowedKinds: readonly FileKind[];
  maxBytes: number;
  /**
   * The client's file name, if the route wants SECURITY.md's "extension AND magic bytes": it must
   * agree with the content. It never decides the kind and is never stored by this module.
   */
  fileName?: string;
  /**
   * Who uploads (the signed-in user; for the demo data, the entry's author): one person may have
   * only a few documents waiting for a worker (document-pool.ts).
   */
  uploaderId: string;
}

export interface ProcessedUpload {
  kind: FileKind;
  mime: string;
  category: 'document' | 'photo';
  /** The judges' copy: store this one for judges, never the upload. */
  sanitized: Buffer;
  /** For documents: the essay text for the editor. */
  extracted?: Extracted;
}

function assertExtension(fileName: string, kind: FileKind): void {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (!extension || !extensionsOf[kind].includes(extension)) {
    throw new FileRejectedError('file_type_not_allowed', `name ends in .${extension ?? ''} but content is ${kind}`);
  }
}

/**
 * Everything between receiving an upload's bytes and storing them: size, kind from content,
 * zip/XML guards, text extraction (documents) and the metadata-free copy, made in the pool's
 * workers for photos too. Throws FileRejectedError (errors.ts has its message and HTTP status) for
 * anything refused, and a 503 DomainError when every worker is busy and the pool's queue is full.
 */
export async function processUpload(input: UploadInput, documents: DocumentPool): Promise<ProcessedUpload> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  // Cheapest check first; the route's multipart limit should already have stopped the stream.
  if (bytes.length > input.maxBytes) {
    throw new FileRejectedError('file_too_large', `${bytes.length} bytes`, { maxMb: Number((input.maxBytes / 1024 / 1024).toFixed(1)) });
  }
  const kind = await sniffKind(bytes, input.allowedKinds);
  if (input.fileName !== undefined) assertExtension(input.fileName, kind);
  const described = { kind, mime: mimeOf[kind], category: categoryOf(kind) };
  const task = isDocumentKind(kind) ? { kind, bytes, extract: true } : { kind, bytes, extract: false as const };
  const { sanitized, extracted } = await documents.run(task, input.uploaderId);
  return { ...described, sanitized, ...(extracted ? { extracted } : {}) };
}
