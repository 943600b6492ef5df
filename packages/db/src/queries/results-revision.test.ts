import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, writeTransaction, type Db } from '../client.ts';
import { createContest, listCriteria } from './contests.ts';
import { createEntry, markEntrySubmitted } from './entries.ts';
import {
  createAssignments, createRound, createScoreSheets, getScoreSheet, listAllAssignments, listRoundSheetExportDetails, listRoundSheetExportRows, listRoundSheetRows,
  createComparisonRecusal, listSheetsChangedSince, saveScoreSheet,
  scoreRangeByCriterion, setAssignmentStatus,
} from './judging.ts';
import { listedSheetRows } from './listed-sheets.ts';
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
  const recusal = { roundId: round.id, judgeId: 'nhung', entryId: entry.id, createdAt: new Date() };
  expect(createComparisonRecusal(db, recusal)).toBe(true);
  expectMoved(5);
  // Recorded already: nothing written, nothing to recompute.
  expect(createComparisonRecusal(db, recusal)).toBe(false);
  expectMoved(5);
  bumpResultsRevision(db, { contestId });
  expectMoved(6);
  bumpResultsRevision(db, { entryId: entry.id + 1000 });
  expectMoved(6);
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

it('stamps a sheet with the revision of its last write, or of its assignment\'s, and lists the sheets stamped since a revision', () => {
  const contest = createContest(db, {
    slug: 'c', title: 'C', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code: 'GS-000003', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(db, ['a', 'b'].map(() => ({ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial' as const, createdAt: new Date() })));
  const [first, second] = listAllAssignments(db, round.id);
  createScoreSheets(db, [{ assignmentId: second!.id, comment: '', status: 'submitted', scores: new Map([[criterion!, 5]]), at: new Date() }]);
  const start = getResultsRevision(db, contest.id)!;
  expect(getScoreSheet(db, second!.id)?.resultsRevision).toBe(start);

  const changed = (assignmentId: number, status: string, criteria: number[], active: boolean) => ({
    assignmentId, entryId: entry.id, code: 'GS-000003', judgeId: 'nhung', status, comment: '', updatedAt: expect.any(Number), criteria, active,
  });
  const save = (status: 'draft' | 'submitted', score: number) =>
    saveScoreSheet(db, { assignmentId: first!.id, comment: '', status, scores: new Map([[criterion!, score]]), at: new Date() });
  expect(save('draft', 4).resultsRevision).toBe(start + 1);
  expect(getResultsRevision(db, contest.id)).toBe(start + 1);
  expect(listSheetsChangedSince(db, round.id, start)).toEqual([changed(first!.id, 'draft', [criterion!, 4], true)]);
  expect(listSheetsChangedSince(db, round.id, start + 1)).toEqual([]);

  save('submitted', 7);
  expect(listSheetsChangedSince(db, round.id, start + 1)).toEqual([changed(first!.id, 'submitted', [criterion!, 7], true)]);
  expect(getScoreSheet(db, first!.id)?.scores).toEqual({ [criterion!]: 7 });

  // A recused reader's sheet no longer counts, whenever it was saved.
  setAssignmentStatus(db, second!.id, 'recused', 'Cùng đơn vị');
  expect(getResultsRevision(db, contest.id)).toBe(start + 3);
  expect(listSheetsChangedSince(db, round.id, start + 2)).toEqual([changed(second!.id, 'submitted', [criterion!, 5], false)]);
});

it('keeps the rubric guard on a contest\'s own sheets: the range of scores given on each of its criteria', () => {
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  const contest = createContest(db, { slug: 'd', title: 'D', ...window }, {
    criteria: [{ name: 'Nội dung', weight: 0.5, max: 10 }, { name: 'Hình thức', weight: 0.5, max: 10 }],
  });
  const [first, second] = listCriteria(db, contest.id).map((c) => c.id);
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  for (const [code, score] of [['GS-000010', 2.5], ['GS-000011', 9]] as const) {
    const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code, title: 'T', body: '<p>x</p>', wordCount: 1 });
    createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
    const assignment = listAllAssignments(db, round.id).find((a) => a.entryId === entry.id)!;
    saveScoreSheet(db, { assignmentId: assignment.id, comment: '', status: 'draft', scores: new Map([[first!, score]]), at: new Date() });
  }
  expect(scoreRangeByCriterion(db, contest.id, [first!, second!])).toEqual(new Map([[first!, { min: 2.5, max: 9 }]]));
  expect(scoreRangeByCriterion(db, contestId, [first!, second!])).toEqual(new Map());
});

it('stamps from triggers watching every column results read, so that a column added later is classified (0013)', () => {
  const watched = (trigger: string) => {
    const sql = (db.$client.prepare('select sql from sqlite_master where name = ?').get(trigger) as { sql: string }).sql;
    return [...(/UPDATE OF (.*?) ON/s.exec(sql)?.[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).sort();
  };
  const columns = (table: string) => (db.$client.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[])
    .map((c) => c.name);
  // Every column of a sheet but its id and the stamp itself.
  expect(watched('score_sheets_stamp_update')).toEqual(columns('score_sheets').filter((c) => !['id', 'results_revision'].includes(c)).sort());
  // Every column of an assignment results read: not why a reader was recused, nor when assigned.
  expect(watched('assignments_stamp_update')).toEqual(
    columns('assignments').filter((c) => !['id', 'recusal_reason', 'created_at'].includes(c)).sort(),
  );
});

it('refuses to move an assignment to another round or a sheet to another assignment: kept sheets would keep the old row (0014)', () => {
  const contest = createContest(db, {
    slug: 'e', title: 'E', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code: 'GS-000020', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const [first, second] = ['Sơ khảo', 'Chung khảo'].map((name) => createRound(db, {
    contestId: contest.id, name, kind: 'preliminary', opensAt: new Date(), closesAt: new Date(),
  }));
  createAssignments(db, [0, 1].map(() => ({ roundId: first!.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial' as const, createdAt: new Date() })));
  const [a, b] = listAllAssignments(db, first!.id);
  saveScoreSheet(db, { assignmentId: a!.id, comment: '', status: 'submitted', scores: new Map([[criterion!, 5]]), at: new Date() });
  expect(() => db.$client.prepare('update assignments set round_id = ? where id = ?').run(second!.id, a!.id)).toThrow('an assignment stays in its round');
  expect(() => db.$client.prepare('update score_sheets set assignment_id = ? where assignment_id = ?').run(b!.id, a!.id))
    .toThrow('a score sheet stays with its assignment');
  expect(listAllAssignments(db, first!.id).map((x) => x.id)).toEqual([a!.id, b!.id]);
  expect(getScoreSheet(db, a!.id)?.scores).toEqual({ [criterion!]: 5 });
  // Writing the same round or assignment again is no move.
  db.$client.prepare('update assignments set round_id = round_id, status = status where id = ?').run(a!.id);
});

it('starts a new contest\'s revision at the highest of the others, so its rounds\' stamps are not below last year\'s', () => {
  for (let k = 0; k < 5; k++) bumpResultsRevision(db, { contestId });
  const window = { submissionOpensAt: new Date(Date.UTC(2027, 2, 1)), submissionClosesAt: new Date(Date.UTC(2027, 3, 1)) };
  const next = createContest(db, { slug: 'nam-sau', title: 'Năm sau', ...window, resultsRevision: 0 });
  expect(getResultsRevision(db, next.id)).toBe(getResultsRevision(db, contestId));
});

it('hands over a sheet\'s text and scores exactly as written, whatever characters the comment holds', () => {
  const contest = createContest(db, {
    slug: 'e', title: 'E', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 0.5, max: 10 }, { name: 'Hình thức', weight: 0.5, max: 10 }] });
  const [content, form] = listCriteria(db, contest.id).map((c) => c.id);
  const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code: 'GS-000020', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
  const [assignment] = listAllAssignments(db, round.id);
  const comment = 'Bài "hay" ], [ \\ \n\t\u0000\u2028 {"1":2} null,\'; — Đạt 😀';
  const at = new Date(Date.UTC(2026, 4, 1, 8, 30));
  saveScoreSheet(db, { assignmentId: assignment!.id, comment, status: 'submitted', scores: new Map([[content!, 7.25], [form!, 0]]), at });
  const scores = [content, 7.25, form, 0];
  expect(listRoundSheetRows(db, round.id)).toEqual([{ assignmentId: assignment!.id, entryId: entry.id, judgeId: 'nhung', criteria: scores }]);
  expect(listedSheetRows(listRoundSheetExportRows(db, round.id))).toEqual([{
    assignmentId: assignment!.id, entryId: entry.id, code: 'GS-000020', judgeId: 'nhung', status: 'submitted', comment, updatedAt: at.getTime(), criteria: scores,
  }]);
});

it('fails the read of a round whose stored scores text is not one JSON value, rather than shifting every later sheet', () => {
  const contest = createContest(db, {
    slug: 'e', title: 'E', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  for (const code of ['GS-000030', 'GS-000031']) {
    const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code, title: 'T', body: '<p>x</p>', wordCount: 1 });
    createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
  }
  const [first, second] = listAllAssignments(db, round.id);
  for (const assignment of [first!, second!]) {
    saveScoreSheet(db, { assignmentId: assignment.id, comment: '', status: 'submitted', scores: new Map([[criterion!, 6]]), at: new Date() });
  }
  const start = getResultsRevision(db, contest.id)!;
  // A repair typed into the sqlite3 shell: JSON.parse takes the joined text, json(scores) did not.
  db.$client.prepare('update score_sheets set scores = ? where assignment_id = ?').run(`{"${criterion}":5},{"${criterion}":9}`, first!.id);
  expect(() => listRoundSheetRows(db, round.id)).toThrow(/malformed/);
  expect(() => listRoundSheetExportRows(db, round.id)).toThrow(/malformed/);
  expect(() => listSheetsChangedSince(db, round.id, start)).toThrow(/malformed/);
});

it('fails the read of a round whose stored scores texts keep the count of values only together, rather than reading a sheet made of their pieces', () => {
  const contest = createContest(db, {
    slug: 'e2', title: 'E2', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  const entryIds = ['GS-000032', 'GS-000033', 'GS-000034'].map((code) => {
    const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code, title: 'T', body: '<p>x</p>', wordCount: 1 });
    createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
    return entry.id;
  });
  const [first, second] = listAllAssignments(db, round.id);
  for (const assignment of listAllAssignments(db, round.id)) {
    saveScoreSheet(db, { assignmentId: assignment.id, comment: '', status: 'submitted', scores: new Map([[criterion!, 6]]), at: new Date() });
  }
  // Two repairs typed into the sqlite3 shell: the first opens an array the second closes, and adds
  // as many values as it took. The count is right, and every later sheet would be read from the
  // wrong values: the second sheet gone, one of 10 points on the third entry by a judge "7".
  const store = db.$client.prepare('update score_sheets set scores = ? where assignment_id = ?');
  store.run(`{"${criterion}":5},[0`, first!.id);
  store.run(`{"${criterion}":6}],${entryIds[2]},7,{"${criterion}":10}`, second!.id);
  expect(() => listRoundSheetRows(db, round.id)).toThrow(/malformed/);
});

it('reads a stored scores text as the scores it holds, or fails the read: never another score', () => {
  const contest = createContest(db, {
    slug: 'g', title: 'G', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code: 'GS-000040', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
  const [assignment] = listAllAssignments(db, round.id);
  saveScoreSheet(db, { assignmentId: assignment!.id, comment: '', status: 'submitted', scores: new Map(), at: new Date() });
  const store = db.$client.prepare('update score_sheets set scores = ? where assignment_id = ?');
  // Texts typed by hand, or written by anything but saveScoreSheet: each read as what it says, or refused.
  const readAs = (text: string) => {
    store.run(text, assignment!.id);
    try {
      return listRoundSheetRows(db, round.id)[0]!.criteria;
    } catch (error) {
      expect(String(error)).toMatch(/malformed/);
      return 'refused';
    }
  };
  const canonicalKey = fc.integer({ min: 0, max: 10_000 }).map(String);
  const key = fc.oneof(canonicalKey, fc.string(), fc.constantFrom('":', '{"', ',"', '1":2,"3', '1e2', '-1', '01', ' 1', ''));
  const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.jsonValue(), fc.constantFrom('7', '":5', '{"1":2}', '1,"2":3'));
  fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 5 }), fc.boolean(), (scores, spaced) => {
    const read = readAs(JSON.stringify(scores, null, spaced ? 1 : undefined));
    const entries = Object.entries(scores);
    if (read === 'refused') {
      // Refused only when the text is spaced, or holds something other than integer ids with numbers.
      const asSaved = !spaced && entries.every(([id, score]) => id === String(Number(id)) && Number.isInteger(Number(id)) && typeof score === 'number');
      expect(asSaved).toBe(false);
    } else {
      // What was read is what the object says, each id by its number.
      expect(read).toEqual(entries.flatMap(([id, score]) => [Number(id), score]));
    }
  }), { numRuns: 500 });
  expect(readAs('{"1":"7"}')).toBe('refused');
  expect(readAs('{"1": "7"}')).toBe('refused');
  expect(readAs('{"1":{"2":3}}')).toBe('refused');
  expect(readAs('{"1":7}')).toEqual([1, 7]);
  expect(readAs('{}')).toEqual([]);
});

it('refuses a stored scores text that gives a criterion two scores, rather than reading the first where the object read the last', () => {
  const contest = createContest(db, {
    slug: 'h', title: 'H', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const entry = createEntry(db, { contestId: contest.id, authorId: 'nhung', code: 'GS-000050', title: 'T', body: '<p>x</p>', wordCount: 1 });
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(db, [{ roundId: round.id, entryId: entry.id, judgeId: 'nhung', origin: 'initial', createdAt: new Date() }]);
  const [assignment] = listAllAssignments(db, round.id);
  saveScoreSheet(db, { assignmentId: assignment!.id, comment: '', status: 'draft', scores: new Map([[criterion!, 6]]), at: new Date() });
  const start = getResultsRevision(db, contest.id)! - 1;
  // Typed in by hand: JSON.parse of the object kept the last (9), the pairs would give the first (5).
  db.$client.prepare('update score_sheets set scores = ?, status = ? where assignment_id = ?').run(`{"${criterion}":5,"${criterion}":9}`, 'submitted', assignment!.id);
  expect(() => listRoundSheetRows(db, round.id)).toThrow(/malformed/);
  expect(() => listRoundSheetExportRows(db, round.id)).toThrow(/malformed/);
  expect(() => listSheetsChangedSince(db, round.id, start)).toThrow(/malformed/);
  db.$client.prepare('update score_sheets set status = ? where assignment_id = ?').run('draft', assignment!.id);
  expect(() => listRoundSheetExportDetails(db, round.id)).toThrow(/malformed/);
});

it('reads the export\'s sheets in runs of whole entries, the same sheets in the same order as one read', () => {
  const contest = createContest(db, {
    slug: 'f', title: 'F', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  const round = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  const entryIds = Array.from({ length: 7 }, (_, i) => createEntry(db, {
    contestId: contest.id, authorId: 'nhung', code: `GS-00010${i}`, title: 'T', body: '<p>x</p>', wordCount: 1,
  }).id);
  // Three readers of the first entry, one or two of the others, made out of entry order.
  const readers = [3, 1, 2, 1, 2, 2, 1];
  createAssignments(db, [...entryIds].reverse().flatMap((entryId) => Array.from({ length: readers[entryIds.indexOf(entryId)]! }, () => ({
    roundId: round.id, entryId, judgeId: 'nhung', origin: 'initial' as const, createdAt: new Date(),
  }))));
  const assignments = listAllAssignments(db, round.id);
  createScoreSheets(db, assignments.map((a, k) => ({
    assignmentId: a.id, comment: `Nhận xét ${k}`, status: k % 3 === 0 ? 'draft' as const : 'submitted' as const, scores: new Map([[criterion!, k % 11]]), at: new Date(),
  })));
  const whole = listedSheetRows(listRoundSheetExportRows(db, round.id));
  expect(whole).toHaveLength(assignments.length);
  expect(whole.map((row) => row.entryId)).toEqual([...whole.map((row) => row.entryId)].sort((a, b) => a - b));
  for (const sheetsPerRead of [1, 2, 3, 4, 100]) expect(listedSheetRows(listRoundSheetExportRows(db, round.id, sheetsPerRead))).toEqual(whole);
});
