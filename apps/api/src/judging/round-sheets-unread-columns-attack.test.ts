import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getResultsRevision, listAllAssignments,
  listCriteria, listedSheetRows, saveScoreSheet, type CountedSheets, type Db,
} from '@guong-sang/db';
import { afterEach, expect, it } from 'vitest';
import { roundListedSheets, roundListedSheetsSince, roundSheets, roundSheetsSince } from './round-sheets.ts';

/*
 * A review's attack on the patch after a write (round-sheets.ts): the sheets changed since are read
 * whole, every column of every stamped sheet of the round, drafts and sheets of inactive
 * assignments too. A value typed in by hand that the read refuses, in a sheet or column the whole
 * read of the counted (or listed) sheets does not take, must not fail the patch where a whole read
 * gives the sheets: the two agree, or both refuse the stored text as malformed.
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

it('patches sheets as a whole read gives them when a changed sheet is malformed only where that read does not look', () => {
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
  const [submitted, draft, , recused] = assignments as [number, number, number, number];
  for (const [k, assignmentId] of assignments.entries()) {
    saveScoreSheet(handle, { assignmentId, comment: 'ổn', status: k === 1 ? 'draft' : 'submitted', scores: new Map([[c1!, 6]]), at: new Date() });
  }
  handle.$client.prepare("update assignments set status = 'recused' where id = ?").run(recused);
  const good = `{"${c1}":6}`;
  const edits: [label: string, sql: string, value: unknown, sheet: number][] = [
    ['a draft\'s scores named twice', 'update score_sheets set scores = ? where assignment_id = ?', `{"${c1}":5,"${c1}":6}`, draft],
    ['a draft\'s scores not an object', 'update score_sheets set scores = ? where assignment_id = ?', 'null', draft],
    ['a recused sheet\'s scores not an object', 'update score_sheets set scores = ? where assignment_id = ?', '[1,5]', recused],
    ['a recused sheet\'s time typed in as text', 'update score_sheets set updated_at = ? where assignment_id = ?', 'hôm qua', recused],
    ['a submitted sheet\'s time typed in as text', 'update score_sheets set updated_at = ? where assignment_id = ?', 'hôm qua', submitted],
    ['a submitted sheet\'s comment a BLOB', 'update score_sheets set comment = ? where assignment_id = ?', Buffer.from('ổn'), submitted],
  ];
  for (const [label, sqlText, value, sheet] of edits) {
    handle.$client.prepare("update score_sheets set scores = ?, updated_at = 1, comment = 'ổn'").run(good);
    const listed = roundListedSheets(handle, round);
    const counted = roundSheets(handle, round);
    const revision = getResultsRevision(handle, contest.id)!;
    handle.$client.prepare(sqlText).run(value, sheet);
    expect.soft(outcome(() => columns(roundSheetsSince(handle, round, counted, revision) ?? roundSheets(handle, round))), `${label}: counted`)
      .toEqual(outcome(() => columns(roundSheets(handle, round))));
    expect.soft(outcome(() => listedSheetRows(roundListedSheetsSince(handle, round, listed, revision) ?? roundListedSheets(handle, round))), `${label}: listed`)
      .toEqual(outcome(() => listedSheetRows(roundListedSheets(handle, round))));
  }
});
