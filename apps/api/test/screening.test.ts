import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, FIXTURES, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let organizer: string;
let contestId: number;
const clock = new Date('2026-11-26T03:00:00Z');
const text = (name: string) => readFileSync(join(FIXTURES, `essays/${name}`), 'utf8');
const html = (t: string) => t.split(/\n\s*\n/).map((p) => `<p>${p.trim()}</p>`).join('');

const api = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

async function submit(email: string, title: string, body: string) {
  const cookie = await register(ctx.app, { email, unitId: await createUnit(ctx.app, organizer, `Đơn vị ${email}`) });
  const entry = (await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title, body })).json();
  expect((await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).statusCode).toBe(200);
  return { cookie, entry };
}

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  contestId = (await createOpenContest(ctx.app, organizer, clock, { categories: [] })).id;
});
afterEach(() => ctx.close());

describe('screening', () => {
  it('flags a copied essay and shows the shared passages side by side', async () => {
    const original = await submit('a@example.vn', 'Người giữ lửa', html(text('essay-01.txt')));
    const copied = text('essay-01.txt').replace(/\n\s*\n[^\n]+\n\s*\n/, '\n\nMột đoạn văn khác hẳn do người chép tự viết thêm vào.\n\n');
    const copy = await submit('b@example.vn', 'Ngọn lửa', html(copied));
    await submit('c@example.vn', 'Bài khác', html(text('essay-02.txt')));

    const screening = (await api(organizer, 'GET', `/api/contests/${contestId}/screening`)).json();
    expect(screening.entries).toHaveLength(3);
    expect(screening.nearDuplicates).toEqual([
      expect.objectContaining({ a: original.entry.code, b: copy.entry.code }),
    ]);
    expect(screening.nearDuplicates[0].similarity).toBeGreaterThan(0.5);

    const compare = (await api(organizer, 'GET', `/api/contests/${contestId}/screening/compare?a=${original.entry.code}&b=${copy.entry.code}`)).json();
    expect(compare.passages.length).toBeGreaterThan(0);
    const first = compare.passages[0];
    expect(compare.a.text.slice(first.a.start, first.a.end)).toBe(compare.b.text.slice(first.b.start, first.b.end));
  });

  it('disqualifies with a reason the entrant sees, audited, and can reinstate', async () => {
    const { cookie, entry } = await submit('a@example.vn', 'Người giữ lửa', html(text('essay-01.txt')));
    const entrantTry = await api(cookie, 'POST', `/api/entries/${entry.id}/disqualify`, { reason: 'x' });
    expect(entrantTry.statusCode).toBe(403);
    const empty = await api(organizer, 'POST', `/api/entries/${entry.id}/disqualify`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    const done = await api(organizer, 'POST', `/api/entries/${entry.id}/disqualify`, { reason: 'Bài viết không phải câu chuyện có thật.' });
    expect(done.json()).toMatchObject({ status: 'disqualified' });
    const seen = (await api(cookie, 'GET', `/api/entries/${entry.id}`)).json();
    expect(seen).toMatchObject({ status: 'disqualified', disqualifiedReason: 'Bài viết không phải câu chuyện có thật.', editable: false });
    const filtered = (await api(organizer, 'GET', `/api/contests/${contestId}/screening?status=submitted`)).json();
    expect(filtered.entries).toEqual([]);
    expect((await api(organizer, 'POST', `/api/entries/${entry.id}/reinstate`, {})).json().status).toBe('submitted');
    const audit = ctx.db.$client.prepare("select action from audit_log where action like 'entry.%' order by id").pluck().all();
    expect(audit).toEqual(expect.arrayContaining(['entry.disqualified', 'entry.reinstated']));
  });

  it('pages and sorts in the database, with the total, and refuses paging out of bounds', async () => {
    const paged = (await createOpenContest(ctx.app, organizer, clock, { categories: [], minWords: 1 })).id;
    const lan = await register(ctx.app, { email: 'lan@example.vn', fullName: 'Trần Thị Lan', unitId: await createUnit(ctx.app, organizer, 'Đảng ủy Bệnh viện Chợ Rẫy') });
    const binh = await register(ctx.app, { email: 'binh@example.vn', fullName: 'Lê Văn Bình', unitId: await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp') });
    const made: { code: string; words: number }[] = [];
    for (let i = 1; i <= 23; i++) {
      const cookie = i % 3 === 0 ? binh : lan;
      const body = `<p>${Array.from({ length: i }, () => 'chữ').join(' ')}</p>`;
      const entry = (await api(cookie, 'POST', `/api/contests/${paged}/entries`, { title: `Bài ${i}`, body })).json();
      expect((await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).statusCode).toBe(200);
      made.push({ code: entry.code, words: i });
    }
    const list = async (query: string) => {
      const response = await api(organizer, 'GET', `/api/contests/${paged}/screening?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ entries: { code: string; wordCount: number; authorName: string }[]; total: number; page: number; pageSize: number }>();
    };
    expect(await list('')).toMatchObject({ total: 23, page: 1, pageSize: 50 });
    const third = await list('pageSize=10&page=3');
    expect({ rows: third.entries.length, total: third.total }).toEqual({ rows: 3, total: 23 });
    const byCode = [];
    for (const page of [1, 2, 3]) byCode.push(...(await list(`sort=code&pageSize=10&page=${page}`)).entries.map((e) => e.code));
    expect(byCode).toEqual(made.map((m) => m.code).sort());
    expect((await list('sort=words&order=desc&pageSize=10')).entries.map((e) => e.wordCount)).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]);
    const fromUnit = await list(`q=${encodeURIComponent('Sở Tư pháp')}&pageSize=10`);
    expect({ total: fromUnit.total, authors: [...new Set(fromUnit.entries.map((e) => e.authorName))] }).toEqual({ total: 7, authors: ['Lê Văn Bình'] });
    expect((await list('q=50%25')).total).toBe(0);
    for (const bad of ['pageSize=1000', 'pageSize=5', 'page=0', 'page=1e309', 'sort=author', 'order=up']) {
      const refused = await api(organizer, 'GET', `/api/contests/${paged}/screening?${bad}`);
      expect({ bad, status: refused.statusCode }).toEqual({ bad, status: 400 });
    }
  });
});
