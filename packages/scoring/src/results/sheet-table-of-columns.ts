/**
 * A sheet table made from sheets given as columns, as packages/db reads a round's: at 100,000
 * entries an object per sheet (and one for its total) was most of the first results' time. The
 * totals are worked out here as `weightedTotal` works them out, and the table is the one
 * `buildSheetTable` makes of the same sheets as objects, bit for bit.
 */
import type { Id } from '../assignment/types.ts';
import type { CriterionScale } from '../weighted-total.ts';
import { assembleSheetTable, numberIds, numberSmallIntegers, type SheetTable } from './sheet-table.ts';

/** Sheets as columns: sheet k's entry, judge (`judgeIds[judge[k]]`) and scores (pairs: criterion id, score, …). */
export interface SheetColumns {
  readonly count: number;
  readonly entryId: ArrayLike<number>;
  readonly judge: ArrayLike<number>;
  readonly judgeIds: readonly string[];
  readonly pairStart: Int32Array;
  readonly pairs: Float64Array;
}

/**
 * The table of the sheets whose entry `counts`, each with its weighted total on `rubric` (Σ weight ×
 * score in rubric order; a sheet that has not scored every criterion is left out, a score off its
 * scale refused with a RangeError, as `weightedTotal` does).
 */
export function sheetTableOfColumns(columns: SheetColumns, rubric: readonly CriterionScale[], counts: (entryId: number) => boolean): SheetTable {
  const { count, entryId, judge, pairStart, pairs } = columns;
  const total = new Float64Array(count);
  const kept = new Int32Array(count);
  let N = 0;
  sheets: for (let i = 0; i < count; i++) {
    if (!counts(entryId[i]!)) continue;
    let sum = 0;
    for (const criterion of rubric) {
      let p = pairStart[i]!;
      while (p < pairStart[i + 1]! && pairs[p] !== criterion.id) p += 2;
      if (p >= pairStart[i + 1]!) continue sheets;
      const score = pairs[p + 1]!;
      if (!Number.isFinite(score) || score < criterion.min || score > criterion.max) {
        throw new RangeError(`score ${score} for criterion ${criterion.id} is outside ${criterion.min}–${criterion.max}`);
      }
      sum += criterion.weight * score;
    }
    total[i] = sum;
    kept[N++] = i;
  }
  const keptSheets = kept.subarray(0, N);
  const dense = numberSmallIntegers(N, (k) => entryId[keptSheets[k]!]!);
  const entryIndex = new Map<Id, number>();
  if (!dense) {
    for (let k = 0; k < N; k++) {
      const id = entryId[keptSheets[k]!]!;
      if (!Number.isFinite(id)) throw new RangeError(`a score sheet has an unusable id (entry ${id})`);
      entryIndex.set(id, 0);
    }
  }
  const entryIds: Id[] = dense ? dense.ids : numberIds(entryIndex);
  const judgeIndex = new Map<Id, number>();
  const present = new Uint8Array(columns.judgeIds.length);
  for (let k = 0; k < N; k++) present[judge[keptSheets[k]!]!] = 1;
  present.forEach((isPresent, j) => { if (isPresent) judgeIndex.set(columns.judgeIds[j]!, 0); });
  const judgeIds = numberIds(judgeIndex);
  const canonicalJudge = Int32Array.from(columns.judgeIds, (id) => judgeIndex.get(id) ?? -1);
  const entry = new Int32Array(count);
  const judgeOf = new Int32Array(count);
  for (let k = 0; k < N; k++) {
    const i = keptSheets[k]!;
    entry[i] = dense ? dense.index[entryId[i]!]! : entryIndex.get(entryId[i]!)!;
    judgeOf[i] = canonicalJudge[judge[i]!]!;
  }
  return assembleSheetTable({ source: columns, entryIds, judgeIds, entry, judge: judgeOf, total, pairStart, pairs, kept: keptSheets });
}
