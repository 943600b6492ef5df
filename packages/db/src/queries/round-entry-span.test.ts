import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../client.ts';
import { createContest } from './contests.ts';
import { createEntry } from './entries.ts';
import { createAssignments, createRound, listAllAssignments, roundEntrySpan, setAssignmentStatus } from './judging.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

let db: Db;
beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Sở', headcount: 10 });
  for (const id of ['a', 'b']) createUser(db, { id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' });
});
afterEach(() => closeDb(db));

it('spans the lowest to the highest entry the round\'s assignments name, recused ones too, and no other round\'s', () => {
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  const contest = createContest(db, { slug: 'x', title: 'X', ...window }, { criteria: [{ name: 'c', weight: 1, max: 10 }] });
  const entryIds = Array.from({ length: 6 }, (_, e) => createEntry(db, {
    contestId: contest.id, authorId: 'a', code: `GS-${e}`, title: 'T', body: '<p>x</p>', wordCount: 1,
  }).id);
  const round = (name: string) => createRound(db, { contestId: contest.id, name, kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  const [first, second, empty] = [round('1'), round('2'), round('3')];
  const assign = (roundId: number, entries: number[]) => createAssignments(db, entries.map((entryId) => ({
    roundId, entryId, judgeId: 'b', origin: 'initial' as const, createdAt: new Date(),
  })));
  assign(first.id, [entryIds[3]!, entryIds[1]!, entryIds[2]!]);
  assign(second.id, [entryIds[0]!, entryIds[5]!]);
  expect(roundEntrySpan(db, first.id)).toEqual({ first: entryIds[1], last: entryIds[3] });
  expect(roundEntrySpan(db, second.id)).toEqual({ first: entryIds[0], last: entryIds[5] });
  const lowest = listAllAssignments(db, first.id).find((a) => a.entryId === entryIds[1])!;
  setAssignmentStatus(db, lowest.id, 'recused', 'Người thân');
  expect(roundEntrySpan(db, first.id)).toEqual({ first: entryIds[1], last: entryIds[3] });
  expect(roundEntrySpan(db, empty.id)).toBeUndefined();
  expect(roundEntrySpan(db, 999_999)).toBeUndefined();
});
