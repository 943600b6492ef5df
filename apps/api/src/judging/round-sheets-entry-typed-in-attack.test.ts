import { getResultsRevision, listedSheetRows } from '@guong-sang/db';
import { expect, it } from 'vitest';
import { roundListedSheets, roundListedSheetsSince, roundSheets, roundSheetsSince } from './round-sheets.ts';
import { columns, outcome, typedInRound } from './typed-in-round.test-support.ts';

/*
 * A review's attack on the reads of c3f7f07: a sheet's entry edited by hand (SQL, foreign keys off
 * as the sqlite3 shell leaves them): its assignment's entry id set to no entry, or the entry's code
 * typed in as a BLOB. The patch after a write (the JSON.parse read of the sheets changed since) and
 * a whole read (the scanner) must agree, or both refuse the stored text as malformed: the listed
 * sheets need the entry's code, the counted sheets do not.
 */
it('patches a sheet whose entry is gone or whose entry code is a BLOB as a whole read gives it, or refuses it alike', () => {
  const { handle, contest, round, entryIds, assignments } = typedInRound((k) => (k % 2 ? 'draft' : 'submitted'));
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
