import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasImprovingPath, solveBalancedFlow, type FlowClass } from './balance-flow.ts';
import { createRng } from './prng.ts';

const flowClass = (size: number, need: number, blocked: number[]): FlowClass => ({
  size, need, blocked: Uint8Array.from(blocked), eligible: blocked.filter((b) => b === 0).length,
});
const inf = Number.POSITIVE_INFINITY;

describe('solveBalancedFlow', () => {
  it.each<[string, FlowClass[], number[], number[], number[]]>([
    ['one class spread evenly', [flowClass(3, 2, [0, 0, 0])], [0, 0, 0], [inf, inf, inf], [2, 2, 2]],
    ['existing load is levelled out', [flowClass(4, 1, [0, 0, 0])], [3, 0, 0], [inf, inf, inf], [3, 2, 2]],
    ['a cap holds a judge down', [flowClass(7, 1, [0, 0, 0])], [0, 0, 0], [1, inf, inf], [1, 3, 3]],
    // Class 0 may only use judge 0; class 1 anyone: class 1 goes to judges 1 and 2.
    ['a restricted class', [flowClass(2, 1, [0, 1, 1]), flowClass(4, 1, [0, 0, 0])], [0, 0, 0], [inf, inf, inf], [2, 2, 2]],
    // A judge takes each entry of a class at most once: 2 entries × 2 readers with 3 judges.
    ['per-entry limit', [flowClass(2, 2, [0, 0, 0])], [0, 0, 0], [inf, inf, inf], [2, 1, 1]],
  ])('%s', (_, classes, baseLoad, room, loads) => {
    const out = solveBalancedFlow(classes, Int32Array.from(baseLoad), Float64Array.from(room), createRng(1));
    expect(out.deficient).toEqual([]);
    expect([...out.network.load].sort((a, b) => b - a)).toEqual([...loads].sort((a, b) => b - a));
    expect(hasImprovingPath(out.network)).toBe(false);
  });

  it('reports classes it cannot fill', () => {
    const out = solveBalancedFlow([flowClass(3, 2, [0, 0])], Int32Array.from([0, 0]), Float64Array.from([2, 2]), createRng(1));
    expect(out.deficient).toEqual([{ cls: 0, missing: 2 }]);
  });

  it('ends feasible and with no improving path on random networks', () => {
    const arb = fc.record({
      judges: fc.integer({ min: 1, max: 9 }),
      classes: fc.array(fc.record({ size: fc.integer({ min: 1, max: 6 }), need: fc.integer({ min: 1, max: 3 }), mask: fc.nat() }), { minLength: 1, maxLength: 6 }),
      base: fc.array(fc.nat(4), { minLength: 9, maxLength: 9 }),
      caps: fc.array(fc.option(fc.nat(8), { nil: undefined }), { minLength: 9, maxLength: 9 }),
      seed: fc.integer(),
    });
    fc.assert(fc.property(arb, ({ judges, classes, base, caps, seed }) => {
      const list = classes.map((c) => flowClass(c.size, c.need, Array.from({ length: judges }, (_, j) => (c.mask >> j) & 1)));
      const room = Float64Array.from({ length: judges }, (_, j) => caps[j] ?? inf);
      const baseLoad = Int32Array.from(base.slice(0, judges));
      const out = solveBalancedFlow(list, baseLoad, room, createRng(seed));
      const net = out.network;
      const missing = new Map(out.deficient.map((d) => [d.cls, d.missing]));
      list.forEach((c, i) => {
        let sum = 0;
        for (let j = 0; j < judges; j++) {
          const x = net.flow[i]![j]!;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(c.size);
          if (c.blocked[j] === 1) expect(x).toBe(0);
          sum += x;
        }
        expect(sum + (missing.get(i) ?? 0)).toBe(c.size * c.need);
      });
      for (let j = 0; j < judges; j++) {
        expect(net.added[j]).toBeLessThanOrEqual(room[j]!);
        expect(net.load[j]).toBe(baseLoad[j]! + net.added[j]!);
      }
      if (out.deficient.length === 0) expect(hasImprovingPath(net)).toBe(false);
      else expect(net.search([], out.deficient[0]!.cls, null, (j) => net.spare(j), 1)).toEqual([]);
    }), { seed: 12, numRuns: 400 });
  });
});
