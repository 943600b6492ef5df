import fc from 'fast-check';
import { expect, it } from 'vitest';
import { weightedTotal, type CriterionScale } from '../weighted-total.ts';
import { scoreEntries, scoreTable } from './entry-scores.ts';
import { rankEntries, rankInTable } from './ranking.ts';
import { reliabilityReport, reliabilityReportOfTable } from './reliability-report.ts';
import { buildSheetTable, type SheetTable } from './sheet-table.ts';
import { sheetTableOfColumns, type SheetColumns } from './sheet-table-of-columns.ts';
import type { ScoredSheet } from './types.ts';

const rubric: CriterionScale[] = [
  { id: 7, weight: 0.5, min: 0, max: 10 },
  { id: 3, weight: 0.3, min: 0, max: 10 },
  { id: 12, weight: 0.2, min: 1, max: 5 },
];

interface Sheet { entryId: number; judgeId: string; criteria: number[] }

const score = (c: CriterionScale) => fc.oneof(fc.integer({ min: c.min, max: c.max }), fc.double({ min: c.min, max: c.max, noNaN: true }));
/** A sheet's pairs: the rubric's criteria in any order, one sometimes missing, one not in the rubric sometimes added. */
const criteria = fc.tuple(
  fc.tuple(...rubric.map((c) => fc.option(score(c), { freq: 12 }).map((value) => (value === null ? [] : [c.id, value])))),
  fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { freq: 3 }),
  fc.nat(),
).map(([pairs, extra, turn]) => {
  const all = [...pairs.filter((pair) => pair.length > 0), ...(extra === null ? [] : [[99, extra]])];
  const shift = all.length === 0 ? 0 : turn % all.length;
  return [...all.slice(shift), ...all.slice(0, shift)].flat();
});
const sheets = fc.uniqueArray(
  fc.record({ entryId: fc.integer({ min: 1, max: 40 }), judgeId: fc.constantFrom('an', 'binh', 'chi', 'dung', 'j10', 'j9'), criteria }),
  { selector: (s) => `${s.entryId}/${s.judgeId}`, minLength: 1, maxLength: 80 },
);

function columnsOf(list: readonly Sheet[]): SheetColumns {
  const judgeIds = [...new Set(list.map((s) => s.judgeId))];
  const pairStart = new Int32Array(list.length + 1);
  list.forEach((s, k) => { pairStart[k + 1] = pairStart[k]! + s.criteria.length; });
  return {
    count: list.length, entryId: Float64Array.from(list, (s) => s.entryId), judge: Int32Array.from(list, (s) => judgeIds.indexOf(s.judgeId)),
    judgeIds, pairStart, pairs: Float64Array.from(list.flatMap((s) => s.criteria)),
  };
}

/** What results made of the sheets before: an object each with its total, entries that count only. */
function scoredAsObjects(list: readonly Sheet[], counts: (entryId: number) => boolean): ScoredSheet[] {
  return list.flatMap((s) => {
    const total = counts(s.entryId) ? weightedTotal(rubric, s.criteria) : undefined;
    return total === undefined ? [] : [{ ...s, total }];
  });
}

/** Sheet s of a table as an object, its scores in the order the source gave them. */
function sheetAt(table: SheetTable, s: number): ScoredSheet {
  const i = table.sourceIndex[s]!;
  return {
    entryId: table.entryIds[table.entryOf[s]!]!, judgeId: table.judgeIds[table.judgeOf[s]!]!, total: table.total[s]!,
    criteria: Array.from(table.pairs.subarray(table.pairStart[i]!, table.pairStart[i + 1]!)),
  };
}

/** The same table but for where its sheets come from: the same sheets (scores too) in the same places. */
const sameTable = (a: SheetTable, b: SheetTable) => {
  const { source: _a, sourceIndex: _ai, pairStart: _ap, pairs: _aq, ...left } = a;
  const { source: _b, sourceIndex: _bi, pairStart: _bp, pairs: _bq, ...right } = b;
  expect(left).toEqual(right);
  const sheets = (table: SheetTable) => Array.from(table.total, (_, s) => sheetAt(table, s));
  expect(sheets(a)).toEqual(sheets(b));
};

it('makes the table buildSheetTable makes of the same sheets as objects, and the same scores, ranking and report', () => {
  fc.assert(fc.property(sheets, fc.integer({ min: 1, max: 40 }), (list, out) => {
    const counts = (entryId: number) => entryId % out !== 0;
    const objects = scoredAsObjects(list, counts);
    const table = sheetTableOfColumns(columnsOf(list), rubric, counts);
    const expected = buildSheetTable(objects);
    sameTable(table, expected);
    const scored = scoreTable(table, { method: 'corrected', adjudicated: [1, 2, 3] });
    const scoredBefore = scoreEntries(objects, { method: 'corrected', adjudicated: [1, 2, 3] });
    expect(scored.entries).toEqual(scoredBefore.entries);
    expect(scored.judges).toEqual(scoredBefore.judges);
    const ranked = scored.entries.map((e) => ({ entryId: e.entryId, score: e.raw }));
    expect(rankInTable(ranked, table, rubric)).toEqual(rankEntries(ranked, objects, rubric));
    if (objects.length > 0) expect(reliabilityReportOfTable(table, rubric)).toEqual(reliabilityReport(objects, rubric));
  }), { numRuns: 150 });
});

it('refuses a score off its scale, and keeps each sheet\'s place in the columns', () => {
  const list = [{ entryId: 2, judgeId: 'an', criteria: [7, 11, 3, 1, 12, 2] }];
  expect(() => sheetTableOfColumns(columnsOf(list), rubric, () => true)).toThrow(/outside 0–10/);
  expect(sheetTableOfColumns(columnsOf(list), rubric, () => false).total.length).toBe(0);
  const two = [{ entryId: 5, judgeId: 'binh', criteria: [7, 1, 3, 1, 12, 1] }, { entryId: 5, judgeId: 'an', criteria: [7, 2, 3, 2, 12, 2] }];
  expect(Array.from(sheetTableOfColumns(columnsOf(two), rubric, () => true).sourceIndex)).toEqual([1, 0]);
  expect(() => sheetTableOfColumns(columnsOf([two[0]!, two[0]!]), rubric, () => true)).toThrow(/two sheets/);
});
