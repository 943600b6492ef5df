import {
  addTieDecision, bumpResultsRevision, closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers,
  getContest, getResultsRevision, listAllAssignments, listCriteria, saveScoreSheet, updateContest, type Db,
} from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { roundResults } from './round-results.ts';

/*
 * Found by an adversarial review: results keep a round's counted sheets and take in only sheets
 * stamped since, so a write path that changed a sheet and only bumped the revision (as every other
 * results write does) was never taken in; and a contest updated from a copy of its row read earlier
 * sent the revision back, below the stamps to come. Triggers now stamp every write to a sheet or
 * its assignment (migration 0013), and updateContest bumps after the fields it is given.
 */
let dir: string;
let server: Db;
let other: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unstamped-'));
  server = createDb(join(dir, 'guong-sang.sqlite'));
  other = createDb(join(dir, 'guong-sang.sqlite'));
});
afterEach(() => {
  closeDb(server);
  closeDb(other);
  rmSync(dir, { recursive: true, force: true });
});

function seed(db: Db) {
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 100 });
  createUsers(db, ['tac-gia', 'gk-1', 'gk-2'].map((id) => ({ id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(db, {
    slug: 'gs', title: 'Gương sáng', status: 'judging',
    submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const entryIds = createEntries(db, [0, 1].map((k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `GS-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(db, {
    contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000),
  });
  createAssignments(db, entryIds.flatMap((entryId) => ['gk-1', 'gk-2'].map((judgeId) => ({
    roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const assignments = listAllAssignments(db, round.id);
  const save = (assignmentId: number, score: number) => saveScoreSheet(db, {
    assignmentId, comment: '', status: 'submitted', scores: new Map([[criterion!, score]]), at: new Date(),
  });
  const scores = (handle: Db) => roundResults(handle, round.id, 'mean').entries.map((e) => [e.code, e.score, e.readers]);
  return { contest, entryIds, round, assignments, save, scores };
}

it('takes in a write to a sheet that bumps the results revision without stamping the sheet, at the latest by the next write', () => {
  const db = server;
  const { entryIds, round, assignments, save, scores } = seed(db);
  assignments.forEach((a, k) => save(a.id, k === 3 ? 10 : 6));
  expect(scores(db)).toEqual([['GS-1', 8, 2], ['GS-0', 6, 2]]);

  // A future "reopen a submitted sheet" written as every other results write is: change, then bump.
  // (In packages/db it would be drizzle's update; here the same statement, in one transaction with the bump.)
  db.$client.transaction(() => {
    db.$client.prepare("update score_sheets set status = 'draft' where assignment_id = ?").run(assignments[3]!.id);
    bumpResultsRevision(db, { roundIds: [round.id] });
  })();
  // Later, unrelated writes of the contest: a tie decision, another judge's revision.
  addTieDecision(db, { roundId: round.id, entryIds: [entryIds[0]!], reason: 'Bốc thăm', decidedBy: 'gk-1', createdAt: new Date() });
  save(assignments[0]!.id, 7);

  const fresh = scores(other);
  expect(fresh).toEqual([['GS-0', 6.5, 2], ['GS-1', 6, 1]]);
  expect(scores(db)).toEqual(fresh);
});

it('takes in a judge\'s save after the contest was updated from a copy of itself read earlier (its revision went back)', () => {
  const db = server;
  const { contest, assignments, save, scores } = seed(db);
  // Read before judging, as a form or an import would keep it.
  const earlier = getContest(db, contest.id)!;
  assignments.slice(0, 3).forEach((a) => save(a.id, 6));
  expect(scores(db)).toEqual([['GS-0', 6, 2], ['GS-1', 6, 1]]);

  // The whole row passed back, its revision with it: the revision still moves forward.
  const { id: _id, createdAt: _createdAt, ...fields } = earlier;
  const before = getResultsRevision(db, contest.id)!;
  updateContest(db, contest.id, { ...fields, adjudicationMethod: 'mean-of-three' });
  expect(getResultsRevision(db, contest.id)).toBe(before + 1);
  // The last judge submits: stamped with a revision at or below the one the kept sheets were read at.
  save(assignments[3]!.id, 10);

  const fresh = scores(other);
  expect(fresh).toEqual([['GS-1', 8, 2], ['GS-0', 6, 2]]);
  expect(scores(db)).toEqual(fresh);
});
