import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { fileErrorStatus, FileRejectedError } from '../files/errors.ts';
import { DomainError } from '../lib/errors.ts';
import { pickLocale, type Locale } from '../lib/locale.ts';
import { translate, type MessageCode } from '../lib/messages.ts';
import { describeValidationError } from '../lib/validation-message.ts';

export function localeOf(request: FastifyRequest): Locale {
  const cookie = request.cookies?.gs_locale;
  const header = request.headers['accept-language'];
  return pickLocale(cookie, header);
}

/** Fastify's own errors that a user can cause, mapped to our codes. */
const FASTIFY_CODES: Record<string, { status: number; code: MessageCode }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_PARTS_LIMIT: { status: 413, code: 'too_many_parts' },
  FST_FILES_LIMIT: { status: 413, code: 'too_many_parts' },
  FST_FIELDS_LIMIT: { status: 413, code: 'too_many_parts' },
};

/**
 * Errors Fastify's router raises before any plugin runs (a malformed percent-encoding in the
 * path, an overlong parameter): the same {error: {code, message}} shape as every other refusal.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(undefined, request.headers['accept-language']);
  return reply.code(400).type('application/json; charset=utf-8')
    .send({ error: { code: 'invalid_url', message: translate('invalid_url', locale) } });
}

/** The one error handler: every refusal becomes {error: {code, message}} in the user's language. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | DomainError | FileRejectedError, request, reply) => {
    const locale = localeOf(request);
    const send = (status: number, code: string, message: string) =>
      reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });

    if (error instanceof DomainError) {
      reply.headers(error.headers);
      const listed = error.problems.map((problem) => translate(problem.code, locale, problem.params));
      return send(error.statusCode, error.code, [translate(error.code, locale, error.params), ...listed].join(' '));
    }
    if (error instanceof FileRejectedError) {
      request.log.info({ code: error.code, detail: error.detail }, 'upload refused');
      return send(fileErrorStatus[error.code], error.code, translate(error.code, locale, error.params));
    }
    if (error.validation) {
      return send(400, 'validation_failed',
        describeValidationError(error.validation, error.validationContext ?? 'body', locale));
    }
    const known = FASTIFY_CODES[error.code];
    if (known) return send(known.status, known.code, translate(known.code, locale));
    // JSON.parse failures and prototype poisoning surface as plain 400s from the body parser.
    if (error.statusCode === 400) return send(400, 'invalid_json', translate('invalid_json', locale));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return send(error.statusCode, 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'internal', translate('internal', locale));
  });
});
