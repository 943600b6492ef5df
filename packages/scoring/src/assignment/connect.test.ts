import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { components } from './co-reading.ts';
import { connectComponents } from './connect.ts';
import { expectKeepsRules, tableSpecArb, trackerOf, type TableSpec } from './local-search.fixtures.ts';
import { createRng } from './prng.ts';

const options = { workBudget: 1_000_000, kicksPerComponent: 20 };
const squares = (load: Int32Array): number => load.reduce((s, x) => s + x * x, 0);

describe('connectComponents', () => {
  it.each<[string, TableSpec]>([
    ['two islands joined by a swap', {
      judgeCount: 4, blocked: [new Uint8Array(4)], readers: [[0, 1], [0, 1], [2, 3], [2, 3]],
      fixedCount: new Int32Array(4), entryClass: new Int32Array(4), cap: new Float64Array(4).fill(2),
    }],
    ['an island joined by a shift to an idle judge', {
      // Loads 2,2,1,1 → swap is impossible (classes block), but judge 3's load 0… handled by a shift.
      judgeCount: 4, blocked: [Uint8Array.from([0, 0, 1, 0]), Uint8Array.from([1, 1, 0, 0])], readers: [[0, 1], [0, 1], [2]],
      fixedCount: new Int32Array(3), entryClass: Int32Array.from([0, 0, 1]), cap: new Float64Array(4).fill(3),
    }],
    ['a fixed reader is not moved, the movable one is', {
      judgeCount: 4, blocked: [new Uint8Array(4)], readers: [[0, 1], [0, 1], [2, 3], [2, 3]],
      fixedCount: Int32Array.from([2, 1, 2, 1]), entryClass: new Int32Array(4), cap: new Float64Array(4).fill(2),
    }],
  ])('%s', (_, spec) => {
    const tracker = trackerOf(spec);
    expect(components(tracker.table).count).toBeGreaterThan(1);
    const phi = squares(tracker.table.load);
    connectComponents(tracker, createRng(1), options);
    expect(components(tracker.table).count).toBe(1);
    expect(squares(tracker.table.load)).toBe(phi);
    expectKeepsRules(spec, tracker, expect);
  });

  it('never adds components, never changes Σ load², keeps every rule', () => {
    fc.assert(fc.property(tableSpecArb, fc.integer(), (spec, seed) => {
      const tracker = trackerOf(spec);
      const before = components(tracker.table).count;
      const sortedLoads = Array.from(tracker.table.load).sort((a, b) => a - b);
      connectComponents(tracker, createRng(seed), options);
      expect(components(tracker.table).count).toBeLessThanOrEqual(before);
      // Shifts trade two loads that differ by one: the multiset of loads is unchanged.
      expect(Array.from(tracker.table.load).sort((a, b) => a - b)).toEqual(sortedLoads);
      expectKeepsRules(spec, tracker, expect);
    }), { seed: 17, numRuns: 300 });
  });
});

describe('connectComponents on a budget', () => {
  it('returns even when its budget allows a single evaluation and no sampled move is valid', () => {
    // Two islands whose classes forbid every crossing move.
    const spec: TableSpec = {
      judgeCount: 4,
      blocked: [Uint8Array.from([0, 0, 1, 1]), Uint8Array.from([1, 1, 0, 0])],
      readers: [[0, 1], [0, 1], [2, 3], [2, 3]],
      fixedCount: new Int32Array(4), entryClass: Int32Array.from([0, 0, 1, 1]), cap: new Float64Array(4).fill(9),
    };
    for (const workBudget of [0, 10, 100, 1_000_000]) {
      const tracker = trackerOf(spec);
      connectComponents(tracker, createRng(1), { workBudget, kicksPerComponent: 20 });
      expect(components(tracker.table).count).toBe(2);
      expectKeepsRules(spec, tracker, expect);
    }
  });
});
