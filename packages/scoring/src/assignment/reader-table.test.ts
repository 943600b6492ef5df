import { describe, expect, it } from 'vitest';
import { ReaderTable } from './reader-table.ts';

// Entries: 0 reads [0 (fixed), 1], 1 reads [2, 3], 2 reads [1]. Class 0 blocks judge 4.
const make = () => new ReaderTable({
  readers: [[0, 1], [2, 3], [1]],
  fixedCount: Int32Array.from([1, 0, 0]),
  entryClass: Int32Array.from([0, 0, -1]),
  blocked: [Uint8Array.from([0, 0, 0, 0, 1])],
  judgeCount: 5,
  cap: Float64Array.from([9, 9, 9, 2, 0]),
});

describe('ReaderTable', () => {
  it('lays readers out flat with fixed ones first, and counts loads and room', () => {
    const table = make();
    expect(Array.from(table.readers(0))).toEqual([0, 1]);
    expect(Array.from(table.readers(2))).toEqual([1]);
    expect(table.firstMovable(0)).toBe(1);
    expect(table.hasMovable(0)).toBe(true);
    expect(Array.from(table.load)).toEqual([1, 2, 1, 1, 0]);
    expect(Array.from(table.room)).toEqual([8, 7, 8, 1, 0]);
  });

  it.each([
    [0, 2, true],
    [0, 1, false], // already reading
    [0, 0, false], // already reading (fixed)
    [0, 4, false], // blocked by the class
    [2, 0, false], // entry without a class has nothing movable
  ])('canTake(entry %d, judge %d) = %s', (e, j, expected) => {
    expect(make().canTake(e, j)).toBe(expected);
  });

  it('set moves load and room', () => {
    const table = make();
    table.set(1, 3);
    expect(Array.from(table.readers(0))).toEqual([0, 3]);
    expect(Array.from(table.load)).toEqual([1, 1, 1, 2, 0]);
    expect(Array.from(table.room)).toEqual([8, 8, 8, 0, 0]);
  });

  it('finds the entry owning a slot', () => {
    const table = make();
    expect([0, 1, 2, 3, 4].map((s) => table.entryOfSlot(s))).toEqual([0, 0, 1, 1, 2]);
  });
});
