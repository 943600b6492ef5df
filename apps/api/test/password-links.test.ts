import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { writeTransaction } from '@guong-sang/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteUsers } from '../src/auth/password-links.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { createUnit, login, makeApp, ORGANIZER, organizerEnv, register, sessionCookie, type TestContext } from './helpers.ts';

// A full collection before each heap reading, so that only what is still held is measured.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let ctx: TestContext;
let clock: Date;
let organizer: string;
let unitId: number;

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
});
afterEach(() => ctx.close());

const post = (url: string, payload: object, cookie?: string) =>
  ctx.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

const mailTo = (address: string) => ctx.db.$client
  .prepare('select kind, locale, subject, text from mail_queue where to_address = ? order by id').all(address) as
  { kind: string; locale: string; subject: string; text: string }[];

/** The token of the last set-password link mailed to `address`. */
const linkToken = (address: string) => {
  const mail = mailTo(address).at(-1);
  const token = /\/password\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no link mailed to ${address}`);
  return token;
};

describe('forgotten password', () => {
  it('mails a one-time link that sets a new password and signs in; the old one and every other session end, the link cannot be reused', async () => {
    const session = await register(ctx.app, { email: 'nhung@example.vn', unitId });
    const asked = await post('/api/auth/password-reset', { email: '  Nhung@Example.vn ' });
    expect(asked.statusCode).toBe(202);
    const [mail] = mailTo('nhung@example.vn');
    expect(mail).toMatchObject({ kind: 'password_reset', locale: 'vi', subject: 'Đặt lại mật khẩu Gương Sáng' });
    const token = linkToken('nhung@example.vn');
    // Only the hash is stored.
    expect(JSON.stringify(ctx.db.$client.prepare('select * from password_tokens').all())).not.toContain(token);

    const check = await ctx.app.inject({ method: 'GET', url: `/api/auth/password-links/${token}` });
    expect(check.json()).toEqual({ purpose: 'reset', email: 'nhung@example.vn' });

    const weak = await post(`/api/auth/password-links/${token}`, { newPassword: 'nhung@example.vn' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');

    const set = await post(`/api/auth/password-links/${token}`, { newPassword: 'mat-khau-moi-cua-nhung' });
    expect([set.statusCode, set.json().email]).toEqual([200, 'nhung@example.vn']);
    const signedIn = sessionCookie(set);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: signedIn } })).json().email).toBe('nhung@example.vn');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session } })).statusCode).toBe(401);
    await expect(login(ctx.app, 'nhung@example.vn', 'mat-khau-du-dai')).rejects.toThrow();
    await login(ctx.app, 'nhung@example.vn', 'mat-khau-moi-cua-nhung');

    const again = await post(`/api/auth/password-links/${token}`, { newPassword: 'lai-mot-mat-khau-khac' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('password_link_invalid');
  });

  it('lets the owner in through a reset link while others keep failing sign-ins to the account, as a rival might before the deadline', async () => {
    await register(ctx.app, { email: 'thu@example.vn', unitId });
    const guess = (k: number) => ctx.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': `203.0.113.${k}` },
      payload: { email: 'thu@example.vn', password: `doan-mo-${k}` },
    });
    for (let k = 0; k < 10; k += 1) expect((await guess(k)).statusCode).toBe(401);
    const locked = await post('/api/auth/login', { email: 'thu@example.vn', password: 'mat-khau-du-dai' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toContain('«Quên mật khẩu?»');

    expect((await post('/api/auth/password-reset', { email: 'thu@example.vn' })).statusCode).toBe(202);
    const set = await post(`/api/auth/password-links/${linkToken('thu@example.vn')}`, { newPassword: 'mat-khau-moi-cua-thu' });
    expect(set.statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookie(set) } })).statusCode).toBe(200);
    // The account's count starts afresh: its owner signs in with the new password on another device.
    expect((await post('/api/auth/login', { email: 'thu@example.vn', password: 'mat-khau-moi-cua-thu' })).statusCode).toBe(200);
  });

  it('a right old password being checked while its owner sets a new one neither signs in nor changes the password', async () => {
    const stolen = await register(ctx.app, { email: 'mai@example.vn', unitId });
    const setOwnersPassword = async (password: string) => {
      const hash = await hashPassword(password);
      return () => ctx.db.$client.prepare('update users set password_hash = ? where email = ?').run(hash, 'mai@example.vn');
    };
    // The owner's link writes while sign-in's slow Argon2id check of the account it read is running.
    const ownersWrite = await setOwnersPassword('mat-khau-moi-cua-mai');
    const throttle = ctx.app.signInThrottle;
    const attempt = throttle.attempt.bind(throttle);
    throttle.attempt = (account, address, verify) => attempt(account, address, () => {
      const checking = verify();
      ownersWrite();
      return checking;
    });
    const signIn = await post('/api/auth/login', { email: 'mai@example.vn', password: 'mat-khau-du-dai' });
    expect(signIn.statusCode).toBe(401);
    throttle.attempt = attempt;

    // A password change with the stolen session: the owner's link writes while the new password is hashed.
    (await setOwnersPassword('mat-khau-du-dai'))();
    const ownersSecondWrite = await setOwnersPassword('mat-khau-thu-hai-cua-mai');
    const transaction = ctx.db.transaction.bind(ctx.db);
    ctx.db.transaction = ((fn, config) => {
      ownersSecondWrite();
      ctx.db.transaction = transaction;
      return transaction(fn, config);
    }) as typeof transaction;
    const change = await post('/api/auth/password', { currentPassword: 'mat-khau-du-dai', newPassword: 'ke-trom-doi-mat-khau' }, stolen);
    expect(change.statusCode).toBe(400);
    expect(change.json().error.code).toBe('wrong_current_password');
    expect((await post('/api/auth/login', { email: 'mai@example.vn', password: 'mat-khau-thu-hai-cua-mai' })).statusCode).toBe(200);
  });

  it('ends the session of whoever was signed in on the browser that opens a link', async () => {
    await register(ctx.app, { email: 'lan@example.vn', unitId });
    const colleague = await register(ctx.app, { email: 'hoa@example.vn', unitId });
    await post('/api/auth/password-reset', { email: 'lan@example.vn' });
    const set = await post(`/api/auth/password-links/${linkToken('lan@example.vn')}`, { newPassword: 'mat-khau-moi-cua-lan' }, colleague);
    expect(set.statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: colleague } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookie(set) } })).json().email).toBe('lan@example.vn');
  });

  it('a deactivation spends the person\'s links: after reactivation an old link still does not work', async () => {
    await register(ctx.app, { email: 'vinh@example.vn', unitId });
    expect((await post('/api/auth/password-reset', { email: 'vinh@example.vn' })).statusCode).toBe(202);
    const token = linkToken('vinh@example.vn');
    const userId = ctx.db.$client.prepare('select id from users where email = ?').pluck().get('vinh@example.vn') as string;
    expect((await post(`/api/people/${userId}/deactivate`, {}, organizer)).statusCode).toBe(200);
    expect((await post(`/api/people/${userId}/reactivate`, {}, organizer)).statusCode).toBe(200);
    const late = await post(`/api/auth/password-links/${token}`, { newPassword: 'mot-mat-khau-moi-123' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe('password_link_invalid');
  });

  it('answers the same for an unknown e-mail and mails nothing; a link expires after an hour; a newer link voids the older', async () => {
    await register(ctx.app, { email: 'nhung@example.vn', unitId });
    const unknown = await post('/api/auth/password-reset', { email: 'ai-do@example.vn' });
    const known = await post('/api/auth/password-reset', { email: 'nhung@example.vn' });
    expect([unknown.statusCode, unknown.body]).toEqual([known.statusCode, known.body]);
    expect(mailTo('ai-do@example.vn')).toEqual([]);
    const first = linkToken('nhung@example.vn');

    await post('/api/auth/password-reset', { email: 'nhung@example.vn' });
    const second = linkToken('nhung@example.vn');
    expect((await post(`/api/auth/password-links/${first}`, { newPassword: 'mat-khau-moi-cua-nhung' })).statusCode).toBe(400);

    clock = new Date(clock.getTime() + 3600_000);
    const late = await post(`/api/auth/password-links/${second}`, { newPassword: 'mat-khau-moi-cua-nhung' });
    expect(late.json().error.code).toBe('password_link_invalid');
  });

  it('sends at most three reset mails an hour to one address, with the same answer', async () => {
    await register(ctx.app, { email: 'nhung@example.vn', unitId });
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push((await post('/api/auth/password-reset', { email: 'nhung@example.vn' })).statusCode);
    expect(answers).toEqual([202, 202, 202, 202, 202]);
    expect(mailTo('nhung@example.vn')).toHaveLength(3);
  });

  it('holds no more for an e-mail NFKC stretches 18-fold than for a plain one', async () => {
    const heldBytes = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    // 60 asks per 10 minutes from each of 30 addresses: what the route allows them.
    const askFrom30Addresses = async (network: number, email: (i: number) => string) => {
      const before = heldBytes();
      for (let i = 0; i < 1800; i += 1) {
        const asked = await ctx.app.inject({
          method: 'POST', url: '/api/auth/password-reset', headers: { 'x-forwarded-for': `10.${network}.0.${i % 30}` },
          payload: { email: email(i) },
        });
        expect(asked.statusCode).toBe(202);
      }
      return heldBytes() - before;
    };
    const plain = await askFrom30Addresses(1, (i) => `nguoi-${i}@example.vn`);
    // 250 of the 254 characters the schema allows, each of which NFKC makes 18: 4,500 characters.
    const stretched = await askFrom30Addresses(2, (i) => `${'\uFDFA'.repeat(250)}${i}`);
    // Held as typed, these are 9 KB each: 16 MB more.
    expect(stretched).toBeLessThan(plain + 1_000_000);
  });
});

describe('invitations', () => {
  it('a week-long link in the person\'s language lets an invited person set a password and sign in', async () => {
    await register(ctx.app, { email: 'judge@example.vn', fullName: 'Trần Minh Khoa', unitId });
    const english = await register(ctx.app, { email: 'reader@example.vn', fullName: 'Lê Thu Hà', unitId });
    await ctx.app.inject({ method: 'PUT', url: '/api/me/locale', headers: { cookie: english }, payload: { locale: 'en' } });
    const ids = ctx.db.$client.prepare("select id from users where email in ('judge@example.vn', 'reader@example.vn') order by email")
      .pluck().all() as string[];
    const organizerId = ctx.db.$client.prepare('select id from users where email = ?').pluck().get(ORGANIZER.email) as string;
    expect(writeTransaction(ctx.db, (tx) => inviteUsers(tx, ids, organizerId, clock))).toBe(2);

    expect(mailTo('judge@example.vn')[0]).toMatchObject({ kind: 'invitation', locale: 'vi', subject: 'Mời tham gia Gương Sáng' });
    expect(mailTo('reader@example.vn')[0]).toMatchObject({ kind: 'invitation', locale: 'en', subject: 'You are invited to Gương Sáng' });
    expect(mailTo('reader@example.vn')[0]?.text).toContain('Dear Lê Thu Hà,');

    clock = new Date(clock.getTime() + 6 * 24 * 3600_000);
    const token = linkToken('judge@example.vn');
    expect((await ctx.app.inject({ method: 'GET', url: `/api/auth/password-links/${token}` })).json()).toEqual({ purpose: 'invitation', email: 'judge@example.vn' });
    expect((await post(`/api/auth/password-links/${token}`, { newPassword: 'giam-khao-khoa-2026' })).statusCode).toBe(200);
    await login(ctx.app, 'judge@example.vn', 'giam-khao-khoa-2026');
  });
});
