// Issue 13: the large-round speed-ups (arrays instead of maps, no repeated sorts) must give the very
// same numbers as the straightforward computation they replaced; the severities' solver, the same point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../assignment/ids.ts';
import type { Id } from '../assignment/types.ts';
import { fitAdditiveModel, solveSeverities } from './additive-model.ts';
import { referenceAls } from './reference-als.test-support.ts';
import { scoreEntries } from './entry-scores.ts';
import { nearlyEqual } from './descriptive.ts';
import { GOLDEN_ROUNDS, goldenFingerprint } from './golden-rounds.ts';
import { shroutFleissIcc } from './icc.ts';
import { judgePercentiles } from './median-rank.ts';
import { radixOrder, rankEntries } from './ranking.ts';
import { reliabilityReport } from './reliability-report.ts';
import { buildSheetTable, type SheetTable } from './sheet-table.ts';
import { SMALL_RUBRIC, smallRound } from './test-support.ts';
import type { ScoredSheet } from './types.ts';

/**
 * Taken from the code before the speed-ups (commit eb78830), its ranking's tie-break keys kept where
 * the ranking works them out (golden-rounds.ts); taken again when the severities came to be solved
 * by conjugate gradients (additive-model.ts). Against those of the ALS every number was within
 * 3.1e-9 (relative: the unshrunk severities of the fifth round, whose few shared readers left the
 * ALS's stop 3e-9 off the fixed point and the gradients' 2e-10), every ranking, tie and tie-break
 * the same; only the count of passes differed.
 */
const FINGERPRINTS = [
  'd1765bf9b29a17de26222eec0c3de80bdbc2794c762348a5fa3186f9932ca826',
  'c439e7061bbcbfd2b3ca2ecdca7f120dd736d56e1adae07db6a43dc543dd29f6',
  'd89019b89a2b1ac8eb7969cc6656013de50a86ad4c7265ea28afafb4662302c9',
  '6f98a99b2d73bedcf5ed6b09a52ee925e1f7ec7f9d01921cb3d47dc75cc54b9a',
  'fc6a874ed8e665635aa0578f310157130c4c8f05f9f2a70c7e64283890727fd7',
];

/** Percentiles as first written: each judge's sheets sorted by a comparator, highest total first. */
function referencePercentiles(table: SheetTable): Float64Array {
  const { judgeStart, judgeSheets, total } = table;
  const out = new Float64Array(total.length);
  for (let j = 0; j < table.judgeIds.length; j++) {
    const n = judgeStart[j + 1]! - judgeStart[j]!;
    if (n === 1) {
      out[judgeSheets[judgeStart[j]!]!] = 0.5;
      continue;
    }
    const own = Array.from(judgeSheets.subarray(judgeStart[j]!, judgeStart[j + 1]!)).sort((a, b) => total[b]! - total[a]! || a - b);
    let i = 0;
    while (i < n) {
      let k = i;
      while (k + 1 < n && nearlyEqual(total[own[k + 1]!]!, total[own[k]!]!)) k++;
      for (let t = i; t <= k; t++) out[own[t]!] = (i + k) / 2 / (n - 1);
      i = k + 1;
    }
  }
  return out;
}

/** Bit-for-bit equality of two float arrays (NaN equals NaN, 0 differs from −0). */
const sameBits = (x: Float64Array, y: Float64Array) => x.length === y.length && x.every((v, i) => Object.is(v, y[i]));

/** A random round with random (possibly mixed, possibly large) ids and real-valued totals. */
const idStyle = fc.constantFrom('small', 'large', 'text');
const roundWithIds = fc.tuple(smallRound, idStyle, fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 60, maxLength: 60 }))
  .map(([sheets, style, noise]) => sheets.map((s, i): ScoredSheet => {
    const n = Number(s.entryId);
    const entryId: Id = style === 'small' ? n : style === 'large' ? n * 1e9 : `e${String(n).padStart(3, '0')}`;
    return { ...s, entryId, total: s.total + noise[i % 60]! };
  }));

describe('large-round fast path', () => {
  it('reproduces the fingerprints of the straightforward computation on fixed simulated rounds', () => {
    expect(GOLDEN_ROUNDS.map(goldenFingerprint)).toEqual(FINGERPRINTS);
  });

  it('property: the severities solved by conjugate gradients are where the ALS as first written stops, and its fixed point', () => {
    fc.assert(fc.property(roundWithIds, fc.constantFrom(0, 0.5, 3), (sheets, ratio) => {
      const table = buildSheetTable(sheets);
      const { part, parts } = fitAdditiveModel(table);
      const tolerance = 1e-9;
      const solved = solveSeverities(table, ratio, new Float64Array(table.judgeIds.length), part, parts, tolerance, 1000);
      expect(solved.converged).toBe(true);
      // Where it stops, one sweep of the ALS moves no severity by more than the tolerance (and rounding).
      const sweep = referenceAls(table, ratio, part, parts, 0, 1, solved.b);
      expect(Math.max(0, ...sweep.b.map((v, j) => Math.abs(v - solved.b[j]!)))).toBeLessThanOrEqual(tolerance + 1e-12);
      // The entry effects are the ALS's entry step from those severities, bit for bit.
      expect(sameBits(solved.a, referenceAls(table, ratio, part, parts, 0, 0, solved.b).a)).toBe(true);
      // And the point is the ALS's fixed point, as near as the ALS itself gets to it.
      const fixed = referenceAls(table, ratio, part, parts, 1e-14, 100_000);
      expect(fixed.converged).toBe(true);
      const off = (x: Float64Array, y: Float64Array) => Math.max(0, ...x.map((v, i) => Math.abs(v - y[i]!)));
      expect(Math.max(off(solved.a, fixed.a), off(solved.b, fixed.b))).toBeLessThan(1e-7);
    }));
  });

  it('property: percentiles from plain-number sorts equal those of the comparator sort, ties and float noise included', () => {
    const noisy = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 1e-13, -1e-13, 1e-6, -0)), { minLength: 60, maxLength: 60 });
    fc.assert(fc.property(roundWithIds, noisy, (sheets, values) => {
      const table = buildSheetTable(sheets.map((s, i) => ({ ...s, total: values[i % 60]![0] + values[i % 60]![1] })));
      expect(sameBits(judgePercentiles(table), referencePercentiles(table))).toBe(true);
    }));
  });

  it('property: the radix order of a whole list is the comparator order (descending or not, NaN last, then canonical)', () => {
    const value = fc.oneof(fc.constantFrom(0, -0, Number.NaN, 1, -1, 2.5, 1e-300, -1e300, Number.MIN_VALUE), fc.double());
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), fc.boolean(), fc.integer(), (values, higher, seed) => {
      const n = values.length;
      const key = Float64Array.from(values);
      // A canonical order unrelated to the input order.
      const canon = new Int32Array(n);
      Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7919 + seed) % n) - ((b * 7919 + seed) % n) || a - b).forEach((i, p) => (canon[i] = p));
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
        const x = key[a]!;
        const y = key[b]!;
        if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || canon[a]! - canon[b]!;
        return (higher ? y - x : x - y) || canon[a]! - canon[b]!;
      });
      expect(radixOrder(key, higher, canon)).toEqual(expected);
    }));
  });

  it('property: entries numbered through an array or a map give the same table', () => {
    fc.assert(fc.property(roundWithIds, (sheets) => {
      const table = buildSheetTable(sheets);
      expect([...table.entryIds]).toEqual([...new Set(sheets.map((s) => s.entryId))].sort(compareIds));
      // Shifting ids past the array's reach takes the map: same order, same arrays.
      const shifted = buildSheetTable(sheets.map((s) => ({ ...s, entryId: typeof s.entryId === 'number' ? s.entryId + 2 ** 40 : s.entryId })));
      expect(shifted.entryOf).toEqual(table.entryOf);
      expect(shifted.judgeOf).toEqual(table.judgeOf);
      expect(sameBits(shifted.total, table.total)).toBe(true);
    }));
  });

  it('property: the ranking is the same whether scores come in table order or shuffled', () => {
    fc.assert(fc.property(roundWithIds, fc.integer(), (sheets, seed) => {
      const scored = scoreEntries(sheets, { method: 'corrected' });
      const scores = scored.entries.map((e) => ({ entryId: e.entryId, score: Math.round(e.corrected) }));
      const shuffled = [...scores].sort((x, y) => ((Number(compareIds(x.entryId, y.entryId) > 0) ^ (seed & 1)) ? 1 : -1));
      const decisions = [scores.slice(0, 3).map((s) => s.entryId)];
      expect(rankEntries(shuffled, sheets, SMALL_RUBRIC, { decisions })).toEqual(rankEntries(scores, sheets, SMALL_RUBRIC, { decisions, table: scored.fit.table }));
    }));
  });

  it('property: complete blocks and kappa pairs are those of grouping by reader-set text and counting pairs in a map', () => {
    fc.assert(fc.property(roundWithIds, (sheets) => {
      const table = buildSheetTable(sheets);
      const report = reliabilityReport(sheets, SMALL_RUBRIC, { minBlockEntries: 2, minSharedEntries: 2, maxBlocks: 1000 });
      const groups = new Map<string, number[]>();
      const shared = new Map<string, number>();
      for (let e = 0; e < table.entryIds.length; e++) {
        const readers = Array.from(table.judgeOf.subarray(table.entryStart[e]!, table.entryStart[e + 1]!));
        readers.forEach((j, i) => readers.slice(i + 1).forEach((k) => shared.set(`${j},${k}`, (shared.get(`${j},${k}`) ?? 0) + 1)));
        if (readers.length >= 2) groups.set(readers.join(','), [...(groups.get(readers.join(',')) ?? []), e]);
      }
      const blocks = [...groups].filter(([, entries]) => entries.length >= 2).map(([key, entries]) => ({
        judgeIds: key.split(',').map((j) => table.judgeIds[Number(j)]),
        entries: entries.length,
        meanSquares: shroutFleissIcc(entries.map((e) => Array.from(table.total.subarray(table.entryStart[e]!, table.entryStart[e + 1]!)))).meanSquares,
      })).sort((a, b) => b.entries - a.entries || b.judgeIds.length - a.judgeIds.length);
      expect(report.icc.blocks.map((b) => ({ judgeIds: b.judgeIds, entries: b.entries, meanSquares: b.meanSquares }))).toEqual(blocks);
      const pairs = [...shared].filter(([, n]) => n >= 2).map(([key, n]) => ({ key: key.split(',').map(Number), n }))
        .sort((x, y) => x.key[0]! - y.key[0]! || x.key[1]! - y.key[1]!)
        .map(({ key, n }) => ({ judgeIds: key.map((j) => table.judgeIds[j]), shared: n }));
      expect(report.kappa.map((k) => ({ judgeIds: k.judgeIds, shared: k.shared }))).toEqual(pairs);
    }));
  });
});
