import fc from 'fast-check';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { pickEncoding } from '../lib/compressed-answer.ts';
import type { PublicCache } from '../publishing/public-cache.ts';
import { publicPageKey, servePublicPage } from './public-pages.ts';

const request = (method: string, url: string, cookie?: string) =>
  ({ method, url, headers: cookie === undefined ? {} : { cookie } }) as IncomingMessage;

describe('which requests a stored public page may answer', () => {
  it('only GET and HEAD of the showcase, story and search pages, keyed by language', () => {
    expect(publicPageKey(request('GET', '/showcase/gs-2025/nguoi-giu-lua'))).toBe('page::/showcase/gs-2025/nguoi-giu-lua');
    expect(publicPageKey(request('HEAD', '/showcase'))).toBe('page::/showcase');
    expect(publicPageKey(request('GET', '/search?q=guong+sang', 'gs_locale=en'))).toBe('page:en:/search?q=guong%20sang');
    for (const url of ['/', '/entries', '/organizer/contests/1', '/showcase/a/b/c', '/api/public/contests', '/showcase/', '/search/x']) {
      expect(publicPageKey(request('GET', url)), url).toBeUndefined();
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      expect(publicPageKey(request(method, '/showcase/gs-2025')), method).toBeUndefined();
    }
  });

  it('never one carrying any cookie but the language (a session, or anything unknown)', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/).filter((n) => n !== 'gs_locale');
    fc.assert(fc.property(name, fc.string({ maxLength: 20 }), fc.boolean(), (cookieName, value, withLocale) => {
      const cookie = `${withLocale ? 'gs_locale=vi; ' : ''}${cookieName}=${value.replace(/[;,]/g, '')}`;
      expect(publicPageKey(request('GET', '/showcase/gs-2025', cookie))).toBeUndefined();
    }));
    expect(publicPageKey(request('GET', '/showcase/gs-2025', 'gs_session=abc'))).toBeUndefined();
    expect(publicPageKey(request('GET', '/showcase/gs-2025', '__Host-gs_session=abc; gs_locale=vi'))).toBeUndefined();
  });

  it('one key per page a visitor sees: other queries, languages or raw paths are rendered but never stored', () => {
    expect(publicPageKey(request('GET', '/search?page=2&q=hoa'))).toBe(publicPageKey(request('GET', '/search?q=hoa&page=2')));
    for (const url of ['/showcase/gs-2025?x=1', '/showcase?utm=1', '/search?q=a&x=1', '/search?q=a&q=b', '/showcase/../contests',
      '/showcase/GS-2025', `/search?q=${'a'.repeat(400)}`]) {
      expect(publicPageKey(request('GET', url)), url).toBeUndefined();
    }
    expect(publicPageKey(request('GET', '/showcase/gs-2025', 'gs_locale=zz'))).toBeUndefined();
    // The language as the page reads it (cookie 0.6: the first of a name wins, a value runs to the
    // end, a part without `=` is skipped) or no key: one read otherwise mixes the languages' pages.
    for (const cookie of ['gs_locale=en=1', 'gs_locale=en=', 'gs_locale=vi; gs_locale=en', 'gs_locale=en; gs_locale', 'gs_locale=en; gs_locale=',
      'gs_locale', 'gs_locale; gs_locale=en']) {
      expect(publicPageKey(request('GET', '/showcase/gs-2025', cookie)), cookie).toBeUndefined();
    }
    expect(publicPageKey(request('GET', '/showcase/gs-2025', ' gs_locale = en ;'))).toBe('page:en:/showcase/gs-2025');
    expect(publicPageKey(request('GET', '/showcase/gs-2025', 'gs_locale='))).toBe('page::/showcase/gs-2025');
    // Whatever the query, the keys of storable requests stay within a few shapes.
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (junk) => {
      const key = publicPageKey(request('GET', `/showcase/gs-2025?${junk}`));
      expect(key === undefined || key === 'page::/showcase/gs-2025?' || key === 'page::/showcase/gs-2025').toBe(true);
    }));
  });
});

describe('which answers go without Cross-Origin-Opener-Policy', () => {
  it('only a page the store would keep, for a request it may answer: never an error page, a page that runs script or sets a cookie', async () => {
    const nothingStored = { epoch: () => 0, get: () => undefined, set: () => undefined } as unknown as PublicCache;
    let render: (response: ServerResponse) => void = (response) => response.end();
    const server = createServer((request, response) => {
      response.setHeader('cross-origin-opener-policy', 'same-origin'); // as helmet does, first
      servePublicPage(nothingStored, request, response, () => render(response), () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const policy = async (path: string, answer: typeof render, cookie?: string) => {
      render = answer;
      const response = await fetch(`${origin}${path}`, { headers: cookie === undefined ? {} : { cookie } });
      await response.arrayBuffer();
      return response.headers.get('cross-origin-opener-policy');
    };
    // As SvelteKit's adapter writes a page: headers set one by one, then the status.
    const page = (status: number, csp: string) => (response: ServerResponse) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-security-policy', csp);
      response.writeHead(status);
      response.end('<p>page</p>');
    };
    try {
      expect(await policy('/showcase/gs-2025', page(200, "default-src 'self'"))).toBeNull();
      expect(await policy('/search?q=hoa', page(200, "default-src 'self'"), 'gs_locale=en')).toBeNull();
      expect(await policy('/showcase/gs-2025', page(200, "default-src 'self'"), 'gs_session=abc')).toBe('same-origin');
      expect(await policy('/showcase/gs-2025?x=1', page(200, "default-src 'self'"))).toBe('same-origin');
      // SvelteKit's error page of a reading route runs its router (nonced start-up script).
      expect(await policy('/showcase/gs-2099', page(404, "default-src 'self'; script-src 'self' 'nonce-abc'"))).toBe('same-origin');
      expect(await policy('/showcase/gs-2099', page(404, "default-src 'self'"))).toBe('same-origin');
      expect(await policy('/showcase/gs-2025', page(500, "default-src 'self'"))).toBe('same-origin');
      expect(await policy('/showcase/gs-2025', page(200, "script-src 'self' 'nonce-abc'"))).toBe('same-origin');
      // The head written implicitly (the 404 of the web plugin) and headers given to writeHead count too.
      expect(await policy('/showcase/gs-2025', (response) => {
        response.statusCode = 404;
        response.end('Not found');
      })).toBe('same-origin');
      expect(await policy('/showcase/gs-2025', (response) => response.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'a=1' }).end())).toBe('same-origin');
      expect(await policy('/showcase/gs-2025', (response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end())).toBeNull();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('which stored encoding a client gets', () => {
  it('brotli, then gzip, else none; q=0 refuses one', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('deflate')).toBe('identity');
    expect(pickEncoding(undefined)).toBe('identity');
  });
});
