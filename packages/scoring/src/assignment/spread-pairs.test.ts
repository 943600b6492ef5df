import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectKeepsRules, tableSpecArb, trackerOf, type TableSpec } from './local-search.fixtures.ts';
import { createRng } from './prng.ts';
import { spreadPairs } from './spread-pairs.ts';

const members = (spec: TableSpec): number[][] => spec.blocked.map((_, c) => spec.readers.flatMap((_, e) => (spec.entryClass[e] === c ? [e] : [])));

describe('spreadPairs', () => {
  it('breaks up pairs that read everything together', () => {
    const spec: TableSpec = {
      judgeCount: 4,
      blocked: [new Uint8Array(4)],
      readers: [[0, 1], [0, 1], [2, 3], [2, 3]],
      fixedCount: new Int32Array(4),
      entryClass: new Int32Array(4),
      cap: new Float64Array(4).fill(2),
    };
    const tracker = trackerOf(spec);
    expect(tracker.pairSquares).toBe(8);
    const swaps = spreadPairs(tracker, members(spec), createRng(1), { passes: 4, tries: 8 });
    expect(swaps).toBeGreaterThan(0);
    expect(tracker.pairSquares).toBe(4); // four different pairs
    expectKeepsRules(spec, tracker, expect);
  });

  it('keeps every load, cap, rule and fixed reader, and never raises Σ pair²', () => {
    fc.assert(fc.property(tableSpecArb, fc.integer(), (spec, seed) => {
      const tracker = trackerOf(spec);
      const before = tracker.pairSquares;
      const loads = Array.from(tracker.table.load);
      spreadPairs(tracker, members(spec), createRng(seed), { passes: 3, tries: 6 });
      expect(tracker.pairSquares).toBeLessThanOrEqual(before);
      expect(Array.from(tracker.table.load)).toEqual(loads);
      expectKeepsRules(spec, tracker, expect);
    }), { seed: 16, numRuns: 300 });
  });
});
