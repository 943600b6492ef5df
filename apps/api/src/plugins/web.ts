import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import { servePublicPage } from './public-pages.ts';

/** The build's files are scripts, styles, images and data: none needs anything as a document. */
const FILE_CSP = "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** What adapter-node's file server (sirv) tries for a path: compressed copies, `.html`, `/index`. */
const SIRV_ENDINGS = ['', '.br', '.gz', '.html', '.htm', '.html.br', '.html.gz', '.htm.br', '.htm.gz'];

/** The files under `dir` as sirv lists them at start (links followed, names in NFC), as `/a/b.js`. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory()
    ? listFiles(join(dir, name), `${prefix}/${name}`)
    : [`${prefix}/${name}`.normalize()]));
}

/**
 * Whether sirv would answer `url` with one of `files` (paths under the build's client folder, as it
 * lists them at start): the path decoded as it decodes it, with or without a trailing slash, and
 * every ending it tries.
 */
function namesBuildFile(files: ReadonlySet<string>, url: string): boolean {
  let path = url.split(/[?#]/, 1)[0]!;
  if (path.includes('%')) {
    try {
      path = decodeURI(path);
    } catch {
      // sirv keeps a malformed path as it came.
    }
  }
  if (path.endsWith('/')) path = path.slice(0, -1);
  return SIRV_ENDINGS.some((ending) => (path !== '' && files.has(path + ending)) || files.has(`${path}/index${ending}`));
}

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
  // The build's own files. adapter-node's file server (sirv) lists them at start and pipes each
  // without listening for errors, so a file gone since (a rebuild, a deleted build) ended the
  // process. Here: one route per file found at start, as sirv has (a newer file reaches SvelteKit's
  // 404), each file opened per request, a missing one answered 404.
  const clientDir = join(config.webBuildDir, 'client');
  const immutableDir = join(clientDir, '_app', 'immutable') + sep;
  await app.register(fastifyStatic, {
    root: clientDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    decorateReply: false,
    setHeaders: (reply, path) => {
      // Pages get their CSP from SvelteKit (helmet's is off here); a file opened as a document runs nothing.
      reply.header('content-security-policy', FILE_CSP);
      // Hashed names: a changed file gets a new name.
      if (path.startsWith(immutableDir)) reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  // Files answer GET and HEAD alone. Other methods went on to sirv, which served any method the
  // file without the CSP above (an SVG navigated to by a cross-site form POST ran unconfined).
  const files = new Set(listFiles(clientDir));
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, _payload, done) => done(null));
  const serve = (request: { raw: IncomingMessage }, reply: { hijack(): void; raw: ServerResponse }) => {
    reply.hijack();
    const { method = 'GET', url = '/' } = request.raw;
    if (namesBuildFile(files, url)) {
      if (method !== 'GET' && method !== 'HEAD') {
        reply.raw.writeHead(405, { allow: 'GET, HEAD', 'content-security-policy': FILE_CSP, 'content-type': 'text/plain; charset=utf-8' });
        reply.raw.end('Method not allowed');
        return;
      }
      // A spelling the file routes above do not take (a slash after the name) is still a file to sirv.
      reply.raw.setHeader('content-security-policy', FILE_CSP);
    }
    // What still reaches sirv (a file's path spelled another way) may pipe a file that is gone: that
    // ends this answer, never the process (an unheard stream error is an uncaught exception).
    reply.raw.on('pipe', (source: Readable) => source.on('error', () => reply.raw.destroy()));
    const render = () => handler(request.raw, reply.raw, () => {
      reply.raw.statusCode = 404;
      reply.raw.end('Not found');
    });
    servePublicPage(app.publicCache, request.raw, reply.raw, render, (error) => app.log.error(error));
  };
  app.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], url: '/*', handler: serve });
  app.route({ method: ['GET', 'HEAD', 'POST'], url: '/', handler: serve });
}
