import { describe, expect, it } from 'vitest';
import { parseSetCookie } from './set-cookie';

describe('parseSetCookie', () => {
  it('copies a session cookie with every security attribute', () => {
    expect(
      parseSetCookie('gs_session=abc123; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000'),
    ).toEqual({
      name: 'gs_session',
      value: 'abc123',
      options: { path: '/', httpOnly: true, secure: false, sameSite: 'lax', maxAge: 2592000 },
    });
  });

  it('keeps the __Host- prefix and Secure', () => {
    const cookie = parseSetCookie('__Host-gs_session=x; Path=/; Secure; HttpOnly; SameSite=Strict');
    expect(cookie?.name).toBe('__Host-gs_session');
    expect(cookie?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: 'strict' });
  });

  it('reads a clearing cookie (empty value, expired)', () => {
    const cookie = parseSetCookie(
      'gs_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly',
    );
    expect(cookie?.value).toBe('');
    expect(cookie?.options.maxAge).toBe(0);
    expect(cookie?.options.expires?.getTime()).toBe(0);
  });

  it('keeps the raw value, including = and URL escapes', () => {
    expect(parseSetCookie('t=a%20b=c; Path=/')?.value).toBe('a%20b=c');
  });

  it('is case-insensitive about attributes and ignores Domain and junk', () => {
    const cookie = parseSetCookie(
      's=1; path=/app; httponly; samesite=none; secure; domain=127.0.0.1; Max-Age=abc; Expires=no',
    );
    expect(cookie?.options).toEqual({
      path: '/app',
      httpOnly: true,
      secure: true,
      sameSite: 'none',
    });
  });

  it('defaults the path to the whole site', () => {
    expect(parseSetCookie('s=1')?.options.path).toBe('/');
  });

  it('clamps a negative Max-Age to 0', () => {
    expect(parseSetCookie('s=1; Max-Age=-5')?.options.maxAge).toBe(0);
  });

  it('rejects lines without a name', () => {
    expect(parseSetCookie('')).toBeNull();
    expect(parseSetCookie('=value; Path=/')).toBeNull();
    expect(parseSetCookie('novalue')).toBeNull();
  });
});
