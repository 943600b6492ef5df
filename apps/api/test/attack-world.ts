import { createHash } from 'node:crypto';
import type { RouteOptions } from 'fastify';
import sharp from 'sharp';
import { expect } from 'vitest';
import {
  createUnit, DAY, login, makeApp, multipart, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

/*
 * The world the attack suite (access matrix, CSRF matrix) runs against: real objects made through
 * the API, in every state a route needs — an open contest with an entrant's draft and its photo,
 * a contest in judging with a round of two judges (one assigned to the entrant's entry, with a
 * score sheet), a contest whose awards are final with a published story, and a draft contest.
 */

export const ROLES = ['anonymous', 'owner', 'otherEntrant', 'assignedJudge', 'otherJudge', 'organizer'] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD = 'mat-khau-du-dai';

export interface World {
  ctx: TestContext;
  /** Every route the app registered under /api, as "METHOD /api/path". */
  routes: string[];
  clock: { now: Date };
  cookie: Record<Role, string>;
  email: Record<Exclude<Role, 'anonymous'>, string>;
  outsiderId: string;
  assignedJudgeId: string;
  otherJudgeId: string;
  unitId: number;
  contests: {
    open: number; judging: number; awarded: number; draft: number; judgingTierId: number;
    awardedSlug: string; judgingSlug: string; draftSlug: string;
  };
  /** The owner's draft in the open contest, with one photo. */
  draft: { id: number; attachmentId: number };
  /** The other entrant's submitted entry in the open contest (to screen). */
  otherSubmitted: { id: number };
  /** The owner's and the other entrant's entries in judging; the owner's has a photo. */
  judged: { id: number; code: string; attachmentId: number };
  otherJudged: { code: string };
  roundId: number;
  /** A comparative round of the judging contest; only the assigned judge sits on its panel. */
  comparativeRoundId: number;
  assignmentId: number;
  criterionIds: number[];
  conflictId: number;
  /** The owner's winning entry, its public version awaiting them (so not public). */
  winner: { id: number; code: string; title: string; body: string; slug: string };
  /** The other entrant's published story, with its photo. */
  story: { slug: string; photoId: number };
}

export const jpeg = () => sharp({ create: { width: 16, height: 12, channels: 3, background: '#b22222' } }).jpeg().toBuffer();

const ESSAY = '<p>Chị là tấm gương sáng làm theo lời Bác, tận tụy với người bệnh suốt hai mươi năm.</p>';

/** A digest of every row of every table: a refused write must leave it as it was. */
export function databaseDigest(ctx: TestContext): string {
  const sqlite = ctx.db.$client;
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`\0${table}\0`);
    for (const row of sqlite.prepare(`select * from "${table.replaceAll('"', '""')}"`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
    }
  }
  return hash.digest('hex');
}

export async function buildWorld(): Promise<World> {
  const clock = { now: new Date('2026-11-26T03:00:00Z') };
  const registered = new Set<string>();
  const onRoute = (route: RouteOptions) => {
    // HEAD mirrors GET; a route for several methods at once (the catch-all) is one line, "ALL".
    const methods = [route.method].flat().filter((method) => method !== 'HEAD');
    if (methods.length === 0 || !route.url.startsWith('/api')) return;
    registered.add(`${methods.length > 1 ? 'ALL' : methods[0]} ${route.url}`);
  };
  const ctx = await makeApp({ env: organizerEnv, now: () => clock.now, onRoute });
  const { app } = ctx;
  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, status = 200) => {
    const response = await app.inject({ method, url, headers: { cookie }, ...(payload && { payload }) });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
    return response.body ? response.json() : undefined;
  };

  const organizer = await login(app, ORGANIZER.email, ORGANIZER.password);
  const [u1, u2, u3] = [
    await createUnit(app, organizer, 'Đảng ủy Sở Y tế'),
    await createUnit(app, organizer, 'Đảng ủy Sở Tư pháp'),
    await createUnit(app, organizer, 'Đảng bộ Công an phường Bến Nghé'),
  ];
  const email = {
    owner: 'tacgia@example.vn', otherEntrant: 'nguoikhac@example.vn',
    assignedJudge: 'giamkhao1@example.vn', otherJudge: 'giamkhao2@example.vn', organizer: ORGANIZER.email,
  };
  const owner = await register(app, { email: email.owner, fullName: 'Nguyễn Thị Hồng Nhung', unitId: u1 });
  const otherEntrant = await register(app, { email: email.otherEntrant, fullName: 'Đỗ Quang Huy', unitId: u2 });
  const judgeIds: string[] = [];
  for (const [i, address] of ['giamkhao1@example.vn', 'giamkhao2@example.vn'].entries()) {
    const cookie = await register(app, { email: address, fullName: `Giám khảo ${i + 1}`, unitId: u3 });
    const me = await call(cookie, 'GET', '/api/me');
    await call(organizer, 'PUT', `/api/users/${me.id}/roles`, { roles: ['judge'] });
    judgeIds.push(me.id);
  }
  const outsider = await register(app, { email: 'nguoingoai@example.vn', fullName: 'Trần Văn Bảy', unitId: u2 });
  const outsiderId = (await call(outsider, 'GET', '/api/me')).id;

  const contest = async (slug: string, status: string, closesInDays: number) => (await call(organizer, 'POST', '/api/contests', {
    title: `Cuộc thi ${slug}`, slug, status,
    submissionOpensAt: new Date(clock.now.getTime() - DAY).toISOString(),
    submissionClosesAt: new Date(clock.now.getTime() + closesInDays * DAY).toISOString(),
    minWords: 1, maxWords: 2500, categories: [],
    criteria: [{ name: 'Nội dung', weight: 0.6, max: 10 }, { name: 'Hình thức', weight: 0.4, max: 10 }],
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }],
  }, 201)) as { id: number; prizeTiers: { id: number }[]; criteria: { id: number }[] };
  const open = await contest('dang-mo', 'open', 60);
  const judging = await contest('dang-cham', 'open', 5);
  const awarded = await contest('da-trao-giai', 'open', 5);
  const draftContest = await contest('ban-nhap', 'draft', 60);

  const photo = multipart({ name: 'anh-chi-Nhung.jpg', bytes: await jpeg() });
  const entry = async (cookie: string, contestId: number, title: string, options: { photo?: boolean; submit?: boolean } = {}) => {
    const created = await call(cookie, 'POST', `/api/contests/${contestId}/entries`, { title, body: ESSAY }, 201);
    let attachmentId = 0;
    if (options.photo) {
      const response = await app.inject({ method: 'POST', url: `/api/entries/${created.id}/attachments`, headers: { cookie, ...photo.headers }, payload: photo.payload });
      expect(response.statusCode, response.body).toBe(201);
      attachmentId = response.json().attachment.id;
    }
    const code = options.submit ? (await call(cookie, 'POST', `/api/entries/${created.id}/submit`, { consentToPublish: true })).code : created.code;
    return { id: created.id as number, code: code as string, attachmentId };
  };
  const draft = await entry(owner, open.id, 'Người giữ lửa ở khu phố', { photo: true });
  const otherSubmitted = await entry(otherEntrant, open.id, 'Bác sĩ của bản làng', { submit: true });
  const judged = await entry(owner, judging.id, 'Người giữ lửa', { photo: true, submit: true });
  const otherJudged = await entry(otherEntrant, judging.id, 'Chuyện người lái đò', { submit: true });
  const winning = await entry(owner, awarded.id, 'Cô giáo vùng cao', { submit: true });
  const published = await entry(otherEntrant, awarded.id, 'Người thầy thuốc', { photo: true, submit: true });

  // The judging and awarded contests close; the open one stays open.
  clock.now = new Date(clock.now.getTime() + 6 * DAY);
  const round = await call(organizer, 'POST', `/api/contests/${judging.id}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 1, opensAt: clock.now.toISOString(), closesAt: new Date(clock.now.getTime() + 7 * DAY).toISOString(),
  }, 201);
  await call(organizer, 'PUT', `/api/rounds/${round.id}/judges`, { judges: judgeIds.map((userId) => ({ userId })) });
  await call(organizer, 'POST', `/api/rounds/${round.id}/assignments`, { seed: 7 });

  // Whichever judge the assignment gave the owner's entry is "the assigned judge".
  const judgeCookies = await Promise.all(['giamkhao1@example.vn', 'giamkhao2@example.vn'].map((address) => login(app, address, PASSWORD)));
  let assignmentId = 0;
  let assignedIndex = -1;
  for (const [i, cookie] of judgeCookies.entries()) {
    const mine = ((await call(cookie, 'GET', '/api/judging/assignments')) as { rounds: { assignments: { id: number; code: string }[] }[] })
      .rounds.flatMap((round) => round.assignments);
    const found = mine.find((a) => a.code === judged.code);
    if (found) [assignmentId, assignedIndex] = [found.id, i];
  }
  expect(assignedIndex).toBeGreaterThanOrEqual(0);
  const [assignedJudge, otherJudge] = assignedIndex === 0 ? judgeCookies : [...judgeCookies].reverse();
  const otherJudgeId = judgeIds[1 - assignedIndex] ?? '';
  const criterionIds = judging.criteria.map((c) => c.id);
  await call(assignedJudge ?? '', 'PUT', `/api/judging/assignments/${assignmentId}/score`, {
    scores: Object.fromEntries(criterionIds.map((id) => [id, 7])), comment: 'Chân thực.', submit: true,
  });
  const comparative = await call(organizer, 'POST', `/api/contests/${judging.id}/rounds`, {
    name: 'Vòng chung khảo', method: 'comparative', opensAt: clock.now.toISOString(), closesAt: new Date(clock.now.getTime() + 7 * DAY).toISOString(),
  }, 201);
  await call(organizer, 'PUT', `/api/rounds/${comparative.id}/judges`, { judges: [{ userId: judgeIds[assignedIndex] }] });
  const conflict = await call(organizer, 'POST', `/api/contests/${judging.id}/conflicts`, { judgeId: otherJudgeId, entryCode: judged.code, reason: 'Cùng tổ' }, 201);

  // The awarded contest: final awards, one public story, one version still with its author.
  const [first, second] = awarded.prizeTiers;
  await call(organizer, 'PUT', `/api/contests/${awarded.id}/awards`, { awards: [
    { entryCode: winning.code, tierId: first?.id, reason: 'Hội đồng thống nhất' },
    { entryCode: published.code, tierId: second?.id, reason: 'Hội đồng thống nhất' },
  ] });
  await call(organizer, 'POST', `/api/contests/${awarded.id}/awards/finalize`);
  const story = await call(otherEntrant, 'GET', `/api/entries/${published.id}/publication`);
  const approved = await call(otherEntrant, 'PUT', `/api/entries/${published.id}/publication`, {
    title: story.public.title, body: story.public.body, usesPenName: false, showUnit: true, photoIds: story.public.photoIds, approve: true,
  });
  await call(organizer, 'PUT', `/api/entries/${published.id}/publication/approval`, { approved: true, reviewed: approved.authorApprovedAt });
  await call(organizer, 'POST', `/api/contests/${awarded.id}/publish`, {});
  const winner = (await call(owner, 'GET', `/api/entries/${winning.id}/publication`)).public;

  return {
    ctx,
    routes: [...registered].sort(),
    clock,
    cookie: {
      anonymous: '', owner, otherEntrant, assignedJudge: assignedJudge ?? '', otherJudge: otherJudge ?? '', organizer,
    },
    email: { ...email, assignedJudge: `giamkhao${assignedIndex + 1}@example.vn`, otherJudge: `giamkhao${2 - assignedIndex}@example.vn` },
    outsiderId,
    assignedJudgeId: judgeIds[assignedIndex] ?? '',
    otherJudgeId,
    unitId: u1,
    contests: {
      open: open.id, judging: judging.id, awarded: awarded.id, draft: draftContest.id,
      judgingTierId: judging.prizeTiers[0]?.id ?? 0, awardedSlug: 'da-trao-giai', judgingSlug: 'dang-cham', draftSlug: 'ban-nhap',
    },
    draft: { id: draft.id, attachmentId: draft.attachmentId },
    otherSubmitted: { id: otherSubmitted.id },
    judged: { id: judged.id, code: judged.code, attachmentId: judged.attachmentId },
    otherJudged: { code: otherJudged.code },
    roundId: round.id,
    comparativeRoundId: comparative.id,
    assignmentId,
    criterionIds,
    conflictId: conflict.id,
    winner: { id: winning.id, code: winning.code, title: winner.title, body: winner.body, slug: winner.slug },
    story: { slug: story.public.slug, photoId: story.public.photoIds[0] },
  };
}
