import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './harness.ts';

/*
 * The built web app's files can change under a running server (a rebuild, a deleted build).
 * A file gone since the start is a 404 for that request; it once was an uncaught exception in
 * adapter-node's file server, and the process shut down. The server runs on a copy of the build.
 */

const root = new URL('..', import.meta.url).pathname;
let buildCopy: string;
let server: RunningServer;

const health = async () => (await fetch(`${server.origin}/api/health`)).status;

/** The build's files as its file server (sirv) lists them: links followed. */
function buildFiles(dir = join(buildCopy, 'client'), prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory()
    ? buildFiles(join(dir, name), `${prefix}/${name}`)
    : [`${prefix}/${name}`]));
}

beforeAll(async () => {
  buildCopy = join(mkdtempSync(join(tmpdir(), 'gs-web-build-')), 'build');
  cpSync(join(root, 'apps/web/build'), buildCopy, { recursive: true });
  // A deployment may link a folder into the build; sirv follows the link.
  renameSync(join(buildCopy, 'client/templates'), join(buildCopy, '../templates'));
  symlinkSync(join(buildCopy, '../templates'), join(buildCopy, 'client/templates'));
  server = await startServer({ WEB_BUILD_DIR: buildCopy });
});
afterAll(async () => {
  await server?.stop();
  rmSync(join(buildCopy, '..'), { recursive: true, force: true });
});

describe('the headers of the build\'s files', () => {
  it('every file, compressed copies too, is answered with a locked-down CSP and nosniff; only hashed names are cached for good', async () => {
    const files = buildFiles();
    expect(files).toContain('/favicon.svg');
    expect(files).toContain('/templates/don-vi.csv');
    for (const file of files) {
      for (const encoding of ['br', 'identity']) {
        const served = await fetch(`${server.origin}${file}`, { headers: { 'accept-encoding': encoding } });
        await served.arrayBuffer();
        expect(served.status, file).toBe(200);
        const csp = served.headers.get('content-security-policy') ?? '';
        for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", 'sandbox']) {
          expect(csp, `${file} ${encoding}`).toContain(directive);
        }
        expect(served.headers.get('x-content-type-options'), file).toBe('nosniff');
        expect(served.headers.get('cache-control')?.includes('immutable'), file).toBe(file.startsWith('/_app/immutable/'));
      }
    }
  });

  it('a file reached by another spelling of its path (a slash after it, percent-encoded, a range of it) still comes with the locked-down CSP', async () => {
    const files = buildFiles();
    const spellings = (file: string) => [`${file}/`, `${file.replace(/\.([a-z0-9]+)$/, '%2E$1')}/`, `${file}/?a=1`];
    for (const file of files) {
      for (const path of spellings(file)) {
        for (const [method, headers] of [['GET', { 'accept-encoding': 'br' }], ['GET', { range: 'bytes=0-5' }], ['HEAD', {}]] as const) {
          const answer = await fetch(`${server.origin}${path}`, { method, headers });
          await answer.arrayBuffer();
          if (answer.status >= 300) continue;
          expect(answer.headers.get('content-security-policy') ?? '', `${method} ${path}`).toContain('sandbox');
          expect(answer.headers.get('x-content-type-options'), `${method} ${path}`).toBe('nosniff');
        }
      }
    }
    const slash = await fetch(`${server.origin}/favicon.svg/`);
    expect(slash.status).toBe(200);
    expect(await slash.text()).toContain('<svg');
  });
});

describe('the methods the build\'s files answer', () => {
  it('answers every other method than GET and HEAD on a file\'s path 405 with the locked-down CSP, however the path is written; pages still take form posts', async () => {
    const files = buildFiles();
    // As written in a link, percent-encoded, with a slash after it, or without the compressed copy's ending.
    const spellings = (file: string) => [file, file.replace(/\.([a-z0-9]+)$/, '%2E$1'), `${file}/`, file.replace(/\.(br|gz)$/, '')];
    for (const file of files) {
      for (const path of spellings(file)) {
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
          const answer = await fetch(`${server.origin}${path}`, { method, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: method === 'OPTIONS' ? undefined : 'a=1' });
          const body = await answer.text();
          expect(answer.status, `${method} ${path}`).toBe(405);
          expect(answer.headers.get('allow'), `${method} ${path}`).toBe('GET, HEAD');
          expect(answer.headers.get('content-security-policy'), `${method} ${path}`).toContain('sandbox');
          expect(body).not.toContain('<svg');
        }
      }
    }
    // A page's form action is not a file: SvelteKit still answers it (here: no session, no fields).
    const login = await fetch(`${server.origin}/login`, {
      method: 'POST', headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=&password=', redirect: 'manual',
    });
    expect([200, 400, 303]).toContain(login.status);
  });
});

describe('the web build changing under the running server', () => {
  it('answers 404 for a file gone since the start, and keeps serving', async () => {
    const page = await (await fetch(`${server.origin}/login`)).text();
    const script = /\/_app\/immutable\/[^"]+\.js/.exec(page)?.[0] ?? '';
    expect(script).not.toBe('');
    const served = await fetch(`${server.origin}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toContain('immutable');
    await served.arrayBuffer();

    for (const suffix of ['', '.br', '.gz']) rmSync(join(buildCopy, 'client', script + suffix), { force: true });
    for (const encoding of ['br', 'gzip', 'identity']) {
      const gone = await fetch(`${server.origin}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(gone.status, encoding).toBe(404);
    }
    expect(await health()).toBe(200);

    // The whole build deleted: files are 404 (another method on their path ends only its answer), pages are answered.
    rmSync(buildCopy, { recursive: true });
    expect((await fetch(`${server.origin}/favicon.svg`)).status).toBe(404);
    await fetch(`${server.origin}/favicon.svg`, { method: 'POST' }).catch(() => undefined);
    await fetch(`${server.origin}/favicon.svg`, { method: 'OPTIONS' }).catch(() => undefined);
    expect((await fetch(`${server.origin}/register`)).status).toBeGreaterThanOrEqual(200);
    expect(await health()).toBe(200);
  });
});
