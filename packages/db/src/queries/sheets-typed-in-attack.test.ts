import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../client.ts';
import { createContest, listCriteria } from './contests.ts';
import { createEntries } from './entries.ts';
import {
  createAssignments, createRound, listAllAssignments, listRoundSheetExportDetails, listRoundSheetExportRows, listRoundSheetRows,
  listSheetsChangedSince, roundEntrySpan, saveScoreSheet,
} from './judging.ts';
import { listedSheetRows } from './listed-sheets.ts';
import { createUnit } from './units.ts';
import { createUsers } from './users.ts';

/*
 * A review's attack on c3f7f07 (and the printf('%d') read before it): a value typed in by hand
 * (SQL, foreign keys off as the sqlite3 shell leaves them) into a column a bulk read of a round's
 * sheets takes, of a kind the column's reads cannot hold: text or a REAL in an integer column (an
 * entry id, a time), a BLOB in a text column (a judge, a status, a comment). Every bulk read either
 * refuses the stored text as malformed or leaves the sheet out; it never reads the sheet with
 * another value (cast('12abc' as integer) is 12: the sheet counted for entry 12), nor throws
 * another error (json_quote() throws on a blob).
 */

let db: Db;
let roundId: number;
let assignmentIds: number[];
let entryIds: number[];

beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Đơn vị', headcount: 10 });
  createUsers(db, ['tac-gia', 'gk-1', 'gk-2'].map((id, k) => ({ id, email: `u${k}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' })));
  const contest = createContest(db, {
    slug: 'a', title: 'a', status: 'judging', submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)),
  }, { criteria: [{ name: 'Nội dung', weight: 1, max: 10 }] });
  const [criterion] = listCriteria(db, contest.id).map((c) => c.id);
  entryIds = createEntries(db, [0, 1].map((k) => ({
    contestId: contest.id, authorId: 'tac-gia', code: `a-${k}`, title: `Bài ${k}`, status: 'submitted' as const, submittedAt: new Date(),
  })));
  roundId = createRound(db, { contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() }).id;
  createAssignments(db, entryIds.flatMap((entryId) => ['gk-1', 'gk-2'].map((judgeId) => ({
    roundId, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  assignmentIds = listAllAssignments(db, roundId).map((a) => a.id);
  for (const assignmentId of assignmentIds) {
    saveScoreSheet(db, { assignmentId, comment: 'ổn', status: 'submitted', scores: new Map([[criterion!, 6]]), at: new Date(1000) });
  }
  db.$client.pragma('foreign_keys = OFF');
});
afterEach(() => closeDb(db));

/** Each bulk read's rows, as objects. */
const reads = {
  counted: () => listRoundSheetRows(db, roundId),
  countedOfEntry: () => listRoundSheetRows(db, roundId, entryIds[0]),
  listed: () => listedSheetRows(listRoundSheetExportRows(db, roundId)),
  listedInRuns: () => listedSheetRows(listRoundSheetExportRows(db, roundId, 1)),
  details: () => listedSheetRows(listRoundSheetExportDetails(db, roundId)!),
  changedSince: () => listSheetsChangedSince(db, roundId, 0)!,
} satisfies Record<string, () => readonly { assignmentId: number }[]>;

it('refuses, or leaves out, a sheet whose entry id, time, judge, status or comment was typed in as a value of another kind', () => {
  const edits: [table: string, column: string, value: unknown, field: string][] = [
    ['assignments', 'entry_id', `${entryIds[0]}abc`, 'entryId'],
    ['assignments', 'entry_id', `${entryIds[0]},${entryIds[1]}`, 'entryId'],
    ['assignments', 'entry_id', entryIds[0]! + 0.5, 'entryId'],
    ['assignments', 'entry_id', Buffer.from(String(entryIds[0])), 'entryId'],
    ['score_sheets', 'updated_at', 'hôm qua', 'updatedAt'],
    ['score_sheets', 'updated_at', '2000abc', 'updatedAt'],
    ['score_sheets', 'updated_at', 1000.5, 'updatedAt'],
    ['score_sheets', 'updated_at', Buffer.from('1000'), 'updatedAt'],
    ['assignments', 'judge_id', Buffer.from('gk-1'), 'judgeId'],
    ['score_sheets', 'comment', Buffer.from('ổn'), 'comment'],
    ['score_sheets', 'status', Buffer.from('submitted'), 'status'],
  ];
  const sheet = assignmentIds[1]!;
  const restore = db.$client.prepare("update assignments set entry_id = ?, judge_id = 'gk-2' where id = ?");
  for (const [table, column, value, field] of edits) {
    restore.run(entryIds[0], sheet);
    db.$client.prepare("update score_sheets set updated_at = 1000, comment = 'ổn', status = 'submitted' where assignment_id = ?").run(sheet);
    const where = table === 'assignments' ? 'id' : 'assignment_id';
    db.$client.prepare(`update ${table} set ${column} = ? where ${where} = ?`).run(value, sheet);
    for (const [name, read] of Object.entries(reads)) {
      const label = `${column} = ${typeof value === 'object' ? `blob ${String(value)}` : JSON.stringify(value)}: ${name}`;
      let rows: readonly Record<string, unknown>[];
      try {
        rows = read() as unknown as Record<string, unknown>[];
      } catch (error) {
        expect.soft(String(error), label).toMatch(/malformed/);
        continue;
      }
      // Read: the sheet is left out (the read's WHERE does not take the value typed in), or read
      // without that column (a submitted sheet's judge in the details is null), or with the very
      // value stored, which no number or string is.
      const row = rows.find((r) => r.assignmentId === sheet);
      if (row && field in row) expect.soft(row[field], `${label}: read as ${JSON.stringify(row[field])}`).toBeNull();
    }
  }
});

it('reads sheets of the shortest text (a judge id typed in empty, no scores) as the stored rows say, as the patch reads them', () => {
  db.$client.prepare("update assignments set judge_id = '' where round_id = ?").run(roundId);
  db.$client.prepare("update score_sheets set scores = '{}'").run();
  const stored = assignmentIds.map((assignmentId, k) => ({ assignmentId, entryId: entryIds[k >> 1]!, judgeId: '', criteria: [] }));
  expect(listRoundSheetRows(db, roundId)).toEqual(stored);
  expect(listSheetsChangedSince(db, roundId, 0)!.map(({ assignmentId, entryId, judgeId, criteria }) => ({ assignmentId, entryId, judgeId, criteria })))
    .toEqual(stored);
});

it('gives no span of a round\'s entries when an entry id was typed in as text or a BLOB, which no bound of numbers takes', () => {
  // The halves a large round is read in (round-thread.ts entryHalves) are cut from this span: a
  // text last entry id made them NaN, and reads between NaN bounds take no sheet at all. Without a
  // span (or refused) the round is read whole.
  for (const value of [`${entryIds[1]}abc`, Buffer.from(String(entryIds[1])), entryIds[1]! + 0.5]) {
    db.$client.prepare('update assignments set entry_id = ? where id = ?').run(value, assignmentIds[3]!);
    let span: unknown;
    try {
      span = roundEntrySpan(db, roundId);
    } catch (error) {
      expect(String(error)).toMatch(/malformed/);
      continue;
    }
    expect(span, `span read as ${JSON.stringify(span)}`).toBeUndefined();
  }
});

it('lists or refuses, never leaves out, the sheet of an active assignment whose entry id was typed in as text or a BLOB', () => {
  // The export lists every sheet of the round's active assignments: read between the lowest and
  // highest safe integers, a text or BLOB entry id (which sorts after every number) fell outside.
  for (const value of [`${entryIds[0]}abc`, Buffer.from(String(entryIds[0]))]) {
    db.$client.prepare('update assignments set entry_id = ? where id = ?').run(value, assignmentIds[1]!);
    for (const [name, read] of [['listed', reads.listed], ['details', reads.details]] as const) {
      let rows: readonly { assignmentId: number }[];
      try {
        rows = read();
      } catch (error) {
        expect(String(error), name).toMatch(/malformed/);
        continue;
      }
      expect(rows.map((row) => row.assignmentId), `${name}: the sheet left out`).toContain(assignmentIds[1]);
    }
  }
});
