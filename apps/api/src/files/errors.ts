import type { MessageCode } from '../lib/messages.ts';

/** Why an uploaded file may be refused (messages in lib/messages.ts), with the status the upload route answers. */
export const fileErrorStatus = {
  file_empty: 400,
  file_type_not_allowed: 415,
  file_damaged: 422,
  file_too_large: 413,
  file_encrypted: 422,
  archive_too_large: 413,
  xml_entities: 422,
  macro_document: 415,
  image_too_large: 413,
  extraction_failed: 422,
} satisfies Partial<Record<MessageCode, number>>;

export type FileErrorCode = keyof typeof fileErrorStatus;

/**
 * An upload refused on purpose. `detail` is English for the server log only (never shown: it may
 * quote the file's own contents); `params` fill the message's {placeholders}.
 */
export class FileRejectedError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly detail = '',
    readonly params: Record<string, string | number> = {},
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FileRejectedError';
  }
}
