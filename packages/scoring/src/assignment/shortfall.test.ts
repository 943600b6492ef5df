import { describe, expect, it } from 'vitest';
import { solveBalancedFlow, type FlowClass } from './balance-flow.ts';
import { createRng } from './prng.ts';
import { findShortGroups } from './shortfall.ts';

const flowClass = (size: number, need: number, blocked: number[]): FlowClass => ({
  size, need, blocked: Uint8Array.from(blocked), eligible: blocked.filter((b) => b === 0).length,
});
const inf = Number.POSITIVE_INFINITY;

describe('findShortGroups', () => {
  it('names the saturated judges, the demand and the capacity (a minimum cut)', () => {
    // Classes 0 and 1 compete for judges 0 and 1 (room 2 each); class 2 uses judge 2 freely.
    const classes = [flowClass(2, 1, [0, 0, 1]), flowClass(2, 2, [0, 0, 1]), flowClass(3, 1, [1, 1, 0])];
    const out = solveBalancedFlow(classes, Int32Array.from([0, 0, 0]), Float64Array.from([2, 2, inf]), createRng(3));
    expect(out.deficient.reduce((s, d) => s + d.missing, 0)).toBe(2);
    const groups = findShortGroups(out.network, out.deficient.map((d) => d.cls));
    expect(groups).toEqual([{ classes: [0, 1], judges: [0, 1], demand: 6, capacity: 4 }]);
  });

  it('counts judges a class already uses to the limit as capacity outside the cut', () => {
    // One entry needing 3 readers with judges 0 (no room) and 1, 2 (room): the entry can use each once.
    const classes = [flowClass(1, 3, [0, 0, 0])];
    const out = solveBalancedFlow(classes, Int32Array.from([0, 0, 0]), Float64Array.from([0, inf, inf]), createRng(3));
    const groups = findShortGroups(out.network, out.deficient.map((d) => d.cls));
    expect(groups).toEqual([{ classes: [0], judges: [0], demand: 3, capacity: 2 }]);
  });

  it('keeps independent shortages apart', () => {
    const classes = [flowClass(3, 1, [0, 1]), flowClass(3, 1, [1, 0])];
    const out = solveBalancedFlow(classes, Int32Array.from([0, 0]), Float64Array.from([1, 2]), createRng(3));
    const groups = findShortGroups(out.network, out.deficient.map((d) => d.cls));
    expect(groups).toEqual([
      { classes: [0], judges: [0], demand: 3, capacity: 1 },
      { classes: [1], judges: [1], demand: 3, capacity: 2 },
    ]);
  });
});
