// The severities' conjugate-gradient solver (solveSeverities) held to what the ALS it replaced gave
// (reference-als.test-support.ts) where the ALS was fine: converged, finite, the same ranking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitAdditiveModel } from './additive-model.ts';
import { nearlyEqual } from './descriptive.ts';
import { scoreEntries } from './entry-scores.ts';
import { rankEntries } from './ranking.ts';
import { alsFitBefore } from './reference-als.test-support.ts';
import { buildSheetTable } from './sheet-table.ts';
import { simulateRound } from './simulate.ts';
import { SHROUT_FLEISS, sheet, sheetsFromMatrix } from './test-support.ts';

/** A rubric at the contest API's limits (weights and scales up to 1000): totals in the millions. */
const BIG_RUBRIC = Array.from({ length: 8 }, (_, i) => ({ id: i + 1, weight: 1000, min: 0, max: 1000 }));

const bigRound = (seed: number) => simulateRound({
  entries: 300, judges: 12, readersPerEntry: 2, rubric: BIG_RUBRIC, qualitySd: 150, criterionSd: 50, noiseSd: 60, severitySpread: 40, seed,
}).sheets;

/**
 * A random round on BIG_RUBRIC: every entry read by two judges next to each other in a ring, each
 * criterion scored the entry's quality plus the judge's severity plus noise.
 */
const bigRandomRound = fc
  .record({ entries: fc.integer({ min: 10, max: 110 }), judges: fc.integer({ min: 3, max: 12 }) })
  .chain(({ entries, judges }) => fc.tuple(
    fc.array(fc.integer({ min: -100, max: 100 }), { minLength: judges, maxLength: judges }),
    fc.array(fc.record({
      first: fc.nat({ max: judges - 1 }),
      quality: fc.integer({ min: 100, max: 850 }),
      noise: fc.array(fc.array(fc.nat({ max: 49 }), { minLength: 8, maxLength: 8 }), { minLength: 2, maxLength: 2 }),
    }), { minLength: entries, maxLength: entries }),
  ).map(([severity, plan]) => plan.flatMap(({ first, quality, noise }, e) => [0, 1].map((r) => {
    const j = (first + r) % judges;
    return sheet(e + 1, j + 1, noise[r]!.map((n) => quality + severity[j]! + n), BIG_RUBRIC);
  }))));

describe('severities solved by conjugate gradients, against the ALS they replaced', () => {
  it('on totals in the millions, converges wherever the ALS did, to the same ranking', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const sheets = bigRound(seed);
      const scored = scoreEntries(sheets, { method: 'corrected' });
      const before = alsFitBefore(scored.fit.table, scored.fit);
      expect(before.converged).toBe(true);
      expect(scored.model.converged).toBe(true);
      const ranking = rankEntries(scored.entries.map((e) => ({ entryId: e.entryId, score: e.corrected })), sheets, BIG_RUBRIC);
      const rankingBefore = rankEntries(scored.entries.map((e, i) => ({ entryId: e.entryId, score: before.entryEffect[i]! })), sheets, BIG_RUBRIC);
      expect(ranking.entries.map((e) => [e.entryId, e.rank])).toEqual(rankingBefore.entries.map((e) => [e.entryId, e.rank]));
      scored.entries.forEach((e, i) => expect(nearlyEqual(e.corrected, before.entryEffect[i]!)).toBe(true));
    }
  });

  it('property: on totals in the millions, converges wherever the ALS did', () => {
    fc.assert(fc.property(bigRandomRound, (sheets) => {
      const table = buildSheetTable(sheets);
      const fit = fitAdditiveModel(table);
      if (alsFitBefore(table, fit).converged) expect(fit.converged).toBe(true);
    }), { numRuns: 200 });
  });

  it('gives finite severities where totals are so large their squares overflow, as the ALS did', () => {
    // The table takes any finite total; the gradients' dot products square the residuals.
    const table = buildSheetTable(sheetsFromMatrix(SHROUT_FLEISS.map((row) => row.map((x) => x * 1e200))));
    const fit = fitAdditiveModel(table);
    const before = alsFitBefore(table, fit);
    expect([...before.severityUnshrunk, ...before.entryEffect].every(Number.isFinite)).toBe(true);
    expect([...fit.severityUnshrunk, ...fit.entryEffectUnshrunk, ...fit.entryEffect].every(Number.isFinite)).toBe(true);
    expect(fit.converged).toBe(before.converged);
  });
});
