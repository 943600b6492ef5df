import multipart from '@fastify/multipart';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getAttachment, writeTransaction } from '@guong-sang/db';
import type { FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { visibleEntry } from '../../entries/access.ts';
import { attachmentTarget, recordAttachment, removeEntryAttachment } from '../../entries/attachments.ts';
import { attachmentView } from '../../entries/view.ts';
import { readBlob, putBlob } from '../../files/blob-store.ts';
import { FileRejectedError } from '../../files/errors.ts';
import { extensionsOf, type FileKind } from '../../files/kinds.ts';
import { processUpload } from '../../files/process-upload.ts';
import { DomainError, notFound } from '../../lib/errors.ts';
import { errors, Id } from '../../lib/schemas.ts';
import { cleanLine, clip } from '../../lib/text.ts';
import { assertDecodedText } from '../../lib/text-hygiene.ts';
import { requireUser } from '../../plugins/auth.ts';
import { AttachmentView } from './schemas.ts';
import { perAccount } from '../../plugins/rate-limits.ts';

/** The largest file any contest may allow; each contest sets its own, lower cap. */
const ABSOLUTE_MAX_FILE_BYTES = 25 * 1024 * 1024;
/** Room for multipart headers and the alt-text field around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const maxMb = (bytes: number) => Math.floor(bytes / 1024 / 1024);

/** Busboy's plain errors for a cut-off or garbled body are the client's fault: 400, not 500. */
function malformed(error: { code?: string; statusCode?: number }): never {
  if (error.code === undefined && error.statusCode === undefined) throw new DomainError(400, 'invalid_multipart');
  throw error;
}

/**
 * The one file part and the optional alt text of an upload, every part read: a second file is
 * refused (busboy's files limit, 413), never silently dropped.
 */
async function readUpload(request: FastifyRequest, cap: number) {
  let upload: { fileName: string; bytes: Buffer } | undefined;
  let altText = '';
  for await (const part of request.parts({ limits: { fileSize: cap } })) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new FileRejectedError('file_too_large', 'stream', { maxMb: maxMb(cap) });
        }
        throw error;
      });
      upload = { fileName: assertDecodedText(part.filename, 'file'), bytes };
    } else if (part.fieldname === 'altText') {
      altText = clip(cleanLine(assertDecodedText(String(part.value), 'altText')), 500);
    } else {
      throw new DomainError(400, 'unknown_field', { field: part.fieldname });
    }
  }
  if (!upload) throw new FileRejectedError('file_empty', 'no file part');
  return { ...upload, altText };
}

export const attachmentRoutes: FastifyPluginAsyncTypebox = async (api) => {
  // @fastify/multipart ignores Fastify's bodyLimit: every limit is set here and per request.
  await api.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: ABSOLUTE_MAX_FILE_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 2000, headerPairs: 100 },
  });
  const filesDir = join(api.config.dataDir, 'files');
  const Params = Type.Object({ entryId: Id });
  const AttachmentParams = Type.Object({ entryId: Id, attachmentId: Id });

  api.post('/entries/:entryId/attachments', {
    config: perAccount(30, '1 minute'),
    schema: {
      summary: 'Upload a DOCX, ODT or PDF (its text is extracted for the editor) or a photo',
      description: 'multipart/form-data with an optional `altText` field before the `file` field. '
        + 'The type is decided from the content; judges only ever get a copy without metadata.',
      tags: ['entries'],
      consumes: ['multipart/form-data'],
      security: [{ session: [] }],
      params: Params,
      response: {
        201: Type.Object({
          attachment: AttachmentView,
          extracted: Type.Union([
            Type.Object({ html: Type.String(), text: Type.String(), wordCount: Type.Integer() }), Type.Null(),
          ]),
        }),
        ...errors(400, 401, 404, 409, 413, 415, 422, 429, 503),
      },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    const { entry, contest } = attachmentTarget(api.db, user, request.params.entryId, api.now());
    const cap = Math.min(contest.maxAttachmentBytes, ABSOLUTE_MAX_FILE_BYTES);
    // Refuse an announced oversize body before reading a byte of it.
    if (Number(request.headers['content-length'] ?? 0) > cap + MULTIPART_OVERHEAD_BYTES) {
      throw new FileRejectedError('file_too_large', 'content-length', { maxMb: maxMb(cap) });
    }
    const { fileName, bytes, altText } = await readUpload(request, cap).catch(malformed);
    if (bytes.length === 0) throw new FileRejectedError('file_empty', 'zero bytes');
    const processed = await processUpload({
      bytes, allowedKinds: contest.allowedAttachmentKinds, maxBytes: cap, fileName, uploaderId: user.id,
    }, api.documents);

    // Files first, then the row that points at them (a crash leaves at most an unreferenced blob).
    const originalSha256 = await putBlob(filesDir, bytes);
    const sanitizedSha256 = await putBlob(filesDir, processed.sanitized);
    const attachment = writeTransaction(api.db, (tx) => recordAttachment(tx, user, entry.id, {
      fileName, size: bytes.length, altText, originalSha256, sanitizedSha256, processed,
    }, api.now()));
    return reply.code(201).send({ attachment: attachmentView(attachment), extracted: processed.extracted ?? null });
  });

  api.delete('/entries/:entryId/attachments/:attachmentId', {
    schema: {
      summary: 'Remove an attachment before the deadline (submitted versions keep theirs)',
      tags: ['entries'],
      security: [{ session: [] }],
      params: AttachmentParams,
      response: { 204: Type.Null(), ...errors(400, 401, 404, 409) },
    },
  }, async (request, reply) => {
    const user = requireUser(request);
    writeTransaction(api.db, (tx) => removeEntryAttachment(
      tx, user, request.params.entryId, request.params.attachmentId, api.now(),
    ));
    return reply.code(204).send(null);
  });

  api.get('/entries/:entryId/attachments/:attachmentId', {
    schema: {
      summary: 'Download one\'s own uploaded file (author or organizer)',
      tags: ['entries'],
      security: [{ session: [] }],
      params: AttachmentParams,
      response: { 200: Type.Any({ description: 'the file' }), ...errors(400, 401, 404) },
    },
  }, async (request, reply) => {
    const { entry } = visibleEntry(api.db, requireUser(request), request.params.entryId, { organizers: true });
    const attachment = getAttachment(api.db, entry.id, request.params.attachmentId);
    if (!attachment) throw notFound();
    const extension = extensionsOf[attachment.fileKind as FileKind][0] ?? 'bin';
    return reply
      .type(attachment.mime)
      .header('content-disposition', `attachment; filename="${entry.code}-${attachment.id}.${extension}"`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .send(await readBlob(filesDir, attachment.originalSha256));
  });
};
