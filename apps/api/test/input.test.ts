import { Type } from '@fastify/type-provider-typebox';
import type { FastifySchema } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestValidatorCompiler } from '../src/lib/request-validation.ts';
import {
  createOpenContest, createUnit, DAY, login, makeApp, multipart, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let organizer: string;
let entrant: string;
let unitId: number;
const now = new Date('2026-11-26T03:00:00Z');

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv, now: () => now });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
  entrant = await register(ctx.app, { email: 'e@example.vn', unitId });
});
afterEach(() => ctx.close());

const contestCount = () => Number(ctx.db.$client.prepare('select count(*) from contests').pluck().get());

const newContest = (fields: Record<string, unknown>, locale = 'en') => ctx.app.inject({
  method: 'POST', url: '/api/contests', headers: { cookie: organizer, 'accept-language': locale },
  payload: {
    title: 'Gương sáng 2026', slug: 'guong-sang-2026', status: 'open',
    submissionOpensAt: new Date(now.getTime() - DAY).toISOString(),
    submissionClosesAt: new Date(now.getTime() + DAY).toISOString(),
    minWords: 100, maxWords: 2500, ...fields,
  },
});

const rawJson = (url: string, body: string | Buffer, cookie = organizer, method: 'POST' | 'PATCH' = 'POST') =>
  ctx.app.inject({ method, url, headers: { cookie, 'content-type': 'application/json', 'accept-language': 'en' }, payload: body });

describe('type coercion of input (issue 10, class 5)', () => {
  it('refuses an unknown body field by name instead of dropping it', async () => {
    const en = await newContest({ submissionDeadline: '2026-12-31' });
    expect(en.statusCode).toBe(400);
    expect(en.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('submissionDeadline') });
    const vi = await newContest({ submissionDeadline: '2026-12-31' }, 'vi');
    expect(vi.json().error.message).toBe('Trường «submissionDeadline» không được chấp nhận.');
    // Also inside nested objects and in a partial update.
    expect((await newContest({ criteria: [{ name: 'Nội dung', weight: 1, max: 10, maxx: 9 }] })).json().error.message)
      .toContain('maxx');
    expect(contestCount()).toBe(0);
    const { id } = await createOpenContest(ctx.app, organizer, now);
    const patch = await ctx.app.inject({
      method: 'PATCH', url: `/api/contests/${id}`, headers: { cookie: organizer }, payload: { titel: 'Sai chính tả' },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.message).toContain('titel');
  });

  it('never turns null, true, arrays or strings into numbers in a body', async () => {
    for (const minWords of [null, true, [7], '7', '']) {
      const response = await newContest({ minWords });
      expect(response.statusCode, JSON.stringify(minWords)).toBe(400);
      expect(response.json().error.message).toContain('minWords');
    }
    expect(contestCount()).toBe(0);
    // 1e309 is valid JSON that parses to Infinity.
    const infinite = await rawJson('/api/units', '{"name":"Chi bộ 1","headcount":1e309}');
    expect(infinite.statusCode).toBe(400);
    expect(infinite.json().error.code).toBe('validation_failed');
  });

  it('keeps coercion for query strings but refuses numbers that are not finite', async () => {
    for (const page of ['1e309', 'Infinity', 'NaN', '-1e309', '1.5', 'abc', '0']) {
      const response = await ctx.app.inject({ url: `/api/public/search?q=a&page=${page}` });
      expect(response.statusCode, page).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
    expect((await ctx.app.inject({ url: '/api/public/search?q=a&page=2' })).statusCode).toBe(200);
    const limit = await ctx.app.inject({ url: '/api/users?limit=1e309', headers: { cookie: organizer } });
    expect(limit.statusCode).toBe(400);
    expect((await ctx.app.inject({ url: '/api/contests/1e309', headers: { cookie: organizer } })).statusCode).toBe(400);
    // A future route with an unbounded number in its query string does not even start.
    const unbounded = { schema: Type.Object({ page: Type.Integer({ minimum: 1 }) }) as FastifySchema, method: 'GET', url: '/api/x', httpPart: 'querystring' };
    expect(() => requestValidatorCompiler(unbounded)).toThrow('GET /api/x querystring: a number in a query string or path needs a minimum and a maximum');
  });

  // Found by a black-box attack: RFC 3339 (and ajv-formats) allow a leap second, 23:59:60Z, which
  // JavaScript's Date reads as Invalid Date; the contest and round routes answered 500.
  it('refuses a date-time that Date cannot read, such as a leap second, with a 400', async () => {
    const leap = '2026-12-31T23:59:60Z';
    const created = await newContest({ submissionClosesAt: leap });
    expect(created.statusCode).toBe(400);
    expect(created.json().error).toMatchObject({ code: 'validation_failed' });
    expect(created.json().error.message).toContain('submissionClosesAt');
    expect(contestCount()).toBe(0);
    const contest = await createOpenContest(ctx.app, organizer, now);
    const patched = await rawJson(`/api/contests/${contest.id}`, JSON.stringify({ submissionOpensAt: leap }), organizer, 'PATCH');
    expect(patched.statusCode).toBe(400);
    const round = await rawJson(`/api/contests/${contest.id}/rounds`, JSON.stringify({ name: 'Sơ khảo', opensAt: leap, closesAt: '2027-01-05T00:00:00Z' }));
    expect(round.statusCode).toBe(400);
    expect(round.json().error.message).toContain('opensAt');
  });
});

describe('text hygiene (issue 10, class 9)', () => {
  const badTexts: [string, string][] = [
    ['NUL', 'Chi bộ\u0000 1'],
    ['a C0 control', 'Chi bộ\u001b[31m 1'],
    ['a right-to-left override', 'Chi bộ \u202Egnp.exe'],
    ['a bidi isolate', 'Chi bộ \u2066x\u2069'],
    ['a lone surrogate', 'Chi bộ \ud800'],
  ];

  it.each(badTexts)('refuses %s in a text field, naming the field', async (_, name) => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/units', headers: { cookie: organizer, 'accept-language': 'en' }, payload: { name, headcount: 5 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^«Name» contains characters that are not allowed/);
  });

  it('refuses a lone surrogate sent as a JSON escape, and invalid UTF-8 bytes', async () => {
    const escaped = await rawJson('/api/units', '{"name":"Chi b\\u1ed9 \\ud800","headcount":5}');
    expect(escaped.statusCode).toBe(400);
    expect(escaped.json().error.code).toBe('validation_failed');
    const bytes = Buffer.concat([Buffer.from('{"name":"Chi b'), Buffer.from([0xc3, 0x28]), Buffer.from('","headcount":5}')]);
    const invalid = await rawJson('/api/units', bytes);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toEqual({ code: 'invalid_utf8', message: 'The request is not valid UTF-8 text.' });
    // Overlong encodings and encoded surrogates are invalid UTF-8 too.
    for (const sequence of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff]]) {
      const response = await rawJson('/api/units', Buffer.concat([Buffer.from('{"name":"'), Buffer.from(sequence), Buffer.from('","headcount":5}')]));
      expect(response.json().error.code).toBe('invalid_utf8');
    }
    // Prototype poisoning is still refused by the parser.
    expect((await rawJson('/api/units', '{"name":"x","headcount":1,"__proto__":{"admin":true}}')).statusCode).toBe(400);
    const units = ctx.db.$client.prepare('select name from units').pluck().all();
    expect(units).toEqual(['Ban Tổ chức cuộc thi', 'Đảng ủy Sở Tư pháp']);
  });

  it('keeps tabs, line breaks and ordinary Vietnamese text', async () => {
    const { id } = await createOpenContest(ctx.app, organizer, now, { description: 'Dòng 1\n\tDòng 2\r\nGương sáng — “Bác Hồ” 🌸' });
    expect((await ctx.app.inject({ url: `/api/contests/${id}`, headers: { cookie: organizer } })).json().description)
      .toBe('Dòng 1\n\tDòng 2\r\nGương sáng — “Bác Hồ” 🌸');
  });

  it('refuses names and titles made only of invisible characters', async () => {
    for (const fullName of ['\u200B\u200B', '\u3164', '\u115F\u1160', '\u00AD', ' \u2800 ', '\u0301', '\uFEFF']) {
      const response = await ctx.app.inject({
        method: 'POST', url: '/api/auth/register', headers: { 'accept-language': 'en' },
        payload: { email: `x${fullName.codePointAt(0)}@example.vn`, password: 'mat-khau-du-dai', fullName, unitId },
      });
      expect(response.statusCode, JSON.stringify(fullName)).toBe(400);
      expect(response.json().error.message).toBe('«Full name» needs at least one visible character.');
    }
    expect((await newContest({ title: '\u200B \u200C' })).json().error.message).toContain('title');
    const { id } = await createOpenContest(ctx.app, organizer, now);
    const entry = await ctx.app.inject({
      method: 'POST', url: `/api/contests/${id}/entries`, headers: { cookie: entrant }, payload: { title: '\u2060\u3164' },
    });
    expect(entry.statusCode).toBe(400);
  });

  it('refuses person, pen and unit names that hide an invisible character, wherever a name enters', async () => {
    const hidden = ['Nguyễn\u200BVăn An', 'Nguyễn Văn An\uFE0F', 'Nguyễn\u00ADVăn An', 'Nguyễn Văn\u2060 An', 'Nguyễn Văn An\u{E0041}'];
    const invalidName = (field: string) => `«${field}» may hold only letters, digits, punctuation and spaces; no invisible characters`;
    for (const [index, name] of hidden.entries()) {
      const registered = await ctx.app.inject({
        method: 'POST', url: '/api/auth/register', headers: { 'accept-language': 'en' },
        payload: { email: `hidden${index}@example.vn`, password: 'mat-khau-du-dai', fullName: name, unitId },
      });
      expect(registered.statusCode, JSON.stringify(name)).toBe(400);
      expect(registered.json().error.message).toContain(invalidName('Full name'));
      const renamed = await ctx.app.inject({
        method: 'PATCH', url: '/api/me', headers: { cookie: entrant, 'accept-language': 'en' }, payload: { fullName: name },
      });
      expect(renamed.statusCode).toBe(400);
      const unit = await ctx.app.inject({
        method: 'POST', url: '/api/units', headers: { cookie: organizer, 'accept-language': 'en' }, payload: { name, headcount: 5 },
      });
      expect(unit.statusCode).toBe(400);
      expect(unit.json().error.message).toContain(invalidName('Name'));
      const unitRenamed = await ctx.app.inject({
        method: 'PATCH', url: `/api/units/${unitId}`, headers: { cookie: organizer }, payload: { name },
      });
      expect(unitRenamed.statusCode).toBe(400);
    }
    const { id } = await createOpenContest(ctx.app, organizer, now);
    const entry = (await ctx.app.inject({
      method: 'POST', url: `/api/contests/${id}/entries`, headers: { cookie: entrant }, payload: { title: 'Bài viết' },
    })).json<{ id: number }>();
    const submitted = await ctx.app.inject({
      method: 'POST', url: `/api/entries/${entry.id}/submit`, headers: { cookie: entrant },
      payload: { consentToPublish: true, penName: 'Hồng\u200CNhung' },
    });
    expect(submitted.statusCode).toBe(400);
    expect(submitted.json().error.code).toBe('validation_failed');
    expect(ctx.db.$client.prepare('select name from units').pluck().all()).toEqual(['Ban Tổ chức cuộc thi', 'Đảng ủy Sở Tư pháp']);
    expect(ctx.db.$client.prepare('select full_name from users').pluck().all()).not.toContainEqual(expect.stringMatching(/\u200B|\uFE0F/));
  });

  it('refuses NUL and bidi overrides in an essay body', async () => {
    const { id } = await createOpenContest(ctx.app, organizer, now);
    for (const body of ['<p>Bài\u0000 viết</p>', '<p>Bài \u202Eviết</p>', '<p>Bài &#x202E;viết</p>', '<p>Bài &#8238;viết</p>']) {
      const response = await ctx.app.inject({
        method: 'POST', url: `/api/contests/${id}/entries`, headers: { cookie: entrant, 'accept-language': 'en' },
        payload: { title: 'Bài viết', body },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain('body');
    }
    expect(Number(ctx.db.$client.prepare('select count(*) from entries').pluck().get())).toBe(0);
  });

  it('refuses bad text in upload fields and file names', async () => {
    const { id } = await createOpenContest(ctx.app, organizer, now);
    const entry = (await ctx.app.inject({
      method: 'POST', url: `/api/contests/${id}/entries`, headers: { cookie: entrant }, payload: { title: 'Bài viết' },
    })).json();
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    for (const [name, fields] of [
      ['anh\u202Egnp.exe', {}],
      ['anh.png', { altText: 'Ảnh\u0000' }],
      ['anh.png', { altText: 'Ảnh \ud800' }],
    ] as const) {
      const form = multipart({ name, bytes: png }, fields);
      const response = await ctx.app.inject({
        method: 'POST', url: `/api/entries/${entry.id}/attachments`,
        headers: { cookie: entrant, 'accept-language': 'en', ...form.headers }, payload: form.payload,
      });
      expect(response.statusCode, name).toBe(400);
      expect(response.json().error.code).toBe('invalid_text');
    }
    expect(Number(ctx.db.$client.prepare('select count(*) from attachments').pluck().get())).toBe(0);
  });
});
