import multipart from '@fastify/multipart';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { previewImport, runImport } from '../../people-import/import.ts';
import { PreviewStore } from '../../people-import/preview-store.ts';
import { IMPORT_MAX_BYTES } from '../../people-import/table.ts';
import { DomainError } from '../../lib/errors.ts';
import { translate } from '../../lib/messages.ts';
import { errors } from '../../lib/schemas.ts';
import { localeOf } from '../../plugins/errors.ts';
import { requireRole } from '../../plugins/auth.ts';
import { perAccount } from '../../plugins/rate-limits.ts';

const ImportKind = Type.Union([Type.Literal('units'), Type.Literal('people')], { title: 'ImportKind' });

const ImportProblem = Type.Object({
  row: Type.Integer({ description: 'Row number in the file; the header is row 1' }),
  column: Type.String({ description: 'The column as the file names it' }),
  code: Type.String(),
  message: Type.String(),
}, { title: 'ImportProblem' });

const ImportPreview = Type.Object({
  kind: ImportKind,
  sha256: Type.String(),
  rows: Type.Integer(),
  toCreate: Type.Integer(),
  toUpdate: Type.Integer(),
  problemCount: Type.Integer(),
  problems: Type.Array(ImportProblem, { description: 'At most the first 1,000, by row' }),
  previewId: Type.Union([Type.String(), Type.Null()], { description: 'Pass to POST /api/imports; null while there are problems' }),
}, { title: 'ImportPreview' });

const ImportResult = Type.Object({
  kind: ImportKind,
  created: Type.Integer(),
  updated: Type.Integer(),
}, { title: 'ImportResult' });

/** Busboy's plain errors for a cut-off or garbled body are the client's fault: 400, not 500. */
function malformed(error: { code?: string; statusCode?: number }): never {
  if (error.code === undefined && error.statusCode === undefined) throw new DomainError(400, 'invalid_multipart');
  throw error;
}

/** The one `file` part, read whole under the import size cap; any other part is refused. */
async function readFilePart(request: FastifyRequest): Promise<Buffer> {
  let bytes: Buffer | undefined;
  for await (const part of request.parts()) {
    if (part.type !== 'file' || part.fieldname !== 'file') {
      throw new DomainError(400, 'unknown_field', { field: part.fieldname });
    }
    bytes = await part.toBuffer().catch((error: { code?: string }) => {
      if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new DomainError(413, 'import_too_large', { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 });
      }
      throw error;
    });
  }
  if (!bytes) throw new DomainError(400, 'import_empty');
  return bytes;
}

export const importRoutes: FastifyPluginAsyncTypebox = async (api) => {
  // @fastify/multipart ignores Fastify's bodyLimit: every limit is set here.
  await api.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 100 },
  });
  const previews = new PreviewStore(() => api.now());

  api.post('/imports/preview', {
    config: perAccount(30, '1 minute'),
    schema: {
      summary: 'Check a CSV or XLSX file of units or people (organizer); nothing is saved',
      description: 'multipart/form-data with one `file` part (at most 10 MB, 100,000 rows). Units: '
        + 'name, parent, headcount. People: name, email, unit, roles. Every row\'s problems are listed; '
        + 'a file without problems gets a previewId for POST /api/imports.',
      tags: ['imports'],
      consumes: ['multipart/form-data'],
      security: [{ session: [] }],
      querystring: Type.Object({ kind: ImportKind }, { additionalProperties: false }),
      response: { 200: ImportPreview, ...errors(400, 401, 403, 413, 415, 422, 429) },
    },
  }, async (request) => {
    const organizer = requireRole(request, 'organizer');
    if (Number(request.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES + 64 * 1024) {
      throw new DomainError(413, 'import_too_large', { maxMb: IMPORT_MAX_BYTES / 1024 / 1024 });
    }
    const bytes = await readFilePart(request).catch(malformed);
    const preview = await previewImport(api.db, previews, { kind: request.query.kind, bytes, actorId: organizer.id });
    const locale = localeOf(request);
    return {
      ...preview,
      problems: preview.problems.map((p) => ({ ...p, message: translate(p.code, locale, p.params) })),
    };
  });

  api.post('/imports', {
    schema: {
      summary: 'Save a previewed file, all or nothing (organizer)',
      description: 'Checked again inside the transaction; imported people get the entrant role plus '
        + 'the listed ones, and no usable password until they set one.',
      tags: ['imports'],
      security: [{ session: [] }],
      body: Type.Object({ previewId: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
      response: { 201: ImportResult, ...errors(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const organizer = requireRole(request, 'organizer');
    const { kind, created, updated } = runImport(api.db, previews, {
      previewId: request.body.previewId, actorId: organizer.id, now: api.now(),
    });
    return reply.code(201).send({ kind, created, updated });
  });
};
