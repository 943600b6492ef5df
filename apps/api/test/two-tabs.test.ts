import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

/*
 * One draft open in two tabs (or on two devices): each save says which saved text it was made
 * from (`baseUpdatedAt`, the `updatedAt` the tab last had from the server). A save made from a
 * text that was saved elsewhere since is refused, so a stale tab never silently replaces what the
 * other one saved; nor is a submission of a text the author did not see.
 */

let ctx: TestContext;
let clock: Date;
let nhung: string;
let contestId: number;

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
  nhung = await register(ctx.app, { email: 'nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', unitId });
  contestId = (await createOpenContest(ctx.app, organizer, clock, { minWords: 1, categories: [] })).id;
});
afterEach(() => ctx.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: nhung }, ...(payload && { payload }) });

interface Detail { id: number; body: string; updatedAt: string; versions: { version: number }[] }

describe('a draft open in two tabs', () => {
  it('refuses a save made from a text another tab has replaced since, and keeps the other tab\'s text', async () => {
    const created = await api('POST', `/api/contests/${contestId}/entries`, { title: 'Người giữ lửa', body: '<p>Mở đầu.</p>' });
    expect(created.statusCode).toBe(201);
    const opened = created.json<Detail>();
    // Both tabs load the draft as it is now. Tab B saves a long paragraph.
    const tabB = await api('PATCH', `/api/entries/${opened.id}`, {
      body: '<p>Mở đầu. Chị Lan đã giữ lửa cho tổ dân phố suốt ba mươi năm.</p>', baseUpdatedAt: opened.updatedAt,
    });
    expect(tabB.statusCode, tabB.body).toBe(200);
    // Tab A, still holding the first text, saves (autosave of one more word): refused, not stored.
    const tabA = await api('PATCH', `/api/entries/${opened.id}`, { body: '<p>Mở đầu. Hết.</p>', baseUpdatedAt: opened.updatedAt });
    expect(tabA.statusCode, tabA.body).toBe(409);
    expect(tabA.json().error.code).toBe('entry_changed_elsewhere');
    const stored = (await api('GET', `/api/entries/${opened.id}`)).json<Detail>();
    expect(stored.body).toContain('ba mươi năm');
    // Saved from what tab B holds now, it goes through; saves made in the same millisecond still
    // tell one text from the other.
    const next = await api('PATCH', `/api/entries/${opened.id}`, { body: '<p>Bản mới.</p>', baseUpdatedAt: tabB.json<Detail>().updatedAt });
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json<Detail>().updatedAt).not.toBe(tabB.json<Detail>().updatedAt);
    const stale = await api('PATCH', `/api/entries/${opened.id}`, { body: '<p>Cũ.</p>', baseUpdatedAt: tabB.json<Detail>().updatedAt });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses to submit a text other than the one the submit page showed', async () => {
    const opened = (await api('POST', `/api/contests/${contestId}/entries`, { title: 'Người giữ lửa', body: '<p>Bản đã đọc lại.</p>' })).json<Detail>();
    // The author reviews this text on the submit page; meanwhile another tab saves a different one.
    const other = await api('PATCH', `/api/entries/${opened.id}`, { body: '<p>Bản gõ dở ở thẻ khác.</p>', baseUpdatedAt: opened.updatedAt });
    expect(other.statusCode).toBe(200);
    const submit = await api('POST', `/api/entries/${opened.id}/submit`, { consentToPublish: false, baseUpdatedAt: opened.updatedAt });
    expect(submit.statusCode, submit.body).toBe(409);
    expect(submit.json().error.code).toBe('entry_changed_elsewhere');
    expect((await api('GET', `/api/entries/${opened.id}`)).json<Detail>().versions).toEqual([]);
    const current = await api('POST', `/api/entries/${opened.id}/submit`, { consentToPublish: false, baseUpdatedAt: other.json<Detail>().updatedAt });
    expect(current.statusCode, current.body).toBe(200);
  });
});
