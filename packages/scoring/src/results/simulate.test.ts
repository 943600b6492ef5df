import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreOn } from '../criterion-scores.ts';
import { createRng } from '../assignment/prng.ts';
import { balancedDesign, normalDraw, simulateRound } from './simulate.ts';
import { RUBRIC } from './test-support.ts';

describe('simulateRound', () => {
  it('property: the design gives every entry k distinct readers and keeps loads within one', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 3 }), fc.integer(), (entries, judges, k, seed) => {
      fc.pre(k <= judges);
      const design = balancedDesign(entries, judges, k, createRng(seed));
      const load = new Array<number>(judges).fill(0);
      for (const readers of design) {
        expect(new Set(readers).size).toBe(k);
        for (const j of readers) load[j]!++;
      }
      expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);
    }));
  });

  it('is a pure function of its seed and scores within the scale', () => {
    const spec = { entries: 50, judges: 6, rubric: RUBRIC, qualitySd: 2, noiseSd: 1, extraReaderShare: 0.3, seed: 9 };
    const a = simulateRound(spec);
    const b = simulateRound(spec);
    expect(b.sheets.map((s) => s.total)).toEqual(a.sheets.map((s) => s.total));
    expect(a.adjudicated.length).toBeGreaterThan(0);
    expect(a.sheets.length).toBe(100 + a.adjudicated.length);
    for (const s of a.sheets) {
      for (const c of RUBRIC) {
        const x = scoreOn(s.criteria, c.id)!;
        expect(Number.isInteger(x) && x >= c.min && x <= c.max).toBe(true);
      }
    }
    expect(simulateRound({ ...spec, seed: 10 }).sheets.map((s) => s.total)).not.toEqual(a.sheets.map((s) => s.total));
  });

  it('draws standard normals', () => {
    const rng = createRng(3);
    const xs = Array.from({ length: 20_000 }, () => normalDraw(rng));
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(Math.abs(v - 1)).toBeLessThan(0.04);
  });
});
