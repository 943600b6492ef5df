import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  closeDb, createAssignments, createContest, createDb, createEntry, createRound, createUnit, createUser, replaceCriteria,
  listAllAssignments, listCriteria, listedSheetRows, listRoundSheetExportRows, saveScoreSheet, setAssignmentStatus, setUserName, updateEntry, writeTransaction, type Db,
} from '@guong-sang/db';
import { formatVietnamTime } from '../src/lib/time.ts';
import { keptRevision } from '../src/results/results-cache.ts';
import { readListedSheetsSplit, readRoundSheetsSplit, roundResults } from '../src/results/round-results.ts';
import { toCsv } from '../src/exports/csv-write.ts';
import { exportTable, type Table } from '../src/exports/tables.ts';
import { buildWorld } from './attack-world.ts';
import { login, makeApp, ORGANIZER, organizerEnv, sessionCookie, type TestContext } from './helpers.ts';

/*
 * An outsider's attack on the score-sheet export: any sequence of writes through the db layer —
 * from the API's own connection or a second one on the same file, committed or rolled back, in one
 * millisecond, on two contests of one database — then the export, which must list exactly what a
 * direct SQL read says: every sheet of the round's active assignments (entry, then assignment),
 * the judge's current name, status, scores per criterion, comment and last-saved time.
 */

/** A table's CSV file as text. */
const csvText = (table: Table) => Buffer.concat(toCsv(table)).toString();

let ctx: TestContext;
/**
 * A second server on the same data directory with the round thread, asked for exports (and, at a
 * restart step, results): it keeps nothing of the exports, so each one after a write is written
 * in two halves, one on its thread's own connection.
 */
let threaded: TestContext;
/**
 * A third server with the round thread whose organizer opens the results before every export (an
 * export from the results page): its counted sheets are kept, or brought up to date from the
 * writes since, at the revision of the export, which then reads beside them.
 */
let fromResults: TestContext;
let organizer: string;
let other: Db;
let unitId: number;

beforeAll(async () => {
  ctx = await makeApp({ env: organizerEnv });
  threaded = await makeApp({ dataDir: ctx.dataDir, env: { ...organizerEnv, EXPORT_THREAD_SHEETS: '0' } });
  fromResults = await makeApp({ dataDir: ctx.dataDir, env: { ...organizerEnv, EXPORT_THREAD_SHEETS: '0' } });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  other = createDb(join(ctx.dataDir, 'guong-sang.sqlite'), { migrate: false });
  unitId = createUnit(ctx.db, { name: 'Đảng ủy Khối', headcount: 100 }).id;
}, 60_000);
afterAll(async () => {
  closeDb(other);
  await fromResults.close();
  await threaded.close();
  await ctx.close();
});

const base = Date.UTC(2026, 4, 1, 3);

const STATUS = { draft: 'Đang chấm', submitted: 'Đã nộp điểm' } as const;

/** What the export must say, read straight from the database. */
function expectedCsv(db: Db, roundId: number): string {
  const sqlite = db.$client;
  const contestId = sqlite.prepare('select contest_id from rounds where id = ?').pluck().get(roundId) as number;
  const criteria = sqlite.prepare('select id, name from criteria where contest_id = ? order by position, id').all(contestId) as
    { id: number; name: string }[];
  const rows = sqlite.prepare(`
    select e.code, u.full_name as judge, s.status, s.scores, s.comment, s.updated_at as updatedAt
    from assignments a join score_sheets s on s.assignment_id = a.id join entries e on e.id = a.entry_id join users u on u.id = a.judge_id
    where a.round_id = ? and a.status = 'active' order by a.entry_id, a.id`).all(roundId) as
    { code: string; judge: string; status: 'draft' | 'submitted'; scores: string; comment: string; updatedAt: number }[];
  return csvText({
    title: '',
    header: ['Mã bài', 'Giám khảo', 'Trạng thái', ...criteria.map((c) => c.name), 'Nhận xét', 'Cập nhật (giờ Việt Nam)'],
    rows: rows.map((row) => {
      const scores = JSON.parse(row.scores) as Record<string, number>;
      return [row.code, row.judge, STATUS[row.status], ...criteria.map((c) => scores[c.id] ?? null), row.comment,
        formatVietnamTime(new Date(row.updatedAt))];
    }),
  });
}

async function exportedCsv(roundId: number, on: { app: TestContext['app']; cookie: string } = { app: ctx.app, cookie: organizer }): Promise<string> {
  const response = await on.app.inject({ url: `/api/rounds/${roundId}/export?table=sheets&format=csv`, headers: { cookie: on.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.body;
}

/** Two contests, each with a rubric round of judges and entries; contest A has a second round. */
function world(tag: string) {
  const judges = Array.from({ length: 3 }, (_, k) => createUser(ctx.db, {
    id: `judge-${tag}-${k}`, email: `gk-${tag}-${k}@example.vn`, fullName: `Giám khảo ${tag} ${k}`, unitId, passwordHash: 'x',
  }, ['judge']).id);
  const author = createUser(ctx.db, { id: `author-${tag}`, email: `tg-${tag}@example.vn`, fullName: 'Tác giả', unitId, passwordHash: 'x' }).id;
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  const rubric = [{ name: 'Nội dung', weight: 0.6, max: 10 }, { name: 'Hình thức', weight: 0.4, max: 10 }];
  const rounds: number[] = [];
  const contests: number[] = [];
  for (const side of ['a', 'b']) {
    const contestId = createContest(ctx.db, { slug: `c-${tag}-${side}`, title: side, ...window }, { criteria: rubric }).id;
    contests.push(contestId);
    const entryIds = Array.from({ length: 3 }, (_, k) => createEntry(ctx.db, {
      contestId, authorId: author, code: `GS-${tag}-${side}${k}`, title: 'T', body: '<p>x</p>', wordCount: 1, status: 'submitted',
    }).id);
    for (let r = 0; r < (side === 'a' ? 2 : 1); r++) {
      const round = createRound(ctx.db, { contestId, name: `V${r}`, kind: 'preliminary', opensAt: new Date(0), closesAt: new Date(Date.UTC(2030, 0)) });
      rounds.push(round.id);
      createAssignments(ctx.db, entryIds.flatMap((entryId) => judges.slice(0, 2).map((judgeId) => ({
        roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
      }))));
      // Every reader has scored but one, so each half of a round read in two holds sheets.
      const criteria = listCriteria(ctx.db, contestId).map((c) => c.id);
      for (const [k, { id }] of listAllAssignments(ctx.db, round.id).entries()) {
        if (k === 1) continue;
        saveScoreSheet(ctx.db, {
          assignmentId: id, comment: '', status: 'submitted', scores: new Map(criteria.map((c, n) => [c, (k * 3 + n) % 11])), at: new Date(base + k),
        });
      }
    }
  }
  return { judges, rounds, contests };
}

type Op =
  | { kind: 'save'; pick: number; submit: boolean; first: number | null; second: number | null; comment: string; ms: number; viaOther: boolean }
  | { kind: 'status'; pick: number; status: 'active' | 'recused' | 'removed'; viaOther: boolean }
  | { kind: 'topUp'; pick: number; judge: number }
  | { kind: 'rename'; judge: number; name: string }
  | { kind: 'rubric'; count: number; name: string }
  | { kind: 'withdraw'; pick: number }
  | { kind: 'rollback'; pick: number; comment: string }
  | { kind: 'export'; round: number }
  | { kind: 'restart'; round: number }
  | { kind: 'results'; round: number; threadedOnly: boolean }
  | { kind: 'held'; pick: number; commit: boolean };

const score = fc.option(fc.integer({ min: 0, max: 20 }).map((n) => n / 2), { nil: null });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const), pick: fc.nat(), submit: fc.boolean(), first: score, second: score,
    comment: fc.constantFrom('', 'Tốt', 'Chân thực, cảm động', '=1+1'), ms: fc.integer({ min: 0, max: 2 }), viaOther: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('active' as const, 'recused' as const, 'removed' as const), viaOther: fc.boolean() }),
  fc.record({ kind: fc.constant('topUp' as const), pick: fc.nat(), judge: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), judge: fc.nat(), name: fc.constantFrom('Trần Văn Bảy', 'Lê Thị Tám', 'Phạm Chín') }),
  fc.record({ kind: fc.constant('rubric' as const), count: fc.integer({ min: 1, max: 3 }), name: fc.constantFrom('Sáng tạo', 'Ý nghĩa') }),
  fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rollback' as const), pick: fc.nat(), comment: fc.constant('không bao giờ thấy') }),
  fc.record({ kind: fc.constant('export' as const), round: fc.nat() }),
  fc.record({ kind: fc.constant('restart' as const), round: fc.nat() }),
  fc.record({ kind: fc.constant('results' as const), round: fc.nat(), threadedOnly: fc.boolean() }),
  fc.record({ kind: fc.constant('held' as const), pick: fc.nat(), commit: fc.boolean() }),
);

let runs = 0;

describe('the score-sheet export lists what the database holds after any writes', () => {
  test('random writes on two contests, two connections, rollbacks and one millisecond, each followed by exports', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
      const { judges, rounds, contests } = world(`r${runs++}`);
      const assignmentIds = () => ctx.db.$client.prepare(`select id from assignments where round_id in (${rounds.join(',')}) order by id`).pluck().all() as number[];
      const criterionIds = (contestId: number) => ctx.db.$client.prepare('select id from criteria where contest_id = ? order by position, id').pluck().all(contestId) as number[];
      const contestOf = (assignmentId: number) => ctx.db.$client.prepare(
        'select r.contest_id from assignments a join rounds r on r.id = a.round_id where a.id = ?').pluck().get(assignmentId) as number;
      // Warm every round's kept sheets first, so the writes below must patch them.
      for (const roundId of rounds) expect(await exportedCsv(roundId)).toBe(expectedCsv(ctx.db, roundId));
      for (const step of ops) {
        const ids = assignmentIds();
        const assignmentId = ids[('pick' in step ? step.pick : 0) % ids.length]!;
        switch (step.kind) {
          case 'save': {
            const [c1, c2] = criterionIds(contestOf(assignmentId));
            const scores = new Map<number, number>();
            if (c1 !== undefined && step.first !== null) scores.set(c1, step.first);
            if (c2 !== undefined && step.second !== null) scores.set(c2, step.second);
            saveScoreSheet(step.viaOther ? other : ctx.db, {
              assignmentId, comment: step.comment, status: step.submit ? 'submitted' : 'draft', scores, at: new Date(base + step.ms),
            });
            break;
          }
          case 'status': setAssignmentStatus(step.viaOther ? other : ctx.db, assignmentId, step.status); break;
          case 'topUp': {
            const row = ctx.db.$client.prepare('select round_id as roundId, entry_id as entryId from assignments where id = ?').get(assignmentId) as
              { roundId: number; entryId: number };
            createAssignments(ctx.db, [{ ...row, judgeId: judges[step.judge % judges.length]!, origin: 'adjudication', createdAt: new Date() }]);
            break;
          }
          case 'rename': setUserName(ctx.db, judges[0]!, step.name); break;
          case 'rubric': replaceCriteria(ctx.db, contests[0]!, Array.from({ length: step.count }, (_, k) => ({
            name: `${step.name} ${k}`, description: '', weight: 1 / step.count, min: 0, max: 10,
          }))); break;
          case 'withdraw': {
            const entryId = ctx.db.$client.prepare('select entry_id from assignments where id = ?').pluck().get(assignmentId) as number;
            updateEntry(ctx.db, entryId, { status: 'withdrawn' });
            break;
          }
          case 'rollback':
            expect(() => writeTransaction(ctx.db, (tx) => {
              saveScoreSheet(tx, { assignmentId, comment: step.comment, status: 'submitted', scores: new Map(), at: new Date(base + 9) });
              setAssignmentStatus(tx, assignmentId, 'removed');
              throw new Error('roll back');
            })).toThrow('roll back');
            break;
          case 'held': {
            // The other connection holds its write open across exports: they show what was committed.
            other.$client.prepare('BEGIN IMMEDIATE').run();
            try {
              saveScoreSheet(other, { assignmentId, comment: 'đang viết', status: 'submitted', scores: new Map(), at: new Date(base + 5) });
              setAssignmentStatus(other, assignmentId, 'active');
              for (const roundId of rounds) expect(await exportedCsv(roundId)).toBe(expectedCsv(ctx.db, roundId));
            } finally {
              other.$client.prepare(step.commit ? 'COMMIT' : 'ROLLBACK').run();
            }
            break;
          }
          case 'export': {
            const roundId = rounds[step.round % rounds.length]!;
            expect(await exportedCsv(roundId)).toBe(expectedCsv(ctx.db, roundId));
            break;
          }
          case 'results': {
            // The organizer opens the results (counted sheets kept, or brought up to date from the
            // writes since), then exports from the results page: the export reads beside them.
            const roundId = rounds[step.round % rounds.length]!;
            for (const app of step.threadedOnly ? [threaded.app] : [threaded.app, ctx.app]) {
              const results = await app.inject({ url: `/api/rounds/${roundId}/results?method=corrected`, headers: { cookie: organizer } });
              expect(results.statusCode, results.body).toBe(200);
            }
            break;
          }
          case 'restart': {
            // A server that starts with nothing kept: the organizer opens the results, their counted
            // sheets read in two halves (one on the round thread), then exports, which reads beside them.
            const restarted = createDb(join(ctx.dataDir, 'guong-sang.sqlite'), { migrate: false });
            const whole = createDb(join(ctx.dataDir, 'guong-sang.sqlite'), { migrate: false });
            try {
              const roundId = rounds[step.round % rounds.length]!;
              await readRoundSheetsSplit(restarted, threaded.app.roundThread, roundId);
              const contestId = ctx.db.$client.prepare('select contest_id from rounds where id = ?').pluck().get(roundId) as number;
              expect(keptRevision(restarted, contestId, `round-${roundId}-score-data`), 'read in halves').toBeDefined();
              expect(JSON.stringify(roundResults(restarted, roundId, 'corrected'))).toBe(JSON.stringify(roundResults(whole, roundId, 'corrected')));
              // And through the route, on the server with the round thread.
              const [one, two] = await Promise.all([ctx.app, threaded.app].map((app) => app.inject({
                url: `/api/rounds/${roundId}/results?method=corrected`, headers: { cookie: organizer },
              })));
              expect(two!.body).toBe(one!.body);
              // The export's details read in halves too, beside the counted sheets the results kept.
              await readListedSheetsSplit(restarted, threaded.app.roundThread, roundId);
              expect(keptRevision(restarted, contestId, `round-${roundId}-listed-sheets`), 'details read in halves').toBeDefined();
              expect(csvText(exportTable(restarted, roundId, 'sheets', 'vi', 'corrected'))).toBe(expectedCsv(ctx.db, roundId));
            } finally {
              closeDb(restarted);
              closeDb(whole);
            }
            break;
          }
        }
        for (const roundId of rounds) {
          expect(await exportedCsv(roundId)).toBe(expectedCsv(ctx.db, roundId));
          expect(await exportedCsv(roundId, { app: threaded.app, cookie: organizer })).toBe(expectedCsv(ctx.db, roundId));
          const results = await fromResults.app.inject({ url: `/api/rounds/${roundId}/results?method=corrected`, headers: { cookie: organizer } });
          expect(results.statusCode, results.body).toBe(200);
          expect(await exportedCsv(roundId, { app: fromResults.app, cookie: organizer })).toBe(expectedCsv(ctx.db, roundId));
        }
      }
    }), { numRuns: Number(process.env.ATTACK_RUNS ?? 30), seed: Number(process.env.ATTACK_SEED ?? 20261203) });
  }, 300_000);
});

describe('who may export, and what a request may ask', () => {
  test('only an organizer gets the file; anyone else is refused and learns nothing of the round', async () => {
    const { rounds, judges } = world('access');
    const judgeCookie = await registerAndLogin('giamkhao-xuat@example.vn', ['judge']);
    const entrantCookie = await registerAndLogin('tacgia-xuat@example.vn', []);
    const url = (roundId: number | string, query = 'table=sheets&format=csv') => `/api/rounds/${roundId}/export?${query}`;
    expect((await ctx.app.inject({ url: url(rounds[0]!) })).statusCode).toBe(401);
    for (const cookie of [judgeCookie, entrantCookie]) {
      // The same answer for a round that exists and one that does not.
      const existing = await ctx.app.inject({ url: url(rounds[0]!), headers: { cookie } });
      const missing = await ctx.app.inject({ url: url(999_999), headers: { cookie } });
      expect(existing.statusCode).toBe(403);
      expect([missing.statusCode, missing.body]).toEqual([existing.statusCode, existing.body]);
      expect(existing.body).not.toContain(judges[0]!);
    }
    expect((await ctx.app.inject({ url: url(999_999), headers: { cookie: organizer } })).statusCode).toBe(404);
    for (const bad of [url(0), url(-1), url('1.5'), url('abc'), url(rounds[0]!, 'table=secrets&format=csv'),
      url(rounds[0]!, 'table=sheets&format=html'), url(rounds[0]!, 'format=csv'), url(rounds[0]!, 'table=sheets&table=results&format=csv')]) {
      const response = await ctx.app.inject({ url: bad, headers: { cookie: organizer } });
      expect(response.statusCode, bad).toBe(400);
      expect(response.json()).toHaveProperty('error.code');
    }
  });
});

async function registerAndLogin(email: string, roles: ('judge')[]): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST', url: '/api/auth/register', payload: { email, password: 'mat-khau-du-dai', fullName: 'Người Thử', unitId },
  });
  expect(response.statusCode, response.body).toBe(201);
  if (roles.length > 0) {
    const me = (await ctx.app.inject({ url: '/api/me', headers: { cookie: sessionCookie(response) } })).json<{ id: string }>();
    const set = await ctx.app.inject({ method: 'PUT', url: `/api/users/${me.id}/roles`, headers: { cookie: organizer }, payload: { roles } });
    expect(set.statusCode, set.body).toBe(200);
  }
  return login(ctx.app, email, 'mat-khau-du-dai');
}

describe('through the API: scoring, renaming, recusal, disqualification and reinstatement, the panel', () => {
  test('after each write the export lists what the database holds, hostile comments as text', async () => {
    const world = await buildWorld();
    try {
      const { app, db } = world.ctx;
      const on = { app, cookie: world.cookie.organizer };
      const check = async (what: string) => {
        expect(await exportedCsv(world.roundId, on), what).toBe(expectedCsv(db, world.roundId));
      };
      const call = async (cookie: string, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) => {
        const response = await app.inject({ method, url, headers: { cookie }, payload });
        expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(500);
        return response;
      };
      await check('warm');
      const [c1, c2] = world.criterionIds;
      const score = (cookie: string, assignmentId: number, comment: string, submit: boolean, value = 6.5) =>
        call(cookie, 'PUT', `/api/judging/assignments/${assignmentId}/score`, { scores: { [c1!]: value, ...(submit && { [c2!]: 8 }) }, comment, submit });
      expect((await score(world.cookie.assignedJudge, world.assignmentId, '  =HYPERLINK("https://evil.example","Bấm")', true)).statusCode).toBe(200);
      await check('a formula comment');
      const csv = await exportedCsv(world.roundId, on);
      expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"",""Bấm"")"');
      await call(world.cookie.assignedJudge, 'PATCH', '/api/me', { fullName: 'Lê Văn Mười' });
      await check('the judge renamed');
      await score(world.cookie.assignedJudge, world.assignmentId, '@SUM(A1)', true, 7);
      await check('submitted');
      // A draft on a submitted sheet is refused (it changes by submitting again): the export is as it was.
      expect((await score(world.cookie.assignedJudge, world.assignmentId, '-1+2', false, 7.5)).statusCode).toBe(409);
      await check('a draft refused on the submitted sheet');
      await call(world.cookie.assignedJudge, 'POST', `/api/judging/assignments/${world.assignmentId}/recuse`, { reason: 'Tôi biết tác giả' });
      await check('recused');
      for (const cookie of [world.cookie.assignedJudge, world.cookie.otherJudge]) {
        for (const assignment of (await app.inject({ url: '/api/judging/assignments', headers: { cookie } })).json<{
          rounds: { assignments: { id: number }[] }[];
        }>().rounds.flatMap((round) => round.assignments)) {
          await score(cookie, assignment.id, '+84 903 123 456', true, 9);
          await check(`assignment ${assignment.id} scored`);
        }
      }
      await call(world.cookie.organizer, 'POST', `/api/entries/${world.judged.id}/disqualify`, { reason: 'Đạo văn' });
      await check('disqualified');
      await call(world.cookie.organizer, 'POST', `/api/entries/${world.judged.id}/reinstate`, { reason: '' });
      await check('reinstated');
      await call(world.cookie.organizer, 'PUT', `/api/rounds/${world.roundId}/judges`, { judges: [{ userId: world.otherJudgeId }] });
      await check('panel without the first judge');
      await call(world.cookie.organizer, 'PUT', `/api/rounds/${world.roundId}/judges`, {
        judges: [{ userId: world.otherJudgeId }, { userId: world.assignedJudgeId }],
      });
      await call(world.cookie.organizer, 'POST', `/api/rounds/${world.roundId}/assignments`, { seed: 11 });
      await check('panel restored, assignment run again');
      expect(expectedCsv(db, world.roundId).split('\r\n').length).toBeGreaterThan(2);
    } finally {
      await world.ctx.close();
    }
  }, 120_000);
});

describe('entry codes, read once per round beside the sheets', () => {
  test('odd characters, ids interleaved across contests, entries all removed, and an entry assigned from another connection between runs', async () => {
    const judges = [0, 1].map((k) => createUser(ctx.db, {
      id: `judge-codes-${k}`, email: `gk-codes-${k}@example.vn`, fullName: `Giám khảo mã ${k}`, unitId, passwordHash: 'x',
    }, ['judge']).id);
    const author = createUser(ctx.db, { id: 'author-codes', email: 'tg-codes@example.vn', fullName: 'Tác giả', unitId, passwordHash: 'x' }).id;
    const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
    const [a, b] = ['a', 'b'].map((side) => {
      const contestId = createContest(ctx.db, { slug: `codes-${side}`, title: side, ...window }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] }).id;
      const roundId = createRound(ctx.db, { contestId, name: 'V', kind: 'preliminary', opensAt: new Date(0), closesAt: new Date(Date.UTC(2030, 0)) }).id;
      return { contestId, roundId };
    }) as [{ contestId: number; roundId: number }, { contestId: number; roundId: number }];
    const criterion = (contestId: number) => ctx.db.$client.prepare('select id from criteria where contest_id = ?').pluck().get(contestId) as number;
    // Entries with chosen ids: contest B's sit between contest A's, so a code read by id alone would cross over.
    const enter = (db: Db, side: typeof a, id: number, code: string, judgesOf: string[], status: 'active' | 'removed') => {
      createEntry(db, { id, contestId: side.contestId, authorId: author, code, title: 'T', body: '<p>x</p>', wordCount: 1, status: 'submitted' });
      createAssignments(db, judgesOf.map((judgeId) => ({ roundId: side.roundId, entryId: id, judgeId, origin: 'initial' as const, createdAt: new Date() })));
      for (const assignmentId of db.$client.prepare('select id from assignments where entry_id = ? order by id').pluck().all(id) as number[]) {
        saveScoreSheet(db, {
          assignmentId, comment: code, status: assignmentId % 2 ? 'submitted' : 'draft', scores: new Map([[criterion(side.contestId), 7]]), at: new Date(base),
        });
        if (status === 'removed') setAssignmentStatus(db, assignmentId, 'removed');
      }
    };
    enter(ctx.db, a, 900_000, 'mã "một" \'hai\' \\ba\\', judges, 'active');
    enter(ctx.db, b, 900_010, 'B-khác', judges, 'active');
    enter(ctx.db, a, 900_030, 'dòng\nmới\t\u0001\u001f\u007f', judges.slice(0, 1), 'active');
    enter(ctx.db, a, 900_040, '😀 \u2028 a\u0000b', judges.slice(1), 'active');
    enter(ctx.db, a, 900_050, 'đã gỡ', judges, 'removed');
    const codesRead = () => ctx.db.$client.prepare(`
      select a.entry_id as entryId, e.code from assignments a join score_sheets s on s.assignment_id = a.id join entries e on e.id = a.entry_id
      where a.round_id = ? and a.status = 'active' order by a.entry_id, a.id`).all(a.roundId);

    // Read whole (the first export), beside the counted sheets results keep, and in runs.
    expect(await exportedCsv(a.roundId)).toBe(expectedCsv(ctx.db, a.roundId));
    const restarted = createDb(join(ctx.dataDir, 'guong-sang.sqlite'), { migrate: false });
    try {
      roundResults(restarted, a.roundId, 'corrected');
      expect(csvText(exportTable(restarted, a.roundId, 'sheets', 'vi', 'corrected'))).toBe(expectedCsv(ctx.db, a.roundId));
    } finally {
      closeDb(restarted);
    }
    // Runs of two sheets: [900000] then [900030, 900040]. Right after the codes are read (during the
    // first run), another connection enters 900035, which the second run's range holds.
    const parse = JSON.parse.bind(JSON);
    let entered = false;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      const value = parse(text, reviver) as unknown;
      // Only the codes' text holds this one: its entry's sheets are all removed.
      if (!entered && text.includes('đã gỡ')) {
        entered = true;
        enter(other, a, 900_035, 'mới "vào"', judges, 'active');
      }
      return value;
    });
    try {
      const rows = listRoundSheetExportRows(ctx.db, a.roundId, 2);
      expect(entered).toBe(true);
      expect(listedSheetRows(rows).map(({ entryId, code }) => ({ entryId, code }))).toEqual(codesRead());
    } finally {
      spy.mockRestore();
    }
    expect(await exportedCsv(a.roundId)).toBe(expectedCsv(ctx.db, a.roundId));
    expect(await exportedCsv(b.roundId)).toBe(expectedCsv(ctx.db, b.roundId));
  });
});
