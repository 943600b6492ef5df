import {
  closeDb, createAssignments, createContest, createDb, createEntries, createRound, createUnit, createUsers, getResultsRevision, listAllAssignments,
  listCriteria, listedSheetRows, saveScoreSheet, type Db, type ListedSheets,
} from '@guong-sang/db';
import { afterEach, expect, it } from 'vitest';
import { toCsv } from '../exports/csv-write.ts';
import { scoreSheetsTable } from '../exports/tables.ts';
import { exportTexts } from '../lib/document-texts.ts';
import { roundListedSheets, roundListedSheetsSince } from './round-sheets.ts';

/*
 * A review's attack on 6b695fc: a score sheet's status, comment or time edited by hand (SQL) is
 * read by the patch after a write (roundListedSheetsSince: the JSON.parse read of the sheets
 * changed since, then listedSheetsOfRows) and by a whole read (the scanner of listed-sheets.ts).
 * The two must agree, or both refuse the stored text as malformed; the export of what the patch
 * gives must be written.
 */
let db: Db | undefined;
afterEach(() => {
  if (db) closeDb(db);
  db = undefined;
});

function outcome(read: () => ListedSheets | undefined) {
  try {
    const sheets = read();
    return sheets && listedSheetRows(sheets);
  } catch (error) {
    expect(String(error)).toMatch(/malformed/);
    return 'refused';
  }
}

it('patches a sheet edited by hand to what a whole read gives, or refuses it alike', () => {
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
  const edits: [string, unknown][] = [
    ['status', 'archived'], ['status', 'Submitted'], ['status', ''], ['status', 'draft'], ['status', 7],
    ['comment', 'Bài "hay", =1+1\u2028\ud800 rất dài rất dài rất dài'], ['comment', 12], ['comment', ''],
    ['updated_at', 'hôm qua'], ['updated_at', 1.5], ['updated_at', -1],
  ];
  const texts = exportTexts.vi;
  for (const [column, value] of edits) {
    handle.$client.prepare("update score_sheets set status = 'submitted', comment = 'ổn', updated_at = 1 where assignment_id = ?").run(assignments[2]!);
    const kept = roundListedSheets(handle, round);
    const revision = getResultsRevision(handle, contest.id)!;
    handle.$client.prepare(`update score_sheets set ${column} = ? where assignment_id = ?`).run(value, assignments[2]!);
    const label = `${column} = ${JSON.stringify(value)}`;
    let patched: ListedSheets | undefined;
    // Undefined from the patch is its caller's cue to read whole (results-cache.ts), as it does here.
    const read = outcome(() => (patched = roundListedSheetsSince(handle, round, kept, revision) ?? roundListedSheets(handle, round)));
    expect(read, label).toEqual(outcome(() => roundListedSheets(handle, round)));
    // What the patch gives is written: a CSV of every sheet.
    if (patched) expect(Buffer.concat(toCsv(scoreSheetsTable(handle, round, texts, patched))).length, label).toBeGreaterThan(0);
  }
});
