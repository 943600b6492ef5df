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
import type { CriterionScale } from '../weighted-total.ts';
import { nearlyEqual } from './descriptive.ts';
import { medianJudgeRankOf } from './median-rank.ts';
import { buildSheetTable, sheetScoreOn, type SheetTable } from './sheet-table.ts';
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
    radixPass(order, next, words16, shift, count);
    [order, next] = [next, order];
  }
  return Array.from(order);
}

/**
 * One counting pass of `radixOrder`: `order` into `next`, stably, by the 16 bits of `words16` from
 * `shift`. A function of its own, called once per pass: V8 optimizes it whole after the first, where
 * the passes as one loop ran on-stack-replaced code for all four on a fresh process (~70 → ~35 ms at
 * 100,000 entries).
 */
function radixPass(order: Int32Array, next: Int32Array, words16: Uint32Array, shift: number, count: Int32Array): void {
  const n = order.length;
  count.fill(0);
  for (let k = 0; k < n; k++) count[((words16[order[k]!]! >>> shift) & 0xffff) + 1]!++;
  for (let d = 0; d < 0x10000; d++) count[d + 1]! += count[d]!;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    next[count[(words16[i]! >>> shift) & 0xffff]!++] = i;
  }
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
  if (options.table && options.table.source !== sheets) throw new RangeError('options.table was built from a different array of sheets');
  return rankInTable(scores, options.table ?? buildSheetTable(sheets), rubric, options);
}

/** {@link rankEntries} with the tie-breaks read from a table of the sheets. */
export function rankInTable(
  scores: readonly RankingEntryInput[],
  table: SheetTable,
  rubric: readonly CriterionScale[],
  options: Pick<RankingOptions, 'decisions'> = {},
): Ranking {
  const entryIds = scores.map((s) => s.entryId);
  const score = Float64Array.from(scores, (s) => s.score);
  const ranking = rankScores(entryIds, score, table, rubric, options);
  const { ties, topCriterionIds, decisionsApplied, decisionsUnused } = ranking;
  const entries = Array.from(ranking.order, (_, position) => rankedEntryAt(ranking, position));
  return { entries, ties, topCriterionIds, decisionsApplied, decisionsUnused };
}

/** The rules in the order `TableRanking.separatedBy` numbers them. */
const RANK_RULES: readonly RankRule[] = ['score', 'top-criterion', 'median-rank', 'organizer'];

/**
 * A ranking as arrays by position (what `rankEntries` makes an object of each from): at 100,000
 * entries a page of the results shapes 100 of them, not every one.
 */
export interface TableRanking extends Omit<Ranking, 'entries'> {
  entryIds: readonly Id[];
  score: Float64Array;
  /** Per position: the index (into `entryIds`) of the entry placed there, its rank, the rule (index into RANK_RULES, −1 for none) and tie group (−1 for none). */
  order: Int32Array;
  rank: Int32Array;
  separatedBy: Int8Array;
  tie: Int32Array;
  /** Per entry index: its tie-break keys, NaN where not worked out. */
  topCriterion: Float64Array;
  medianRank: Float64Array;
}

/** The entry at `position` (0-based) as `rankEntries` lists it. */
const known = (x: number) => (Number.isNaN(x) ? null : x);

export function rankedEntryAt(ranking: TableRanking, position: number): RankedEntry {
  const i = ranking.order[position]!;
  const rule = ranking.separatedBy[position]!;
  const tie = ranking.tie[position]!;
  return {
    entryId: ranking.entryIds[i]!,
    position: position + 1,
    rank: ranking.rank[position]!,
    score: ranking.score[i]!,
    topCriterion: known(ranking.topCriterion[i]!),
    medianRank: known(ranking.medianRank[i]!),
    separatedBy: rule < 0 ? null : RANK_RULES[rule]!,
    tie: tie < 0 ? null : tie,
  };
}

/** {@link rankInTable} of entries `entryIds` with scores `score` (by index), as arrays. */
export function rankScores(
  entryIds: readonly Id[],
  score: Float64Array,
  table: SheetTable,
  rubric: readonly CriterionScale[],
  options: Pick<RankingOptions, 'decisions'> = {},
): TableRanking {
  entryIds.forEach((entryId, i) => {
    if (!isId(entryId)) throw new RangeError(`unusable entry id ${String(entryId)}`);
    if (!Number.isFinite(score[i]!)) throw new RangeError(`entry ${entryId} has the non-finite score ${score[i]}`);
  });
  const decisions = options.decisions ?? [];
  decisions.forEach((d, i) => {
    if (new Set(d).size !== d.length) throw new RangeError(`decision ${i} names an entry twice`);
  });

  const top = topWeightedCriteria(rubric);
  // Scores usually come in the table's own (canonical) entry order, as scoreEntries returns them:
  // then the entry index is the position, ids are distinct and already in canonical order, and
  // no lookup table is needed.
  const inTableOrder = entryIds.length === table.entryIds.length && entryIds.every((id, i) => id === table.entryIds[i]);
  let entryIndex: Map<Id, number> | null = null;
  if (!inTableOrder) {
    const seen = new Set<Id>();
    for (const id of entryIds) {
      if (seen.has(id)) throw new RangeError(`entry ${id} is listed twice`);
      seen.add(id);
    }
    entryIndex = new Map<Id, number>();
    for (let e = 0; e < table.entryIds.length; e++) entryIndex.set(table.entryIds[e]!, e);
  }
  // Per score (input order): its entry's index in the sheet table, −1 for an entry without sheets.
  const n = entryIds.length;
  const entryOf = new Int32Array(n);
  for (let i = 0; i < n; i++) entryOf[i] = entryIndex ? (entryIndex.get(entryIds[i]!) ?? -1) : i;
  // The tie-break keys of an entry, NaN where it has no value.
  const topCriterionOf = (e: number): number => {
    let sum = 0;
    let count = 0;
    for (let k = table.entryStart[e]!; k < table.entryStart[e + 1]!; k++) {
      let readerSum = 0;
      let readerCount = 0;
      for (const id of top) {
        const x = sheetScoreOn(table, k, id) ?? Number.NaN;
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
      .sort((a, b) => compareIds(entryIds[a]!, entryIds[b]!))
      .forEach((i, position) => (canon[i] = position));
  }
  // Every entry's score is known; a tie-break's key is worked out (`valueOf`, by table index) only
  // for the entries of a run still tied before it, and stays NaN otherwise: at 100,000 entries
  // nearly every entry stands alone after its score.
  const levels: { rule: RankRule; key: Float64Array; higherIsBetter: boolean; valueOf: ((entry: number) => number) | null }[] = [
    { rule: 'score', key: score, higherIsBetter: true, valueOf: null },
    { rule: 'top-criterion', key: new Float64Array(n).fill(Number.NaN), higherIsBetter: true, valueOf: topCriterionOf },
    { rule: 'median-rank', key: new Float64Array(n).fill(Number.NaN), higherIsBetter: false, valueOf: medianJudgeRankOf(table) },
  ];
  const order = new Int32Array(n);
  const rankAt = new Int32Array(n);
  const separatedBy = new Int8Array(n);
  const tieAt = new Int32Array(n);
  let placed = 0;
  const ties: TieGroup[] = [];
  const applied = new Set<number>();
  const push = (i: number, rank: number, rule: RankRule | null, tie: number): void => {
    order[placed] = i;
    rankAt[placed] = rank;
    separatedBy[placed] = rule === null ? -1 : RANK_RULES.indexOf(rule);
    tieAt[placed] = tie;
    placed++;
  };
  const settle = (group: number[], rule: RankRule | null): void => {
    const rank = placed + 1;
    if (group.length === 1) {
      push(group[0]!, rank, rule, -1);
      return;
    }
    const idOf = (i: number) => entryIds[i]!;
    const d = decisions.findIndex((decision) => group.every((i) => decision.includes(idOf(i))));
    if (d >= 0) {
      const decision = decisions[d]!;
      applied.add(d);
      const ordered = [...group].sort((a, b) => decision.indexOf(idOf(a)) - decision.indexOf(idOf(b)));
      ordered.forEach((i, place) => push(i, rank + place, place === 0 ? rule : 'organizer', -1));
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
      if (to - from === 1) push(sorted[from]!, placed + 1, groupRule, -1);
      else walk(sorted.slice(from, to), level + 1, groupRule);
    }
  };
  if (n > 0) walk(Array.from({ length: n }, (_, i) => i), 0, null);

  return {
    entryIds,
    score,
    order,
    rank: rankAt,
    separatedBy,
    tie: tieAt,
    topCriterion: levels[1]!.key,
    medianRank: levels[2]!.key,
    ties,
    topCriterionIds: top,
    decisionsApplied: [...applied].sort((a, b) => a - b),
    decisionsUnused: decisions.map((_, i) => i).filter((i) => !applied.has(i)),
  };
}
