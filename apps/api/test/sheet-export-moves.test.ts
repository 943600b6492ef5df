import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  createAssignments, createContest, createEntry, createRound, createUnit, createUser, listAllAssignments, saveScoreSheet,
} from '@guong-sang/db';
import { login, makeApp, ORGANIZER, organizerEnv, type TestContext } from './helpers.ts';

/*
 * From an outside attack on the kept export rows: they take in the round's sheets stamped since,
 * looked up by the round and assignment a sheet is in now, so a sheet moved to another assignment,
 * or an assignment moved to another round, left its old row where it was (no query function moved
 * them; raw SQL did). Migration 0014 refuses both moves; the exports stay what SQL lists.
 */

let ctx: TestContext;
let organizer: string;
beforeAll(async () => {
  ctx = await makeApp({ env: organizerEnv });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
}, 60_000);
afterAll(() => ctx.close());

const codesListed = async (roundId: number) => {
  const response = await ctx.app.inject({ url: `/api/rounds/${roundId}/export?table=sheets&format=csv`, headers: { cookie: organizer } });
  expect(response.statusCode).toBe(200);
  return response.body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
};
const sqlCodes = (roundId: number) => ctx.db.$client.prepare(`select e.code from assignments a join score_sheets s on s.assignment_id = a.id
  join entries e on e.id = a.entry_id where a.round_id = ? and a.status = 'active' order by a.entry_id, a.id`).pluck().all(roundId);

function setUp(tag: string) {
  const unitId = createUnit(ctx.db, { name: `Đơn vị ${tag}`, headcount: 10 }).id;
  const author = createUser(ctx.db, { id: `a-${tag}`, email: `a-${tag}@example.vn`, fullName: 'Tác giả', unitId, passwordHash: 'x' }).id;
  const judge = createUser(ctx.db, { id: `j-${tag}`, email: `j-${tag}@example.vn`, fullName: 'Giám khảo', unitId, passwordHash: 'x' }, ['judge']).id;
  const contest = createContest(ctx.db, {
    slug: `di-chuyen-${tag}`, title: 'Di chuyển', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const rounds = [0, 1].map((k) => createRound(ctx.db, {
    contestId: contest.id, name: `V${k}`, kind: 'preliminary', opensAt: new Date(0), closesAt: new Date(Date.UTC(2030, 0)),
  }).id);
  const entries = [0, 1].map((k) => createEntry(ctx.db, {
    contestId: contest.id, authorId: author, code: `GS-${tag}${k}`, title: 'T', body: '<p>x</p>', wordCount: 1, status: 'submitted',
  }).id);
  createAssignments(ctx.db, entries.map((entryId) => ({ roundId: rounds[0]!, entryId, judgeId: judge, origin: 'initial' as const, createdAt: new Date() })));
  return { rounds, assignments: listAllAssignments(ctx.db, rounds[0]!) };
}

test('an assignment cannot move to another round, and both rounds\' exports stay what SQL lists', async () => {
  const { rounds, assignments } = setUp('MR');
  saveScoreSheet(ctx.db, { assignmentId: assignments[0]!.id, comment: '', status: 'draft', scores: new Map(), at: new Date() });
  expect(await codesListed(rounds[0]!)).toEqual(sqlCodes(rounds[0]!));
  expect(() => ctx.db.$client.prepare('update assignments set round_id = ? where id = ?').run(rounds[1], assignments[0]!.id))
    .toThrow('an assignment stays in its round');
  expect(await codesListed(rounds[1]!)).toEqual(sqlCodes(rounds[1]!));
  expect(await codesListed(rounds[0]!)).toEqual(sqlCodes(rounds[0]!));
}, 60_000);

test('a sheet cannot move to another assignment, and the export stays what SQL lists', async () => {
  const { rounds, assignments } = setUp('MS');
  saveScoreSheet(ctx.db, { assignmentId: assignments[0]!.id, comment: '', status: 'draft', scores: new Map(), at: new Date() });
  expect(await codesListed(rounds[0]!)).toEqual(sqlCodes(rounds[0]!));
  expect(() => ctx.db.$client.prepare('update score_sheets set assignment_id = ? where assignment_id = ?').run(assignments[1]!.id, assignments[0]!.id))
    .toThrow('a score sheet stays with its assignment');
  expect(await codesListed(rounds[0]!)).toEqual(sqlCodes(rounds[0]!));
}, 60_000);
