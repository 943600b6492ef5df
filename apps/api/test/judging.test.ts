import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRound, listAudit, listJudgesWithUnfinishedSheets, setUserName } from '@guong-sang/db';
import { reliabilityReportOfTable } from '@guong-sang/scoring';
import { roundScoreData } from '../src/judging/round-sheets.ts';
import {
  createOpenContest, createUnit, DAY, FIXTURES, judgeAssignments, login, makeApp, multipart, ORGANIZER, organizerEnv, register,
  type JudgeAssignment, type TestContext,
} from './helpers.ts';

let ctx: TestContext;
let clock: Date;
let organizer: string;
let contestId: number;
let roundId: number;
const judges: { id: string; cookie: string; unit: string }[] = [];
const authors: { name: string; email: string; unit: string; id: string }[] = [];
const UNITS = ['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp', 'Đảng bộ Công an phường Bến Nghé'];
const essay = readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8');
const body = `<p>${essay.replace(/\n\s*\n/g, '</p><p>')}</p>`;

const api = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  judges.length = 0;
  authors.length = 0;
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitIds = [];
  for (const name of UNITS) unitIds.push(await createUnit(ctx.app, organizer, name));
  contestId = (await createOpenContest(ctx.app, organizer, clock, { categories: [] })).id;

  const names = ['Nguyễn Thị Hồng Nhung', 'Đỗ Quang Huy', 'Trần Văn Bảy', 'Lê Thị Mai', 'Phạm Văn Tâm', 'Võ Thị Lan'];
  for (const [i, name] of names.entries()) {
    const email = `tacgia${i}@example.vn`;
    const cookie = await register(ctx.app, { email, fullName: name, unitId: unitIds[i % 3] ?? 0 });
    const me = (await api(cookie, 'GET', '/api/me')).json();
    authors.push({ name, email, unit: UNITS[i % 3] ?? '', id: me.id });
    const entry = (await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: `Bài ${i}`, body })).json();
    if (i === 0) {
      const form = multipart({ name: 'Nguyen-Thi-Hong-Nhung-bai-du-thi.docx', bytes: readFileSync(join(FIXTURES, 'essays/essay-01.docx')) });
      await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie, ...form.headers }, payload: form.payload });
      const photo = multipart({ name: 'anh-Hong-Nhung.jpg', bytes: readFileSync(join(FIXTURES, 'essays/photo-01.jpg')) });
      await ctx.app.inject({ method: 'POST', url: `/api/entries/${entry.id}/attachments`, headers: { cookie, ...photo.headers }, payload: photo.payload });
    }
    expect((await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).statusCode).toBe(200);
  }
  for (let i = 0; i < 4; i++) {
    const cookie = await register(ctx.app, { email: `giamkhao${i}@example.vn`, fullName: `Giám khảo ${i}`, unitId: unitIds[i % 3] ?? 0 });
    const me = (await api(cookie, 'GET', '/api/me')).json();
    await api(organizer, 'PUT', `/api/users/${me.id}/roles`, { roles: ['judge'] });
    judges.push({ id: me.id, cookie: await login(ctx.app, `giamkhao${i}@example.vn`, 'mat-khau-du-dai'), unit: UNITS[i % 3] ?? '' });
  }
  clock = new Date(clock.getTime() + 11 * DAY);
  const round = await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 2, opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
  });
  roundId = round.json().id;
  expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) })).statusCode).toBe(200);
});
afterEach(() => ctx.close());

async function assign(seed = 7) {
  const response = await api(organizer, 'POST', `/api/rounds/${roundId}/assignments`, { seed });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const assignmentsOf = (judge: { cookie: string }) => judgeAssignments(ctx.app, judge.cookie);

describe('assignment', () => {
  it('previews without writing, then commits every entry to exactly two judges of other units', async () => {
    const preview = (await api(organizer, 'POST', `/api/rounds/${roundId}/assignments`, { seed: 7, dryRun: true })).json();
    expect(preview).toMatchObject({ ok: true, committed: false, added: 12, entries: 6, unassignable: [] });
    expect(preview.conflictsAvoided.sameUnit).toBeGreaterThan(0);
    expect((await assignmentsOf(judges[0]!))).toEqual([]);

    const committed = await assign(7);
    expect(committed).toMatchObject({ ok: true, committed: true, added: 12 });
    const loads = committed.loads.map((l: { load: number }) => l.load);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const byCode = new Map<string, string[]>();
    for (const judge of judges) {
      for (const a of await assignmentsOf(judge)) byCode.set(a.code, [...(byCode.get(a.code) ?? []), judge.unit]);
    }
    expect(byCode.size).toBe(6);
    for (const units of byCode.values()) expect(units).toHaveLength(2);
    // Running it again adds nothing: the round is covered.
    expect((await assign(8)).added).toBe(0);
  });

  it('refuses panels with people who are not judges or who entered the contest', async () => {
    const notJudge = await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: [{ userId: authors[0]!.id }] });
    expect(notJudge.statusCode).toBe(400);
    await api(organizer, 'PUT', `/api/users/${authors[1]!.id}/roles`, { roles: ['entrant', 'judge'] });
    const entrant = await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: [{ userId: authors[1]!.id }] });
    expect(entrant.json().error.code).toBe('judge_is_entrant');
  });
});

describe('judging', () => {
  it('a judge scores (draft, then submit) and cannot score after the round closes', async () => {
    await assign();
    const first = (await assignmentsOf(judges[0]!))[0]!;
    // The judge's dashboard groups by contest and round: the list names the contest, nothing of the author.
    expect(first.round).toMatchObject({ contestTitle: 'Gương sáng làm theo lời Bác năm 2026', kind: 'preliminary' });
    const detail = (await api(judges[0]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json();
    expect(detail.rubric.map((c: { name: string }) => c.name)).toEqual(['Nội dung', 'Hình thức']);
    const [content, form] = detail.rubric;
    const draft = await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores: { [content.id]: 8 }, submit: false });
    expect(draft.json().score).toMatchObject({ status: 'draft', values: { [content.id]: 8 } });
    const incomplete = await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores: { [content.id]: 8 }, submit: true });
    expect(incomplete.json().error.message).toMatch(/còn thiếu: Hình thức/);
    const submitted = await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores: { [content.id]: 8, [form.id]: 7.5 }, comment: 'Chân thực, cảm động.', submit: true });
    expect(submitted.json().score).toMatchObject({ status: 'submitted', comment: 'Chân thực, cảm động.' });
    expect((await assignmentsOf(judges[0]!)).find((a: { id: number }) => a.id === first.id)!.status).toBe('submitted');

    clock = new Date(clock.getTime() + 7 * DAY + 1000);
    const late = await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores: { [content.id]: 10, [form.id]: 10 }, submit: true });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('round_closed');
    expect((await api(judges[0]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json().score.values[content.id]).toBe(8);
  });

  it.each([
    ['above the scale', 11],
    ['below the scale', -1],
    ['infinite (1e309)', '1e309'],
  ])('refuses a score %s', async (_, value) => {
    await assign();
    const first = (await assignmentsOf(judges[0]!))[0]!;
    const detail = (await api(judges[0]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json();
    const payload = `{"scores": {"${detail.rubric[0].id}": ${value}}, "submit": false}`;
    const response = await ctx.app.inject({ method: 'PUT', url: `/api/judging/assignments/${first.id}/score`, headers: { cookie: judges[0]!.cookie, 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a score off the half-point step, saying so, and keeps the sheet as it was', async () => {
    await assign();
    const first = (await assignmentsOf(judges[0]!))[0]!;
    const [content] = (await api(judges[0]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json().rubric;
    expect((await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores: { [content.id]: 7.5 }, submit: false })).statusCode).toBe(200);
    for (const value of [7.25, 8.1, 0.001]) {
      const response = await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores: { [content.id]: value }, submit: false });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'score_off_step', message: 'Điểm tiêu chí «Nội dung» chấm theo từng nửa điểm, ví dụ 7 hoặc 7,5.' });
    }
    expect((await api(judges[0]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json().score.values[content.id]).toBe(7.5);
  });

  it('refuses a criterion of another rubric and prototype keys', async () => {
    await assign();
    const first = (await assignmentsOf(judges[0]!))[0]!;
    for (const payload of ['{"scores": {"99999": 5}, "submit": false}', '{"scores": {"__proto__": 5}, "submit": false}']) {
      const response = await ctx.app.inject({ method: 'PUT', url: `/api/judging/assignments/${first.id}/score`, headers: { cookie: judges[0]!.cookie, 'content-type': 'application/json' }, payload });
      expect(response.statusCode).toBe(400);
    }
  });

  it('a judge asking for an entry not assigned to them gets 404', async () => {
    await assign();
    const mine = new Set((await assignmentsOf(judges[0]!)).map((a: { id: number }) => a.id));
    const others = (await assignmentsOf(judges[1]!)).filter((a: { id: number }) => !mine.has(a.id));
    expect(others.length).toBeGreaterThan(0);
    for (const url of [`/api/judging/assignments/${others[0]!.id}`, `/api/judging/assignments/${others[0]!.id}/attachments/1`]) {
      expect((await api(judges[0]!.cookie, 'GET', url)).statusCode).toBe(404);
    }
    expect((await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${others[0]!.id}/score`, { scores: {}, submit: false })).statusCode).toBe(404);
    // Entrants and organizers have no judging assignments of their own either.
    expect((await api(organizer, 'GET', `/api/judging/assignments/${others[0]!.id}`)).statusCode).toBe(404);
  });

  it('recusal hands the entry to another eligible judge at once', async () => {
    await assign();
    const first = (await assignmentsOf(judges[0]!))[0]!;
    const readersBefore = await Promise.all(judges.map(async (j) => (await assignmentsOf(j)).some((a: { code: string }) => a.code === first.code)));
    const rows = () => ctx.db.$client.prepare('select id, entry_id, judge_id, status, origin from assignments where round_id = ? order by id').all(roundId) as
      { id: number; entry_id: number; judge_id: string; status: string }[];
    const rowsBefore = rows();
    const response = await api(judges[0]!.cookie, 'POST', `/api/judging/assignments/${first.id}/recuse`, { reason: 'Tôi nhận ra tác giả' });
    expect(response.json()).toEqual({ reassigned: true });
    // Only this entry was topped up (issue 13): every other assignment is exactly as it was.
    const rowsAfter = rows();
    const recused = rowsBefore.find((r) => r.id === first.id)!;
    expect(rowsAfter.filter((r) => r.entry_id !== recused.entry_id)).toEqual(rowsBefore.filter((r) => r.entry_id !== recused.entry_id));
    expect(rowsAfter.length).toBe(rowsBefore.length + 1);
    expect(rowsAfter.find((r) => r.id === first.id)?.status).toBe('recused');
    const readersAfter = await Promise.all(judges.map(async (j) => (await assignmentsOf(j)).some((a: { code: string }) => a.code === first.code)));
    expect(readersAfter[0]).toBe(false);
    expect(readersAfter.filter(Boolean)).toHaveLength(2);
    expect(readersAfter.findIndex((r, i) => r && !readersBefore[i])).toBeGreaterThan(0);
    expect((await api(judges[0]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).statusCode).toBe(404);
    // The round still shows the organizer's seed, so their assignment can be reproduced.
    expect((await api(organizer, 'GET', `/api/rounds/${roundId}`)).json().assignmentSeed).toBe(7);
  });
});

describe('an entry that leaves the contest during judging', () => {
  it('leaves every judge\'s list, counts and reminders, says why when opened, and comes back with its draft when reinstated', async () => {
    await assign();
    const judge = judges[0]!;
    const [gone, other] = await assignmentsOf(judge);
    const [content] = (await api(judge.cookie, 'GET', `/api/judging/assignments/${gone!.id}`)).json().rubric;
    expect((await api(judge.cookie, 'PUT', `/api/judging/assignments/${gone!.id}/score`, { scores: { [content.id]: 6 }, submit: false })).statusCode).toBe(200);
    const dashboard = async () => (await api(judge.cookie, 'GET', '/api/judging/assignments?pageSize=200')).json();
    const before = await dashboard();
    const progress = async () => {
      const [round] = (await api(organizer, 'GET', `/api/contests/${contestId}/dashboard`)).json().rounds;
      return { assigned: round.assigned, judge: round.judges.find((j: { id: string }) => j.id === judge.id).assigned };
    };
    const progressBefore = await progress();
    const reminded = () => listJudgesWithUnfinishedSheets(ctx.db, roundId).find((row) => row.judgeId === judge.id)?.unfinished ?? 0;
    const remindedBefore = reminded();
    const { id: entryId } = ctx.db.$client.prepare('select id from entries where code = ?').get(gone!.code) as { id: number };
    const readers = new Set((ctx.db.$client.prepare("select judge_id from assignments where entry_id = ? and status = 'active'").all(entryId) as { judge_id: string }[]).map((row) => row.judge_id));

    const disqualified = await api(organizer, 'POST', `/api/entries/${entryId}/disqualify`, { reason: 'Đạo văn' });
    expect(disqualified.statusCode).toBe(200);
    const after = await dashboard();
    expect(after.counts).toEqual({ all: before.counts.all - 1, unscored: before.counts.unscored - 1 });
    expect(after.total).toBe(before.total - 1);
    expect((await assignmentsOf(judge)).map((a) => a.id)).not.toContain(gone!.id);
    expect(reminded()).toBe(remindedBefore - 1);
    // The organizer's progress leaves it out too: a round can reach every reading it still needs.
    expect(await progress()).toEqual({ assigned: progressBefore.assigned - readers.size, judge: progressBefore.judge - 1 });
    for (const [method, url, payload] of [
      ['GET', `/api/judging/assignments/${gone!.id}`, undefined],
      ['GET', `/api/judging/assignments/${gone!.id}/next`, undefined],
      ['PUT', `/api/judging/assignments/${gone!.id}/score`, { scores: { [content.id]: 9 }, submit: false }],
      ['POST', `/api/judging/assignments/${gone!.id}/recuse`, { reason: '' }],
    ] as const) {
      const response = await api(judge.cookie, method, url, payload);
      expect(response.statusCode).toBe(410);
      expect(response.json().error).toEqual({ code: 'entry_left_contest', message: 'Bài này đã rút hoặc bị loại khỏi cuộc thi nên không cần chấm nữa.' });
    }
    // Another judge still gets 404 for it: whether it left or not is the assigned judge's to know.
    const stranger = judges.find((j) => !readers.has(j.id))!;
    expect((await api(stranger.cookie, 'GET', `/api/judging/assignments/${gone!.id}`)).statusCode).toBe(404);
    // Going on from the next entry never leads back to it.
    for (let from = other!.id, k = 0; k < before.counts.all; k++) {
      const next = (await api(judge.cookie, 'GET', `/api/judging/assignments/${from}/next`)).json().next;
      if (!next) break;
      expect(next.id).not.toBe(gone!.id);
      from = next.id;
    }

    expect((await api(organizer, 'POST', `/api/entries/${entryId}/reinstate`, { reason: '' })).statusCode).toBe(200);
    expect((await dashboard()).counts).toEqual(before.counts);
    expect(reminded()).toBe(remindedBefore);
    expect(await progress()).toEqual(progressBefore);
    const back = await api(judge.cookie, 'GET', `/api/judging/assignments/${gone!.id}`);
    expect(back.statusCode).toBe(200);
    expect(back.json().score).toMatchObject({ status: 'draft', values: { [content.id]: 6 } });
  });

  it('comes back with as many readers as the round asks, when a reader was taken off it while it was out', async () => {
    await assign();
    // The second author's unit has one judge: three judges may read the entry, as the rule keeps units apart.
    const { id: entryId, code } = ctx.db.$client.prepare('select id, code from entries order by id limit 1 offset 1').get() as { id: number; code: string };
    const activeReaders = () => (ctx.db.$client.prepare("select judge_id from assignments where entry_id = ? and status = 'active'")
      .pluck().all(entryId) as string[]);
    const [conflicted] = activeReaders();
    expect((await api(organizer, 'POST', `/api/entries/${entryId}/disqualify`, { reason: 'Đạo văn' })).statusCode).toBe(200);
    // Declared while the entry is out: nobody is handed it then, since nobody should read it, and
    // the audit records no assignment of nobody.
    const commits = () => listAudit(ctx.db, { subjectType: 'round' }).filter((row) => row.action === 'assignment.committed').length;
    const committedBefore = commits();
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: conflicted, entryCode: code })).statusCode).toBe(201);
    expect(activeReaders()).toHaveLength(1);
    expect(commits()).toBe(committedBefore);

    expect((await api(organizer, 'POST', `/api/entries/${entryId}/reinstate`, { reason: '' })).statusCode).toBe(200);
    const readers = activeReaders();
    expect(readers).toHaveLength(2);
    expect(readers).not.toContain(conflicted);
    const handed = ctx.db.$client.prepare("select origin from assignments where entry_id = ? and status = 'active' order by id desc").pluck().get(entryId);
    expect(handed).toBe('reassignment');
    // Reinstated again after another stay out, it is not handed to a third judge: it has its two.
    expect((await api(organizer, 'POST', `/api/entries/${entryId}/disqualify`, { reason: 'Xem lại' })).statusCode).toBe(200);
    expect((await api(organizer, 'POST', `/api/entries/${entryId}/reinstate`, { reason: '' })).statusCode).toBe(200);
    expect(activeReaders().sort()).toEqual([...readers].sort());
  });

  /**
   * The round assigned, every judge capped at the most readings any was given, and a reading to
   * hand on: judge `judgeId` reads `gone` (the entry that is to leave) and may read `handed`, whose
   * other reader `recuse`s from it. `loads` counts each judge's readings on submitted entries.
   */
  async function cappedWithAReadingToHandOn() {
    await assign();
    const loads = () => ctx.db.$client.prepare(`select judge_id as judgeId, count(*) as load from assignments a join entries e on e.id = a.entry_id
      where a.round_id = ? and a.status = 'active' and e.status = 'submitted' group by judge_id`).all(roundId) as { judgeId: string; load: number }[];
    const cap = Math.max(...loads().map((l) => l.load));
    expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: judges.map((j) => ({ userId: j.id, maxLoad: cap })) })).statusCode).toBe(200);
    const readersOf = (entryId: number) => ctx.db.$client.prepare("select judge_id from assignments where entry_id = ? and status = 'active'")
      .pluck().all(entryId) as string[];
    const unitOf = (userId: string) => ctx.db.$client.prepare('select unit_id from users where id = ?').pluck().get(userId);
    const entries = ctx.db.$client.prepare('select id, code, author_id as authorId from entries order by id').all() as { id: number; code: string; authorId: string }[];
    const setting = judges.map((j) => j.id).flatMap((judgeId) => entries.filter((gone) => readersOf(gone.id).includes(judgeId)).flatMap((gone) => entries
      .filter((e) => e.id !== gone.id && !readersOf(e.id).includes(judgeId) && unitOf(e.authorId) !== unitOf(judgeId))
      .map((handed) => ({ judgeId, gone, handed, recusing: readersOf(handed.id).find((r) => r !== judgeId)! }))))[0];
    expect(setting).toBeDefined();
    const { judgeId, gone, handed, recusing } = setting!;
    const recuse = async () => {
      const recuser = judges.find((j) => j.id === recusing)!;
      const assignment = (await assignmentsOf(recuser)).find((a) => a.code === handed.code)!;
      expect((await api(recuser.cookie, 'POST', `/api/judging/assignments/${assignment.id}/recuse`, { reason: 'Tôi biết tác giả' })).statusCode).toBe(200);
    };
    return { loads, cap, readersOf, judgeId, gone, handed, recuse };
  }

  it('withdrawn, is not counted in a judge\'s load: a reading handed on goes to the judge it left room for', async () => {
    const { loads, cap, readersOf, judgeId, gone, handed, recuse } = await cappedWithAReadingToHandOn();
    // Every judge at the cap the assignment filled (two readers × six entries over four judges).
    expect(loads().map((l) => l.load)).toEqual([cap, cap, cap, cap]);
    // Withdrawn for good (withdrawal closes with the deadline, so set here): unlike a disqualified
    // entry, which may be reinstated with its readings, it never comes back.
    ctx.db.$client.prepare("update entries set status = 'withdrawn' where id = ?").run(gone.id);
    await recuse();
    // Every other judge is at the cap; the one whose reading left is not, counted as planning counts.
    expect(readersOf(handed.id)).toContain(judgeId);
    expect(readersOf(handed.id)).toHaveLength(2);
  });

  it('reinstated, puts none of its readers over their cap: a reading on an entry that may come back keeps its place', async () => {
    const { loads, cap, gone, recuse } = await cappedWithAReadingToHandOn();
    expect((await api(organizer, 'POST', `/api/entries/${gone.id}/disqualify`, { reason: 'Đạo văn' })).statusCode).toBe(200);
    await recuse();

    // The disqualification was a mistake: the entry comes back with its readings.
    expect((await api(organizer, 'POST', `/api/entries/${gone.id}/reinstate`, { reason: '' })).statusCode).toBe(200);
    expect(loads().filter((l) => l.load > cap)).toEqual([]);
    for (const j of judges) expect((await assignmentsOf(j)).length).toBeLessThanOrEqual(cap);
  });

  it('reinstated, puts none of its readers over their cap though the organizer ran the assignment again while it was out', async () => {
    const { loads, cap, gone, recuse } = await cappedWithAReadingToHandOn();
    expect((await api(organizer, 'POST', `/api/entries/${gone.id}/disqualify`, { reason: 'Đạo văn' })).statusCode).toBe(200);
    await recuse();

    // The entry handed on waits for a reader: the organizer runs the assignment again to fill it.
    await assign(8);
    // The disqualification was a mistake: the entry comes back with its readings.
    expect((await api(organizer, 'POST', `/api/entries/${gone.id}/reinstate`, { reason: '' })).statusCode).toBe(200);
    expect(loads().filter((l) => l.load > cap)).toEqual([]);
    for (const j of judges) expect((await assignmentsOf(j)).length).toBeLessThanOrEqual(cap);
  });

  it('reinstated, is not handed to anyone in a round by rubric whose assignment was never run, though it was first made comparative', async () => {
    // Made comparative (which records the seed its pairs are drawn from), then by rubric before judging started.
    const later = await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng hai', method: 'comparative', opensAt: new Date(clock.getTime() + DAY).toISOString(), closesAt: new Date(clock.getTime() + 8 * DAY).toISOString(),
    });
    expect(later.statusCode).toBe(201);
    const laterId = later.json().id as number;
    expect((await api(organizer, 'PATCH', `/api/rounds/${laterId}`, { method: 'rubric' })).statusCode).toBe(200);
    expect((await api(organizer, 'PUT', `/api/rounds/${laterId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) })).statusCode).toBe(200);
    const { id: entryId } = ctx.db.$client.prepare('select id from entries order by id limit 1').get() as { id: number };
    const mails = () => Number(ctx.db.$client.prepare("select count(*) from mail_queue where kind = 'assignment'").pluck().get());
    const mailsBefore = mails();
    expect((await api(organizer, 'POST', `/api/entries/${entryId}/disqualify`, { reason: 'Đạo văn' })).statusCode).toBe(200);
    expect((await api(organizer, 'POST', `/api/entries/${entryId}/reinstate`, { reason: '' })).statusCode).toBe(200);
    // The round is read when the organizer runs its assignment: until then nobody is handed anything, nor told so.
    expect(ctx.db.$client.prepare('select count(*) from assignments where round_id = ?').pluck().get(laterId)).toBe(0);
    expect(mails()).toBe(mailsBefore);
    const preview = (await api(organizer, 'GET', `/api/contests/${contestId}/dashboard`)).json();
    expect(preview.rounds.find((r: { id: number }) => r.id === laterId).assigned).toBe(0);
  });

  it('leaves each judge\'s progress on the round page as on the contest dashboard; the round still tells its readings apart', async () => {
    await assign();
    const judge = judges[0]!;
    const [gone] = await assignmentsOf(judge);
    const [content] = (await api(judge.cookie, 'GET', `/api/judging/assignments/${gone!.id}`)).json().rubric;
    expect((await api(judge.cookie, 'PUT', `/api/judging/assignments/${gone!.id}/score`, { scores: { [content.id]: 6 }, submit: false })).statusCode).toBe(200);
    const { id: entryId } = ctx.db.$client.prepare('select id from entries where code = ?').get(gone!.code) as { id: number };
    const readers = Number(ctx.db.$client.prepare("select count(*) from assignments where entry_id = ? and status = 'active'").pluck().get(entryId));
    const onRoundPage = async () => {
      const round = (await api(organizer, 'GET', `/api/rounds/${roundId}`)).json();
      const { assigned, drafts, submitted } = round.judges.find((j: { userId: string }) => j.userId === judge.id);
      return { readings: round.readings, judge: { assigned, drafts, submitted } };
    };
    const onDashboard = async () => {
      const [round] = (await api(organizer, 'GET', `/api/contests/${contestId}/dashboard`)).json().rounds;
      const { assigned, submitted } = round.judges.find((j: { id: string }) => j.id === judge.id);
      return { assigned, submitted };
    };
    const before = await onRoundPage();
    expect(before.judge).toMatchObject({ ...(await onDashboard()), drafts: 1 });

    expect((await api(organizer, 'POST', `/api/entries/${entryId}/disqualify`, { reason: 'Đạo văn' })).statusCode).toBe(200);
    const after = await onRoundPage();
    // The judge's one draft was on the entry that left: their progress leaves it out, as the dashboard's does.
    expect(after.judge).toEqual({ ...(await onDashboard()), drafts: 0 });
    expect(after.judge.assigned).toBe(before.judge.assigned - 1);
    expect(after.readings.outside).toBe(readers);

    expect((await api(organizer, 'POST', `/api/entries/${entryId}/reinstate`, { reason: '' })).statusCode).toBe(200);
    expect(await onRoundPage()).toEqual(before);
  });
});

describe('blindness', () => {
  it('nothing a judge can reach (assignments, attachments, comparison pairs) names an author, their e-mail, unit, id or file names', async () => {
    await assign();
    const forbidden = [
      ...authors.flatMap((a) => [a.name, a.email, a.id]),
      ...UNITS,
      'Nguyen-Thi-Hong-Nhung', 'anh-Hong-Nhung', 'Nguyễn Thị Hồng Nhung', 'Đảng ủy Sở Tư pháp',
    ];
    // A comparative round on the same entries: its pairs and answers are reached too.
    const comparative = (await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng so sánh', method: 'comparative', opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + DAY).toISOString(),
    })).json();
    await api(organizer, 'PUT', `/api/rounds/${comparative.id}/judges`, { judges: judges.map((j) => ({ userId: j.id })) });
    const seen: string[] = [];
    for (const judge of judges) {
      seen.push((await api(judge.cookie, 'GET', '/api/judging/comparisons')).body);
      const pairTask = await api(judge.cookie, 'GET', `/api/judging/comparisons/${comparative.id}`);
      seen.push(pairTask.body);
      const { left, right } = pairTask.json().pair;
      const answer = await api(judge.cookie, 'POST', `/api/judging/comparisons/${comparative.id}`, { left: left.code, right: right.code, winner: left.code });
      expect(answer.statusCode).toBe(200);
      seen.push(answer.body);
      const list = await api(judge.cookie, 'GET', '/api/judging/assignments');
      seen.push(list.body);
      for (const a of list.json().rounds.flatMap((round: { assignments: JudgeAssignment[] }) => round.assignments)) {
        const detail = await api(judge.cookie, 'GET', `/api/judging/assignments/${a.id}`);
        seen.push(detail.body);
        for (const attachment of detail.json().attachments) {
          const file = await api(judge.cookie, 'GET', `/api/judging/assignments/${a.id}/attachments/${attachment.number}`);
          expect(file.statusCode).toBe(200);
          seen.push(JSON.stringify(file.headers), file.rawPayload.toString('latin1'), file.rawPayload.toString('utf8'));
        }
      }
    }
    expect(seen.join('\n')).toContain('GS-');
    for (const text of forbidden) {
      for (const form of [text, text.normalize('NFD')]) expect(seen.join('\n')).not.toContain(form);
    }
  });
});

describe('final round', () => {
  it('shortlists the top entries (and those within error of the cut) for every final judge', async () => {
    await assign();
    // Every judge scores their entries: entry "Bài i" gets content = i + 4 from everyone.
    for (const judge of judges) {
      for (const a of await assignmentsOf(judge)) {
        const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${a.id}`)).json();
        const value = Number(a.title.split(' ')[1]) + 4;
        await api(judge.cookie, 'PUT', `/api/judging/assignments/${a.id}/score`, {
          scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, value])), submit: true,
        });
      }
    }
    const final = await api(organizer, 'POST', `/api/rounds/${roundId}/shortlist`, {
      topN: 2, name: 'Vòng chung khảo', opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
    });
    expect(final.statusCode).toBe(201);
    expect(final.json()).toMatchObject({ kind: 'final', entries: 2 });
    const finalId = final.json().id;
    await api(organizer, 'PUT', `/api/rounds/${finalId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) });
    const committed = (await api(organizer, 'POST', `/api/rounds/${finalId}/assignments`, { seed: 3 })).json();
    expect(committed.ok).toBe(true);
    const titles = new Map<string, number>();
    for (const judge of judges) {
      for (const a of (await assignmentsOf(judge)).filter((x: { round: { kind: string } }) => x.round.kind === 'final')) {
        titles.set(a.title, (titles.get(a.title) ?? 0) + 1);
      }
    }
    // The two best (Bài 5, Bài 4), each read by every final judge not of the author's unit (4 judges, 3 units).
    expect([...titles.keys()].sort()).toEqual(['Bài 4', 'Bài 5']);
    for (const readers of titles.values()) expect(readers).toBeGreaterThanOrEqual(2);
    // The round page's facts add up: the plan is every reading the whole panel may give, all given.
    const assigned = [...titles.values()].reduce((sum, readers) => sum + readers, 0);
    expect((await api(organizer, 'GET', `/api/rounds/${finalId}`)).json().readings).toMatchObject({ planned: assigned, assigned });
  });
});

/** The round's report from packages/scoring, as JSON writes it (undefined statistics as null). */
function expectedReliability() {
  const round = getRound(ctx.db, roundId)!;
  const data = roundScoreData(ctx.db, round);
  const report = reliabilityReportOfTable(data.table, data.rubric, { readersPerEntry: round.readersPerEntry, adjudicated: data.adjudicated });
  return JSON.parse(JSON.stringify(report));
}

describe('results and adjudication', () => {
  it('a round with nothing scored yet has a reliability report, its undefined statistics null', async () => {
    const reliability = await api(organizer, 'GET', `/api/rounds/${roundId}/reliability`);
    expect(reliability.statusCode).toBe(200);
    expect(reliability.json()).toEqual(expectedReliability());
    expect(reliability.json().design).toMatchObject({ sheets: 0, readers: { harmonicMean: null } });
    expect(reliability.json().alpha.total.value).toBeNull();
  });

  it('two readers far apart call a third reader at once; results rank by unrounded score, blind until awards are final', async () => {
    await assign();
    let adjudicatedCode = '';
    for (const [index, judge] of judges.entries()) {
      for (const a of await assignmentsOf(judge)) {
        const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${a.id}`)).json();
        // Judge 0 loves every entry, the others are middling: entries read by judge 0 disagree.
        const value = index === 0 ? 10 : 4;
        await api(judge.cookie, 'PUT', `/api/judging/assignments/${a.id}/score`, {
          scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, value])), submit: true,
        });
        if (index === 0) adjudicatedCode ||= a.code;
      }
    }
    const readers = (code: string) => Promise.all(judges.map(async (j) => (await assignmentsOf(j)).some((a: { code: string }) => a.code === code)));
    expect((await readers(adjudicatedCode)).filter(Boolean)).toHaveLength(3);
    const audit = ctx.db.$client.prepare("select actor_id, details from audit_log where action = 'assignment.committed' and details like '%adjudication%'").all();
    expect(audit.length).toBeGreaterThan(0);
    // The round's facts add up: 6 entries × 2 readers planned, the third readings counted apart.
    const round = (await api(organizer, 'GET', `/api/rounds/${roundId}`)).json();
    const thirdReadings = Number(ctx.db.$client.prepare("select count(*) from assignments where round_id = ? and origin = 'adjudication' and status = 'active'").pluck().get(roundId));
    expect(thirdReadings).toBeGreaterThan(0);
    expect(round.readings).toMatchObject({ planned: 12, assigned: 12, submitted: 12, extra: thirdReadings, outside: 0 });
    expect(round.readings.assigned + round.readings.extra).toBe(round.assignments);

    const results = (await api(organizer, 'GET', `/api/rounds/${roundId}/results?method=corrected`)).json();
    expect(results).toMatchObject({ method: 'corrected', revealed: false });
    expect(results.entries.every((e: { authorName: string | null }) => e.authorName === null)).toBe(true);
    const adjudicated = results.entries.find((e: { code: string }) => e.code === adjudicatedCode);
    expect(adjudicated.adjudicated).toBe(true);
    // Each row lists its readers' totals, by name; judge 0 gave the adjudicated entry the most.
    for (const entry of results.entries) {
      expect(entry.totals).toHaveLength(entry.readers);
      expect(entry.totals.every((t: { judgeName: string }) => /^Giám khảo \d$/.test(t.judgeName))).toBe(true);
    }
    const totals = adjudicated.totals as { judgeName: string; total: number }[];
    expect(totals.reduce((best, t) => (t.total > best.total ? t : best)).judgeName).toBe('Giám khảo 0');
    expect(results.judges.find((j: { judgeName: string }) => j.judgeName === 'Giám khảo 0').severity).toBeGreaterThan(0);
    const reliability = await api(organizer, 'GET', `/api/rounds/${roundId}/reliability`);
    expect(reliability.statusCode).toBe(200);
    // The response schema carries the whole report: nothing dropped, nothing coerced.
    expect(reliability.json()).toEqual(expectedReliability());
    expect(reliability.json().alpha.total.reading.vi).toEqual(expect.any(String));
    // Judges and entrants cannot see results.
    expect((await api(judges[1]!.cookie, 'GET', `/api/rounds/${roundId}/results`)).statusCode).toBe(403);
  });
});

describe('awards', () => {
  it('the ranking proposes winners per tier; the organizer adjusts with a reason and finalizes, revealing names', async () => {
    await assign();
    for (const judge of judges) {
      for (const a of await assignmentsOf(judge)) {
        const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${a.id}`)).json();
        const value = Number(a.title.split(' ')[1]) + 4;
        await api(judge.cookie, 'PUT', `/api/judging/assignments/${a.id}/score`, {
          scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, value])), submit: true,
        });
      }
    }
    const url = `/api/contests/${contestId}/awards`;
    const awards = (await api(organizer, 'GET', url)).json();
    expect(awards.proposed.map((a: { title: string; tierName: string }) => [a.tierName, a.title]))
      .toEqual([['Giải Nhất', 'Bài 5'], ['Giải Nhì', 'Bài 4'], ['Giải Nhì', 'Bài 3']]);
    expect(awards.proposed.every((a: { authorName: string | null }) => a.authorName === null)).toBe(true);
    // The round is still open: the proposal may change, and the answer says so.
    expect(awards.roundsStillRunning).toEqual([expect.objectContaining({ name: 'Vòng sơ khảo', open: true })]);
    expect(awards.warnings).toEqual([{ code: 'awards_round_open', message: expect.stringContaining('«Vòng sơ khảo» của cuộc thi này chưa kết thúc') }]);
    const during = clock;
    clock = new Date(clock.getTime() + 8 * DAY);
    expect((await api(organizer, 'GET', url)).json()).toMatchObject({ roundsStillRunning: [], warnings: [] });
    clock = during;

    const [first, second] = awards.proposed;
    const sixth = (await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).json().entries.at(-1);
    const unexplained = await api(organizer, 'PUT', url, { awards: [
      { entryCode: first.code, tierId: first.tierId }, { entryCode: sixth.code, tierId: second.tierId },
    ] });
    expect(unexplained.statusCode).toBe(400);
    expect(unexplained.json().error.code).toBe('award_reason_required');
    const tooMany = await api(organizer, 'PUT', url, { awards: awards.proposed.map((a: { code: string }) => ({ entryCode: a.code, tierId: first.tierId, reason: 'x' })) });
    expect(tooMany.json().error.code).toBe('award_tier_full');

    const decided = await api(organizer, 'PUT', url, { awards: [
      { entryCode: first.code, tierId: first.tierId },
      { entryCode: second.code, tierId: second.tierId },
      { entryCode: sixth.code, tierId: second.tierId, reason: 'Câu chuyện có sức lan tỏa đặc biệt ở cơ sở' },
    ] });
    expect(decided.statusCode).toBe(200);
    const final = (await api(organizer, 'POST', `${url}/finalize`)).json();
    expect(final.finalizedAt).not.toBeNull();
    expect(final.decided.map((a: { authorName: string }) => a.authorName)).toEqual(['Võ Thị Lan', 'Phạm Văn Tâm', 'Nguyễn Thị Hồng Nhung']);
    const results = (await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).json();
    expect(results.revealed).toBe(true);
    expect(results.entries[0].authorName).toBe('Võ Thị Lan');
    expect((await api(organizer, 'PUT', url, { awards: [] })).statusCode).toBe(409);
    // Final awards freeze the scores, even while the round's window is still open.
    const sheet = (await assignmentsOf(judges[0]!))[0]!;
    const frozen = await api(judges[0]!.cookie, 'PUT', `/api/judging/assignments/${sheet!.id}/score`, { scores: {}, submit: false });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.code).toBe('awards_final');
    const audit = ctx.db.$client.prepare("select action from audit_log where subject_type = 'contest' and action like 'awards.%'").pluck().all();
    // The refused attempts left no trace: they rolled back with their transaction.
    expect(audit).toEqual(['awards.decided', 'awards.finalized']);
  });
});

describe('exports', () => {
  it('results, score sheets, judges and units come as CSV and XLSX with the Vietnamese intact', async () => {
    await assign();
    const judge = judges[0]!;
    const first = (await assignmentsOf(judge))[0]!;
    const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json();
    await api(judge.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, {
      scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, 7])), comment: 'Chân thực, cảm động', submit: true,
    });
    const csv = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=sheets&format=csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('"Chân thực, cảm động"');
    const criteria = detail.rubric.map((c: { name: string }) => c.name).join(',');
    expect(csv.body.slice(1).split('\r\n')[0]).toBe(`Mã bài,Giám khảo,Trạng thái,${criteria},Nhận xét,Cập nhật (giờ Việt Nam)`);
    // Statuses in Vietnamese, times in Vietnam time (the clock is 03:00 UTC, 10:00 in Vietnam).
    const row = csv.body.slice(1).split('\r\n').find((line) => line.startsWith(`${first.code},`))!;
    const scores = detail.rubric.map(() => 7).join(',');
    expect(row).toMatch(new RegExp(`^${first.code},Giám khảo \\d+,Đã nộp điểm,${scores},"Chân thực, cảm động",`));
    expect(row).toMatch(/,\d{2}\/\d{2}\/\d{4} 10:00$/);
    expect(csv.body).not.toMatch(/submitted|T\d{2}:\d{2}:\d{2}/);
    // An organizer who reads the interface in English gets English headers; the data stays as written.
    const english = await ctx.app.inject({
      url: `/api/rounds/${roundId}/export?table=sheets&format=csv`, headers: { cookie: `${organizer}; gs_locale=en` },
    });
    expect(english.body.slice(1).split('\r\n')[0]).toBe(`Code,Judge,Status,${criteria},Comment,Updated (Vietnam time)`);
    expect(english.body).toContain(',Submitted,');

    // The results rank by the method chosen on screen, name it, and round as the screen does.
    for (const [method, name] of [['mean', 'điểm trung bình'], ['zscore', 'điểm chuẩn hóa z']]) {
      const results = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=results&format=csv&method=${method}`);
      const [header, ...rows] = results.body.slice(1).trim().split('\r\n');
      expect(header).toContain(`Điểm xếp hạng (${name})`);
      const onScreen = (await api(organizer, 'GET', `/api/rounds/${roundId}/results?method=${method}`)).json();
      expect(rows.map((r) => r.split(',')[2])).toEqual(onScreen.entries.map((e: { code: string }) => e.code));
      for (const r of rows) expect(r.split(',')[5]).toMatch(/^-?\d+(\.\d{1,2})?$|^$/);
    }
    expect((await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=results&method=median`)).statusCode).toBe(400);
    expect(english.body).toContain('"Chân thực, cảm động"');

    // The judges, as the results page lists them for the method: each with the sheets they scored.
    const onScreen = (await api(organizer, 'GET', `/api/rounds/${roundId}/results?method=zscore`)).json();
    const judgesCsv = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=judges&format=csv&method=zscore`);
    const [judgesHeader, ...judgeRows] = judgesCsv.body.slice(1).trim().split('\r\n');
    expect(judgesHeader).toBe('Giám khảo,Số phiếu,Độ khắt khe,Sai số chuẩn,Đáng chú ý');
    expect(judgeRows.map((r) => r.split(',').slice(0, 2))).toEqual(
      onScreen.judges.map((j: { judgeName: string; sheets: number }) => [j.judgeName, String(j.sheets)]),
    );
    expect(judgeRows.map((r) => Number(r.split(',')[1])).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);

    const ExcelJS = (await import('exceljs')).default;
    for (const table of ['results', 'sheets', 'judges', 'units']) {
      const xlsx = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=${table}&format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet?.rowCount).toBeGreaterThan(1);
      if (table === 'units') expect(JSON.stringify(sheet?.getSheetValues())).toContain('Đảng ủy Sở Tư pháp');
    }
    // Sent as the buffers it was written in: its length announced, and compressed for a browser that asks.
    const sheetsUrl = `/api/rounds/${roundId}/export?table=sheets&format=csv`;
    const plain = await ctx.app.inject({ url: sheetsUrl, headers: { cookie: organizer } });
    expect(plain.rawPayload.toString()).toContain('Mã bài');
    expect(Number(plain.headers['content-length'])).toBe(plain.rawPayload.length);
    const gzipped = await ctx.app.inject({ url: sheetsUrl, headers: { cookie: organizer, 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-length']).toBeUndefined();
    expect(gunzipSync(gzipped.rawPayload)).toEqual(plain.rawPayload);
    expect((await api(judge.cookie, 'GET', `/api/rounds/${roundId}/export?table=results`)).statusCode).toBe(403);
    expect((await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=passwords`)).statusCode).toBe(400);
  });

  it('the score-sheet export, kept between downloads, shows every write since: a revision, a new draft, a recusal, a new name', async () => {
    await assign();
    const judge = judges[0]!;
    const [first, second] = (await assignmentsOf(judge)) as [JudgeAssignment, JudgeAssignment];
    const rubric = (await api(judge.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json().rubric as { id: number }[];
    const score = (assignment: { id: number }, value: number, comment: string, submit: boolean) => api(judge.cookie, 'PUT',
      `/api/judging/assignments/${assignment.id}/score`, { scores: Object.fromEntries(rubric.map((c) => [c.id, value])), comment, submit });
    const rowsOf = async (code: string) => (await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=sheets&format=csv`)).body
      .slice(1).split('\r\n').filter((line) => line.startsWith(`${code},`));
    const scores = (value: number) => rubric.map(() => value).join(',');

    await score(first, 6, 'Lần đầu', true);
    expect(await rowsOf(first.code)).toEqual([expect.stringMatching(new RegExp(`^${first.code},Giám khảo 0,Đã nộp điểm,${scores(6)},Lần đầu,`))]);
    expect(await rowsOf(second.code)).toEqual([]);

    await score(first, 9, 'Đọc lại, sửa điểm', true);
    await score(second, 4, 'Còn đang đọc', false);
    expect(await rowsOf(first.code)).toEqual([expect.stringMatching(new RegExp(`^${first.code},Giám khảo 0,Đã nộp điểm,${scores(9)},"Đọc lại, sửa điểm",`))]);
    expect(await rowsOf(second.code)).toEqual([expect.stringMatching(new RegExp(`^${second.code},Giám khảo 0,Đang chấm,${scores(4)},Còn đang đọc,`))]);

    // A judge's new name shows at once; a recused reader's sheet leaves the export.
    setUserName(ctx.db, judge.id, 'Giám khảo Mới');
    expect(await rowsOf(first.code)).toEqual([expect.stringMatching(new RegExp(`^${first.code},Giám khảo Mới,`))]);
    expect((await api(judge.cookie, 'POST', `/api/judging/assignments/${second.id}/recuse`, { reason: 'Tôi nhận ra tác giả' })).statusCode).toBe(200);
    expect(await rowsOf(second.code)).toEqual([]);
    expect(await rowsOf(first.code)).toHaveLength(1);
  });
});

describe('conflicts', () => {
  it('are listed for the organizer, kept out of the assignment, and can be withdrawn', async () => {
    const entryCode = (await api(organizer, 'GET', `/api/contests/${contestId}/screening`)).json().entries[0].code;
    const declared = await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: judges[1]!.id, entryCode, reason: 'Cùng tổ công tác' });
    expect(declared.statusCode).toBe(201);
    const listed = (await api(organizer, 'GET', `/api/contests/${contestId}/conflicts`)).json();
    expect(listed).toEqual([expect.objectContaining({ judgeName: 'Giám khảo 1', code: entryCode, reason: 'Cùng tổ công tác' })]);
    const seed = 11;
    await assign(seed);
    expect((await assignmentsOf(judges[1]!)).some((a: { code: string }) => a.code === entryCode)).toBe(false);
    expect((await api(organizer, 'GET', `/api/rounds/${roundId}`)).json().assignmentSeed).toBe(seed);
    // Sent twice (a double click), the pair is listed and audited once, so one withdrawal frees it.
    const again = await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: judges[1]!.id, entryCode, reason: 'Cùng tổ công tác' });
    expect(again.json().id).toBe(declared.json().id);
    expect((await api(organizer, 'GET', `/api/contests/${contestId}/conflicts`)).json()).toHaveLength(1);
    expect(listAudit(ctx.db, { subjectType: 'entry' }).filter((row) => row.action === 'conflict.declared')).toHaveLength(1);
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/conflicts/${listed[0].id}`, headers: { cookie: organizer } })).statusCode).toBe(204);
    expect((await api(organizer, 'GET', `/api/contests/${contestId}/conflicts`)).json()).toEqual([]);
  });
});

describe('a conflict declared after the assignment', () => {
  it('takes the entry from the judge at once: another judge reads it and the judge\'s sheet stops counting; a closed round\'s readings stand', async () => {
    await assign();
    const judge = judges[1]!;
    const mine = await assignmentsOf(judge);
    // An entry of the third unit, which judges 0 and 3 may also read: the first unit's entries have
    // only judges 1 and 2, so one taken from judge 1 would have nobody to go to.
    const authorUnit = (code: string) => authors.find((a) => a.id === ctx.db.$client.prepare('select author_id from entries where code = ?').pluck().get(code))?.unit;
    const taken = mine.find((a) => authorUnit(a.code) === UNITS[2])!;
    expect(taken).toBeDefined();
    const kept = mine.find((a) => a !== taken)!;
    const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${taken.id}`)).json();
    const submit = (assignment: { id: number }) => api(judge.cookie, 'PUT', `/api/judging/assignments/${assignment.id}/score`, {
      scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, 9])), submit: true,
    });
    expect((await submit(taken)).statusCode).toBe(200);
    const sheetsOf = async (code: string) => (await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=sheets&format=csv`)).body
      .slice(1).split('\r\n').filter((line) => line.startsWith(`${code},`));
    expect(await sheetsOf(taken.code)).toEqual([expect.stringMatching(/,Giám khảo 1,Đã nộp điểm,/)]);
    const readers = () => ctx.db.$client.prepare("select judge_id from assignments where round_id = ? and entry_id = (select id from entries where code = ?) and status = 'active'")
      .pluck().all(roundId, taken.code) as string[];
    const before = readers();

    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: judge.id, entryCode: taken.code, reason: 'Quen tác giả' })).statusCode).toBe(201);
    expect((await api(judge.cookie, 'GET', `/api/judging/assignments/${taken.id}`)).statusCode).toBe(404);
    expect((await submit(taken)).statusCode).toBe(404);
    expect((await assignmentsOf(judge)).map((a: { code: string }) => a.code)).not.toContain(taken.code);
    const after = readers();
    expect(after).not.toContain(judge.id);
    expect(after).toHaveLength(before.length);
    expect(await sheetsOf(taken.code)).toEqual([]);
    expect(listAudit(ctx.db, { subjectType: 'assignment', subjectId: String(taken.id) }).map((row) => row.action)).toContain('assignment.recused');

    // Once the round has closed, its readings stand: the conflict is kept for the rounds to come.
    expect((await submit(kept)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 8 * DAY);
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: judge.id, entryCode: kept.code, reason: '' })).statusCode).toBe(201);
    expect(await sheetsOf(kept.code)).toEqual([expect.stringMatching(/,Giám khảo 1,Đã nộp điểm,/)]);
  });
});

describe('a conflict with an adjudicated entry\'s reader', () => {
  // Six judges, two a unit: every entry has four judges who may read it (two readers, a third, a spare).
  async function adjudicated() {
    for (const i of [4, 5]) {
      const unitName = UNITS[i % 3]!;
      const unitId = Number(ctx.db.$client.prepare('select id from units where name = ?').pluck().get(unitName));
      const cookie = await register(ctx.app, { email: `giamkhao${i}@example.vn`, fullName: `Giám khảo ${i}`, unitId });
      const me = (await api(cookie, 'GET', '/api/me')).json();
      await api(organizer, 'PUT', `/api/users/${me.id}/roles`, { roles: ['judge'] });
      judges.push({ id: me.id, cookie: await login(ctx.app, `giamkhao${i}@example.vn`, 'mat-khau-du-dai'), unit: unitName });
    }
    expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) })).statusCode).toBe(200);
    await assign();
    const rows = () => ctx.db.$client.prepare("select id, judge_id as judgeId, origin from assignments where round_id = ? and entry_id = ? and status = 'active' order by id")
      .all(roundId, entryId) as { id: number; judgeId: string; origin: string }[];
    const entryId = Number(ctx.db.$client.prepare('select min(entry_id) from assignments where round_id = ?').pluck().get(roundId));
    const code = String(ctx.db.$client.prepare('select code from entries where id = ?').pluck().get(entryId));
    const judgeOf = (id: string) => judges.find((j) => j.id === id)!;
    const score = async (row: { id: number; judgeId: string }, value: number) => {
      const judge = judgeOf(row.judgeId);
      const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${row.id}`)).json();
      const saved = await api(judge.cookie, 'PUT', `/api/judging/assignments/${row.id}/score`, {
        scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, value])), submit: true,
      });
      expect(saved.statusCode).toBe(200);
    };
    const [first, second] = rows();
    await score(first!, 10);
    await score(second!, 4);
    // The two disagree: a third reader comes at once.
    const third = rows().find((r) => r.origin === 'adjudication')!;
    expect(rows()).toHaveLength(3);
    const resultOf = async () => (await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).json().entries
      .find((e: { code: string }) => e.code === code) as { adjudicated: boolean; readers: number };
    return { rows, code, first: first!, second: second!, third, score, judgeOf, resultOf };
  }

  it('declared with the third reader: another judge takes the third reading, and the entry stays adjudicated', async () => {
    const { rows, code, first, second, third, score, resultOf } = await adjudicated();
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: third.judgeId, entryCode: code, reason: '' })).statusCode).toBe(201);
    const now = rows();
    expect(now.map((r) => r.judgeId)).not.toContain(third.judgeId);
    expect(now).toHaveLength(3);
    const replacement = now.find((r) => r.origin === 'adjudication')!;
    expect(replacement).toBeDefined();
    await score(replacement, 5);
    expect(await resultOf()).toMatchObject({ adjudicated: true, readers: 3 });
    expect([first.judgeId, second.judgeId]).not.toContain(replacement.judgeId);
  });

  it('the third reader recusing: another judge takes the third reading', async () => {
    const { rows, third, judgeOf } = await adjudicated();
    const recused = await api(judgeOf(third.judgeId).cookie, 'POST', `/api/judging/assignments/${third.id}/recuse`, { reason: 'Quen tác giả' });
    expect(recused.json()).toEqual({ reassigned: true });
    const now = rows();
    expect(now.map((r) => r.judgeId)).not.toContain(third.judgeId);
    expect(now.filter((r) => r.origin === 'adjudication')).toHaveLength(1);
  });

  it('declared with a first reader whose reading the third shared: the two left disagree, so another third reader comes', async () => {
    const { rows, code, first, third, score } = await adjudicated();
    await score(third, 10);
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: first.judgeId, entryCode: code, reason: '' })).statusCode).toBe(201);
    const now = rows();
    expect(now.map((r) => r.judgeId)).not.toContain(first.judgeId);
    // The second (4) and the third (10) disagree beyond the threshold: a reading to settle them.
    expect(now).toHaveLength(3);
  });
});

describe('ties', () => {
  it('stay ties until the organizer decides their order, which is audited', async () => {
    await assign();
    // Every judge gives every entry the same marks: all six entries tie on every tie-break.
    for (const judge of judges) {
      for (const a of await assignmentsOf(judge)) {
        const detail = (await api(judge.cookie, 'GET', `/api/judging/assignments/${a.id}`)).json();
        await api(judge.cookie, 'PUT', `/api/judging/assignments/${a.id}/score`, {
          scores: Object.fromEntries(detail.rubric.map((c: { id: number }) => [c.id, 7])), submit: true,
        });
      }
    }
    const tied = (await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).json();
    expect(tied.ties).toHaveLength(1);
    expect(tied.entries.every((e: { rank: number; tie: boolean }) => e.rank === 1 && e.tie)).toBe(true);
    const order = [...tied.ties[0].codes].reverse();
    const missingReason = await api(organizer, 'POST', `/api/rounds/${roundId}/tie-decisions`, { codes: order, reason: ' ' });
    expect(missingReason.statusCode).toBe(400);
    const decided = (await api(organizer, 'POST', `/api/rounds/${roundId}/tie-decisions`, { codes: order, reason: 'Hội đồng biểu quyết' })).json();
    expect(decided.ties).toEqual([]);
    expect(decided.entries.map((e: { code: string }) => e.code)).toEqual(order);
    expect(decided.entries.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const audit = ctx.db.$client.prepare("select count(*) from audit_log where action = 'ranking.tie_decided'").pluck().get();
    expect(audit).toBe(1);
  });
});

describe('the XLSX export in LibreOffice', () => {
  it('opens in LibreOffice Calc with the Vietnamese intact', async () => {
    await assign();
    const xlsx = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=units&format=xlsx`);
    const dir = mkdtempSync(join(tmpdir(), 'gs-xlsx-'));
    try {
      writeFileSync(join(dir, 'units.xlsx'), xlsx.rawPayload);
      const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'units.xlsx')], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const csv = readFileSync(join(dir, 'units.csv'), 'utf8');
      expect(csv).toContain('Đơn vị,"Số cán bộ, đảng viên, người lao động",Số bài dự thi');
      expect(csv).toContain('Đảng ủy Bệnh viện quận Gò Vấp');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
