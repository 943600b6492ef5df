import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, DAY, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let organizer: string;
let entrant: string;
const now = new Date('2026-11-26T03:00:00Z');

beforeEach(async () => {
  ctx = await makeApp({ env: organizerEnv, now: () => now });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  entrant = await register(ctx.app, { email: 'e@example.vn', unitId: await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp') });
});
afterEach(() => ctx.close());

describe('contests', () => {
  it('an organizer creates one with rubric and prize tiers; everyone reads its rendered rules', async () => {
    const created = await createOpenContest(ctx.app, organizer, now, {
      rules: '## Thể lệ\n\n- Bài viết **có thật**\n- <script>alert(1)</script> [xem](javascript:alert(1))',
    });
    const detail = (await ctx.app.inject({ url: `/api/contests/${created.id}`, headers: { cookie: entrant } })).json();
    expect(detail).toMatchObject({ status: 'open', acceptingSubmissions: true, minWords: 100, maxWords: 2500 });
    expect(detail.criteria.map((c: { name: string; weight: number }) => [c.name, c.weight])).toEqual([['Nội dung', 0.6], ['Hình thức', 0.4]]);
    expect(detail.prizeTiers).toEqual([expect.objectContaining({ name: 'Giải Nhất', count: 1 }), expect.objectContaining({ name: 'Giải Nhì', count: 2 })]);
    expect(detail.rulesHtml).toContain('<h2>Thể lệ</h2>');
    expect(detail.rulesHtml).toContain('<strong>có thật</strong>');
    expect(detail.rulesHtml).not.toMatch(/<script|href="javascript/);
    expect(detail.rulesHtml).toContain('&lt;script&gt;');
    expect(detail).not.toHaveProperty('entryCount');
  });

  it('sets the disagreement threshold, the adjudication rule and entries per author, within bounds', async () => {
    const created = await createOpenContest(ctx.app, organizer, now, {
      disagreementThreshold: 0.3, adjudicationMethod: 'mean-of-three', entriesPerAuthor: 1,
    });
    const read = async () => (await ctx.app.inject({ url: `/api/contests/${created.id}`, headers: { cookie: organizer } })).json();
    expect(await read()).toMatchObject({ disagreementThreshold: 0.3, adjudicationMethod: 'mean-of-three', entriesPerAuthor: 1 });
    const patch = (payload: object) => ctx.app.inject({
      method: 'PATCH', url: `/api/contests/${created.id}`, headers: { cookie: organizer }, payload,
    });
    expect((await patch({ disagreementThreshold: 0.15, adjudicationMethod: 'closest-two', entriesPerAuthor: null })).statusCode).toBe(200);
    expect(await read()).toMatchObject({ disagreementThreshold: 0.15, adjudicationMethod: 'closest-two', entriesPerAuthor: null });
    for (const bad of [
      { disagreementThreshold: 0 }, { disagreementThreshold: 1.5 }, { disagreementThreshold: '0.2' },
      { adjudicationMethod: 'median' }, { entriesPerAuthor: 0 }, { entriesPerAuthor: 1.5 }, { entriesPerAuthor: 101 },
    ]) {
      const refused = await patch(bad);
      expect({ bad, status: refused.statusCode }).toEqual({ bad, status: 400 });
    }
    expect(await read()).toMatchObject({ disagreementThreshold: 0.15, adjudicationMethod: 'closest-two', entriesPerAuthor: null });
    // A contest made without them gets the design's defaults: 20%, the two closest, no cap.
    const plain = await createOpenContest(ctx.app, organizer, now);
    expect((await ctx.app.inject({ url: `/api/contests/${plain.id}`, headers: { cookie: organizer } })).json())
      .toMatchObject({ disagreementThreshold: 0.2, adjudicationMethod: 'closest-two', entriesPerAuthor: null });
  });

  it('keeps drafts from everybody but organizers', async () => {
    const draft = await createOpenContest(ctx.app, organizer, now, { status: 'draft' });
    expect((await ctx.app.inject({ url: `/api/contests/${draft.id}`, headers: { cookie: entrant } })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/contests' })).json()).toEqual([]);
    const forOrganizer = (await ctx.app.inject({ url: '/api/contests', headers: { cookie: organizer } })).json();
    expect(forOrganizer).toHaveLength(1);
    expect(forOrganizer[0].entryCount).toBe(0);
  });

  it.each([
    ['a window that closes before it opens', { submissionClosesAt: new Date(now.getTime() - 2 * DAY).toISOString() }, 'invalid_window'],
    ['word limits upside down', { minWords: 3000 }, 'invalid_word_limits'],
    ['a slug with diacritics', { slug: 'gương-sáng' }, 'invalid_slug'],
    ['a criterion without room to score', { criteria: [{ name: 'Nội dung', weight: 1, min: 5, max: 5 }] }, 'invalid_rubric'],
    ['a date that is not a date', { submissionOpensAt: 'hôm qua' }, 'validation_failed'],
  ])('refuses %s', async (_, overrides, code) => {
    const response = await ctx.app.inject({
      method: 'POST', url: '/api/contests', headers: { cookie: organizer },
      payload: {
        title: 'T', slug: 'ok-slug', submissionOpensAt: new Date(now.getTime() - DAY).toISOString(),
        submissionClosesAt: new Date(now.getTime() + DAY).toISOString(), minWords: 0, maxWords: 2000, ...overrides,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe(code);
  });

  it('keeps level descriptors with each criterion, best first', async () => {
    const created = await createOpenContest(ctx.app, organizer, now, {
      criteria: [{
        name: 'Nội dung', weight: 1, max: 10,
        levels: [{ score: 5, label: 'Đạt', description: 'Có câu chuyện' }, { score: 9, label: 'Xuất sắc', description: 'Chân thực, cảm động' }],
      }],
    });
    const detail = (await ctx.app.inject({ url: `/api/contests/${created.id}` })).json();
    expect(detail.criteria[0].levels.map((l: { label: string }) => l.label)).toEqual(['Xuất sắc', 'Đạt']);
    await expect(createOpenContest(ctx.app, organizer, now, {
      criteria: [{ name: 'Nội dung', weight: 1, max: 10, levels: [{ score: 12, label: 'Quá thang' }] }],
    })).rejects.toThrow(/invalid_rubric/);
  });

  it('refuses a taken slug and writes by non-organizers', async () => {
    await createOpenContest(ctx.app, organizer, now, { slug: 'guong-sang-2026' });
    await expect(createOpenContest(ctx.app, organizer, now, { slug: 'guong-sang-2026' })).rejects.toThrow(/slug_taken/);
    await expect(createOpenContest(ctx.app, entrant, now)).rejects.toThrow(/forbidden/);
  });

  it('edits keep criterion ids, are audited, and can close submissions early', async () => {
    const created = await createOpenContest(ctx.app, organizer, now);
    const before = (await ctx.app.inject({ url: `/api/contests/${created.id}` })).json();
    const patch = await ctx.app.inject({
      method: 'PATCH', url: `/api/contests/${created.id}`, headers: { cookie: organizer },
      payload: {
        submissionClosesAt: new Date(now.getTime() - 1000).toISOString(),
        criteria: [{ name: 'Nội dung tư tưởng', weight: 0.7, max: 10 }, { name: 'Hình thức', weight: 0.3, max: 10 }],
      },
    });
    expect(patch.statusCode).toBe(200);
    const after = patch.json();
    expect(after.acceptingSubmissions).toBe(false);
    expect(after.criteria.map((c: { id: number }) => c.id)).toEqual(before.criteria.map((c: { id: number }) => c.id));
    expect(after.criteria[0].name).toBe('Nội dung tư tưởng');
    const audit = ctx.db.$client.prepare("select action from audit_log where subject_type = 'contest'").pluck().all();
    expect(audit).toEqual(['contest.created', 'contest.updated']);
  });
});
