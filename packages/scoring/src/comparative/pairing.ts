/**
 * Which two entries a judge compares next (adaptive pairing). The rule, in order:
 *   1. Only entries the judge may see (not in `excluded`: own entry, own unit, declared conflicts),
 *      never an entry with itself, never a pair this judge has already compared.
 *   2. The first entry is one still below the target of comparisons per entry, with the fewest
 *      comparisons so far (ties: the one this judge has seen least, then at random) — this keeps every
 *      entry's count even across judges.
 *   3. Its partner is the eligible entry with the fewest comparisons so far, and among those the one
 *      closest in current Bradley–Terry estimate (ties at random) — a close pair is the informative one.
 *   4. Which side each entry is shown on is drawn at random.
 * Null when every eligible entry has reached the target, or no eligible pair is left.
 *
 * Deterministic: the random draws come from `seed` mixed with the judge and the number of comparisons
 * (and pending pairs) so far, so replaying a round replays its pairs, and a judge asking twice with
 * nothing new in between gets the same pair.
 */
import { createRng } from '../assignment/prng.ts';
import { fnv1a32 } from '../similarity/hash.ts';
import { estimateAbilities, indexItems } from './bradley-terry.ts';
import type { Comparison } from './types.ts';

export interface PairingInput {
  items: readonly string[];
  /** Every comparison made so far in the round, by all judges. */
  comparisons: readonly Comparison[];
  judge: string;
  /** Entries this judge may never see: own entry, own unit, declared conflicts. */
  excluded: ReadonlySet<string>;
  /** Target comparisons per entry (10 by default in the round settings). */
  comparisonsPerItem: number;
  seed: number;
  /**
   * Pairs handed out and not answered yet (any judge). Optional: they count toward the entries'
   * counts and the judge's repeats, not the estimates, so judges working at the same moment do not
   * all get the same least-compared entries.
   */
  pending?: readonly PendingPair[];
}

export interface PendingPair {
  pair: readonly [string, string];
  judge: string;
}

export const DEFAULT_COMPARISONS_PER_ITEM = 10;

/** Comparisons in a round: ⌈items × per item / 2⌉ (each comparison counts for two entries). */
export function comparisonsTarget(itemCount: number, comparisonsPerItem: number): number {
  return Math.ceil((itemCount * comparisonsPerItem) / 2);
}

const pairKey = (a: number, b: number, n: number): number => Math.min(a, b) * n + Math.max(a, b);

export function nextPair(input: PairingInput): [string, string] | null {
  const { items, comparisons, judge, excluded, comparisonsPerItem } = input;
  const n = items.length;
  const index = indexItems(items);
  const counts = new Int32Array(n);
  const seenByJudge = new Int32Array(n);
  const comparedByJudge = new Set<number>();
  const shown = [
    ...comparisons.map((c) => ({ a: c.winner, b: c.loser, judge: c.judge })),
    ...(input.pending ?? []).map((p) => ({ a: p.pair[0], b: p.pair[1], judge: p.judge })),
  ];
  for (const c of shown) {
    const w = index.get(c.a);
    const l = index.get(c.b);
    if (w === undefined || l === undefined) continue;
    counts[w]!++;
    counts[l]!++;
    if (c.judge === judge) {
      seenByJudge[w]!++;
      seenByJudge[l]!++;
      comparedByJudge.add(pairKey(w, l, n));
    }
  }
  const eligible = items.flatMap((id, i) => (excluded.has(id) ? [] : [i]));
  if (eligible.length < 2) return null;

  const rng = createRng(input.seed).fork(fnv1a32(judge)).fork(shown.length);
  const tieBreak = new Int32Array(n);
  rng.shuffle([...eligible]).forEach((i, rank) => (tieBreak[i] = rank));
  // Only differences matter here, so the abilities need no centring; ranking precision suffices.
  const ability = comparisons.length ? estimateAbilities(items, comparisons, { tolerance: 1e-6 }).theta : new Float64Array(n);

  const firsts = eligible
    .filter((i) => counts[i]! < comparisonsPerItem)
    .sort((a, b) => counts[a]! - counts[b]! || seenByJudge[a]! - seenByJudge[b]! || tieBreak[a]! - tieBreak[b]!);
  for (const first of firsts) {
    let partner = -1;
    for (const p of eligible) {
      if (p === first || comparedByJudge.has(pairKey(first, p, n))) continue;
      if (partner < 0) {
        partner = p;
        continue;
      }
      const byCount = counts[p]! - counts[partner]!;
      const byDistance = Math.abs(ability[p]! - ability[first]!) - Math.abs(ability[partner]! - ability[first]!);
      if (byCount < 0 || (byCount === 0 && (byDistance < 0 || (byDistance === 0 && tieBreak[p]! < tieBreak[partner]!)))) partner = p;
    }
    if (partner >= 0) {
      return rng.nextInt(2) ? [items[first]!, items[partner]!] : [items[partner]!, items[first]!];
    }
  }
  return null;
}
