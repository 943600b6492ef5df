import { getResultsRevision, listedSheetRows, type ListedSheets } from '@guong-sang/db';
import { expect, it } from 'vitest';
import { toCsv } from '../exports/csv-write.ts';
import { scoreSheetsTable } from '../exports/tables.ts';
import { exportTexts } from '../lib/document-texts.ts';
import { roundListedSheets, roundListedSheetsSince } from './round-sheets.ts';
import { outcome, typedInRound } from './typed-in-round.test-support.ts';

/*
 * A review's attack on 6b695fc: a score sheet's status, comment or time edited by hand (SQL) is
 * read by the patch after a write (roundListedSheetsSince: the JSON.parse read of the sheets
 * changed since, then listedSheetsOfRows) and by a whole read (the scanner of listed-sheets.ts).
 * The two must agree, or both refuse the stored text as malformed; the export of what the patch
 * gives must be written.
 */
it('patches a sheet edited by hand to what a whole read gives, or refuses it alike', () => {
  const { handle, contest, round, assignments } = typedInRound((k) => (k % 2 ? 'draft' : 'submitted'));
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
    const read = outcome(() => listedSheetRows(patched = roundListedSheetsSince(handle, round, kept, revision) ?? roundListedSheets(handle, round)));
    expect(read, label).toEqual(outcome(() => listedSheetRows(roundListedSheets(handle, round))));
    // What the patch gives is written: a CSV of every sheet.
    if (patched) expect(Buffer.concat(toCsv(scoreSheetsTable(handle, round, texts, patched))).length, label).toBeGreaterThan(0);
  }
});
