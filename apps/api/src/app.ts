import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createGroupCommit, type Db, type Tx } from '@guong-sang/db';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import { SignInThrottle } from './auth/sign-in-throttle.ts';
import { createSessions, type Sessions } from './auth/sessions.ts';
import type { Config } from './config.ts';
import { DocumentPool } from './files/document-pool.ts';
import { requestValidatorCompiler } from './lib/request-validation.ts';
import { hoistTitledSchemas } from './lib/openapi-components.ts';
import { ErrorResponse } from './lib/schemas.ts';
import { authPlugin } from './plugins/auth.ts';
import { registerRateLimits } from './plugins/rate-limits.ts';
import { csrfPlugin } from './plugins/csrf.ts';
import { errorsPlugin, frameworkErrors } from './plugins/errors.ts';
import { jsonBodyPlugin } from './plugins/json-body.ts';
import { webPlugin } from './plugins/web.ts';
import { createPublicCache, type PublicCache } from './publishing/public-cache.ts';
import { RoundThread } from './round-thread/round-thread.ts';
import { apiRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    /** Write transactions that arrive together share one COMMIT (the deadline rush's submissions). */
    writeTogether: <T>(work: (tx: Tx) => T) => Promise<T>;
    sessions: Sessions;
    /** Worker processes that sanitize and extract uploaded documents; stopped when the app closes. */
    documents: DocumentPool;
    signInThrottle: SignInThrottle;
    /** The server clock: deadlines are judged by it alone (tests pass their own). */
    now: () => Date;
    /** Public answers and pages, valid until what the public may see changes. */
    publicCache: PublicCache;
    /** A second thread that reads half of a large round's sheets; none for a small or in-memory database. */
    roundThread: RoundThread | undefined;
  }
}

/** How long a starting app waits for its round thread (without it, large reads are read on one thread). */
const ROUND_THREAD_START_MS = 10_000;

export interface AppOptions {
  config: Config;
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built SvelteKit app on the same origin (off in API tests). */
  serveWeb?: boolean;
  now?: () => Date;
  /** Told of every route as it is registered: the attack suite builds its route table from it. */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp({
  config, db, logger = false, serveWeb = false, now = () => new Date(), onRoute,
}: AppOptions) {
  const app = Fastify({
    logger,
    // The web app calls the API over loopback and forwards the browser's address in
    // X-Forwarded-For: believe it from loopback only, unless a reverse proxy is declared. Then
    // believe the one address that proxy appends (the last): what the client wrote before it is
    // anyone's guess, and opened a fresh per-address limit (plugins/rate-limits.ts) per request.
    trustProxy: config.trustProxy ? (_address: string, hop: number) => hop === 0 : 'loopback',
    bodyLimit: 1024 * 1024,
    // Ids are random text; sequential ids would leak order to judges.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (onRoute) app.addHook('onRoute', onRoute);

  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('writeTogether', createGroupCommit(db));
  app.decorate('now', now);
  app.decorate('publicCache', createPublicCache(db, () => app.now()));
  app.decorate('sessions', createSessions(db, { secureCookies: config.secureCookies }));
  app.decorate('signInThrottle', new SignInThrottle());
  // Workers start with the first document upload, so an app that never gets one costs nothing.
  app.decorate('documents', new DocumentPool(config.documents));
  app.addHook('onClose', () => app.documents.close());
  // Started as the app loads, beside it on another core, and waited for before the app answers, so
  // the first large read after a start finds it ready.
  const roundThread = config.roundThreadFromSheets !== undefined && !db.$client.memory
    ? new RoundThread(db.$client.name, config.roundThreadFromSheets, app.log) : undefined;
  app.decorate('roundThread', roundThread);
  if (roundThread) {
    roundThread.startWhenLarge(db);
    app.addHook('onReady', () => roundThread.whenStarted(ROUND_THREAD_START_MS));
    app.addHook('onClose', () => roundThread.close());
  }

  app.addSchema(ErrorResponse);
  app.setValidatorCompiler(requestValidatorCompiler);
  await app.register(errorsPlugin);
  await app.register(jsonBodyPlugin);
  await app.register(cookie);
  // Answers in brotli or gzip when the client takes them (pages: plugins/public-pages.ts). Request
  // bodies are never inflated: a small compressed body must not become a large one.
  await app.register(compress, { encodings: ['br', 'gzip'], globalDecompression: false });
  await app.register(csrfPlugin, { origin: config.origin });
  await registerRateLimits(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Gương Sáng API',
        description: 'Essay contests end to end: submission, blind judging, results, publication.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: app.sessions.cookieName } },
      },
    },
    // Shared schemas keep their $id as their component name (the default numbers them `def-N`).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transformObject: (document) => hoistTitledSchemas('openapiObject' in document ? document.openapiObject : document.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(async (api) => {
    await api.register(helmet, {
      referrerPolicy: { policy: 'same-origin' },
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    });
    await api.register(authPlugin);
    await api.register(apiRoutes);
  }, { prefix: '/api' });

  if (serveWeb) await app.register(webPlugin, { config });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
