import type { PairTracker } from './moves.ts';
import type { Rng } from './prng.ts';

/**
 * Spreads repeated pairings: a seeded local search that lowers Σ over judge pairs of (entries
 * shared)² by swaps — entries e and f trade one new reader each, which keeps every load, every
 * cap, and every conflict rule (the incoming judge must be allowed on the entry and not already
 * on it). Only improving swaps are kept. Bounded: a few passes over the entries that hold a
 * repeated pair, a few random partners per repeated reader, so it stays linear in the entries.
 *
 * This lowers repetition; it does not claim the minimum (that is a quadratic assignment problem).
 */
export function spreadPairs(tracker: PairTracker, classMembers: readonly (readonly number[])[], rng: Rng, options: { passes: number; tries: number }): number {
  const table = tracker.table;
  const movable: number[] = [];
  for (let e = 0; e < table.entryCount; e++) if (table.hasMovable(e)) movable.push(e);
  if (movable.length < 2) return 0;
  let swaps = 0;
  for (let pass = 0; pass < options.passes; pass++) {
    const hot = movable.filter((e) => hasRepeatedMovable(tracker, e));
    if (hot.length === 0) break;
    rng.shuffle(hot);
    let improved = 0;
    for (const e of hot) {
      for (let s = table.firstMovable(e); s < table.start[e + 1]!; s++) {
        const a = table.judge[s]!;
        if (tracker.worstPairOf(e, a) < 2) continue;
        for (let attempt = 0; attempt < options.tries; attempt++) {
          // Half the partners come from e's own class: same allowed judges, so the swap is allowed
          // whenever neither judge already reads the other entry.
          const c = table.entryClass[e]!;
          const members = classMembers[c]!;
          const f = attempt % 2 === 0 && members.length > 1
            ? members[rng.nextInt(members.length)]!
            : movable[rng.nextInt(movable.length)]!;
          if (f === e || !table.hasMovable(f)) continue;
          const first = table.firstMovable(f);
          const t = first + rng.nextInt(table.start[f + 1]! - first);
          const b = table.judge[t]!;
          if (b === a || !table.canTake(e, b) || !table.canTake(f, a)) continue;
          if (tracker.swapDelta(e, s, f, t) >= 0) continue;
          tracker.swap(e, s, f, t);
          improved++;
          break;
        }
      }
    }
    swaps += improved;
    if (improved === 0) break;
  }
  return swaps;
}

function hasRepeatedMovable(tracker: PairTracker, e: number): boolean {
  const table = tracker.table;
  for (let s = table.firstMovable(e); s < table.start[e + 1]!; s++) {
    if (tracker.worstPairOf(e, table.judge[s]!) >= 2) return true;
  }
  return false;
}
