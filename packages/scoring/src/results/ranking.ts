/**
 * The ranking (DESIGN.md "Fairness", issue 5). Entries are ordered by their unrounded score, highest
 * first; entries whose scores are equal (up to float noise only: `nearlyEqual`, a relative 1e-9, never
 * a display precision) are separated by the declared tie-breaks, in this order:
 *
 *  1. 'top-criterion' — the higher mean, across the entry's readers, of its score on the
 *     highest-weighted criterion (when several criteria share the highest weight, the mean of those);
 *  2. 'median-rank' — the lower median rank among judges (median-rank.ts);
 *  3. 'organizer' — the order an organizer decided for exactly these entries (`decisions`).
 *
 * Entries still equal after all of these form a tie group: they share a rank (competition ranking:
 * rank = 1 + the number of entries strictly ahead), are listed in canonical id order, and are
 * returned in `ties` until an organizer decides. Nothing is ever broken at random.
 *
 * Grouping is done level by level on sorted values (a new group starts where neighbours differ by
 * more than float noise), so it is transitive and does not depend on the input order.
 */
import { compareIds, isId } from '../assignment/ids.ts';
import type { Id } from '../assignment/types.ts';
import { scoreOn } from '../criterion-scores.ts';
import type { CriterionScale } from '../weighted-total.ts';
import { nearlyEqual } from './descriptive.ts';
import { medianJudgeRankOf } from './median-rank.ts';
import { buildSheetTable, type SheetTable } from './sheet-table.ts';
import type { ScoredSheet } from './types.ts';

export type RankRule = 'score' | 'top-criterion' | 'median-rank' | 'organizer';

export interface RankingEntryInput {
  entryId: Id;
  /** The unrounded score to rank by (e.g. `EntryScore.corrected`). */
  score: number;
}

export interface RankingOptions {
  /**
   * Organizer decisions: each an ordered list of entry ids, best first. A decision settles a tie
   * group when it names every entry of the group; the group is then ordered as the decision says.
   */
  decisions?: readonly (readonly Id[])[];
  /** The table of these very sheets, if already built (e.g. `scoreEntries(...).fit.table`). */
  table?: SheetTable;
}

export interface RankedEntry {
  entryId: Id;
  /** 1-based place in the list. */
  position: number;
  /** Competition rank: 1 + the number of entries strictly ahead (tied entries share it). */
  rank: number;
  score: number;
  /**
   * Mean across readers of the highest-weighted criterion, worked out only when the entry's score
   * ties with another's (null otherwise, and without sheets or scores).
   */
  topCriterion: number | null;
  /**
   * Median rank among judges (0 = every reader's best … 1 = worst), worked out only when the entry
   * is still tied after the top criterion (null otherwise, and without sheets).
   */
  medianRank: number | null;
  /** The rule that places this entry below the previous one; null for the first and for a tie. */
  separatedBy: RankRule | null;
  /** Index into `Ranking.ties` when the entry shares its rank, else null. */
  tie: number | null;
}

export interface TieGroup {
  rank: number;
  /** In canonical id order. */
  entryIds: Id[];
}

export interface Ranking {
  entries: RankedEntry[];
  ties: TieGroup[];
  /** The criteria counted as "highest-weighted". */
  topCriterionIds: number[];
  /** Indices into `options.decisions` that settled a tie group / that matched none. */
  decisionsApplied: number[];
  decisionsUnused: number[];
}

/** Highest-weighted criteria of a rubric (all those sharing the maximum weight). */
export function topWeightedCriteria(rubric: readonly CriterionScale[]): number[] {
  if (rubric.length === 0) return [];
  const max = Math.max(...rubric.map((c) => c.weight));
  return rubric.filter((c) => c.weight === max).map((c) => c.id);
}

/**
 * Every item index (0 … n − 1) ordered as `splitBy`'s comparator orders them — key descending when
 * `higherIsBetter` (ascending otherwise), NaN last, then canonical position — by a stable radix sort
 * of the keys' bits, starting from canonical order. The first key splits every entry of a round,
 * and 100,000 comparator calls cost more than four counting passes. −0 is read as 0, as the
 * comparator's subtraction does.
 */
export function radixOrder(key: Float64Array, higherIsBetter: boolean, canon: Int32Array): number[] {
  const n = key.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[canon[i]!] = i;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  for (let i = 0; i < n; i++) {
    const x = key[i]!;
    if (Number.isNaN(x)) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    bits[0] = x === 0 ? 0 : x;
    let h = words[little ? 1 : 0]!;
    let l = words[little ? 0 : 1]!;
    // Unsigned order of (h, l) = numeric order of x; then reversed for descending.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    if (higherIsBetter) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
  }
  let next = new Int32Array(n);
  const count = new Int32Array(0x10000 + 1);
  for (const [words16, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as const) {
    count.fill(0);
    for (let k = 0; k < n; k++) count[((words16[order[k]!]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 0x10000; d++) count[d + 1]! += count[d]!;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[count[(words16[i]! >>> shift) & 0xffff]!++] = i;
    }
    [order, next] = [next, order];
  }
  return Array.from(order);
}

/**
 * Sorts a run of item indices (already equal on earlier keys) by one key — descending when
 * `higherIsBetter`, NaN (no value) last, then canonical id — and returns the sorted run with the
 * positions where a new group starts (neighbours differ by more than float noise).
 */
function splitBy(run: number[], key: Float64Array, higherIsBetter: boolean, canon: Int32Array): { sorted: number[]; starts: number[] } {
  // The whole list (the first key) by radix; other runs are fresh arrays (walk's own), sorted in place.
  const sorted = run.length === 1 ? run : run.length === canon.length && run.length > 256 ? radixOrder(key, higherIsBetter, canon) : run.sort((a, b) => {
    const x = key[a]!;
    const y = key[b]!;
    const xMissing = Number.isNaN(x);
    const yMissing = Number.isNaN(y);
    if (xMissing || yMissing) return (xMissing ? 1 : 0) - (yMissing ? 1 : 0) || canon[a]! - canon[b]!;
    return (higherIsBetter ? y - x : x - y) || canon[a]! - canon[b]!;
  });
  const starts = [0];
  for (let i = 1; i < sorted.length; i++) {
    const x = key[sorted[i - 1]!]!;
    const y = key[sorted[i]!]!;
    const same = Number.isNaN(x) || Number.isNaN(y) ? Number.isNaN(x) && Number.isNaN(y) : nearlyEqual(x, y);
    if (!same) starts.push(i);
  }
  return { sorted, starts };
}

export function rankEntries(
  scores: readonly RankingEntryInput[],
  sheets: readonly ScoredSheet[],
  rubric: readonly CriterionScale[],
  options: RankingOptions = {},
): Ranking {
  for (const s of scores) {
    if (!isId(s.entryId)) throw new RangeError(`unusable entry id ${String(s.entryId)}`);
    if (!Number.isFinite(s.score)) throw new RangeError(`entry ${s.entryId} has the non-finite score ${s.score}`);
  }
  const decisions = options.decisions ?? [];
  decisions.forEach((d, i) => {
    if (new Set(d).size !== d.length) throw new RangeError(`decision ${i} names an entry twice`);
  });

  if (options.table && options.table.source !== sheets) throw new RangeError('options.table was built from a different array of sheets');
  const table = options.table ?? buildSheetTable(sheets);
  const top = topWeightedCriteria(rubric);
  // Scores usually come in the table's own (canonical) entry order, as scoreEntries returns them:
  // then the entry index is the position, ids are distinct and already in canonical order, and
  // no lookup table is needed.
  const inTableOrder = scores.length === table.entryIds.length && scores.every((s, i) => s.entryId === table.entryIds[i]);
  let entryIndex: Map<Id, number> | null = null;
  if (!inTableOrder) {
    const seen = new Set<Id>();
    for (const s of scores) {
      if (seen.has(s.entryId)) throw new RangeError(`entry ${s.entryId} is listed twice`);
      seen.add(s.entryId);
    }
    entryIndex = new Map<Id, number>();
    for (let e = 0; e < table.entryIds.length; e++) entryIndex.set(table.entryIds[e]!, e);
  }
  // Per score (input order): its entry's index in the sheet table, −1 for an entry without sheets.
  const n = scores.length;
  const entryOf = new Int32Array(n);
  for (let i = 0; i < n; i++) entryOf[i] = entryIndex ? (entryIndex.get(scores[i]!.entryId) ?? -1) : i;
  // The tie-break keys of an entry, NaN where it has no value.
  const topCriterionOf = (e: number): number => {
    let sum = 0;
    let count = 0;
    for (let k = table.entryStart[e]!; k < table.entryStart[e + 1]!; k++) {
      const scored = table.sheets[k]!.criteria;
      let readerSum = 0;
      let readerCount = 0;
      for (const id of top) {
        const x = scoreOn(scored, id) ?? Number.NaN;
        if (!Number.isNaN(x)) {
          readerSum += x;
          readerCount++;
        }
      }
      if (readerCount > 0) {
        sum += readerSum / readerCount;
        count++;
      }
    }
    return count > 0 ? sum / count : Number.NaN;
  };

  const canon = new Int32Array(n);
  if (inTableOrder) for (let i = 0; i < n; i++) canon[i] = i;
  else {
    Array.from({ length: n }, (_, i) => i)
      .sort((a, b) => compareIds(scores[a]!.entryId, scores[b]!.entryId))
      .forEach((i, position) => (canon[i] = position));
  }
  // Every entry's score is known; a tie-break's key is worked out (`valueOf`, by table index) only
  // for the entries of a run still tied before it, and stays NaN otherwise: at 100,000 entries
  // nearly every entry stands alone after its score.
  const levels: { rule: RankRule; key: Float64Array; higherIsBetter: boolean; valueOf: ((entry: number) => number) | null }[] = [
    { rule: 'score', key: new Float64Array(n), higherIsBetter: true, valueOf: null },
    { rule: 'top-criterion', key: new Float64Array(n).fill(Number.NaN), higherIsBetter: true, valueOf: topCriterionOf },
    { rule: 'median-rank', key: new Float64Array(n).fill(Number.NaN), higherIsBetter: false, valueOf: medianJudgeRankOf(table) },
  ];
  for (let i = 0; i < n; i++) levels[0]!.key[i] = scores[i]!.score;
  const known = (level: number, i: number): number | null => {
    const x = levels[level]!.key[i]!;
    return Number.isNaN(x) ? null : x;
  };

  const entries: RankedEntry[] = [];
  const ties: TieGroup[] = [];
  const applied = new Set<number>();
  const push = (i: number, rank: number, separatedBy: RankRule | null, tie: number | null): void => {
    // Spelled out rather than spread: building 100,000 entries by spreading is ~10× slower.
    entries.push({
      entryId: scores[i]!.entryId,
      position: entries.length + 1,
      rank,
      score: scores[i]!.score,
      topCriterion: known(1, i),
      medianRank: known(2, i),
      separatedBy,
      tie,
    });
  };
  const settle = (group: number[], rule: RankRule | null): void => {
    const rank = entries.length + 1;
    if (group.length === 1) {
      push(group[0]!, rank, rule, null);
      return;
    }
    const idOf = (i: number) => scores[i]!.entryId;
    const d = decisions.findIndex((decision) => group.every((i) => decision.includes(idOf(i))));
    if (d >= 0) {
      const decision = decisions[d]!;
      applied.add(d);
      const ordered = [...group].sort((a, b) => decision.indexOf(idOf(a)) - decision.indexOf(idOf(b)));
      ordered.forEach((i, place) => push(i, rank + place, place === 0 ? rule : 'organizer', null));
      return;
    }
    ties.push({ rank, entryIds: group.map(idOf) });
    group.forEach((i, place) => push(i, rank, place === 0 ? rule : null, ties.length - 1));
  };

  const walk = (run: number[], level: number, rule: RankRule | null): void => {
    if (run.length === 1 || level === levels.length) {
      settle(run, rule);
      return;
    }
    const { rule: name, key, higherIsBetter, valueOf } = levels[level]!;
    if (valueOf) {
      for (const i of run) if (entryOf[i]! >= 0) key[i] = valueOf(entryOf[i]!);
    }
    const { sorted, starts } = splitBy(run, key, higherIsBetter, canon);
    for (let g = 0; g < starts.length; g++) {
      const from = starts[g]!;
      const to = starts[g + 1] ?? sorted.length;
      const groupRule = g === 0 ? rule : name;
      // Most entries stand alone after the first key: placed directly, without a run of their own.
      if (to - from === 1) push(sorted[from]!, entries.length + 1, groupRule, null);
      else walk(sorted.slice(from, to), level + 1, groupRule);
    }
  };
  if (n > 0) walk(Array.from({ length: n }, (_, i) => i), 0, null);

  return {
    entries,
    ties,
    topCriterionIds: top,
    decisionsApplied: [...applied].sort((a, b) => a - b),
    decisionsUnused: decisions.map((_, i) => i).filter((i) => !applied.has(i)),
  };
}
