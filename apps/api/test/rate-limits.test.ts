import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTransaction } from '@guong-sang/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUsers } from '../src/auth/password-links.ts';
import {
  createOpenContest, createUnit, FIXTURES, json, login, makeApp, ORGANIZER, organizerEnv, sessionCookie, type TestContext,
} from './helpers.ts';

/*
 * Who a route's limit counts (plugins/rate-limits.ts): a signed-in person's account, so that a
 * unit's staff behind one office address (NAT) are not turned away together at the deadline; the
 * address where nobody is signed in.
 */
const OFFICE = '203.0.113.7';
const COLLEAGUES = 34;
/** One of the categories of helpers.ts's contest: a submission needs one. */
const CATEGORY = 'Người lao động';
const essay = `<p>${readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8').trim().split(/\n\s*\n/).join('</p><p>')}</p>`;

let ctx: TestContext;
let unitId: number;
let contestId: number;
let cookies: string[];
/** Every route with a limit, as registered (HEAD variants of GET routes included). */
const limited: { method: string; url: string }[] = [];

const fromOffice = (cookie: string, method: 'POST' | 'PATCH', url: string, payload: object, address = OFFICE) =>
  ctx.app.inject({ method, url, headers: { cookie, 'x-forwarded-for': address, ...json }, payload });

beforeAll(async () => {
  ctx = await makeApp({
    env: organizerEnv,
    onRoute: (route) => {
      if (route.config?.rateLimit) limited.push(...[route.method].flat().map((method) => ({ method, url: route.url })));
    },
  });
  const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  unitId = await createUnit(ctx.app, organizer, 'Bệnh viện Nhân dân 115', 2000);
  contestId = (await createOpenContest(ctx.app, organizer, new Date())).id;
  // Registered on their own phones, from addresses of their own (registration counts per address);
  // the last one submits alone below.
  cookies = [];
  for (let k = 0; k <= COLLEAGUES; k += 1) {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/auth/register', headers: { 'x-forwarded-for': `198.51.100.${k + 1}` },
      payload: { email: `nv${k}@bv115.example.vn`, password: 'mat-khau-du-dai', fullName: `Nhân viên số ${k}`, unitId },
    });
    expect(response.statusCode, response.body).toBe(201);
    cookies.push(sessionCookie(response));
  }
}, 120_000);
afterAll(() => ctx.close());

describe('rate limits count a signed-in person, not their office address', () => {
  it(`lets ${COLLEAGUES} colleagues behind one office address each start, save and submit an essay within a minute`, async () => {
    const statuses = new Map<string, number[]>([['start', []], ['save', []], ['submit', []]]);
    for (const cookie of cookies.slice(0, COLLEAGUES)) {
      const started = await fromOffice(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: 'Người giữ lửa' });
      statuses.get('start')!.push(started.statusCode);
      const entryId = started.json<{ id: number }>().id;
      statuses.get('save')!.push((await fromOffice(cookie, 'PATCH', `/api/entries/${entryId}`, { body: essay, category: CATEGORY })).statusCode);
      statuses.get('submit')!.push((await fromOffice(cookie, 'POST', `/api/entries/${entryId}/submit`, { consentToPublish: true })).statusCode);
    }
    expect(Object.fromEntries(statuses)).toEqual({
      start: Array(COLLEAGUES).fill(201), save: Array(COLLEAGUES).fill(200), submit: Array(COLLEAGUES).fill(200),
    });
  }, 60_000);

  it('still stops one account at 30 submissions a minute, whatever address it sends from, in the entrant\'s language', async () => {
    const cookie = cookies[COLLEAGUES]!;
    const started = await fromOffice(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: 'Bài thứ hai', body: essay, category: CATEGORY });
    const entryId = started.json<{ id: number }>().id;
    const statuses: number[] = [];
    for (let k = 0; k < 31; k += 1) {
      const response = await fromOffice(cookie, 'POST', `/api/entries/${entryId}/submit`, { consentToPublish: true }, `192.0.2.${k + 1}`);
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().error.code).toBe('rate_limited');
        expect(response.json().error.message).toMatch(/thử lại sau \d+ giây/i);
      }
    }
    expect(statuses).toEqual([...Array(30).fill(200), 429]);
  }, 60_000);

  it(`lets ${COLLEAGUES} colleagues behind one office address sign in, and counts only the failed sign-ins against it`, async () => {
    const signIn = (email: string, password: string, cookie = '') => ctx.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { cookie, 'x-forwarded-for': OFFICE, ...json }, payload: { email, password },
    });
    // Deadline morning: a session ends after 8 idle hours, so everyone signs in again.
    const mornings: number[] = [];
    for (let k = 0; k < COLLEAGUES; k += 1) mornings.push((await signIn(`nv${k}@bv115.example.vn`, 'mat-khau-du-dai')).statusCode);
    expect(mornings).toEqual(Array(COLLEAGUES).fill(200));
    // One common password tried on many accounts from there, some requests with a session, sent at
    // once: the address still has all its 100 failures, and not one more.
    const sprayed = await Promise.all(Array.from({ length: 110 }, (_, k) => (
      signIn(`nguoi-${k}@bv115.example.vn`, 'Matkhau@2026', cookies[k % COLLEAGUES]))));
    const statuses = sprayed.map((response) => response.statusCode);
    expect([statuses.filter((s) => s === 401).length, statuses.filter((s) => s === 429).length]).toEqual([100, 10]);
    // The office waits; a colleague on mobile data does not.
    const waiting = await signIn('nv0@bv115.example.vn', 'mat-khau-du-dai');
    expect([waiting.statusCode, waiting.json().error.code]).toEqual([429, 'too_many_attempts_from_network']);
    const mobile = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': '198.51.100.99', ...json },
      payload: { email: 'nv0@bv115.example.vn', password: 'mat-khau-du-dai' },
    });
    expect(mobile.statusCode).toBe(200);
  }, 60_000);
});

/** Used before signing in, or by anyone: there the address is all that says who asks. */
const PER_ADDRESS = [
  'POST /api/setup', 'POST /api/auth/register', 'POST /api/auth/login', 'POST /api/auth/password-reset',
  'GET /api/public/search', 'HEAD /api/public/search', 'GET /api/public/stories',
  'HEAD /api/public/stories', 'GET /api/public/contests/:slug/anthology.:format', 'HEAD /api/public/contests/:slug/anthology.:format',
];

/** Setting a password through a link: its token cannot be guessed, so it is what counts. */
const PER_LINK = ['POST /api/auth/password-links/:token'];

describe('who each limited route counts', () => {
  it('counts a signed-in person across addresses on every limited route but the per-address and per-link ones, which a cookie does not change', async () => {
    const [first, second] = await Promise.all(['an', 'binh'].map(async (name, k) => sessionCookie(await ctx.app.inject({
      method: 'POST', url: '/api/auth/register', headers: { 'x-forwarded-for': `198.51.100.${210 + k}` },
      payload: { email: `${name}@bv115.example.vn`, password: 'mat-khau-du-dai', fullName: `Người thử ${name}`, unitId },
    }))));
    // Who sends each request, and from where; a forged cookie counts as nobody signed in.
    const senders = [[first, '203.0.113.50'], [first, '203.0.113.51'], [second, '203.0.113.50'], ['gs_session=forged', '203.0.113.51']];
    const counted = (counts: number[]) => {
      const who = { '1,2,1,1': 'account', '1,1,2,2': 'address', '1,2,3,4': 'link' }[counts.join()];
      return who ?? counts.join();
    };
    const found: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const { method, url } of limited) {
      const counts: number[] = [];
      for (const [cookie, address] of senders) {
        const response = await ctx.app.inject({
          method: method as 'GET', url: url.replace(/:\w+/g, '1'), headers: { cookie: cookie!, 'x-forwarded-for': address!, ...json },
        });
        counts.push(Number(response.headers['x-ratelimit-limit']) - Number(response.headers['x-ratelimit-remaining']));
      }
      found[`${method} ${url}`] = counted(counts);
      const route = `${method} ${url}`;
      expected[route] = PER_ADDRESS.includes(route) ? 'address' : PER_LINK.includes(route) ? 'link' : 'account';
    }
    expect(Object.values(expected).filter((who) => who === 'account').length).toBeGreaterThanOrEqual(10);
    expect(found).toEqual(expected);
  });
});

describe('set-password links count per link', () => {
  it('lets 12 invited colleagues behind one office address each set their password within a minute, and stops one link at 10 tries', async () => {
    const invited = await Promise.all(Array.from({ length: 12 }, async (_, k) => (await ctx.app.inject({
      method: 'POST', url: '/api/auth/register', headers: { 'x-forwarded-for': `198.51.100.${220 + k}` },
      payload: { email: `moi${k}@bv115.example.vn`, password: 'mat-khau-du-dai', fullName: `Người được mời ${k}`, unitId },
    })).json<{ id: string }>().id));
    const organizerId = (ctx.db.$client.prepare('select id from users where email = ?').get(ORGANIZER.email) as { id: string }).id;
    writeTransaction(ctx.db, (tx) => inviteUsers(tx, invited, organizerId, new Date()));
    const tokenMailedTo = (address: string) => {
      const { text } = ctx.db.$client.prepare('select text from mail_queue where to_address = ? order by id desc').get(address) as { text: string };
      return /\/password\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
    };
    const setPassword = (token: string, address: string) => ctx.app.inject({
      method: 'POST', url: `/api/auth/password-links/${token}`, headers: { 'x-forwarded-for': address, ...json },
      payload: { newPassword: 'mat-khau-rieng-cua-toi' },
    });
    const statuses: number[] = [];
    for (let k = 0; k < 12; k += 1) statuses.push((await setPassword(tokenMailedTo(`moi${k}@bv115.example.vn`), OFFICE)).statusCode);
    expect(statuses).toEqual(Array(12).fill(200));

    const tries: number[] = [];
    for (let k = 0; k < 11; k += 1) tries.push((await setPassword('a'.repeat(43), `192.0.2.${100 + k}`)).statusCode);
    expect(tries).toEqual([...Array(10).fill(400), 429]);
  });
});

describe('certificates, drawn for each request, are bounded per account', () => {
  it('answers a signed-in person\'s 11th certificate request of a minute, and an organizer\'s 6th of every winner\'s, with 429', async () => {
    const entrant = cookies[0]!;
    const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
    const ask = (cookie: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });
    const own: number[] = [];
    for (let k = 0; k < 11; k += 1) own.push((await ask(entrant, '/api/entries/999999/certificate.pdf')).statusCode);
    expect(own).toEqual([...Array(10).fill(404), 429]);
    const all: number[] = [];
    for (let k = 0; k < 6; k += 1) all.push((await ask(organizer, `/api/contests/${contestId}/certificates.pdf`)).statusCode);
    expect(all).toEqual([...Array(5).fill(409), 429]);
  });
});

describe('rate limits cannot be emptied by requests from elsewhere', () => {
  it('gives a stolen session no more guesses of the current password after anonymous requests from its IPv6 /64', async () => {
    const registered = await ctx.app.inject({
      method: 'POST', url: '/api/auth/register', headers: { 'x-forwarded-for': '198.51.100.200' },
      payload: { email: 'bi-danh-cap@bv115.example.vn', password: 'mat-khau-du-dai', fullName: 'Người bị đánh cắp phiên', unitId },
    });
    const stolen = sessionCookie(registered);
    const guess = (cookie: string, address: string) => ctx.app.inject({
      method: 'POST', url: '/api/auth/password', headers: { cookie, 'x-forwarded-for': address, ...json },
      payload: { currentPassword: 'doan-mo-mat-khau', newPassword: 'mat-khau-cua-ke-gian' },
    });
    const guesses: number[] = [];
    for (let k = 0; k < 11; k += 1) guesses.push((await guess(stolen, '2001:db8:77:1::1')).statusCode);
    expect(guesses).toEqual([...Array(10).fill(400), 429]);
    // The limiter keeps 5000 counts per route, least recently used out first.
    for (let k = 0; k < 5000; k += 1) await guess('', `2001:db8:77:1::${(k + 2).toString(16)}`);
    expect((await guess(stolen, '2001:db8:77:1::1')).statusCode).toBe(429);
  }, 60_000);
});

describe('behind a declared reverse proxy (TRUST_PROXY=true)', () => {
  it('counts sign-in by the address the proxy saw, not by what the client wrote into X-Forwarded-For before it', async () => {
    const proxied = await makeApp({ env: { TRUST_PROXY: 'true' } });
    try {
      // nginx's $proxy_add_x_forwarded_for keeps the client's header and appends the address it saw.
      const signIn = (written: string, seen: string) => proxied.app.inject({
        method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': `${written}, ${seen}`, ...json },
        payload: { email: `khong-co-${written}@example.vn`, password: 'sai-mat-khau' },
      });
      const statuses = await Promise.all(Array.from({ length: 101 }, async (_, k) => (
        await signIn(`198.18.${k >> 8}.${(k & 255) + 1}`, '203.0.113.9')).statusCode));
      expect([statuses.filter((s) => s === 401).length, statuses.filter((s) => s === 429).length]).toEqual([100, 1]);
      expect((await signIn('203.0.113.9', '203.0.113.10')).statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
  });
});
