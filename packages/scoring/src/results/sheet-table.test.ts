import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSheetTable, entryIndexOf, loadOf, readersOf } from './sheet-table.ts';
import { smallRound } from './test-support.ts';
import type { ScoredSheet } from './types.ts';

const s = (entryId: number | string, judgeId: number | string, total: number): ScoredSheet => ({ entryId, judgeId, total, criteria: [] });

describe('buildSheetTable', () => {
  it('numbers entries and judges in canonical order and groups sheets by entry, then judge', () => {
    const table = buildSheetTable([s('b', 2, 5), s(10, 'x', 1), s(2, 'x', 3), s(2, 1, 4), s('b', 'x', 6)]);
    expect(table.entryIds).toEqual([2, 10, 'b']);
    expect(table.judgeIds).toEqual([1, 2, 'x']);
    expect(Array.from(table.total)).toEqual([4, 3, 1, 5, 6]);
    expect(Array.from(table.entryStart)).toEqual([0, 2, 3, 5]);
    expect([0, 1, 2].map((e) => readersOf(table, e))).toEqual([2, 1, 2]);
    expect([0, 1, 2].map((j) => loadOf(table, j))).toEqual([1, 1, 3]);
    // Judge 'x' has sheets for entries 2, 10, 'b' in that order.
    expect(Array.from(table.judgeSheets.subarray(table.judgeStart[2]!, table.judgeStart[3]!)).map((k) => table.total[k])).toEqual([3, 1, 6]);
  });

  it('finds each entry\'s index by its id, and −1 for an entry without sheets or an unusable id', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom('a', 'b', 'x1', 'x10', 'x2')), { minLength: 1, maxLength: 40 }),
      fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom('a', 'b', 'x1', 'x10', 'x2', 'c')),
      (ids, asked) => {
        const table = buildSheetTable(ids.map((id) => s(id, 1, 1)));
        table.entryIds.forEach((id, e) => expect(entryIndexOf(table, id)).toBe(e));
        expect(entryIndexOf(table, asked)).toBe(table.entryIds.indexOf(asked));
      },
    ));
    expect(entryIndexOf(buildSheetTable([s(1, 1, 1)]), Number.NaN)).toBe(-1);
  });

  it.each([
    [[s(1, 1, 5), s(1, 1, 6)], /two sheets/],
    [[s(1, 1, Number.NaN)], /non-finite/],
    [[s(1, 1, Number.POSITIVE_INFINITY)], /non-finite/],
    [[{ entryId: Number.NaN, judgeId: 1, total: 1, criteria: [] }], /unusable id/],
  ])('refuses bad sheets (%#)', (sheets, message) => {
    expect(() => buildSheetTable(sheets as ScoredSheet[])).toThrow(message);
  });

  it('does not depend on the order sheets come in', () => {
    fc.assert(fc.property(smallRound.chain((sheets) => fc.tuple(fc.constant(sheets), fc.shuffledSubarray(sheets, { minLength: sheets.length }))), ([a, b]) => {
      const x = buildSheetTable(a);
      const y = buildSheetTable(b);
      expect(y.entryIds).toEqual(x.entryIds);
      expect(y.judgeIds).toEqual(x.judgeIds);
      expect(Array.from(y.total)).toEqual(Array.from(x.total));
      expect(Array.from(y.judgeOf)).toEqual(Array.from(x.judgeOf));
    }));
  });

  it('indexes every sheet exactly once by entry and by judge', () => {
    fc.assert(fc.property(smallRound, (sheets) => {
      const table = buildSheetTable(sheets);
      expect(table.entryStart.at(-1)).toBe(sheets.length);
      expect([...table.judgeSheets].sort((a, b) => a - b)).toEqual(sheets.map((_, i) => i));
      for (let j = 0; j < table.judgeIds.length; j++) {
        for (let k = table.judgeStart[j]!; k < table.judgeStart[j + 1]!; k++) expect(table.judgeOf[table.judgeSheets[k]!]).toBe(j);
      }
    }));
  });
});
