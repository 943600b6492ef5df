import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, listAllAssignments, listCriteria,
  saveScoreSheet, type CountedSheets,
} from '@guong-sang/db';
import { expect, onTestFinished } from 'vitest';

/*
 * The round the typed-in attacks edit by hand (SQL) before comparing the patch after a write with a
 * whole read: in memory, closed when the test ends; two entries, two judges each, one criterion,
 * every sheet scored 6 with the comment 'ổn', draft or submitted as `statusOf` says of the k-th
 * assignment.
 */
export function typedInRound(statusOf: (k: number) => 'draft' | 'submitted') {
  const handle = createDb(':memory:');
  onTestFinished(() => closeDb(handle));
  const unit = createUnit(handle, { name: 'Đơn vị', headcount: 10 });
  createUsers(handle, ['tac-gia', 'gk-1', 'gk-2'].map((id, k) => ({ id, email: `u${k}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(handle, {
    slug: 'a', title: 'a', status: 'judging', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterionId] = listCriteria(handle, contest.id).map((c) => c.id);
  const entryIds = createEntries(handle, [0, 1].map((k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `a-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(handle, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(handle, entryIds.flatMap((entryId) => ['gk-1', 'gk-2'].map((judgeId) => ({
    roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const assignments = listAllAssignments(handle, round.id).map((a) => a.id);
  for (const [k, assignmentId] of assignments.entries()) {
    saveScoreSheet(handle, { assignmentId, comment: 'ổn', status: statusOf(k), scores: new Map([[criterionId!, 6]]), at: new Date() });
  }
  return { handle, contest, round, entryIds, assignments, criterionId: criterionId! };
}

/** What `read` gives, or 'refused' when it refuses the stored text (its refusal saying "malformed"). */
export function outcome<T>(read: () => T): T | 'refused' {
  try {
    return read();
  } catch (error) {
    expect.soft(String(error)).toMatch(/malformed/);
    return 'refused';
  }
}

/** Counted sheets as plain arrays, their judges by id, to compare two reads. */
export const columns = (sheets: CountedSheets | undefined) => sheets && {
  assignmentId: Array.from(sheets.assignmentId), entryId: Array.from(sheets.entryId), pairs: Array.from(sheets.pairs),
  judges: Array.from(sheets.judge, (j) => sheets.judgeIds[j]),
};
