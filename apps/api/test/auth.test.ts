import { findUserByEmail } from '@guong-sang/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createUnit, json, login, makeApp, ORGANIZER, organizerEnv, register, sessionCookie, type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let unitId: number;

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv });
  unitId = await createUnit(ctx.app, await login(ctx.app, ORGANIZER.email, ORGANIZER.password), 'Đảng ủy Sở Tư pháp');
});
afterEach(() => ctx.close());

const registerBody = (overrides: Record<string, unknown> = {}) => ({
  email: 'hong.nhung@example.vn', password: 'mot-mat-khau-tot', fullName: 'Nguyễn Thị Hồng Nhung', unitId, ...overrides,
});

describe('register, sign in, me, sign out', () => {
  it('registers an entrant who is signed in at once and sees their profile', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/register', payload: registerBody() });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email: 'hong.nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', unitId,
      unitName: 'Đảng ủy Sở Tư pháp', roles: ['entrant'],
    });
    expect(response.json()).not.toHaveProperty('passwordHash');
    const cookieHeader = String(response.headers['set-cookie']);
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/SameSite=Lax/i);

    const me = await ctx.app.inject({ url: '/api/me', headers: { cookie: sessionCookie(response) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe('hong.nhung@example.vn');
  });

  it('normalizes e-mail and name to NFC and signs in with any letter case', async () => {
    const nfdName = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    await ctx.app.inject({ method: 'POST', url: '/api/auth/register', payload: registerBody({ email: ' Hong.Nhung@Example.VN ', fullName: nfdName }) });
    const cookie = await login(ctx.app, 'HONG.NHUNG@example.vn', 'mot-mat-khau-tot');
    const me = await ctx.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json().fullName).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
  });

  it('stores an Argon2id hash with the OWASP parameters', async () => {
    await register(ctx.app, { email: 'a@example.vn', unitId });
    expect(findUserByEmail(ctx.db, 'a@example.vn')?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('ends the session on the server at logout', async () => {
    const cookie = await register(ctx.app, { email: 'a@example.vn', unitId });
    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/gs_session=;/);
    // The old cookie replayed by an attacker no longer works.
    const me = await ctx.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('unauthenticated');
  });

  it('starts a new session at sign-in and ends the one the browser came with', async () => {
    const first = await register(ctx.app, { email: 'a@example.vn', unitId });
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { cookie: first },
      payload: { email: 'a@example.vn', password: 'mat-khau-du-dai' },
    });
    const second = sessionCookie(response);
    expect(second).not.toBe(first);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: first } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: second } })).statusCode).toBe(200);
  });

  it('session ids carry at least 128 bits of randomness', async () => {
    const cookie = await register(ctx.app, { email: 'a@example.vn', unitId });
    const id = cookie.split('=')[1] ?? '';
    // lucia ids are base32: 5 bits per character.
    expect(id.length * 5).toBeGreaterThanOrEqual(128);
  });
});

describe('clear refusals', () => {
  const cases: [string, Record<string, unknown>, number, string, RegExp][] = [
    ['unknown unit', { unitId: 9999 }, 400, 'unknown_unit', /Đơn vị/],
    ['short password', { password: 'ngan' }, 400, 'weak_password', /8 đến 128/],
    ['password equal to the e-mail', { password: 'hong.nhung@example.vn' }, 400, 'weak_password', /Mật khẩu/],
    ['password over 128 characters', { password: 'x'.repeat(129) }, 400, 'weak_password', /128/],
    ['malformed e-mail', { email: 'not-an-email' }, 400, 'invalid_email', /«Email»/],
    ['missing name', { fullName: undefined }, 400, 'validation_failed', /Thiếu «Họ và tên»/],
    ['blank name', { fullName: '   ' }, 400, 'validation_failed', /«Họ và tên» cần có ít nhất một ký tự nhìn thấy được/],
    ['unit as text', { unitId: 'một' }, 400, 'validation_failed', /«Đơn vị»/],
  ];
  it.each(cases)('%s', async (_, overrides, status, code, message) => {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/register', payload: registerBody(overrides) });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.message).toMatch(message);
  });

  it.each([
    'a,b<c>@example.vn', '"x y"@example.vn', 'a@b', 'a@example.vn\r\nBcc: b@example.vn', 'a\u200B@example.vn', 'nguyễn@example.vn',
  ])('refuses the address %j with a message that says what an address may hold', async (email) => {
    for (const [language, words] of [['vi', /chữ không dấu, chữ số và \. _ % \+ -/], ['en', /unaccented letters, digits/]] as const) {
      const response = await ctx.app.inject({
        method: 'POST', url: '/api/auth/register', headers: { 'accept-language': language }, payload: registerBody({ email }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_email');
      expect(response.json().error.message).toMatch(words);
    }
  });

  it('treats a full-width look-alike as the address it imitates: 409, and sign-in with it finds the account', async () => {
    await register(ctx.app, { email: 'dup@example.vn', unitId });
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/auth/register', payload: registerBody({ email: 'ｄup@example.vn' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('email_taken');
    const signIn = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'ＤＵＰ@example.vn', password: 'mat-khau-du-dai' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().email).toBe('dup@example.vn');
  });

  it('refuses a duplicate e-mail with 409, in English when asked', async () => {
    await register(ctx.app, { email: 'hong.nhung@example.vn', unitId });
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/auth/register', headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: registerBody({ email: 'HONG.nhung@example.vn' }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: 'email_taken', message: 'This e-mail is already registered. Sign in or use another e-mail.',
    });
  });

  it('answers a broken JSON body and a prototype-poisoning body with 400', async () => {
    for (const payload of ['{"email": ', '{"__proto__": {"admin": true}, "email": "a@b.vn", "password": "x"}']) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/JSON/);
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await ctx.app.inject({ url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

describe('sign-in failures', () => {
  it('answers an unknown e-mail exactly like a wrong password', async () => {
    await register(ctx.app, { email: 'a@example.vn', unitId });
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@example.vn', password: 'sai-mat-khau' } });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.vn', password: 'sai-mat-khau' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['set-cookie']).toBeUndefined();
  });

  it('throttles 20 quick wrong sign-ins to one account, even from rotating addresses', async () => {
    const throttled = await makeApp({ env: { ...organizerEnv, TRUST_PROXY: 'true' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const response = await throttled.app.inject({
          method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': `203.0.113.${i}` },
          payload: { email: ORGANIZER.email, password: `wrong-${i}` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
      // The right password does not get through while the account is throttled.
      const blocked = await throttled.app.inject({
        method: 'POST', url: '/api/auth/login', payload: ORGANIZER,
      });
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.json().error.message).toMatch(/thử lại sau \d+ phút/);
    } finally {
      await throttled.close();
    }
  });

  it('verifies at most 10 of 40 simultaneous wrong passwords for one account (issue 10, class 3)', async () => {
    const throttled = await makeApp({ env: { ...organizerEnv, TRUST_PROXY: 'true' } });
    try {
      const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => throttled.app.inject({
        method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': `198.51.100.${i}` },
        payload: { email: ORGANIZER.email, password: `wrong-${i}` },
      })));
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    } finally {
      await throttled.close();
    }
  });

  it('stops many accounts tried from one address at 100 failures, sent at once, then saying it is the network', async () => {
    const responses = await Promise.all(Array.from({ length: 105 }, (_, i) => ctx.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: `u${i}@example.vn`, password: 'sai-mat-khau' },
    })));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    // Sent while the first 100 were still being checked: asked to try again in seconds.
    expect(responses.find((response) => response.statusCode === 429)!.json().error.code).toBe('sign_in_busy_network');
    const refused = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'u0@example.vn', password: 'sai-mat-khau' } });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('too_many_attempts_from_network');
    expect(refused.json().error.message).toMatch(/từ mạng bạn đang dùng.*thử lại sau \d+ phút/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('sessions end when they should', () => {
  it('after 8 hours idle and after 30 days however active', async () => {
    const cookie = await register(ctx.app, { email: 'a@example.vn', unitId });
    const sessions = ctx.db.$client;
    const nowSeconds = Math.floor(Date.now() / 1000);
    sessions.prepare('update sessions set expires_at = ?').run(nowSeconds - 1);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);

    const active = await login(ctx.app, 'a@example.vn', 'mat-khau-du-dai');
    sessions.prepare('update sessions set created_at = ?').run(nowSeconds - 31 * 24 * 3600);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: active } })).statusCode).toBe(401);
  });

  it('a password change ends every other session', async () => {
    const laptop = await register(ctx.app, { email: 'a@example.vn', unitId });
    const phone = await login(ctx.app, 'a@example.vn', 'mat-khau-du-dai');
    const change = await ctx.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie: laptop },
      payload: { currentPassword: 'mat-khau-du-dai', newPassword: 'mat-khau-moi-2026' },
    });
    expect(change.statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: phone } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: sessionCookie(change) } })).statusCode).toBe(200);
    await expect(login(ctx.app, 'a@example.vn', 'mat-khau-moi-2026')).resolves.toMatch(/gs_session=/);
  });

  it('a role change ends the person\'s sessions so the new roles apply', async () => {
    const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
    const judgeCookie = await register(ctx.app, { email: 'judge@example.vn', unitId });
    const me = (await ctx.app.inject({ url: '/api/me', headers: { cookie: judgeCookie } })).json();
    const change = await ctx.app.inject({
      method: 'PUT', url: `/api/users/${me.id}/roles`, headers: { cookie: organizer },
      payload: { roles: ['entrant', 'judge'] },
    });
    expect(change.statusCode).toBe(200);
    expect(change.json().roles).toEqual(['entrant', 'judge']);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: judgeCookie } })).statusCode).toBe(401);
  });
});

describe('durability across restarts', () => {
  it('keeps users and sessions when the server restarts', async () => {
    const cookie = await register(ctx.app, { email: 'a@example.vn', unitId });
    await ctx.app.close();
    const restarted = await makeApp({ dataDir: ctx.dataDir });
    try {
      const me = await restarted.app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json().email).toBe('a@example.vn');
    } finally {
      await restarted.close();
    }
  });
});
