import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBradleyTerry } from './bradley-terry.ts';
import { DATASET, ITEMS, R_REFERENCE, itemIds, parseComparisons } from './test-support.ts';
import type { Comparison } from './types.ts';

/**
 * An independent fit: Hunter's (2004) MM algorithm on strengths π = e^θ, the prior as a virtual
 * opponent of strength 1 met `prior` times won and `prior` times lost by every item:
 *     π_i ← (wins_i + prior) / (Σ_j n_ij / (π_i + π_j) + 2·prior / (π_i + 1)).
 */
function mmAbilities(items: string[], comparisons: Comparison[], prior: number): number[] {
  const n = items.length;
  const at = new Map(items.map((id, i) => [id, i]));
  const games = Array.from({ length: n }, () => new Float64Array(n));
  const wins = new Float64Array(n);
  for (const c of comparisons) {
    const w = at.get(c.winner)!;
    const l = at.get(c.loser)!;
    wins[w]!++;
    games[w]![l]!++;
    games[l]![w]!++;
  }
  const pi = new Float64Array(n).fill(1);
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let change = 0;
    for (let i = 0; i < n; i++) {
      let denominator = (2 * prior) / (pi[i]! + 1);
      for (let j = 0; j < n; j++) if (games[i]![j]) denominator += games[i]![j]! / (pi[i]! + pi[j]!);
      const next = (wins[i]! + prior) / denominator;
      change = Math.max(change, Math.abs(Math.log(next / pi[i]!)));
      pi[i] = next;
    }
    if (change < 1e-13) break;
  }
  const theta = Array.from(pi, Math.log);
  const mean = theta.reduce((s, x) => s + x, 0) / n;
  return theta.map((x) => x - mean);
}

const comparisonsArbitrary = (n: number) =>
  fc.array(
    fc.tuple(fc.nat(n - 1), fc.nat(n - 2), fc.constantFrom('j1', 'j2', 'j3')).map(([a, b, judge]): Comparison => {
      const loser = b >= a ? b + 1 : b;
      return { winner: `e${String(a + 1).padStart(2, '0')}`, loser: `e${String(loser + 1).padStart(2, '0')}`, judge };
    }),
    { maxLength: 60 },
  );

describe('fitBradleyTerry', () => {
  it('equals the R reference (glm with the prior as pseudo-observations) to 4 decimals', () => {
    const fit = fitBradleyTerry(ITEMS, DATASET);
    expect(fit.converged).toBe(true);
    fit.items.forEach((item, i) => {
      expect(item.id).toBe(R_REFERENCE.items[i]!.id);
      expect(item.ability).toBeCloseTo(R_REFERENCE.items[i]!.ability, 4);
      expect(item.standardError).toBeCloseTo(R_REFERENCE.items[i]!.standardError, 4);
    });
  });

  it('equals an independent MM fit on any dataset, for any prior', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 8 }).chain((n) => fc.tuple(fc.constant(n), comparisonsArbitrary(n))),
      fc.constantFrom(0.1, 0.5, 2), ([n, comparisons], prior) => {
        const items = itemIds(n);
        const fit = fitBradleyTerry(items, comparisons, { prior });
        const reference = mmAbilities(items, comparisons, prior);
        expect(fit.converged).toBe(true);
        fit.items.forEach((item, i) => expect(Math.abs(item.ability - reference[i]!)).toBeLessThan(1e-7));
      }), { seed: 14, numRuns: 150 });
  });

  it('keeps an entry that won every comparison finite, at the top; one that lost every one at the bottom', () => {
    const fit = fitBradleyTerry(ITEMS, DATASET);
    const [first, ...rest] = fit.items;
    const last = fit.items.at(-1)!;
    expect(Number.isFinite(first!.ability) && Number.isFinite(first!.standardError)).toBe(true);
    expect(first!.wins).toBe(first!.comparisons);
    expect(rest.every((item) => item.ability < first!.ability)).toBe(true);
    expect(last.wins).toBe(0);
    expect(fit.items.slice(0, -1).every((item) => item.ability > last.ability)).toBe(true);
    // Even a single entry that won everything against everyone stays finite.
    const sweep = fitBradleyTerry(['a', 'b', 'c'], parseComparisons('a b x | a c x | a b y | a c y | b c x'));
    expect(sweep.items.every((item) => Number.isFinite(item.ability) && item.standardError > 0)).toBe(true);
  });

  it('orders a round-robin by wins: more wins, higher ability; equal wins, equal ability', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 3 }), fc.infiniteStream(fc.boolean()), (n, rounds, coin) => {
      const items = itemIds(n);
      const comparisons: Comparison[] = [];
      for (let r = 0; r < rounds; r++) {
        for (let a = 0; a < n; a++) {
          for (let b = a + 1; b < n; b++) {
            const aWins = coin.next().value as boolean;
            comparisons.push({ winner: items[aWins ? a : b]!, loser: items[aWins ? b : a]!, judge: `j${r}` });
          }
        }
      }
      const fit = fitBradleyTerry(items, comparisons);
      for (const x of fit.items) {
        for (const y of fit.items) {
          if (x.wins > y.wins) expect(x.ability).toBeGreaterThan(y.ability);
          if (x.wins === y.wins) expect(Math.abs(x.ability - y.ability)).toBeLessThan(1e-8);
        }
      }
    }), { seed: 3, numRuns: 100 });
  });

  it('centres the abilities on 0, counts comparisons and wins, and does not depend on the order given', () => {
    fc.assert(fc.property(comparisonsArbitrary(6), (comparisons) => {
      const items = itemIds(6);
      const fit = fitBradleyTerry(items, comparisons);
      expect(Math.abs(fit.items.reduce((s, i) => s + i.ability, 0))).toBeLessThan(1e-9);
      expect(fit.items.reduce((s, i) => s + i.comparisons, 0)).toBe(2 * comparisons.length);
      expect(fit.items.reduce((s, i) => s + i.wins, 0)).toBe(comparisons.length);
      const reversed = [...items].reverse();
      const shuffledComparisons = [...comparisons].reverse();
      const again = fitBradleyTerry(reversed, shuffledComparisons);
      for (const item of again.items) {
        const same = fit.items.find((i) => i.id === item.id)!;
        expect(item.ability).toBeCloseTo(same.ability, 9);
        expect(item.standardError).toBeCloseTo(same.standardError, 9);
      }
    }), { seed: 5, numRuns: 60 });
  });

  it('gives every item ability 0 when nothing was compared, and a stronger prior pulls estimates in', () => {
    const empty = fitBradleyTerry(['a', 'b'], []);
    expect(empty.items.map((i) => i.ability)).toEqual([0, 0]);
    const weak = fitBradleyTerry(ITEMS, DATASET, { prior: 0.1 });
    const strong = fitBradleyTerry(ITEMS, DATASET, { prior: 5 });
    expect(Math.abs(strong.items[0]!.ability)).toBeLessThan(Math.abs(weak.items[0]!.ability));
    expect(fitBradleyTerry([], DATASET)).toEqual({ items: [], iterations: 0, converged: true });
  });

  it('leaves out comparisons of items not listed; refuses a self-comparison, a repeated item, a non-positive prior', () => {
    const withStranger = fitBradleyTerry(ITEMS, [...DATASET, { winner: 'gone', loser: 'e01', judge: 'j1' }]);
    expect(withStranger.items).toEqual(fitBradleyTerry(ITEMS, DATASET).items);
    expect(() => fitBradleyTerry(['a', 'b'], [{ winner: 'a', loser: 'a', judge: 'j' }])).toThrow(/itself/);
    expect(() => fitBradleyTerry(['a', 'a'], [])).toThrow(/twice/);
    expect(() => fitBradleyTerry(['a', 'b'], [], { prior: 0 })).toThrow(/prior/);
  });

  it('reports non-convergence when stopped early', () => {
    const fit = fitBradleyTerry(ITEMS, DATASET, { maxIterations: 1 });
    expect(fit).toMatchObject({ iterations: 1, converged: false });
  });
});
