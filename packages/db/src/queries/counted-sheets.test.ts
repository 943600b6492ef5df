import fc from 'fast-check';
import { expect, it } from 'vitest';
import { countedSheetsOf, countedSheetsUpTo, countedSheetsWithRoomOf, joinCountedSheets, joinIntoRoom } from './counted-sheets.ts';
import { asRows, expectSameRead, scanned, sheetsText } from './counted-sheets.test-support.ts';

const score = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -20, max: 20 }),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
  fc.constantFrom(0.1, 0.2, 0.30000000000000004, 7.25, 1e21, 5e-324, 123456789012345.6, 0.1234567890123456),
);
const judgeId = fc.oneof(fc.constantFrom('nhung', 'an', 'judge-1'), fc.string({ maxLength: 6 }), fc.stringMatching(/^[a-z0-9]{1,20}$/));
const sheet = fc.record({
  assignmentId: fc.integer({ min: 1, max: 1_000_000 }),
  entryId: fc.integer({ min: 1, max: 1_000 }),
  judgeId,
  criteria: fc.uniqueArray(fc.integer({ min: -3, max: 80 }), { maxLength: 6 }).chain((ids) => (
    fc.tuple(...ids.map((id) => score.map((value) => [id, value] as const))).map((pairs) => pairs.flat())
  )),
});

it('reads every text of sheets as JSON.parse with the old checks reads it, bit for bit, in (entry, assignment) order', () => {
  fc.assert(fc.property(fc.array(sheet, { maxLength: 12 }), fc.constantFrom('', ' ', '\n  ', '\t'), (sheets, space) => {
    const values = sheets.flatMap((s) => [s.assignmentId, s.entryId, s.judgeId, s.criteria]);
    expectSameRead(sheetsText(values, space), sheets.length);
  }), { numRuns: 1000 });
});

it('refuses what the old read refused, and reads the rest alike, when the text is damaged anywhere', () => {
  const damage = fc.constantFrom(',', '[', ']', '"', '-', '.', 'e', '0', '1', ' ', '\\', '{', '}', ':', '"0', '"-', 'null', '1e', '01', '\n');
  fc.assert(fc.property(fc.array(sheet, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(3), damage, fc.integer({ min: -1, max: 1 }), (sheets, at, cut, put, off) => {
    const text = sheetsText(sheets.flatMap((s) => [s.assignmentId, s.entryId, s.judgeId, s.criteria]));
    const where = at % (text.length + 1);
    const damaged = text.slice(0, where) + put + text.slice(where + cut);
    const count = sheets.length + off;
    expectSameRead(damaged, count);
  }), { numRuns: 3000 });
});

it('refuses a criterion named twice, a score that is not a number, and a count that does not match', () => {
  expect(scanned('1,2,"a",{"5":7,"5":8}', 1)).toBe('refused');
  expect(scanned('1,2,"a",{"5":"7"}', 1)).toBe('refused');
  expect(scanned('1,2,"a",{"5":7}', 2)).toBe('refused');
  expect(scanned('1,2,"a",{"5":7},3,4,"b",{}', 1)).toBe('refused');
  expect(scanned('1.5,2,"a",{}', 1)).toBe('refused');
  expect(scanned('1,2,"a\\u0062",{"5":7}', 1)).toEqual([{ assignmentId: 1, entryId: 2, judgeId: 'ab', criteria: [5, 7] }]);
  expect(asRows(countedSheetsOf({ sheets: 0, values: null }))).toEqual([]);
});

it('joins two halves by entry into one read, each judge once', () => {
  const lower = countedSheetsOf({ sheets: 2, values: '1,1,"a",{"5":7},2,2,"b",{"5":8}' });
  const upper = countedSheetsOf({ sheets: 2, values: '3,3,"b",{"5":9},4,3,"c",{}' });
  const joined = joinCountedSheets(lower, upper);
  expect(joined.judgeIds).toEqual(['a', 'b', 'c']);
  expect(asRows(joined)).toEqual([...asRows(lower), ...asRows(upper)]);
  expect(() => joinCountedSheets(upper, lower)).toThrow(/order/);
});

it('joins into the room after the lower half as it joins by copying, and a second join copies without touching the first', () => {
  const textOf = (sheets: readonly { assignmentId: number; entryId: number; judgeId: string; criteria: readonly number[] }[]) => ({
    sheets: sheets.length, values: sheetsText(sheets.flatMap((s) => [s.assignmentId, s.entryId, s.judgeId, s.criteria])),
  });
  const inOrder = fc.array(sheet, { maxLength: 14 }).map((sheets) => [...sheets].sort((x, y) => x.entryId - y.entryId || x.assignmentId - y.assignmentId));
  fc.assert(fc.property(inOrder, fc.integer({ min: 0, max: 1_000 }), fc.constantFrom(0, 0.3, 1, 4), fc.boolean(), (sheets, cut, roomShare, shuffled) => {
    const lowerSheets = sheets.filter((s) => s.entryId <= cut);
    // A lower read out of order is sorted into columns of its own: no room then.
    const lowerText = textOf(shuffled ? [...lowerSheets].reverse() : lowerSheets);
    const upper = countedSheetsOf(textOf(sheets.filter((s) => s.entryId > cut)));
    const copied = joinCountedSheets(countedSheetsOf(lowerText), upper);
    const lower = countedSheetsWithRoomOf(lowerText, roomShare);
    const joined = joinIntoRoom(lower, upper);
    expect(joined).toEqual(copied);
    const first = structuredClone(joined);
    expect(joinIntoRoom(lower, upper)).toEqual(copied);
    expect(joined).toEqual(first);
  }), { numRuns: 1000 });
  // Room whose sheets number their judges otherwise than as they first name them: renumbered, as copied.
  const read = countedSheetsWithRoomOf({ sheets: 2, values: '1,1,"a",{"5":7},2,2,"b",{"5":8}' }, 1);
  const lower = { ...read.sheets, judge: Int32Array.of(1, 0), judgeIds: ['b', 'a'] };
  const upper = countedSheetsOf({ sheets: 1, values: '3,3,"c",{"5":9}' });
  expect(joinIntoRoom({ sheets: lower, room: read.room }, upper)).toEqual(joinCountedSheets(lower, upper));
});

it('takes the sheets of entries up to one, as views on the columns', () => {
  fc.assert(fc.property(fc.array(sheet, { maxLength: 12 }), fc.integer({ min: 0, max: 1_001 }), (sheets, lastEntryId) => {
    const read = countedSheetsOf({ sheets: sheets.length, values: sheetsText(sheets.flatMap((s) => [s.assignmentId, s.entryId, s.judgeId, s.criteria])) });
    const upTo = countedSheetsUpTo(read, lastEntryId);
    expect(asRows(upTo)).toEqual(asRows(read).filter((row) => row.entryId <= lastEntryId));
    expect(upTo.pairs.buffer).toBe(read.pairs.buffer);
  }), { numRuns: 500 });
});
