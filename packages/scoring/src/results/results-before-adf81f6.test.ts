import fc from 'fast-check';
import { expect, it } from 'vitest';
import { weightedTotal, type CriterionScale } from '../weighted-total.ts';
import { findDisagreements as findDisagreementsBefore } from './before-adf81f6/disagreement.ts';
import { scoreEntries as scoreEntriesBefore } from './before-adf81f6/entry-scores.ts';
import { rankEntries as rankEntriesBefore } from './before-adf81f6/ranking.ts';
import { reliabilityReport as reliabilityReportBefore } from './before-adf81f6/reliability-report.ts';
import { findDisagreementsInTable } from './disagreement.ts';
import { entryScoreAt, scoreTableEntries } from './entry-scores.ts';
import { rankedEntryAt, rankScores } from './ranking.ts';
import { reliabilityReportOfTable } from './reliability-report.ts';
import { entryIndexOf } from './sheet-table.ts';
import { sheetTableOfColumns } from './sheet-table-of-columns.ts';
import type { ScoredSheet } from './types.ts';

/*
 * A review's differential test of adf81f6: what results (scores, ranking with its ties and tie
 * decisions, adjudication's resolution, the readings of each entry, the reliability report and the
 * disagreements) make of a round's sheets as columns, against what the code before it (kept in
 * before-adf81f6/) made of the same sheets as objects, as apps/api's round-results used both.
 */
const rubric: CriterionScale[] = [
  { id: 7, weight: 0.5, min: 0, max: 10 },
  { id: 3, weight: 0.3, min: 0, max: 10 },
  { id: 12, weight: 0.2, min: 1, max: 5 },
];

const judgeIds = ['an', 'binh', 'chi', 'dũng', 'j10', 'j9', '', '"q\\', '😀', 'J', 'z'.repeat(300)];
const score = (c: CriterionScale) => fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: c.min, max: Math.min(c.max, c.min + 2) }) }, fc.integer({ min: c.min, max: c.max }), fc.constantFrom(c.min + 0.1, c.min + 0.2, c.min + 0.30000000000000004, -0 + c.min, c.max - 0.5),
  fc.double({ min: c.min, max: c.max, noNaN: true }),
);
const criteria = fc.tuple(
  fc.tuple(...rubric.map((c) => fc.option(score(c), { freq: 15 }).map((value) => (value === null ? [] : [c.id, value])))),
  fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { freq: 4 }), fc.nat(),
).map(([pairs, extra, turn]) => {
  const all = [...pairs.filter((pair) => pair.length > 0), ...(extra === null ? [] : [[99, extra]])];
  const shift = all.length === 0 ? 0 : turn % all.length;
  return [...all.slice(shift), ...all.slice(0, shift)].flat();
});
const round = fc.record({
  sheets: fc.uniqueArray(
    fc.record({ entryId: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) }, fc.integer({ min: 1, max: 12 }), fc.constantFrom(5000, 2 ** 40)), judge: fc.nat(judgeIds.length - 1), criteria }),
    { selector: (s) => `${s.entryId}/${s.judge}`, maxLength: 40 },
  ).chain((list) => fc.shuffledSubarray(Array.from({ length: list.length * 3 }, (_, k) => k + 1), { minLength: list.length, maxLength: list.length })
    .map((ids) => list.map((s, k) => ({ ...s, assignmentId: ids[k]! })))),
  out: fc.integer({ min: 4, max: 13 }),
  method: fc.constantFrom('mean' as const, 'corrected' as const, 'zscore' as const),
  resolution: fc.constantFrom('closest-two' as const, 'mean-of-three' as const),
  adjudicated: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 5000]),
  decisions: fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 }), { maxLength: 3 }),
  threshold: fc.constantFrom(0.05, 0.2, 0.5),
});

it('scores, ranks, resolves, reads and reports a round as the code before adf81f6 did', () => {
  fc.assert(fc.property(round, ({ sheets: unordered, out, method, resolution, adjudicated, decisions, threshold }) => {
    const list = [...unordered].sort((a, b) => a.entryId - b.entryId || a.assignmentId - b.assignmentId);
    const counts = (entryId: number) => entryId % out !== 0;
    // Before: an object per counted sheet with its total, in (entry, assignment) order.
    let objects: (ScoredSheet & { assignmentId: number })[];
    let refusedBefore: string | undefined;
    try {
      objects = list.flatMap((s) => {
        if (!counts(s.entryId)) return [];
        const total = weightedTotal(rubric, s.criteria);
        return total === undefined ? [] : [{ entryId: s.entryId, judgeId: judgeIds[s.judge]!, total, criteria: s.criteria, assignmentId: s.assignmentId }];
      });
    } catch (error) {
      refusedBefore = String(error);
      objects = [];
    }
    const columns = {
      count: list.length, entryId: Float64Array.from(list, (s) => s.entryId), assignmentId: Float64Array.from(list, (s) => s.assignmentId),
      judge: Int32Array.from(list, (s) => s.judge), judgeIds, pairStart: new Int32Array(list.length + 1), pairs: Float64Array.from(list.flatMap((s) => s.criteria)),
    };
    list.forEach((s, k) => { columns.pairStart[k + 1] = columns.pairStart[k]! + s.criteria.length; });
    if (refusedBefore !== undefined) {
      expect(() => sheetTableOfColumns(columns, rubric, counts)).toThrow(refusedBefore.replace(/^RangeError: /, ''));
      return;
    }
    const table = sheetTableOfColumns(columns, rubric, counts);
    const options = { method, adjudicated, resolution };

    const before = scoreEntriesBefore(objects, options);
    const scored = scoreTableEntries(table, options);
    expect(table.entryIds.map((_, e) => entryScoreAt(scored, e))).toEqual(before.entries);
    expect(scored.judges).toEqual(before.judges);
    expect(scored.model).toEqual(before.model);

    const rankedBefore = rankEntriesBefore(before.entries.map((e) => ({ entryId: e.entryId, score: e.corrected })), objects, rubric, {
      decisions, table: before.fit.table as never,
    });
    const ranking = rankScores(table.entryIds, scored.corrected, table, rubric, { decisions });
    expect(Array.from(ranking.order, (_, position) => rankedEntryAt(ranking, position))).toEqual(rankedBefore.entries);
    const { entries: _entries, ...restBefore } = rankedBefore;
    expect({ ties: ranking.ties, topCriterionIds: ranking.topCriterionIds, decisionsApplied: ranking.decisionsApplied, decisionsUnused: ranking.decisionsUnused })
      .toEqual(restBefore);

    // Each entry's readings as its row shows them: by assignment, who read it and whether its score used it.
    for (const entryId of new Set(list.map((s) => s.entryId))) {
      const used = before.entries.find((e) => e.entryId === entryId)?.resolution?.corrected;
      const readingsBefore = objects.filter((s) => s.entryId === entryId)
        .map((s) => ({ judgeId: s.judgeId, total: s.total, used: !used || used.some((id) => String(id) === String(s.judgeId)) }));
      const e = entryIndexOf(table, entryId);
      const usedNow = e < 0 ? undefined : entryScoreAt(scored, e).resolution?.corrected;
      const readings = e < 0 ? [] : Array.from({ length: table.entryStart[e + 1]! - table.entryStart[e]! }, (_, k) => table.entryStart[e]! + k)
        .sort((a, b) => columns.assignmentId[table.sourceIndex[a]!]! - columns.assignmentId[table.sourceIndex[b]!]!)
        .map((s) => {
          const judgeId = table.judgeIds[table.judgeOf[s]!]!;
          return { judgeId, total: table.total[s]!, used: !usedNow || usedNow.some((id) => String(id) === String(judgeId)) };
        });
      expect(readings).toEqual(readingsBefore);
    }

    if (objects.length > 0) {
      const reportOptions = { readersPerEntry: 2, adjudicated: new Set(adjudicated) };
      expect(reliabilityReportOfTable(table, rubric, reportOptions)).toEqual(reliabilityReportBefore(objects, rubric, reportOptions));
    }
    expect(findDisagreementsInTable(table, rubric, threshold)).toEqual(findDisagreementsBefore(objects, rubric, threshold));
  }), { numRuns: 1000 });
});
