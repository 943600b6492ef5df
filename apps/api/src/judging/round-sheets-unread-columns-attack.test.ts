import { getResultsRevision, listedSheetRows } from '@guong-sang/db';
import { expect, it } from 'vitest';
import { roundListedSheets, roundListedSheetsSince, roundSheets, roundSheetsSince } from './round-sheets.ts';
import { columns, outcome, typedInRound } from './typed-in-round.test-support.ts';

/*
 * A review's attack on the patch after a write (round-sheets.ts): the sheets changed since are read
 * whole, every column of every stamped sheet of the round, drafts and sheets of inactive
 * assignments too. A value typed in by hand that the read refuses, in a sheet or column the whole
 * read of the counted (or listed) sheets does not take, must not fail the patch where a whole read
 * gives the sheets: the two agree, or both refuse the stored text as malformed.
 */
it('patches sheets as a whole read gives them when a changed sheet is malformed only where that read does not look', () => {
  const { handle, contest, round, assignments, criterionId: c1 } = typedInRound((k) => (k === 1 ? 'draft' : 'submitted'));
  const [submitted, draft, , recused] = assignments as [number, number, number, number];
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
