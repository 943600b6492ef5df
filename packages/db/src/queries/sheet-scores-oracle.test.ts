import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../client.ts';
import { createContest, listCriteria } from './contests.ts';
import { createEntry } from './entries.ts';
import {
  createAssignments, createRound, createScoreSheets, listAllAssignments, listRoundSheetExportDetails, listRoundSheetExportRows,
  listRoundSheetExportRowsBetween, listRoundSheetRows, listSheetsChangedSince, saveScoreSheet, setAssignmentStatus,
} from './judging.ts';
import { listedSheetRows } from './listed-sheets.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

/*
 * Whatever the app can write into score_sheets.scores (saveScoreSheet and createScoreSheets from a
 * Map of criterion ids to finite numbers, or migration 0011's json_group_object of REAL values) is
 * read by every bulk read as the scores the stored object holds, each criterion's score exactly
 * (Object.is: -0 too), against an oracle that reads the table itself and parses each text alone.
 */

let db: Db;
beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Sở', headcount: 10 });
  for (const id of ['a', 'b', 'c']) createUser(db, { id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' });
});
afterEach(() => closeDb(db));

/** The score on `id` in pairs, the first found (none are repeated in what the app writes). */
const pairScore = (pairs: readonly number[], id: number) => {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === id) return pairs[k + 1];
  return undefined;
};

it('reads every score the app can store as the stored object says, in every bulk read', () => {
  const window = { submissionOpensAt: new Date(Date.UTC(2026, 2, 1)), submissionClosesAt: new Date(Date.UTC(2026, 3, 1)) };
  // Earlier contests push this one's criterion ids up, as a platform's later contests have.
  for (let k = 0; k < 3; k++) createContest(db, { slug: `earlier-${k}`, title: 'E', ...window }, { criteria: Array.from({ length: 20 }, (_, c) => ({ name: `c${c}`, weight: 1, max: 10 })) });
  const contest = createContest(db, { slug: 'x', title: 'X', ...window }, {
    criteria: Array.from({ length: 6 }, (_, c) => ({ name: `c${c}`, weight: 1, max: 1000 })),
  });
  const criterionIds = listCriteria(db, contest.id).map((c) => c.id);
  const round = createRound(db, { contestId: contest.id, name: 'R', kind: 'preliminary', opensAt: new Date(), closesAt: new Date() });
  const entryIds = Array.from({ length: 4 }, (_, e) => createEntry(db, {
    contestId: contest.id, authorId: 'a', code: `GS-${e}`, title: 'T', body: '<p>x</p>', wordCount: 1,
  }).id);
  createAssignments(db, entryIds.flatMap((entryId) => ['a', 'b', 'c'].map((judgeId) => ({
    roundId: round.id, entryId, judgeId, origin: 'initial' as const, createdAt: new Date(),
  }))));
  const assignmentIds = listAllAssignments(db, round.id).map((a) => a.id);
  const start = db.$client.prepare('select max(results_revision) from score_sheets').pluck().get() as number | null ?? 0;

  const score = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 2),
    fc.constantFrom(-0, 0, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2 ** 53 + 2, 0.1, 123456789012345.5),
  );
  const ids = fc.constantFrom(...criterionIds, 1, 2, 9999, 2 ** 31);
  const sheet = fc.record({
    scores: fc.array(fc.tuple(ids, score), { maxLength: 8 }),
    status: fc.constantFrom('draft' as const, 'submitted' as const),
    how: fc.constantFrom('save', 'bulk', 'migration'),
    active: fc.boolean(),
  });
  const sheetsRead = db.$client.prepare(
    'select a.id, a.status = \'active\' as active, s.status, s.scores from assignments a join score_sheets s on s.assignment_id = a.id where a.round_id = ? order by a.entry_id, a.id',
  );
  const migrated = db.$client.prepare('select json_group_object(j.value ->> 0, cast(j.value ->> 1 as real)) from json_each(?) j').pluck();
  const setScores = db.$client.prepare('update score_sheets set scores = ? where assignment_id = ?');

  fc.assert(fc.property(fc.array(sheet, { minLength: assignmentIds.length, maxLength: assignmentIds.length }), (plan) => {
    db.$client.prepare('delete from score_sheets').run();
    plan.forEach(({ scores, status, how, active }, k) => {
      const assignmentId = assignmentIds[k]!;
      setAssignmentStatus(db, assignmentId, active ? 'active' : 'recused');
      const values = { assignmentId, comment: '', status, scores: new Map(scores), at: new Date() };
      if (how === 'bulk') createScoreSheets(db, [values]);
      else saveScoreSheet(db, values);
      if (how === 'migration') {
        // As migration 0011 wrote them from score_items (value REAL): SQLite's own JSON numbers, 7.0 and 1.0e+21.
        const real = JSON.stringify([...new Map(scores)].map(([id, value]) => [id, value]));
        const text = migrated.get(real) as string;
        setScores.run(text, assignmentId);
      }
    });
    const stored = sheetsRead.all(round.id) as { id: number; active: number; status: string; scores: string }[];
    const expectSame = (assignmentId: number, pairs: readonly number[] | null) => {
      const object = JSON.parse(stored.find((row) => row.id === assignmentId)!.scores) as Record<string, number>;
      expect(pairs).not.toBeNull();
      expect(pairs!.length).toBe(2 * Object.keys(object).length);
      for (const id of new Set([...criterionIds, ...Object.keys(object).map(Number)])) {
        const [was, is] = [object[id], pairScore(pairs!, id)];
        expect(Object.is(was, is), `criterion ${id}: ${was} read as ${is}`).toBe(true);
      }
    };
    const counted = listRoundSheetRows(db, round.id);
    expect(counted.map((row) => row.assignmentId)).toEqual(stored.filter((row) => row.active && row.status === 'submitted').map((row) => row.id));
    for (const row of counted) expectSame(row.assignmentId, row.criteria);
    for (const entryId of entryIds) expect(listRoundSheetRows(db, round.id, entryId)).toEqual(counted.filter((row) => row.entryId === entryId));
    const listed = listedSheetRows(listRoundSheetExportRows(db, round.id));
    expect(listed.map((row) => row.assignmentId)).toEqual(stored.filter((row) => row.active).map((row) => row.id));
    for (const row of listed) expectSame(row.assignmentId, row.criteria);
    expect(listedSheetRows(listRoundSheetExportRows(db, round.id, 2))).toEqual(listed);
    expect(listedSheetRows(listRoundSheetExportRowsBetween(db, round.id, { first: entryIds[1]!, last: entryIds[2]! })!))
      .toEqual(listed.filter((row) => row.entryId >= entryIds[1]! && row.entryId <= entryIds[2]!));
    for (const row of listedSheetRows(listRoundSheetExportDetails(db, round.id)!)) {
      if (row.status === 'submitted') expect(row.criteria).toBeNull();
      else expectSame(row.assignmentId, row.criteria);
    }
    const changed = listSheetsChangedSince(db, round.id, start)!;
    expect(changed.map((row) => row.assignmentId)).toEqual(stored.map((row) => row.id));
    for (const row of changed) expectSame(row.assignmentId, row.criteria);
  }), { numRuns: 150 });
});
