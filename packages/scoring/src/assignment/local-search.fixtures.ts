/**
 * TEST SUPPORT — random reader tables for the local-search tests (spread-pairs, connect): a few
 * classes with random blocked judges, entries whose readers are valid for their class, some fixed.
 */
import fc from 'fast-check';
import { countPairs, pairSquares } from './co-reading.ts';
import { PairTracker } from './moves.ts';
import { ReaderTable } from './reader-table.ts';

export interface TableSpec {
  judgeCount: number;
  blocked: Uint8Array[];
  readers: number[][];
  fixedCount: Int32Array;
  entryClass: Int32Array;
  cap: Float64Array;
}

export const tableSpecArb: fc.Arbitrary<TableSpec> = fc.record({
  judgeCount: fc.integer({ min: 2, max: 7 }),
  masks: fc.array(fc.nat(127), { minLength: 1, maxLength: 3 }),
  entries: fc.array(fc.record({ cls: fc.nat(2), picks: fc.array(fc.nat(6), { minLength: 1, maxLength: 3 }), fixed: fc.nat(1) }), { minLength: 2, maxLength: 12 }),
  slack: fc.array(fc.nat(2), { minLength: 7, maxLength: 7 }),
}).map(({ judgeCount, masks, entries, slack }) => {
  const blocked = masks.map((mask) => Uint8Array.from({ length: judgeCount }, (_, j) => (mask >> j) & 1));
  const readers: number[][] = [];
  const fixed: number[] = [];
  const classes: number[] = [];
  for (const { cls, picks, fixed: f } of entries) {
    const c = cls % blocked.length;
    const list: number[] = [];
    for (const p of picks) {
      const j = p % judgeCount;
      if (!list.includes(j)) list.push(j);
    }
    // Fixed readers may be anyone; movable ones must be allowed by the class.
    const fixedCount = Math.min(f, list.length);
    const movable = list.slice(fixedCount).filter((j) => blocked[c]![j] === 0);
    readers.push([...list.slice(0, fixedCount), ...movable]);
    fixed.push(fixedCount);
    classes.push(c);
  }
  const load = new Array<number>(judgeCount).fill(0);
  for (const list of readers) for (const j of list) load[j]! += 1;
  return {
    judgeCount,
    blocked,
    readers,
    fixedCount: Int32Array.from(fixed),
    entryClass: Int32Array.from(classes),
    cap: Float64Array.from({ length: judgeCount }, (_, j) => load[j]! + slack[j]!),
  };
});

export function trackerOf(spec: TableSpec): PairTracker {
  const table = new ReaderTable({ ...spec, readers: spec.readers });
  const counts = countPairs(table);
  return new PairTracker(table, counts, pairSquares(counts));
}

/** Rules every local-search move must keep, checked against the starting spec. */
export function expectKeepsRules(spec: TableSpec, tracker: PairTracker, expect: (x: unknown) => { toBe(v: unknown): void; toEqual(v: unknown): void }): void {
  const table = tracker.table;
  for (let e = 0; e < spec.readers.length; e++) {
    const now = Array.from(table.readers(e));
    const was = spec.readers[e]!;
    expect(now.length).toBe(was.length);
    expect(new Set(now).size).toBe(now.length);
    expect(now.slice(0, spec.fixedCount[e]!)).toEqual(was.slice(0, spec.fixedCount[e]!));
    for (const j of now.slice(spec.fixedCount[e]!)) expect(spec.blocked[spec.entryClass[e]!]![j]).toBe(0);
  }
  const load = new Array<number>(spec.judgeCount).fill(0);
  for (let e = 0; e < spec.readers.length; e++) for (const j of table.readers(e)) load[j]! += 1;
  expect(Array.from(table.load)).toEqual(load);
  for (let j = 0; j < spec.judgeCount; j++) expect(load[j]! <= spec.cap[j]!).toBe(true);
  expect(tracker.counts).toEqual(countPairs(table));
  expect(tracker.pairSquares).toBe(pairSquares(tracker.counts));
}
