import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import { servePublicPage } from './public-pages.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves the SvelteKit app (adapter-node build) on the API's origin. SvelteKit reads its own
 * bodies, so this scope drops Fastify's parsers; the page CSP comes from SvelteKit (kit.csp).
 */
export async function webPlugin(app: FastifyInstance, { config }: { config: Config }) {
  const handlerPath = join(config.webBuildDir, 'handler.js');
  if (!existsSync(handlerPath)) {
    throw new Error(`The web app is not built (${handlerPath} is missing): run "pnpm build".`);
  }
  // adapter-node reads these at import time; without ORIGIN every form POST is refused.
  process.env.ORIGIN = config.origin;
  process.env.API_URL = `http://127.0.0.1:${config.port}`;
  // Form posts without JavaScript carry uploads through SvelteKit: allow the API's largest file.
  process.env.BODY_SIZE_LIMIT ??= String(25 * 1024 * 1024 + 64 * 1024);
  // Behind a declared reverse proxy, SvelteKit reports the client address from X-Forwarded-For too.
  if (config.trustProxy) process.env.ADDRESS_HEADER ??= 'x-forwarded-for';
  const { handler } = (await import(pathToFileURL(handlerPath).href)) as { handler: NodeHandler };

  // no-referrer would make browsers send `Origin: null` on form posts, which the CSRF check refuses.
  await app.register(helmet, {
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));
  const serve = (request: { raw: IncomingMessage }, reply: { hijack(): void; raw: ServerResponse }) => {
    reply.hijack();
    const render = () => handler(request.raw, reply.raw, () => {
      reply.raw.statusCode = 404;
      reply.raw.end('Not found');
    });
    servePublicPage(app.publicCache, request.raw, reply.raw, render, (error) => app.log.error(error));
  };
  app.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], url: '/*', handler: serve });
  app.route({ method: ['GET', 'HEAD', 'POST'], url: '/', handler: serve });
}
