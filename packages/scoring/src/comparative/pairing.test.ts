import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBradleyTerry } from './bradley-terry.ts';
import { comparisonsTarget, nextPair, type PairingInput } from './pairing.ts';
import { itemIds, parseComparisons } from './test-support.ts';
import type { Comparison } from './types.ts';

const key = (a: string, b: string) => [a, b].sort().join('|');

/** Plays a whole round: judges ask in turn until none gets a pair. */
function playRound(items: string[], judges: string[], excluded: Map<string, Set<string>>, perItem: number, seed: number, firstWins: (pair: [string, string]) => boolean) {
  const comparisons: Comparison[] = [];
  for (let active = true; active; ) {
    active = false;
    for (const judge of judges) {
      const pair = nextPair({ items, comparisons, judge, excluded: excluded.get(judge) ?? new Set(), comparisonsPerItem: perItem, seed });
      if (!pair) continue;
      active = true;
      const [a, b] = pair;
      comparisons.push(firstWins(pair) ? { winner: a, loser: b, judge } : { winner: b, loser: a, judge });
    }
  }
  return comparisons;
}

const countsOf = (items: string[], comparisons: Comparison[]) => {
  const counts = new Map(items.map((id) => [id, 0]));
  for (const c of comparisons) {
    counts.set(c.winner, counts.get(c.winner)! + 1);
    counts.set(c.loser, counts.get(c.loser)! + 1);
  }
  return [...counts.values()];
};

const inputArbitrary = fc.integer({ min: 2, max: 10 }).chain((n) => fc.record({
  items: fc.constant(itemIds(n)),
  comparisons: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 2), fc.constantFrom('j1', 'j2', 'j3')).map(([a, b, judge]): Comparison => {
    const l = b >= a ? b + 1 : b;
    return { winner: itemIds(n)[a]!, loser: itemIds(n)[l]!, judge };
  }), { maxLength: 40 }),
  judge: fc.constantFrom('j1', 'j2', 'j3'),
  excluded: fc.subarray(itemIds(n)).map((ids) => new Set(ids)),
  comparisonsPerItem: fc.integer({ min: 1, max: 12 }),
  seed: fc.integer(),
}));

describe('comparisonsTarget', () => {
  it('is ⌈items × per item / 2⌉', () => {
    expect(comparisonsTarget(40, 10)).toBe(200);
    expect(comparisonsTarget(5, 3)).toBe(8);
    expect(comparisonsTarget(0, 10)).toBe(0);
  });
});

describe('nextPair', () => {
  it('never pairs an entry with itself, never an excluded one, never repeats a pair for the judge', () => {
    fc.assert(fc.property(inputArbitrary, (input: PairingInput) => {
      const pair = nextPair(input);
      if (!pair) return;
      const [a, b] = pair;
      expect(a).not.toBe(b);
      expect(input.items).toContain(a);
      expect(input.items).toContain(b);
      expect(input.excluded.has(a) || input.excluded.has(b)).toBe(false);
      const done = new Set(input.comparisons.filter((c) => c.judge === input.judge).map((c) => key(c.winner, c.loser)));
      expect(done.has(key(a, b))).toBe(false);
    }), { seed: 21, numRuns: 300 });
  });

  it('returns null only when no eligible entry is below target or no new eligible pair is left', () => {
    fc.assert(fc.property(inputArbitrary, (input: PairingInput) => {
      if (nextPair(input)) return;
      const counts = new Map(input.items.map((id) => [id, 0]));
      for (const c of input.comparisons) {
        counts.set(c.winner, counts.get(c.winner)! + 1);
        counts.set(c.loser, counts.get(c.loser)! + 1);
      }
      const eligible = input.items.filter((id) => !input.excluded.has(id));
      const done = new Set(input.comparisons.filter((c) => c.judge === input.judge).map((c) => key(c.winner, c.loser)));
      const open = eligible.filter((a) => counts.get(a)! < input.comparisonsPerItem)
        .some((a) => eligible.some((b) => b !== a && !done.has(key(a, b))));
      expect(open).toBe(false);
    }), { seed: 22, numRuns: 300 });
  });

  it('is a pure function of its input (same seed, same pair)', () => {
    fc.assert(fc.property(inputArbitrary, (input) => {
      expect(nextPair(input)).toEqual(nextPair({ ...input, excluded: new Set(input.excluded) }));
    }), { seed: 23, numRuns: 100 });
  });

  it('takes the entry with the fewest comparisons first', () => {
    const comparisons = parseComparisons('a b x | b c x | c a x | a b x | b c x | c a x');
    const pair = nextPair({ items: ['a', 'b', 'c', 'd'], comparisons, judge: 'y', excluded: new Set(), comparisonsPerItem: 10, seed: 4 });
    expect(pair).toContain('d');
  });

  it('among entries with equally few comparisons, pairs those closest in current estimate', () => {
    // A round-robin of five by judge x (every count 4): abilities ordered by wins 4 > 3 > 2 > 1 > 0.
    const items = ['a', 'b', 'c', 'd', 'e'];
    const comparisons = parseComparisons('a b x | a c x | a d x | a e x | b c x | b d x | b e x | c d x | c e x | d e x');
    const ability = new Map(fitBradleyTerry(items, comparisons).items.map((i) => [i.id, i.ability]));
    for (let seed = 0; seed < 20; seed++) {
      const [u, v] = nextPair({ items, comparisons, judge: 'y', excluded: new Set(), comparisonsPerItem: 10, seed })!;
      const gap = Math.abs(ability.get(u)! - ability.get(v)!);
      const nearest = (z: string) => Math.min(...items.filter((o) => o !== z).map((o) => Math.abs(ability.get(o)! - ability.get(z)!)));
      // One of the two (the one drawn first) has the other as its nearest neighbour.
      expect(Math.min(Math.abs(nearest(u) - gap), Math.abs(nearest(v) - gap))).toBeLessThan(1e-12);
    }
  });

  it('is null when every eligible entry has reached the target, or fewer than two are eligible', () => {
    const comparisons = parseComparisons('a b x | b c x | c a x');
    expect(nextPair({ items: ['a', 'b', 'c'], comparisons, judge: 'y', excluded: new Set(), comparisonsPerItem: 2, seed: 1 })).toBeNull();
    expect(nextPair({ items: ['a', 'b', 'c', 'd'], comparisons, judge: 'y', excluded: new Set(['d']), comparisonsPerItem: 2, seed: 1 })).toBeNull();
    expect(nextPair({ items: ['a', 'b'], comparisons: [], judge: 'y', excluded: new Set(['a']), comparisonsPerItem: 2, seed: 1 })).toBeNull();
    // Judge x has compared every pair of a, b, c already.
    expect(nextPair({ items: ['a', 'b', 'c'], comparisons, judge: 'x', excluded: new Set(), comparisonsPerItem: 10, seed: 1 })).toBeNull();
  });

  it('counts pending pairs toward entries and the judge’s repeats', () => {
    const base = { items: ['a', 'b', 'c', 'd'], comparisons: [], excluded: new Set<string>(), comparisonsPerItem: 10, seed: 2 };
    const other = nextPair({ ...base, judge: 'x', pending: [{ pair: ['a', 'b'], judge: 'y' }] });
    expect(new Set(other)).toEqual(new Set(['c', 'd']));
    for (let seed = 0; seed < 10; seed++) {
      const own = nextPair({ ...base, items: ['a', 'b', 'c'], judge: 'x', seed, pending: [{ pair: ['a', 'b'], judge: 'x' }] });
      expect(new Set(own)).not.toEqual(new Set(['a', 'b']));
    }
  });

  it('keeps counts even when judges work at the same moment (pairs handed out before answers come)', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 16 }), fc.integer({ min: 3, max: 5 }), fc.integer({ min: 2, max: 8 }), fc.integer(),
      fc.infiniteStream(fc.boolean()), (n, judgeCount, perItem, seed, coin) => {
        const items = itemIds(n);
        const judges = Array.from({ length: judgeCount }, (_, j) => `judge-${j}`);
        const excluded = new Map(judges.map((judge, j) => [judge, new Set(items.filter((_, i) => i % (judgeCount + 2) === j))]));
        const comparisons: Comparison[] = [];
        for (let active = true; active; ) {
          // Every judge is handed a pair, then all answer.
          const pending: { pair: [string, string]; judge: string }[] = [];
          for (const judge of judges) {
            const pair = nextPair({ items, comparisons, judge, excluded: excluded.get(judge)!, comparisonsPerItem: perItem, seed, pending });
            if (pair) pending.push({ pair, judge });
          }
          active = pending.length > 0;
          for (const { pair: [a, b], judge } of pending) comparisons.push(coin.next().value ? { winner: a, loser: b, judge } : { winner: b, loser: a, judge });
        }
        const counts = countsOf(items, comparisons);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
        expect(Math.min(...counts)).toBeGreaterThanOrEqual(perItem);
        const seen = new Set(comparisons.map((c) => `${c.judge}:${key(c.winner, c.loser)}`));
        expect(seen.size).toBe(comparisons.length);
      }), { seed: 25, numRuns: 40 });
  });

  it('keeps counts even: after a full round with several judges, max − min ≤ 2 and every entry reaches the target', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 16 }), fc.integer({ min: 3, max: 5 }), fc.integer({ min: 2, max: 8 }), fc.integer(),
      fc.infiniteStream(fc.boolean()), (n, judgeCount, perItem, seed, coin) => {
        const items = itemIds(n);
        const judges = Array.from({ length: judgeCount }, (_, j) => `judge-${j}`);
        // Each judge's own unit: two to four entries, none shared; every entry can still meet its target
        // (≥ 2 judges see it, each with ≥ 7 possible partners).
        const excluded = new Map(judges.map((judge, j) => [judge, new Set(items.filter((_, i) => i % (judgeCount + 2) === j))]));
        const comparisons = playRound(items, judges, excluded, perItem, seed, () => coin.next().value as boolean);
        const counts = countsOf(items, comparisons);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
        expect(Math.min(...counts)).toBeGreaterThanOrEqual(perItem);
        for (const c of comparisons) expect(excluded.get(c.judge)!.has(c.winner) || excluded.get(c.judge)!.has(c.loser)).toBe(false);
        // The round is the planned size, give or take the one extra an odd leftover needs.
        expect(comparisons.length).toBeLessThanOrEqual(comparisonsTarget(n, perItem) + 1);
      }), { seed: 24, numRuns: 60 });
  });
});
