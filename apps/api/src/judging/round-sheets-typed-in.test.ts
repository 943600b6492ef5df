import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getResultsRevision, listAllAssignments,
  listCriteria, saveScoreSheet, type CountedSheets, type Db,
} from '@guong-sang/db';
import { afterEach, expect, it } from 'vitest';
import { roundScoreData, roundScoreDataOf, roundSheets, roundSheetsSince } from './round-sheets.ts';

/*
 * A review's attack on adf81f6: a stored scores text typed in by hand (SQL) is read by the patch
 * after a write through the JSON.parse read of the sheets changed since, and by a whole read through
 * the scanner of counted-sheets.ts. The two must agree bit for bit, or both refuse it as malformed.
 */
let db: Db | undefined;
afterEach(() => {
  if (db) closeDb(db);
  db = undefined;
});

function outcome<T>(read: () => T): T | { refused: boolean } {
  try {
    return read();
  } catch (error) {
    expect(String(error)).toMatch(/malformed|outside/);
    return { refused: true };
  }
}

const bits = (sheets: CountedSheets | { refused: boolean } | undefined) => (sheets && 'pairs' in sheets
  ? { ...sheets, pairs: Array.from(sheets.pairs, (x) => (Object.is(x, -0) ? '-0' : x)) } : sheets);

it('patches a sheet whose scores were typed in by hand to what a whole read gives, or refuses it alike', () => {
  const handle = createDb(':memory:');
  db = handle;
  const unit = createUnit(handle, { name: 'Đơn vị', headcount: 10 });
  const judges = ['gk-"1"', 'gk-\\2', 'giám-khảo-😀'];
  createUsers(handle, ['tac-gia', ...judges].map((id, k) => ({ id, email: `u${k}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(handle, {
    slug: 'a', title: 'a', status: 'judging', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 0.7, max: 10 }, { name: 'Hình thức', weight: 0.3, max: 10 }] });
  const [c1, c2] = listCriteria(handle, contest.id).map((c) => c.id);
  const entryIds = createEntries(handle, [0, 1, 2].map((k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `a-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  const round = createRound(handle, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  createAssignments(handle, entryIds.flatMap((entryId, k) => [0, 1].map((r) => ({
    roundId: round.id, entryId, judgeId: judges[(k + r) % judges.length]!, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const assignments = listAllAssignments(handle, round.id).map((a) => a.id);
  const save = (assignmentId: number) => saveScoreSheet(handle, {
    assignmentId, comment: '', status: 'submitted', scores: new Map([[c1!, 6], [c2!, 7]]), at: new Date(),
  });
  const store = handle.$client.prepare('update score_sheets set scores = ? where assignment_id = ?');
  const typedIn = [
    `{"${c1}":0.1,"${c2}":0.2}`, `{"${c1}": 5 ,"${c2}":7}`, `{"${c1}":1e1,"${c2}":-0}`, `{"${c1}":-0.0,"${c2}":0.30000000000000004}`,
    `{"${c1}":9.999999999999999,"${c2}":1.0000000000000002}`, `{"${c1}":5.000000000000000000001,"${c2}":7E0}`, `{"${c1}":10.0,"${c2}":1e-7}`,
    `{"${c1}":5,"${c1}":6,"${c2}":7}`, `{"${c1}":"5","${c2}":7}`, `{"${c1}":1e400,"${c2}":7}`, `{"${c1}":05,"${c2}":7}`,
    `{ "${c1}":5,"${c2}":7}`, `{"${c1}":5,"${c2}":7} `, `{"${c1}":5,"${c2}":7,"999":-3}`, `{"${c1}":5,"${c2}":7,"-0":1,"0":2}`, '{}', '[]', 'null',
    `{"${c1}":5,"${c2}":7}]`, `{"${c1}":5,"${c2}":7,}`, `{"${c1}":5,\n"${c2}":7}`, `{"${c1}":123456789012345.67,"${c2}":7}`,
    `{"${c1}":5,"${c2}":7,"1.5":1}`, `{"${c1}":5,"${c2}":7,"1e2":1}`, `{"${c1}":5,"${c2}":7,"01":1}`,
    // Stored as a BLOB (typed in as x'…' or cast): SQLite's || reads its bytes as text, json_quote() refuses a blob.
    Buffer.from(`{"${c1}":4,"${c2}":7}`), Buffer.from(`{"${c1}":5,"${c2}":7,"01":1}`), Buffer.from('{}'),
  ];
  assignments.forEach(save);
  for (const text of typedIn) {
    store.run(`{"${c1}":6,"${c2}":7}`, assignments[3]!);
    const kept = roundSheets(handle, round);
    const revision = getResultsRevision(handle, contest.id)!;
    store.run(text, assignments[3]!);
    const label = typeof text === 'string' ? text : `blob ${text.toString()}`;
    // Undefined from the patch is its caller's cue to read whole (results-cache.ts), as it does here.
    const patched = outcome(() => roundSheetsSince(handle, round, kept, revision) ?? roundSheets(handle, round));
    const whole = outcome(() => roundSheets(handle, round));
    expect(bits(patched), label).toEqual(bits(whole));
    // The write was seen (the triggers stamp a sheet updated by hand): the patch took it in.
    if (text === typedIn[0]) expect(patched && 'pairs' in patched && Array.from(patched.pairs).includes(0.1)).toBe(true);
    if (patched && 'pairs' in patched) {
      expect(outcome(() => roundScoreDataOf(handle, round, patched)), label).toEqual(outcome(() => roundScoreData(handle, round)));
    }
  }
});
