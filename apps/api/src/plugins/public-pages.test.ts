import fc from 'fast-check';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { pickEncoding } from '../lib/compressed-answer.ts';
import { publicPageKey } from './public-pages.ts';

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
    // Whatever the query, the keys of storable requests stay within a few shapes.
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (junk) => {
      const key = publicPageKey(request('GET', `/showcase/gs-2025?${junk}`));
      expect(key === undefined || key === 'page::/showcase/gs-2025?' || key === 'page::/showcase/gs-2025').toBe(true);
    }));
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
