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
    expect(publicPageKey(request('GET', '/search?q=guong+sang', 'gs_locale=en'))).toBe('page:en:/search?q=guong+sang');
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
