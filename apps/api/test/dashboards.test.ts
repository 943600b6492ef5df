import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, DAY, FIXTURES, judgeAssignments, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

/*
 * The organizer's dashboards on known data, exact figures: days are Vietnam days (UTC+7), so a
 * submission at 18:00 UTC counts on the next day.
 */

let ctx: TestContext;
let clock: Date;
let organizer: string;
let contestId: number;
const essay = readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8');
const body = `<p>${essay.replace(/\n\s*\n/g, '</p><p>')}</p>`;

const api = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });

async function entrant(email: string, unitId: number, submitAt?: string) {
  const cookie = await register(ctx.app, { email, unitId });
  const entry = (await api(cookie, 'POST', `/api/contests/${contestId}/entries`, { title: `Bài của ${email}`, body })).json();
  if (submitAt) {
    clock = new Date(submitAt);
    expect((await api(cookie, 'POST', `/api/entries/${entry.id}/submit`, { consentToPublish: true })).statusCode).toBe(200);
  }
  return entry;
}

beforeEach(async () => {
  clock = new Date('2026-11-19T03:00:00Z');
  ctx = await makeApp({ env: organizerEnv, now: () => clock });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  contestId = (await createOpenContest(ctx.app, organizer, clock, { categories: [] })).id;
});
afterEach(() => ctx.close());

describe('contest dashboard', () => {
  it('counts submissions per Vietnam day and cumulatively, participation per unit, judging per judge and round', async () => {
    const a = await createUnit(ctx.app, organizer, 'Đảng ủy Bệnh viện quận Gò Vấp', 10);
    const b = await createUnit(ctx.app, organizer, 'Chi bộ Ấp Bắc', 4);
    const c = await createUnit(ctx.app, organizer, 'Đoàn phường Bến Nghé', 0);
    const judgesUnit = await createUnit(ctx.app, organizer, 'Ban Tuyên giáo', 20);
    await entrant('a1@example.vn', a, '2026-11-20T03:00:00Z');
    await entrant('a2@example.vn', a, '2026-11-20T18:00:00Z'); // 01:00 on the 21st in Vietnam
    await entrant('b1@example.vn', b, '2026-11-22T03:00:00Z');
    await entrant('c1@example.vn', c);
    const judges: { id: string; cookie: string }[] = [];
    for (const name of ['Trần Văn Bảy', 'Lê Thị Mai']) {
      const email = `${name.length}-${judges.length}@example.vn`;
      const cookie = await register(ctx.app, { email, fullName: name, unitId: judgesUnit });
      const me = (await api(cookie, 'GET', '/api/me')).json();
      await api(organizer, 'PUT', `/api/users/${me.id}/roles`, { roles: ['judge'] });
      judges.push({ id: me.id, cookie: await login(ctx.app, email, 'mat-khau-du-dai') });
    }
    clock = new Date(clock.getTime() + 10 * DAY);
    const round = (await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng sơ khảo', readersPerEntry: 2, opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
    })).json();
    await api(organizer, 'PUT', `/api/rounds/${round.id}/judges`, { judges: judges.map((j) => ({ userId: j.id })) });
    expect((await api(organizer, 'POST', `/api/rounds/${round.id}/assignments`, { seed: 7 })).statusCode).toBe(200);
    const first = (await judgeAssignments(ctx.app, judges[1]!.cookie))[0]!;
    const rubric = (await api(judges[1]!.cookie, 'GET', `/api/judging/assignments/${first.id}`)).json().rubric;
    const scores = Object.fromEntries(rubric.map((criterion: { id: number }) => [criterion.id, 8]));
    expect((await api(judges[1]!.cookie, 'PUT', `/api/judging/assignments/${first.id}/score`, { scores, submit: true })).statusCode).toBe(200);

    const response = await api(organizer, 'GET', `/api/contests/${contestId}/dashboard`);
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    expect(dashboard.entries).toEqual({ draft: 1, submitted: 3, withdrawn: 0, disqualified: 0 });
    expect(dashboard.submissionsPerDay).toEqual([
      { day: '2026-11-20', count: 1, cumulative: 1 },
      { day: '2026-11-21', count: 1, cumulative: 2 },
      { day: '2026-11-22', count: 1, cumulative: 3 },
    ]);
    const units = dashboard.participation.units.map((u: { name: string; entries: number; rate: number | null }) => [u.name, u.entries, u.rate]);
    // By rate, highest first; units without a headcount last.
    expect(units.slice(0, 2)).toEqual([['Chi bộ Ấp Bắc', 1, 0.25], ['Đảng ủy Bệnh viện quận Gò Vấp', 2, 0.2]]);
    expect(units.at(-1)[1]).toBe(0);
    expect(units.find((u: unknown[]) => u[0] === 'Đoàn phường Bến Nghé')).toEqual(['Đoàn phường Bến Nghé', 0, null]);
    expect(dashboard.participation).toMatchObject({ entries: 3, unitsTakingPart: 2, sort: 'rate', order: 'desc' });
    expect(dashboard.participation.headcount).toBe(34 + dashboard.participation.units
      .filter((u: { name: string }) => !['Đảng ủy Bệnh viện quận Gò Vấp', 'Chi bộ Ấp Bắc', 'Đoàn phường Bến Nghé', 'Ban Tuyên giáo'].includes(u.name))
      .reduce((sum: number, u: { headcount: number }) => sum + u.headcount, 0));

    expect(dashboard.rounds).toEqual([expect.objectContaining({
      id: round.id, name: 'Vòng sơ khảo', assigned: 6, submitted: 1,
      judges: [
        { id: judges[1]!.id, name: 'Lê Thị Mai', assigned: 3, submitted: 1 },
        { id: judges[0]!.id, name: 'Trần Văn Bảy', assigned: 3, submitted: 0 },
      ],
    })]);
    expect(dashboard.queues).toEqual({ screening: { submitted: 3, disqualified: 0 }, adjudication: [] });

    const byName = (await api(organizer, 'GET', `/api/contests/${contestId}/dashboard?sort=name`)).json();
    const names = byName.participation.units.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Chi bộ Ấp Bắc')).toBeLessThan(names.indexOf('Đảng ủy Bệnh viện quận Gò Vấp'));
    const fewest = (await api(organizer, 'GET', `/api/contests/${contestId}/dashboard?sort=entries&order=asc`)).json();
    expect(fewest.participation.units.at(-1)).toMatchObject({ name: 'Đảng ủy Bệnh viện quận Gò Vấp', entries: 2 });
    expect((await api(organizer, 'GET', `/api/contests/${contestId}/dashboard?sort=author`)).statusCode).toBe(400);
    expect((await api(organizer, 'GET', '/api/contests/999/dashboard')).statusCode).toBe(404);
  });

  it('links each contest on the organizer\'s home to its next step', async () => {
    const overview = async () => (await api(organizer, 'GET', '/api/dashboards/contests')).json()
      .find((c: { id: number }) => c.id === contestId);
    expect(await overview()).toMatchObject({ nextStep: 'submissions', rounds: 0, entries: { submitted: 0 } });
    const unit = await createUnit(ctx.app, organizer, 'Chi bộ Ấp Bắc', 4);
    await entrant('b1@example.vn', unit, '2026-11-20T03:00:00Z');
    clock = new Date(clock.getTime() + 10 * DAY);
    expect(await overview()).toMatchObject({ nextStep: 'screening', entries: { submitted: 1 } });
    const round = (await api(organizer, 'POST', `/api/contests/${contestId}/rounds`, {
      name: 'Vòng sơ khảo', opensAt: clock.toISOString(), closesAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
    })).json();
    expect(await overview()).toMatchObject({ nextStep: 'rounds', rounds: 1, lastRoundId: round.id });
    clock = new Date(clock.getTime() + 8 * DAY);
    expect(await overview()).toMatchObject({ nextStep: 'rounds' }); // closed, but nobody was ever assigned
  });
});
