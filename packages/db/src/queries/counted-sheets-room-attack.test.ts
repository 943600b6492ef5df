import fc from 'fast-check';
import { expect, it } from 'vitest';
import {
  countedSheetsOf, countedSheetsUpTo, countedSheetsWithRoomOf, gatherCountedSheets, isCountedSheets, joinCountedSheets, joinIntoRoom, type CountedSheets,
} from './counted-sheets.ts';
import { asRows, sheetsText } from './counted-sheets.test-support.ts';

/*
 * A review's attack on the join into the room after a read (joinIntoRoom): the thread's part as
 * another thread may number it (judges in any order, judges listed and never named, a judge of the
 * lower part too), of any size against the room; and what becomes of the joined sheets once kept:
 * the thread's buffers written again, a second join, a patch after a write, the export's views.
 * Every step must leave them what a copy of both parts gives.
 */
const sheet = fc.record({
  assignmentId: fc.integer({ min: 1, max: 200 }),
  entryId: fc.integer({ min: 1, max: 60 }),
  judgeId: fc.oneof(fc.constantFrom('an', 'bình', 'chi', 'dũng', ''), fc.nat(300).map((n) => `gk-${n}`)),
  criteria: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 7 }).map((ids) => ids.flatMap((id) => [id, id / 2])),
});
const inOrder = <T extends { assignmentId: number; entryId: number }>(sheets: readonly T[]) => [...sheets].sort((x, y) => x.entryId - y.entryId || x.assignmentId - y.assignmentId);
const textOf = (sheets: readonly { assignmentId: number; entryId: number; judgeId: string; criteria: readonly number[] }[]) => ({
  sheets: sheets.length, values: sheetsText(sheets.flatMap((s) => [s.assignmentId, s.entryId, s.judgeId, s.criteria])),
});

/** The thread's part renumbered: its judges listed in `order` (a permutation), with `unused` listed too and never named. */
function renumbered(part: CountedSheets, order: readonly number[], unused: readonly string[]): CountedSheets {
  const ids = order.map((j) => part.judgeIds[j]!);
  const place = new Map(order.map((j, at) => [j, at]));
  const spare = unused.filter((id) => !ids.includes(id));
  return { ...part, judgeIds: [...spare, ...ids], judge: Int32Array.from(part.judge, (j) => spare.length + place.get(j)!) };
}

const copy = (sheets: CountedSheets): CountedSheets => structuredClone(sheets);

it('joins into the room what a copy of both parts gives, and the joined sheets stay so through all that follows', () => {
  fc.assert(fc.property(
    fc.array(sheet, { maxLength: 160 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom(0, 0.1, 0.5, 0.8518, 1, 3), fc.nat(), fc.uniqueArray(fc.constantFrom('an', 'zz', 'ê'), { maxLength: 2 }),
    fc.array(sheet, { maxLength: 4 }),
    (all, cut, roomShare, seed, unused, written) => {
      const unique = [...new Map(all.map((s) => [s.assignmentId, s])).values()];
      const lowerText = textOf(inOrder(unique.filter((s) => s.entryId <= cut)));
      const read = countedSheetsOf(textOf(inOrder(unique.filter((s) => s.entryId > cut))));
      const order = read.judgeIds.map((_, j) => j).sort((a, b) => ((a * 7 + seed) % 5) - ((b * 7 + seed) % 5) || a - b);
      const upper = renumbered(read, order, unused);
      expect(isCountedSheets(upper)).toBe(true);
      const expected = joinCountedSheets(countedSheetsOf(lowerText), upper);
      const lower = countedSheetsWithRoomOf(lowerText, roomShare);
      const joined = joinIntoRoom(lower, upper);
      expect(joined).toEqual(expected);
      // What one read of every sheet gives: the parts' judges, however numbered, listed as it lists them.
      expect(joined).toEqual(countedSheetsOf(textOf(inOrder(unique))));
      const kept = copy(joined);
      // The thread's buffers written again after the join (they are this thread's once sent).
      upper.assignmentId.fill(0);
      upper.pairs.fill(-1);
      upper.judge.fill(0);
      // A second join of the same read, with another part.
      const other = countedSheetsOf(textOf(inOrder(written.map((s) => ({ ...s, entryId: 61 + s.entryId })))));
      joinIntoRoom(lower, other);
      // The export's views on the kept sheets, and a patch after a write taking in `written` sheets.
      const upTo = countedSheetsUpTo(joined, cut);
      expect(asRows(upTo)).toEqual(asRows(kept).filter((s) => s.entryId <= cut));
      const added = countedSheetsOf(textOf(inOrder(written)));
      const picks = { count: joined.count + added.count, part: new Uint8Array(joined.count + added.count), sheet: new Int32Array(joined.count + added.count) };
      for (let k = 0; k < joined.count; k++) picks.sheet[k] = k;
      for (let k = 0; k < added.count; k++) {
        picks.part[joined.count + k] = 1;
        picks.sheet[joined.count + k] = k;
      }
      gatherCountedSheets([joined, added], picks);
      expect(joined).toEqual(kept);
    },
  ), { numRuns: 3000 });
});
