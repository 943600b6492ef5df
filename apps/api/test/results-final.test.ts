import { listAudit } from '@guong-sang/db';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, DAY, FIXTURES, judgeAssignments, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

// Argon2 for every person and a full contest per test: generous time on a shared machine.
const SLOW = { timeout: 120_000 };

let ctx: TestContext;
let clock: Date;
let organizer: string;
let contestId: number;
let contestSlug: string;
let units: number[];
const authors: { cookie: string; entryId: number; code: string; name: string; id: string }[] = [];
const judges: { id: string; cookie: string }[] = [];

const PHRASE = 'Chị là ngọn đuốc soi đường cho cả khu phố nghèo.';
const essay = readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8').split(/\n\s*\n/).slice(1);
const body = (extra: string) => `${essay.map((p) => `<p>${p.trim()}</p>`).join('')}<p>${extra}</p>`;

const api = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, lang = 'vi') =>
  ctx.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload && { payload }) });
const visitor = (url: string) => ctx.app.inject({ method: 'GET', url });
const contest = async () => (await api(organizer, 'GET', `/api/contests/${contestId}`)).json();

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  authors.length = 0;
  judges.length = 0;
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  units = [
    await createUnit(ctx.app, organizer, 'Đảng ủy Sở Y tế'), await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp'),
    await createUnit(ctx.app, organizer, 'Đảng ủy Khối Dân - Chính - Đảng'),
  ];
  contestSlug = `guong-sang-${Math.random().toString(36).slice(2, 8)}`;
  contestId = (await createOpenContest(ctx.app, organizer, clock, { slug: contestSlug, categories: [] })).id;
  const people = [
    ['Nguyễn Thị Hồng Nhung', 'Người giữ lửa ở khu phố', PHRASE],
    ['Đỗ Quang Huy', 'Bác sĩ của bản làng', 'Anh lên bản mỗi tuần.'],
    ['Trần Văn Bảy', 'Chuyện người lái đò', 'Ông chở học trò qua sông.'],
    ['Lê Thị Mai', 'Bài không đoạt giải', 'Một câu chuyện khác.'],
  ] as const;
  for (const [i, [name, title, extra]] of people.entries()) {
    const cookie = await register(ctx.app, { email: `tacgia${i}@example.vn`, fullName: name, unitId: units[i % 2] ?? 0 });
    const id = (await api(cookie, 'GET', '/api/me')).json().id;
    const entry = (await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title, body: body(extra) })).json();
    const submitted = await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true });
    expect(submitted.statusCode).toBe(200);
    authors.push({ cookie, entryId: entry.id, code: submitted.json().code, name, id });
  }
  for (let i = 0; i < 2; i++) {
    const cookie = await register(ctx.app, { email: `giamkhao${i}@example.vn`, fullName: `Giám khảo ${i}`, unitId: units[2] ?? 0 });
    const id = (await api(cookie, 'GET', '/api/me')).json().id;
    await api(organizer, 'PUT', `/api/users/${id}/roles`, { roles: ['judge'] });
    judges.push({ id, cookie: await login(ctx.app, `giamkhao${i}@example.vn`, 'mat-khau-du-dai') });
  }
}, 120_000);
afterEach(() => ctx.close());

/** After the deadline: one round, both judges, every entry read once and scored (first author best). */
async function judgeRound() {
  clock = new Date(clock.getTime() + 11 * DAY);
  const round = await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 1, opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
  });
  expect(round.statusCode).toBe(201);
  const roundId: number = round.json().id;
  expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) })).statusCode).toBe(200);
  expect((await api(organizer, 'POST', `/api/rounds/${roundId}/assignments`, { seed: 7 })).statusCode).toBe(200);
  const criteria = (await contest()).criteria as { id: number }[];
  const points = new Map(authors.map((a, i) => [a.code, 9 - i]));
  for (const judge of judges) {
    for (const assignment of await judgeAssignments(ctx.app, judge.cookie)) {
      const value = points.get(assignment.code) ?? 5;
      const scored = await api(judge.cookie, 'PUT', `/api/judging/assignments/${assignment.id}/score`, {
        scores: Object.fromEntries(criteria.map((c) => [c.id, value])), submit: true,
      });
      expect(scored.statusCode).toBe(200);
    }
  }
  clock = new Date(clock.getTime() + 8 * DAY);
  return roundId;
}

/** The organizer decides the ranking's proposal: three prizes for the first three authors. */
async function decideProposal() {
  const proposed = (await api(organizer, 'GET', `/api/contests/${contestId}/awards`)).json().proposed as { code: string; tierId: number }[];
  expect(proposed.map((p) => p.code)).toEqual(authors.slice(0, 3).map((a) => a.code));
  const decided = await api(organizer, 'PUT', `/api/contests/${contestId}/awards`, {
    awards: proposed.map((p) => ({ entryCode: p.code, tierId: p.tierId })),
  });
  expect(decided.statusCode).toBe(200);
}

/** Every file of an EPUB, inflated, as one text. */
function epubText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'gs-book-'));
  try {
    writeFileSync(join(dir, 'book.epub'), bytes);
    return spawnSync('unzip', ['-p', join(dir, 'book.epub')], { encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const finalize = () => api(organizer, 'POST', `/api/contests/${contestId}/awards/finalize`);

describe('once the awards are final', () => {
  it('refuses every write that decides results, with a clear message, and leaves results as they were', SLOW, async () => {
    const roundId = await judgeRound();
    await decideProposal();
    expect((await finalize()).statusCode).toBe(200);
    const before = (await api(organizer, 'GET', `/api/rounds/${roundId}/results?method=corrected`)).json();
    const current = await contest();
    const [judgeA] = judges;
    const assignment = (await judgeAssignments(ctx.app, judgeA!.cookie))[0]!;
    const rubric = current.criteria.map(({ name, description, weight, min, max }: Record<string, unknown>) => ({ name, description, weight, min, max }));
    const tiers = current.prizeTiers.map(({ name, count }: Record<string, unknown>) => ({ name, count }));
    const later = (days: number) => new Date(clock.getTime() + days * DAY).toISOString();

    const refused: [string, () => Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>][] = [
      ['reweight the rubric', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [{ ...rubric[0], weight: 0.9 }, rubric[1]] })],
      ['rescale a criterion', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [{ ...rubric[0], max: 20 }, rubric[1]] })],
      ['drop a criterion', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [rubric[0]] })],
      ['add a criterion', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [...rubric, { name: 'Sáng tạo', weight: 0.1, max: 10 }] })],
      ['change a prize tier', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { prizeTiers: [tiers[0], { ...tiers[1], count: 5 }] })],
      ['reopen submissions', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { status: 'open', submissionClosesAt: later(30) })],
      ['change the word limits', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { minWords: 1 })],
      ['change the disagreement threshold', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { disagreementThreshold: 0.5 })],
      ['change the adjudication rule', () => api(organizer, 'PATCH', `/api/contests/${contestId}`, { adjudicationMethod: 'mean-of-three' })],
      ['start a round', () => api(organizer, 'POST', `/api/contests/${contestId}/rounds`, { name: 'Vòng thêm', opensAt: later(-1), closesAt: later(1) })],
      ['reopen the round', () => api(organizer, 'PATCH', `/api/rounds/${roundId}`, { closesAt: later(1) })],
      ['change its readers', () => api(organizer, 'PATCH', `/api/rounds/${roundId}`, { readersPerEntry: 2 })],
      ['change the panel', () => api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: [{ userId: judgeA!.id }] })],
      ['assign again', () => api(organizer, 'POST', `/api/rounds/${roundId}/assignments`, { seed: 8 })],
      ['shortlist a final round', () => api(organizer, 'POST', `/api/rounds/${roundId}/shortlist`, { topN: 2, name: 'Chung khảo', opensAt: later(-1), closesAt: later(1) })],
      ['score', () => api(judgeA!.cookie, 'PUT', `/api/judging/assignments/${assignment.id}/score`, { scores: {}, submit: false })],
      ['recuse', () => api(judgeA!.cookie, 'POST', `/api/judging/assignments/${assignment.id}/recuse`, { reason: 'Tôi biết tác giả' })],
      ['decide a tie', () => api(organizer, 'POST', `/api/rounds/${roundId}/tie-decisions`, { codes: [authors[1]!.code, authors[2]!.code], reason: 'Hội đồng chọn' })],
      ['disqualify a winner', () => api(organizer, 'POST', `/api/entries/${authors[0]!.entryId}/disqualify`, { reason: 'Đạo văn' })],
      ['reinstate', () => api(organizer, 'POST', `/api/entries/${authors[3]!.entryId}/reinstate`, { reason: '' })],
      ['decide the awards again', () => api(organizer, 'PUT', `/api/contests/${contestId}/awards`, { awards: [] })],
      ['finalize again', () => finalize()],
    ];
    for (const [what, send] of refused) {
      const response = await send();
      expect({ what, status: response.statusCode, code: response.json().error?.code }).toEqual({ what, status: 409, code: 'awards_final' });
    }
    const english = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [rubric[0]] }, 'en');
    expect(english.json().error.message).toMatch(/awards are final.*revoke/i);
    expect((await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [rubric[0]] })).json().error.message)
      .toMatch(/đã được chốt.*thu hồi/);

    // Presentation still changes; fields sent unchanged (the form sends them all) pass.
    const edited = await api(organizer, 'PATCH', `/api/contests/${contestId}`, {
      title: 'Gương sáng 2026 (kết quả)', description: 'Đã trao giải.', criteria: rubric, prizeTiers: tiers,
      status: current.status, minWords: current.minWords, submissionClosesAt: current.submissionClosesAt,
    });
    expect(edited.statusCode).toBe(200);
    expect((await api(organizer, 'PATCH', `/api/rounds/${roundId}`, { name: 'Vòng sơ khảo (đã chấm)' })).statusCode).toBe(200);
    // A dry run writes nothing and may still be looked at.
    expect((await api(organizer, 'POST', `/api/rounds/${roundId}/assignments`, { seed: 8, dryRun: true })).statusCode).toBe(200);

    expect((await api(organizer, 'GET', `/api/rounds/${roundId}/results?method=corrected`)).json()).toEqual(before);
    expect((await contest()).criteria).toEqual(current.criteria);
    expect((await contest()).prizeTiers).toEqual(current.prizeTiers);
    expect((await api(organizer, 'GET', `/api/contests/${contestId}/rounds`)).json()).toHaveLength(1);
    expect((await api(organizer, 'GET', `/api/entries/${authors[0]!.entryId}`)).json().status).toBe('submitted');
  });

  it('changes a result only by revoking one award with its reason: audited, story taken down, prize left vacant', SLOW, async () => {
    await judgeRound();
    await decideProposal();
    const early = await api(organizer, 'POST', `/api/contests/${contestId}/awards/revoke`, { entryCode: authors[0]!.code, reason: 'Đạo văn' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('awards_not_final_to_revoke');
    expect((await finalize()).statusCode).toBe(200);

    const [nhung] = authors;
    const publication = (await api(nhung!.cookie, 'GET', `/api/entries/${nhung!.entryId}/publication`)).json();
    const p = publication.public;
    const approved = await api(nhung!.cookie, 'PUT', `/api/entries/${nhung!.entryId}/publication`, {
      title: p.title, body: p.body, usesPenName: false, showUnit: true, photoIds: [], approve: true,
    });
    expect(approved.statusCode).toBe(200);
    const reviewed = approved.json().authorApprovedAt;
    expect((await api(organizer, 'PUT', `/api/entries/${nhung!.entryId}/publication/approval`, { approved: true, reviewed })).statusCode).toBe(200);
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/publish`, {})).statusCode).toBe(200);
    const storyUrl = `/api/public/contests/${contestSlug}/stories/${p.slug}`;
    const phraseSearch = `/api/public/search?q=${encodeURIComponent('ngọn đuốc soi đường')}`;
    expect((await visitor(storyUrl)).statusCode).toBe(200);
    expect((await visitor(phraseSearch)).json().total).toBe(1);
    const book = `/api/public/contests/${contestSlug}/anthology.epub`;
    expect(epubText((await visitor(book)).rawPayload)).toContain('Người giữ lửa ở khu phố');
    expect((await api(nhung!.cookie, 'GET', `/api/entries/${nhung!.entryId}/certificate.pdf`)).statusCode).toBe(200);

    // Only the organizer, only with a reason, only a standing award of this contest.
    const revoke = (cookie: string, entryCode: string, reason: string) =>
      api(cookie, 'POST', `/api/contests/${contestId}/awards/revoke`, { entryCode, reason });
    expect((await revoke(nhung!.cookie, nhung!.code, 'Tự thu hồi')).statusCode).toBe(403);
    expect((await revoke(organizer, nhung!.code, '   ')).statusCode).toBe(400);
    const notWinner = await revoke(organizer, authors[3]!.code, 'Đạo văn');
    expect(notWinner.statusCode).toBe(404);
    expect(notWinner.json().error.code).toBe('award_not_found');

    const revoked = await revoke(organizer, nhung!.code.toLowerCase(), '  Phát hiện đạo văn sau lễ trao giải  ');
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revoked).toMatchObject({
      code: nhung!.code, title: 'Người giữ lửa ở khu phố', tierName: 'Giải Nhất', reason: 'Phát hiện đạo văn sau lễ trao giải', storyTakenDown: true,
    });
    const awards = revoked.json().awards;
    expect(awards.decided.map((a: { code: string }) => a.code)).toEqual([authors[1]!.code, authors[2]!.code]);
    expect(awards.revoked).toEqual([expect.objectContaining({
      code: nhung!.code, tierName: 'Giải Nhất', authorName: nhung!.name, revokedBy: expect.any(String),
      revocationReason: 'Phát hiện đạo văn sau lễ trao giải',
    })]);
    // The prize stays vacant: nobody is promoted into Giải Nhất, the entry that did not win still did not.
    expect(awards.decided.some((a: { tierName: string }) => a.tierName === 'Giải Nhất')).toBe(false);
    expect(awards.decided.map((a: { code: string }) => a.code)).not.toContain(authors[3]!.code);
    expect((await revoke(organizer, nhung!.code, 'Lần nữa')).json().error.code).toBe('award_not_found');

    // Taken down everywhere the public looks: page, showcase, search, feed and sitemap list, book.
    expect((await visitor(storyUrl)).statusCode).toBe(404);
    expect((await visitor(phraseSearch)).json().total).toBe(0);
    const showcase = await visitor(`/api/public/contests/${contestSlug}`);
    expect(showcase.body).not.toContain(nhung!.code);
    expect(showcase.json().tiers.map((t: { name: string }) => t.name)).toEqual(['Giải Nhì']);
    expect((await visitor(`/api/public/stories?contest=${contestSlug}`)).json()).toEqual([]);
    expect(epubText((await visitor(book)).rawPayload)).not.toContain('Người giữ lửa ở khu phố');
    // Nor does the author keep a prize, a certificate or a public version to edit.
    const mine = (await api(nhung!.cookie, 'GET', '/api/entries/mine')).json();
    expect(mine.find((e: { id: number }) => e.id === nhung!.entryId).award).toBeNull();
    expect((await api(nhung!.cookie, 'GET', `/api/entries/${nhung!.entryId}/certificate.pdf`)).statusCode).toBe(404);
    expect((await api(nhung!.cookie, 'GET', `/api/entries/${nhung!.entryId}/publication`)).statusCode).toBe(404);

    const [audit] = listAudit(ctx.db, { subjectType: 'contest', subjectId: String(contestId), limit: 1 });
    expect(audit).toMatchObject({
      action: 'award.revoked',
      details: { code: nhung!.code, tierName: 'Giải Nhất', reason: 'Phát hiện đạo văn sau lễ trao giải', storyTakenDown: true },
    });
    expect(audit!.actorId).toEqual(expect.any(String));
    expect(audit!.actorId).not.toBe(authors[0]!.id);
  });

  it('never finalizes an award to an entry disqualified after the decision', SLOW, async () => {
    await judgeRound();
    await decideProposal();
    expect((await api(organizer, 'POST', `/api/entries/${authors[1]!.entryId}/disqualify`, { reason: 'Đạo văn' })).statusCode).toBe(200);
    const refused = await finalize();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'award_entry_not_submitted', message: expect.stringContaining(authors[1]!.code) });
    expect((await api(organizer, 'GET', `/api/contests/${contestId}/awards`)).json().finalizedAt).toBeNull();
  });
});

describe('criteria and prize tiers in use', () => {
  it('refuses (409, in the user\'s language) to drop a scored criterion or an awarded tier, and changes nothing', SLOW, async () => {
    await judgeRound();
    const rubric = (await contest()).criteria.map(({ name, weight, max }: Record<string, unknown>) => ({ name, weight, max }));
    const added = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [...rubric, { name: 'Sáng tạo', weight: 0.1, max: 10 }] });
    expect(added.statusCode).toBe(200);
    const before = await contest();

    // Sáng tạo was added after the scores: nobody scored it, so it may go.
    const dropped = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: rubric.slice(0, 2) });
    expect(dropped.statusCode).toBe(200);
    const scored = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { title: 'Tên mới', criteria: rubric.slice(0, 1) });
    expect(scored.statusCode).toBe(409);
    expect(scored.json().error).toMatchObject({ code: 'criterion_scored', message: 'Tiêu chí «Hình thức» đã có điểm chấm nên không thể xóa.' });
    const english = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [] }, 'en');
    expect(english.json().error.message).toBe('The criterion «Nội dung» has already been scored and cannot be removed.');
    expect((await contest()).criteria).toEqual(before.criteria.slice(0, 2));
    expect((await contest()).title).toBe(before.title);

    await decideProposal();
    const tiers = before.prizeTiers.map(({ name, count }: Record<string, unknown>) => ({ name, count }));
    const removed = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { prizeTiers: tiers.slice(0, 1) });
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error).toMatchObject({ code: 'prize_tier_awarded', message: expect.stringContaining('«Giải Nhì»') });
    const cut = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { prizeTiers: [tiers[0], { ...tiers[1], count: 1 }] }, 'en');
    expect(cut.statusCode).toBe(409);
    expect(cut.json().error.message).toBe('The «Giải Nhì» tier has been awarded to 2 entries: it cannot be removed or cut below 2.');
    expect((await contest()).prizeTiers).toEqual(before.prizeTiers);
    // A tier with room to spare may still be renamed or enlarged.
    const renamed = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { prizeTiers: [tiers[0], { name: 'Giải Nhì (B)', count: 3 }, { name: 'Khuyến khích', count: 5 }] });
    expect(renamed.statusCode).toBe(200);
  });
});

describe('a scored criterion\'s scale', () => {
  it('cannot shrink under a score already given (results would no longer add up); it may widen', SLOW, async () => {
    const roundId = await judgeRound();
    const rubric = (await contest()).criteria.map(({ name, weight, min, max }: Record<string, unknown>) => ({ name, weight, min, max }));
    // Scores from 9 down were given on a 0–10 scale.
    const narrowed = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [{ ...rubric[0], max: 8 }, rubric[1]] });
    expect(narrowed.statusCode).toBe(409);
    expect(narrowed.json().error).toMatchObject({ code: 'criterion_scale_scored', message: expect.stringContaining('«Nội dung»') });
    const raised = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [rubric[0], { ...rubric[1], min: 9 }] }, 'en');
    expect(raised.json().error.message).toContain('«Hình thức»');
    expect((await contest()).criteria.map((c: { max: number }) => c.max)).toEqual([10, 10]);
    expect((await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).statusCode).toBe(200);

    const widened = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [{ ...rubric[0], max: 20 }, rubric[1]] });
    expect(widened.statusCode).toBe(200);
    expect((await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).statusCode).toBe(200);
  });
});

describe('a judge never enters a contest they judge', () => {
  it('refuses an entry from anyone on (or once on) a panel of the contest, and a panel with anyone who has an entry', SLOW, async () => {
    const round = await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng sơ khảo', opensAt: new Date(clock.getTime() + 11 * DAY).toISOString(), closesAt: new Date(clock.getTime() + 18 * DAY).toISOString(),
    });
    const roundId = round.json().id;
    const [sitting, leaving] = judges;
    expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) })).statusCode).toBe(200);
    expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: [{ userId: sitting!.id }] })).statusCode).toBe(200);

    for (const judge of [sitting!, leaving!]) {
      const entry = await api(judge.cookie, 'POST', `/api/contests/${contestId}/entries`, { title: 'Bài của giám khảo', body: body('x') });
      expect(entry.statusCode).toBe(409);
      expect(entry.json().error).toMatchObject({ code: 'judge_cannot_enter', message: 'Bạn đang (hoặc đã) là giám khảo của cuộc thi này nên không thể dự thi.' });
    }
    expect((await api(sitting!.cookie, 'GET', '/api/entries/mine')).json()).toEqual([]);
    // Another contest is fine.
    const other = await createOpenContest(ctx.app, organizer, clock);
    expect((await api(sitting!.cookie, 'POST', `/api/contests/${other.id}/entries`, { title: 'Bài ở cuộc thi khác' })).statusCode).toBe(201);

    // The other side: a judge who started a draft (not even submitted) cannot join the panel.
    const cookie = await register(ctx.app, { email: 'giamkhao-nhap@example.vn', fullName: 'Giám khảo có bài nháp', unitId: units[2] ?? 0 });
    const id = (await api(cookie, 'GET', '/api/me')).json().id;
    expect((await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: 'Bản nháp' })).statusCode).toBe(201);
    await api(organizer, 'PUT', `/api/users/${id}/roles`, { roles: ['entrant', 'judge'] });
    const panel = await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: [{ userId: sitting!.id }, { userId: id }] });
    expect(panel.statusCode).toBe(400);
    expect(panel.json().error.code).toBe('judge_is_entrant');
    const members = (await api(organizer, 'GET', `/api/rounds/${roundId}`)).json();
    expect(JSON.stringify(members)).not.toContain(id);
  });
});

describe('results, reliability and exports are kept until a write changes them (issue 13)', () => {
  it('show a changed score, a disqualification and a reweighted rubric at once', SLOW, async () => {
    const roundId = await judgeRound();
    clock = new Date(clock.getTime() - 8 * DAY); // back inside the round: judges may still revise
    type Row = { code: string; rank: number; raw: number };
    const results = async () => (await api(organizer, 'GET', `/api/rounds/${roundId}/results?method=mean`)).json() as { entries: Row[] };
    const reliability = async () => (await api(organizer, 'GET', `/api/rounds/${roundId}/reliability`)).json() as {
      design: { entries: number }; judges: { mean: number }[];
    };
    const exported = async () => (await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=results&format=csv&method=mean`)).body;
    const row = (rows: Row[], code: string) => rows.find((r) => r.code === code);
    const weights = async () => ((await contest()).criteria as { weight: number }[]).reduce((sum, c) => sum + c.weight, 0);
    // Read each twice, so the second answer comes from the cache.
    for (const read of [results, reliability, exported]) expect(await read()).toEqual(await read());
    const before = { results: await results(), reliability: await reliability() };
    const last = authors[3]!;
    expect(row(before.results.entries, last.code)).toMatchObject({ rank: 4, raw: expect.closeTo(6 * (await weights()), 9) });

    // A judge revises the last entry's sheet to the top of the scale.
    const criteria = (await contest()).criteria as { id: number }[];
    let revised = false;
    for (const judge of judges) {
      for (const assignment of await judgeAssignments(ctx.app, judge.cookie)) {
        if (assignment.code !== last.code) continue;
        const scored = await api(judge.cookie, 'PUT', `/api/judging/assignments/${assignment.id}/score`, {
          scores: Object.fromEntries(criteria.map((c) => [c.id, 10])), submit: true,
        });
        expect(scored.statusCode).toBe(200);
        revised = true;
      }
    }
    expect(revised).toBe(true);
    const afterScore = await results();
    expect(row(afterScore.entries, last.code)).toMatchObject({ rank: 1, raw: expect.closeTo(10 * (await weights()), 9) });
    expect((await reliability()).judges).not.toEqual(before.reliability.judges);
    expect((await exported()).split('\r\n')[1]).toContain(last.code);

    // The organizer disqualifies it: its reading counts for nothing.
    expect((await api(organizer, 'POST', `/api/entries/${last.entryId}/disqualify`, { reason: 'Không phải câu chuyện có thật.' })).statusCode).toBe(200);
    expect(row((await results()).entries, last.code)).toBeUndefined();
    expect((await reliability()).design.entries).toBe(before.reliability.design.entries - 1);
    expect(await exported()).not.toContain(last.code);

    // The organizer reweights the rubric: every total follows.
    const rubric = (await contest()).criteria.map(({ name, description, weight, min, max }: Record<string, unknown>) => ({ name, description, weight, min, max }));
    const reweighted = await api(organizer, 'PATCH', `/api/contests/${contestId}`, { criteria: [{ ...rubric[0], weight: 0.9 }, ...rubric.slice(1)] });
    expect(reweighted.statusCode).toBe(200);
    const first = authors[0]!;
    const afterRule = await results();
    expect(row(afterRule.entries, first.code)?.raw).toBeCloseTo(9 * (await weights()), 9);
    expect(row(afterRule.entries, first.code)?.raw).not.toBeCloseTo(row(before.results.entries, first.code)!.raw, 6);
    expect((await reliability()).judges).not.toEqual(before.reliability.judges);
    expect(await exported()).toContain(String(Math.round(9 * (await weights()) * 100) / 100));
  });
});
