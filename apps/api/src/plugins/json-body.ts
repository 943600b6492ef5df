import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../lib/errors.ts';

/**
 * JSON bodies are read as bytes and decoded strictly: Fastify's own parser turns invalid UTF-8
 * into U+FFFD without a word, so a garbled name would be stored as if it were typed. The
 * parsing itself stays Fastify's, with its protection against `__proto__` and `constructor`.
 */
export const jsonBodyPlugin = fp(async (app: FastifyInstance) => {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new DomainError(400, 'invalid_utf8'), undefined);
      return;
    }
    parseJson(request, text, done);
  });
});
