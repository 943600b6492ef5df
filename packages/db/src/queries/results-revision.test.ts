import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, writeTransaction, type Db } from '../client.ts';
import { createContest } from './contests.ts';
import { createEntry, markEntrySubmitted } from './entries.ts';
import { createAssignments, createRound, listAllAssignments, setAssignmentStatus } from './judging.ts';
import { bumpResultsRevision, getResultsRevision } from './results-revision.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

let db: Db;
let contestId: number;
let otherContestId: number;

beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 180 });
  createUser(db, { id: 'nhung', email: 'nhung@example.vn', fullName: 'Nhung', unitId: unit.id, passwordHash: 'x' });
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  contestId = createContest(db, { slug: 'a', title: 'A', ...window }).id;
  otherContestId = createContest(db, { slug: 'b', title: 'B', ...window }).id;
});
afterEach(() => closeDb(db));

const revisions = () => [getResultsRevision(db, contestId), getResultsRevision(db, otherContestId)];

it('moves only the contest an entry, an assignment or a round belongs to', () => {
  const entry = createEntry(db, { contestId, authorId: 'nhung', code: 'GS-000001', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const round = createRound(db, { contestId, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  const start = revisions();
  const expectMoved = (by: number) => expect(revisions()).toEqual([start[0]! + by, start[1]]);

  markEntrySubmitted(db, entry.id, { submittedAt: new Date(), consentToPublish: true, penName: null });
  expectMoved(1);
  bumpResultsRevision(db, { entryId: entry.id });
  expectMoved(2);
  createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
  expectMoved(3);
  setAssignmentStatus(db, listAllAssignments(db, round.id)[0]!.id, 'recused', 'Cùng đơn vị');
  expectMoved(4);
  bumpResultsRevision(db, { contestId });
  expectMoved(5);
  bumpResultsRevision(db, { entryId: entry.id + 1000 });
  expectMoved(5);
});

it('bumps with the transaction it is part of: a rollback leaves the revision as it was', () => {
  const entry = createEntry(db, { contestId, authorId: 'nhung', code: 'GS-000002', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const before = revisions();
  expect(() => writeTransaction(db, (tx) => {
    bumpResultsRevision(tx, { entryId: entry.id });
    expect(getResultsRevision(tx, contestId)).toBe(before[0]! + 1);
    throw new Error('roll back');
  })).toThrow('roll back');
  expect(revisions()).toEqual(before);
  bumpResultsRevision(db, 'every-contest');
  expect(revisions()).toEqual([before[0]! + 1, before[1]! + 1]);
});
