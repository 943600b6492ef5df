import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '@guong-sang/db';
import {
  createOpenContest, createUnit, DAY, FIXTURES, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

/*
 * A comparative round (issue 14): judges of the panel are served pairs and choose the better;
 * the ranking comes from their choices. Nine entries from three units, three judges (one per unit).
 */

let ctx: TestContext;
let clock: Date;
let organizer: string;
let contestId: number;
let roundId: number;
const judges: { id: string; cookie: string; unitId: number }[] = [];
const authors: { id: string; name: string; email: string; unitId: number; code: string }[] = [];
const UNITS = ['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp', 'Đảng bộ Công an phường Bến Nghé'];
const essay = readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8');
const body = `<p>${essay.replace(/\n\s*\n/g, '</p><p>')}</p>`;

const api = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

interface Task {
  progress: { done: number; share: number; remaining: number };
  pair: { left: { code: string }; right: { code: string } } | null;
}
const task = async (judge: { cookie: string }): Promise<Task> => (await api(judge.cookie, 'GET', `/api/judging/comparisons/${roundId}`)).json();
const choose = (judge: { cookie: string }, left: string, right: string, winner: string, note?: string) =>
  api(judge.cookie, 'POST', `/api/judging/comparisons/${roundId}`, { left, right, winner, ...(note !== undefined && { note }) });

/** The hidden quality of an entry: a lower author index writes better. */
const better = (a: string, b: string) => (authors.findIndex((x) => x.code === a) < authors.findIndex((x) => x.code === b) ? a : b);

/** Every judge makes their whole share, choosing by the hidden quality; returns every pair served. */
async function completeRound() {
  const served: { judge: number; left: string; right: string }[] = [];
  for (const [index, judge] of judges.entries()) {
    for (let current = await task(judge); current.pair; ) {
      const { left, right } = current.pair;
      served.push({ judge: index, left: left.code, right: right.code });
      const response = await choose(judge, left.code, right.code, better(left.code, right.code));
      expect(response.statusCode).toBe(200);
      current = response.json();
    }
  }
  return served;
}

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  judges.length = 0;
  authors.length = 0;
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitIds: number[] = [];
  for (const name of UNITS) unitIds.push(await createUnit(ctx.app, organizer, name));
  contestId = (await createOpenContest(ctx.app, organizer, clock, { categories: [] })).id;
  const names = ['Nguyễn Thị Hồng Nhung', 'Đỗ Quang Huy', 'Trần Văn Bảy', 'Lê Thị Mai', 'Phạm Văn Tâm', 'Võ Thị Lan',
    'Huỳnh Văn Phúc', 'Bùi Thị Thu', 'Đặng Minh Khoa'];
  for (const [i, name] of names.entries()) {
    const email = `tacgia${i}@example.vn`;
    const unitId = unitIds[i % 3] ?? 0;
    const cookie = await register(ctx.app, { email, fullName: name, unitId });
    const me = (await api(cookie, 'GET', '/api/me')).json();
    const entry = (await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: `Bài ${i}`, body })).json();
    expect((await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).statusCode).toBe(200);
    authors.push({ id: me.id, name, email, unitId, code: entry.code });
  }
  for (let i = 0; i < 3; i++) {
    const unitId = unitIds[i] ?? 0;
    const cookie = await register(ctx.app, { email: `giamkhao${i}@example.vn`, fullName: `Giám khảo ${i}`, unitId });
    const me = (await api(cookie, 'GET', '/api/me')).json();
    await api(organizer, 'PUT', `/api/users/${me.id}/roles`, { roles: ['judge'] });
    judges.push({ id: me.id, cookie: await login(ctx.app, `giamkhao${i}@example.vn`, 'mat-khau-du-dai'), unitId });
  }
  clock = new Date(clock.getTime() + 11 * DAY);
  const round = await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
    name: 'Vòng chung khảo', method: 'comparative', comparisonsPerEntry: 4,
    opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
  });
  expect(round.statusCode).toBe(201);
  roundId = round.json().id;
  expect((await api(organizer, 'PUT', `/api/rounds/${roundId}/judges`, { judges: judges.map((j) => ({ userId: j.id })) })).statusCode).toBe(200);
});
afterEach(() => ctx.close());

describe('a comparative round: the organizer sets it up', () => {
  it('records the method, comparisons per entry and a seed; the target and each judge\'s share follow', async () => {
    const round = (await api(organizer, 'GET', `/api/rounds/${roundId}`)).json();
    expect(round).toMatchObject({ method: 'comparative', comparisonsPerEntry: 4, comparisons: { target: 18, done: 0, share: 6 } });
    expect(round.assignmentSeed).toEqual(expect.any(Number));
    expect((await task(judges[0]!)).progress).toEqual({ done: 0, share: 6, remaining: 6 });
  });

  it('changes method and comparisons per entry only before judging starts; nothing to assign', async () => {
    expect((await api(organizer, 'PATCH', `/api/rounds/${roundId}`, { comparisonsPerEntry: 6 })).json().comparisons.target).toBe(27);
    const first = (await task(judges[0]!)).pair!;
    expect((await choose(judges[0]!, first.left.code, first.right.code, first.left.code)).statusCode).toBe(200);
    const refused = await api(organizer, 'PATCH', `/api/rounds/${roundId}`, { method: 'rubric' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('round_judging_started');
    expect((await api(organizer, 'PATCH', `/api/rounds/${roundId}`, { comparisonsPerEntry: 8 })).statusCode).toBe(409);
    // A rename is still fine.
    expect((await api(organizer, 'PATCH', `/api/rounds/${roundId}`, { name: 'Chung khảo' })).statusCode).toBe(200);
    const assign = await api(organizer, 'POST', `/api/rounds/${roundId}/assignments`, { seed: 3 });
    expect(assign.json().error.code).toBe('round_is_comparative');
  });

  it('a rubric round turned comparative before judging records a seed', async () => {
    const rubric = (await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng phụ', opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + DAY).toISOString(),
    })).json();
    expect(rubric).toMatchObject({ method: 'rubric', comparisonsPerEntry: 10, comparisons: null, assignmentSeed: null });
    const turned = (await api(organizer, 'PATCH', `/api/rounds/${rubric.id}`, { method: 'comparative' })).json();
    expect(turned.method).toBe('comparative');
    expect(turned.assignmentSeed).toEqual(expect.any(Number));
  });
});

describe('a comparative round: the judge', () => {
  it('is never served an entry of their own unit or one they declared a conflict with, nor a pair twice', async () => {
    const conflicted = authors.find((a) => a.unitId !== judges[0]!.unitId)!;
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, {
      judgeId: judges[0]!.id, entryCode: conflicted.code, reason: 'Quen tác giả',
    })).statusCode).toBe(201);
    const served = await completeRound();
    expect(served.length).toBeGreaterThanOrEqual(15);
    for (const pair of served) {
      const judge = judges[pair.judge]!;
      for (const code of [pair.left, pair.right]) {
        const author = authors.find((a) => a.code === code)!;
        expect(author.unitId).not.toBe(judge.unitId);
        if (pair.judge === 0) expect(code).not.toBe(conflicted.code);
      }
      expect(pair.left).not.toBe(pair.right);
    }
    const keys = served.map((p) => `${p.judge}:${[p.left, p.right].sort().join('-')}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Sending an entry of the judge's own unit is refused even with a pair left to do.
    const own = authors.find((a) => a.unitId === judges[1]!.unitId)!;
    const other = authors.find((a) => a.unitId !== judges[1]!.unitId)!;
    const refused = await choose(judges[1]!, own.code, other.code, own.code);
    expect(refused.statusCode).toBe(409);
  });

  it('gets the same pair when asking twice (reproducible), and a double click records one choice', async () => {
    const judge = judges[0]!;
    const first = await task(judge);
    expect(await task(judge)).toEqual(first);
    const { left, right } = first.pair!;
    const once = await choose(judge, left.code, right.code, right.code, 'Giàu cảm xúc hơn');
    const twice = await choose(judge, left.code, right.code, right.code, 'Giàu cảm xúc hơn');
    expect(once.statusCode).toBe(200);
    expect(twice.statusCode).toBe(200);
    expect(twice.json().progress).toEqual({ done: 1, share: 6, remaining: 5 });
    expect(listAudit(ctx.db, { subjectType: 'round', subjectId: String(roundId) })
      .filter((row) => row.action === 'comparison.made')).toHaveLength(1);
  });

  it('refuses a pair of the judge\'s own making, answering as for an unknown code; accepts the served pair after another judge chose meanwhile', async () => {
    const judge = judges[0]!;
    const other = judges.find((j) => j.unitId !== judge.unitId) ?? judges[1]!;
    const { left, right } = (await task(judge)).pair!;
    // Two entries the judge may read, but not the pair served: aiming choices at an entry is refused.
    const readable = authors.filter((a) => a.unitId !== judge.unitId && a.id !== judge.id);
    const aimed = readable.find((a) => a.code !== left.code && a.code !== right.code)!;
    const aimedAt = await choose(judge, aimed.code, left.code, aimed.code);
    expect(aimedAt.statusCode).toBe(409);
    expect(aimedAt.json().error.code).toBe('pair_not_served');
    expect((await choose(judge, 'ZZZZZZ', left.code, 'ZZZZZZ')).json().error.code).toBe('pair_not_served');
    // Another judge's choice while this one reads may change the next pair; the one served still counts.
    const otherPair = (await task(other)).pair!;
    expect((await choose(other, otherPair.left.code, otherPair.right.code, otherPair.left.code)).statusCode).toBe(200);
    expect((await choose(judge, left.code, right.code, left.code)).statusCode).toBe(200);
  });

  it('refuses a choice outside the pair, a note over 500 characters, a judge off the panel and a closed round', async () => {
    const judge = judges[0]!;
    const { left, right } = (await task(judge)).pair!;
    const outsider = authors.find((a) => a.code !== left.code && a.code !== right.code && a.unitId !== judge.unitId)!;
    expect((await choose(judge, left.code, right.code, outsider.code)).json().error.code).toBe('pair_not_served');
    expect((await choose(judge, left.code, left.code, left.code)).json().error.code).toBe('pair_not_served');
    expect((await choose(judge, left.code, right.code, left.code, 'x'.repeat(501))).statusCode).toBe(400);
    // An author (not on the panel) learns nothing: 404, as for a round that does not exist.
    const author = await login(ctx.app, authors[0]!.email, 'mat-khau-du-dai');
    expect((await api(author, 'GET', `/api/judging/comparisons/${roundId}`)).statusCode).toBe(404);
    expect((await api(author, 'POST', `/api/judging/comparisons/${roundId}`, { left: left.code, right: right.code, winner: left.code })).statusCode).toBe(404);
    clock = new Date(clock.getTime() + 8 * DAY);
    const closed = await choose(judge, left.code, right.code, left.code);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('round_closed');
    expect((await task(judge)).pair).toBeNull();
  });

  it('sees only blind data: codes and texts, never an author, unit or id', async () => {
    const judge = judges[0]!;
    const response = await api(judge.cookie, 'GET', `/api/judging/comparisons/${roundId}`);
    const text = response.body;
    for (const author of authors) {
      expect(text).not.toContain(author.name);
      expect(text).not.toContain(author.email);
      expect(text).not.toContain(author.id);
    }
    for (const unit of UNITS) expect(text).not.toContain(unit);
    const data = response.json();
    expect(Object.keys(data).sort()).toEqual(['pair', 'progress', 'round', 'roundId']);
    expect(Object.keys(data.pair.left).sort()).toEqual(['body', 'category', 'code', 'subject', 'title', 'wordCount']);
    const list = (await api(judge.cookie, 'GET', '/api/judging/comparisons')).json();
    expect(list).toEqual([{ roundId, round: data.round, progress: data.progress }]);
  });
});

describe('a comparative round: results', () => {
  it('ranks by the choices with standard errors, intervals and reliability, and feeds the awards proposal', async () => {
    // Pairs are drawn from the judges' random ids: at 4 comparisons per entry another undefeated entry
    // led in ~1% of simulated rounds, at 8 in none of 10,000, so the best entry's lead is certain here.
    expect((await api(organizer, 'PATCH', `/api/rounds/${roundId}`, { comparisonsPerEntry: 8 })).statusCode).toBe(200);
    await completeRound();
    const round = (await api(organizer, 'GET', `/api/rounds/${roundId}`)).json();
    expect(round.comparisons.done).toBeGreaterThanOrEqual(15);
    expect(round.judges.map((j: { comparisons: number }) => j.comparisons).reduce((a: number, b: number) => a + b)).toBe(round.comparisons.done);

    const results = (await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).json();
    expect(results.method).toBe('comparative');
    expect(results.entries).toHaveLength(9);
    for (const entry of results.entries) {
      expect(entry.standardError).toBeGreaterThan(0);
      expect(entry.interval.low).toBeLessThan(entry.score);
      expect(entry.interval.high).toBeGreaterThan(entry.score);
      expect(entry.authorName).toBeNull();
    }
    // Choices made by a consistent hidden order: the best entry leads.
    expect(results.entries[0].code).toBe(authors[0]!.code);
    const scores = results.entries.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(results.comparative.ssr.reading.vi).toMatch(/SSR/);
    expect(results.comparative.ssr.reading.en).toMatch(/Scale separation reliability/);
    expect(results.comparative.splitHalf.reading.band).toEqual(expect.any(String));
    expect(results.comparative.judges).toHaveLength(3);
    // The rubric's reliability report has nothing to read here: it says where the round's is.
    const rubricReport = await api(organizer, 'GET', `/api/rounds/${roundId}/reliability`);
    expect(rubricReport.statusCode).toBe(409);
    expect(rubricReport.json().error.code).toBe('comparative_reliability_in_results');
    // Nine entries, 8 comparisons each: the intervals are wide, so some overlap at the prize lines (1, then 3).
    expect(results.entries.some((e: { nearPrizeLine: boolean }) => e.nearPrizeLine)).toBe(true);

    const awards = (await api(organizer, 'GET', `/api/contests/${contestId}/awards`)).json();
    expect(awards.proposed.map((p: { code: string }) => p.code)).toEqual(results.entries.slice(0, 3).map((e: { code: string }) => e.code));

    const csv = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=results&format=csv`);
    expect(csv.body).toContain('so sánh từng cặp');
    expect(csv.body).toContain(authors[0]!.code);
    const choices = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=sheets&format=csv`);
    expect(choices.body).toContain('Bài tốt hơn');
    expect(choices.body.trim().split('\n').length).toBe(round.comparisons.done + 1);
    // The judges: how well each one's choices fit the ranking, as the results list them.
    const fit = await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=judges&format=csv`);
    const [, ...fitRows] = fit.body.slice(1).trim().split('\r\n');
    expect(fitRows.map((r) => r.split(',').slice(0, 2))).toEqual(
      results.comparative.judges.map((j: { judgeName: string; comparisons: number }) => [j.judgeName, String(j.comparisons)]),
    );
  });
});

describe('a comparative round: a conflict declared during judging', () => {
  /** The first judge makes their whole share; the entry they compared most, and how many of their choices hold it. */
  async function firstJudgeDone() {
    const judge = judges[0]!;
    const pairs: [string, string][] = [];
    for (let current = await task(judge); current.pair; ) {
      const { left, right } = current.pair;
      pairs.push([left.code, right.code]);
      const response = await choose(judge, left.code, right.code, better(left.code, right.code));
      expect(response.statusCode).toBe(200);
      current = response.json();
    }
    expect(pairs).toHaveLength(6);
    const holding = (code: string) => pairs.filter((pair) => pair.includes(code)).length;
    const taken = authors.map((a) => a.code).sort((a, b) => holding(b) - holding(a))[0]!;
    return { judge, taken, involved: holding(taken) };
  }

  interface Counted { done: number; takenComparisons: number; judgeComparisons: number; roundDone: number; roundJudge: number; exported: string[] }
  /** What the results, the round's view and the choices export count, for the first judge and `code`. */
  async function counted(code: string): Promise<Counted> {
    const results = (await api(organizer, 'GET', `/api/rounds/${roundId}/results`)).json();
    const round = (await api(organizer, 'GET', `/api/rounds/${roundId}`)).json();
    const csv = (await api(organizer, 'GET', `/api/rounds/${roundId}/export?table=sheets&format=csv`)).body;
    const [, ...lines] = csv.slice(1).trim().split('\r\n');
    return {
      done: results.comparative.done,
      takenComparisons: results.entries.find((e: { code: string }) => e.code === code).comparisons,
      judgeComparisons: results.comparative.judges.find((j: { judgeName: string }) => j.judgeName === 'Giám khảo 0')?.comparisons ?? 0,
      roundDone: round.comparisons.done,
      roundJudge: round.judges.find((j: { userId: string }) => j.userId === judges[0]!.id).comparisons,
      exported: lines,
    };
  }
  const recusals = () => listAudit(ctx.db, { subjectType: 'round', subjectId: String(roundId) }).filter((row) => row.action === 'comparisons.recused');

  it('takes the judge\'s choices holding the entry out of the results, the round\'s count and the export at once; withdrawing the conflict brings none back, and the judge makes up their share without the entry', async () => {
    const { judge, taken, involved } = await firstJudgeDone();
    expect(involved).toBeGreaterThan(0);
    // Read once before: the results are cached until a write bumps the contest's results revision.
    const before = await counted(taken);
    expect(before).toMatchObject({ done: 6, judgeComparisons: 6, roundDone: 6, roundJudge: 6 });
    expect(before.exported).toHaveLength(6);

    const declared = await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: judge.id, entryCode: taken, reason: 'Quen tác giả' });
    expect(declared.statusCode).toBe(201);
    const after = await counted(taken);
    expect(after).toMatchObject({
      done: 6 - involved, takenComparisons: before.takenComparisons - involved, judgeComparisons: 6 - involved,
      roundDone: 6 - involved, roundJudge: 6 - involved,
    });
    expect(after.exported).toHaveLength(6 - involved);
    expect(after.exported.filter((line) => line.includes(taken))).toEqual([]);
    expect(recusals()).toHaveLength(1);
    expect(recusals()[0]!.details).toMatchObject({ judgeId: judge.id, reason: 'conflict: Quen tác giả' });

    // Withdrawn, as a recused assignment stays recused: the choices stay out, the entry kept from the judge in this round.
    expect((await api(organizer, 'DELETE', `/api/conflicts/${declared.json().id}`)).statusCode).toBe(204);
    expect(await counted(taken)).toEqual(after);
    expect((await task(judge)).progress).toEqual({ done: 6 - involved, share: 6, remaining: involved });
    for (let current = await task(judge); current.pair; ) {
      const { left, right } = current.pair;
      expect([left.code, right.code]).not.toContain(taken);
      const response = await choose(judge, left.code, right.code, better(left.code, right.code));
      expect(response.statusCode).toBe(200);
      current = response.json();
    }
    expect((await task(judge)).progress).toEqual({ done: 6, share: 6, remaining: 0 });
    expect(await counted(taken)).toMatchObject({ done: 6, takenComparisons: before.takenComparisons - involved, judgeComparisons: 6 });
  });

  it('leaves a closed round\'s choices counted', async () => {
    const { judge, taken } = await firstJudgeDone();
    const before = await counted(taken);
    clock = new Date(clock.getTime() + 8 * DAY);
    expect((await api(organizer, 'POST', `/api/contests/${contestId}/conflicts`, { judgeId: judge.id, entryCode: taken, reason: '' })).statusCode).toBe(201);
    expect(await counted(taken)).toEqual(before);
    expect(recusals()).toEqual([]);
  });
});
