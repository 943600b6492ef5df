import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getResultsRevision, listAllAssignments,
  listCriteria, listedSheetRows, saveScoreSheet, type CountedSheets, type Db,
} from '@guong-sang/db';
import { afterEach, expect, it } from 'vitest';
import { roundListedSheets, roundListedSheetsSince, roundSheets, roundSheetsSince } from './round-sheets.ts';

/*
 * A review's attack on the reads of c3f7f07: a sheet's entry edited by hand (SQL, foreign keys off
 * as the sqlite3 shell leaves them): its assignment's entry id set to no entry, or the entry's code
 * typed in as a BLOB. The patch after a write (the JSON.parse read of the sheets changed since) and
 * a whole read (the scanner) must agree, or both refuse the stored text as malformed: the listed
 * sheets need the entry's code, the counted sheets do not.
 */
let db: Db | undefined;
afterEach(() => {
  if (db) closeDb(db);
  db = undefined;
});

function outcome(read: () => unknown) {
  try {
    return read();
  } catch (error) {
    expect.soft(String(error)).toMatch(/malformed/);
    return 'refused';
  }
}

const columns = (sheets: CountedSheets | undefined) => sheets && {
  assignmentId: Array.from(sheets.assignmentId), entryId: Array.from(sheets.entryId), pairs: Array.from(sheets.pairs),
  judges: Array.from(sheets.judge, (j) => sheets.judgeIds[j]),
};

it('patches a sheet whose entry is gone or whose entry code is a BLOB as a whole read gives it, or refuses it alike', () => {
  const handle = createDb(':memory:');
  db = handle;
  const unit = createUnit(handle, { name: 'Đơn vị', headcount: 10 });
  createUsers(handle, ['tac-gia', 'gk-1', 'gk-2'].map((id, k) => ({ id, email: `u${k}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(handle, {
    slug: 'a', title: 'a', status: 'judging', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [c1] = listCriteria(handle, contest.id).map((c) => c.id);
  const entryIds = createEntries(handle, [0, 1].map((k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `a-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(handle, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(handle, entryIds.flatMap((entryId) => ['gk-1', 'gk-2'].map((judgeId) => ({
    roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const assignments = listAllAssignments(handle, round.id).map((a) => a.id);
  for (const [k, assignmentId] of assignments.entries()) {
    saveScoreSheet(handle, { assignmentId, comment: 'ổn', status: k % 2 ? 'draft' : 'submitted', scores: new Map([[c1!, 6]]), at: new Date() });
  }
  handle.$client.pragma('foreign_keys = OFF');
  const sheet = assignments[2]!;
  const edits: [string, () => void][] = [
    ['entry id of no entry', () => handle.$client.prepare('update assignments set entry_id = 999 where id = ?').run(sheet)],
    ['entry code a BLOB', () => handle.$client.prepare("update entries set code = cast('a-1' as blob) where id = ?").run(entryIds[1]!)],
  ];
  for (const [label, edit] of edits) {
    handle.$client.prepare('update assignments set entry_id = ? where id = ?').run(entryIds[1]!, sheet);
    handle.$client.prepare("update entries set code = 'a-1' where id = ?").run(entryIds[1]!);
    const listed = roundListedSheets(handle, round);
    const counted = roundSheets(handle, round);
    const revision = getResultsRevision(handle, contest.id)!;
    edit();
    // A write to the sheet stamps it: the patch reads it again.
    handle.$client.prepare("update score_sheets set comment = 'đã sửa' where assignment_id = ?").run(sheet);
    expect.soft(outcome(() => listedSheetRows(roundListedSheetsSince(handle, round, listed, revision)!)), `${label}: listed`)
      .toEqual(outcome(() => listedSheetRows(roundListedSheets(handle, round))));
    expect.soft(outcome(() => columns(roundSheetsSince(handle, round, counted, revision))), `${label}: counted`)
      .toEqual(outcome(() => columns(roundSheets(handle, round))));
  }
});
