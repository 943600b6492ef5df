import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPairs, pairSquares } from './co-reading.ts';
import { PairTracker } from './moves.ts';
import { ReaderTable } from './reader-table.ts';

const M = 6;
const readersArb = fc.array(fc.uniqueArray(fc.nat(M - 1), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 8 });

const build = (readers: number[][]) => {
  const table = new ReaderTable({
    readers,
    fixedCount: new Int32Array(readers.length),
    entryClass: new Int32Array(readers.length),
    blocked: [new Uint8Array(M)],
    judgeCount: M,
    cap: new Float64Array(M).fill(Number.POSITIVE_INFINITY),
  });
  const counts = countPairs(table);
  return new PairTracker(table, counts, pairSquares(counts));
};

describe('PairTracker', () => {
  it('replace keeps pair counts and Σ count² equal to a recount', () => {
    fc.assert(fc.property(readersArb, fc.nat(), fc.nat(M - 1), (readers, pick, judge) => {
      const tracker = build(readers);
      const table = tracker.table;
      const s = pick % table.judge.length;
      const e = table.entryOfSlot(s);
      if (!table.canTake(e, judge)) return;
      const before = tracker.pairSquares;
      const delta = tracker.replace(e, s, judge);
      const recount = countPairs(table);
      expect(tracker.counts).toEqual(recount);
      expect(tracker.pairSquares).toBe(pairSquares(recount));
      expect(delta).toBe(tracker.pairSquares - before);
    }), { seed: 14, numRuns: 300 });
  });

  it('swapDelta predicts swap exactly, and swapping twice undoes it', () => {
    fc.assert(fc.property(readersArb, fc.nat(), fc.nat(), (readers, p, q) => {
      const tracker = build(readers);
      const table = tracker.table;
      const s = p % table.judge.length;
      const t = q % table.judge.length;
      const e = table.entryOfSlot(s);
      const f = table.entryOfSlot(t);
      const a = table.judge[s]!;
      const b = table.judge[t]!;
      if (e === f || !table.canTake(e, b) || !table.canTake(f, a)) return;
      const start = new Map(tracker.counts);
      const predicted = tracker.swapDelta(e, s, f, t);
      expect(tracker.counts).toEqual(start);
      expect(tracker.swap(e, s, f, t)).toBe(predicted);
      expect(tracker.counts).toEqual(countPairs(table));
      tracker.swap(e, s, f, t);
      expect(tracker.counts).toEqual(start);
    }), { seed: 15, numRuns: 300 });
  });

  it('worstPairOf reports the most shared entries with a co-reader', () => {
    const tracker = build([[0, 1], [0, 1], [0, 2]]);
    expect(tracker.worstPairOf(2, 0)).toBe(1);
    expect(tracker.worstPairOf(0, 0)).toBe(2);
  });
});
