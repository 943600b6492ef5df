import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, writeTransaction, type Db } from './client.ts';
import { createContest, listCriteria } from './queries/contests.ts';
import { createEntries, getEntry } from './queries/entries.ts';
import {
  createAssignments, createRound, createScoreSheets, getScoreSheet, listAllAssignments, listRoundSheetExportRows, listRoundSheetRows,
} from './queries/judging.ts';
import { listedSheetRows } from './queries/listed-sheets.ts';
import { createUnit, getUnit, updateUnit } from './queries/units.ts';
import { createUser, createUsers, getUser, getUserRoles } from './queries/users.ts';

let db: Db;
let other: Db;
beforeEach(() => {
  db = createDb(':memory:');
  other = createDb(':memory:');
});
afterEach(() => {
  closeDb(db);
  closeDb(other);
});

it('runs a statement prepared outside a transaction inside one, seeing its writes and its rollback', () => {
  const unit = createUnit(db, { name: 'Đảng ủy Sở Y tế', headcount: 90 });
  expect(getUnit(db, unit.id)?.name).toBe('Đảng ủy Sở Y tế');
  expect(() => writeTransaction(db, (tx) => {
    updateUnit(tx, unit.id, { name: 'Đảng ủy Sở Tư pháp' });
    expect(getUnit(tx, unit.id)?.name).toBe('Đảng ủy Sở Tư pháp');
    throw new Error('roll back');
  })).toThrow('roll back');
  expect(getUnit(db, unit.id)?.name).toBe('Đảng ủy Sở Y tế');
});

it('keeps one prepared statement per database: another database answers from its own rows', () => {
  const here = createUnit(db, { name: 'Đảng ủy Cục Thuế', headcount: 40 });
  expect(getUnit(db, here.id)?.name).toBe('Đảng ủy Cục Thuế');
  expect(getUnit(other, here.id)).toBeUndefined();
  const there = createUnit(other, { name: 'Đảng ủy Sở Xây dựng', headcount: 60 });
  expect(getUnit(other, there.id)?.name).toBe('Đảng ủy Sở Xây dựng');
  expect(getUnit(db, here.id)?.name).toBe('Đảng ủy Cục Thuế');
});

it('writes rows in bulk as the one-row functions do: defaults filled, nulls kept, ids in the order given', () => {
  const unit = createUnit(db, { name: 'Đảng ủy Sở Y tế', headcount: 90 });
  createUsers(db, [{ id: 'bulk', email: 'bulk@example.vn', fullName: 'Nguyễn Thị Ánh', unitId: unit.id, passwordHash: '!' }], ['judge']);
  createUser(db, { id: 'one', email: 'one@example.vn', fullName: 'Nguyễn Thị Ánh', unitId: unit.id, passwordHash: '!' }, ['judge']);
  const { id: _bulk, email: _bulkEmail, createdAt: bulkAt, ...bulk } = getUser(db, 'bulk')!;
  const { id: _one, email: _oneEmail, createdAt: _oneAt, ...one } = getUser(db, 'one')!;
  expect(bulk).toEqual(one);
  expect(bulkAt).toBeInstanceOf(Date);
  expect(getUserRoles(db, 'bulk')).toEqual(['judge']);

  const at = new Date('2026-11-20T03:00:00Z');
  const contest = createContest(db, {
    slug: 'bulk', title: 'Bulk', status: 'judging', submissionOpensAt: at, submissionClosesAt: at, minWords: 1, maxWords: 10,
  }, { criteria: [{ name: 'Nội dung', weight: 0.6, max: 10 }, { name: 'Hình thức', weight: 0.4, max: 10 }] });
  const [first, second] = listCriteria(db, contest.id).map((c) => c.id);
  const ids = createEntries(db, ['GS-B', 'GS-A'].map((code) => ({
    contestId: contest.id, authorId: 'one', code, title: code, status: 'submitted' as const, submittedAt: at,
  })));
  expect(ids.map((id) => getEntry(db, id)?.code)).toEqual(['GS-B', 'GS-A']);
  expect(getEntry(db, ids[0]!)).toMatchObject({ submittedAt: at, consentToPublish: false, penName: null, body: '' });

  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: at, closesAt: at });
  createAssignments(db, ids.map((entryId) => ({ roundId: round.id, entryId, judgeId: 'bulk', origin: 'initial' as const, createdAt: at })));
  const [a, b] = listAllAssignments(db, round.id);
  createScoreSheets(db, [
    { assignmentId: a!.id, comment: '', status: 'submitted', scores: new Map([[first!, 7], [second!, 8.5]]), at },
    { assignmentId: b!.id, comment: '', status: 'draft', scores: new Map([[first!, 3]]), at },
  ]);
  expect(getScoreSheet(db, a!.id)).toMatchObject({ status: 'submitted', submittedAt: at, updatedAt: at, scores: { [first!]: 7, [second!]: 8.5 } });
  // Only submitted sheets, each with its scores as criterion id, score pairs.
  expect(listRoundSheetRows(db, round.id)).toEqual([{ assignmentId: a!.id, entryId: ids[0], judgeId: 'bulk', criteria: [first, 7, second, 8.5] }]);
  // The export lists drafts too, with the entry's code; every list comes by entry, then assignment,
  // whatever order the assignments were made in.
  expect(listedSheetRows(listRoundSheetExportRows(db, round.id))).toEqual([
    {
      assignmentId: a!.id, entryId: ids[0], code: 'GS-B', judgeId: 'bulk', status: 'submitted', comment: '', updatedAt: at.getTime(),
      criteria: [first, 7, second, 8.5],
    },
    { assignmentId: b!.id, entryId: ids[1], code: 'GS-A', judgeId: 'bulk', status: 'draft', comment: '', updatedAt: at.getTime(), criteria: [first, 3] },
  ]);
  createAssignments(db, [{ roundId: round.id, entryId: ids[0]!, judgeId: 'one', origin: 'adjudication', createdAt: at }]);
  const c = listAllAssignments(db, round.id).at(-1)!;
  createScoreSheets(db, [{ assignmentId: c.id, comment: 'ba', status: 'submitted', scores: new Map([[first!, 5]]), at }]);
  expect(listRoundSheetRows(db, round.id).map((sheet) => sheet.assignmentId)).toEqual([a!.id, c.id]);
  expect(Array.from(listRoundSheetExportRows(db, round.id).assignmentId)).toEqual([a!.id, c.id, b!.id]);
  expect(listRoundSheetRows(db, round.id, ids[1]!)).toEqual([]);
});
