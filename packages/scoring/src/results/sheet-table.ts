/**
 * The score sheets of a round as dense arrays: entries and judges numbered in canonical id order
 * (compareIds), sheets grouped by entry (then judge), and an index of each judge's sheets. Every
 * statistic is computed on this table, so results never depend on the order sheets came in.
 */
import { compareIds, isId } from '../assignment/ids.ts';
import { scoreAmong } from '../criterion-scores.ts';
import type { Id } from '../assignment/types.ts';
import type { ScoredSheet } from './types.ts';

export interface SheetTable {
  /** What the table was built from (lets callers check a fit belongs to these sheets). */
  readonly source: object;
  /** Entry ids in canonical order; an entry's index is its position here. */
  readonly entryIds: readonly Id[];
  /** Judge ids in canonical order. */
  readonly judgeIds: readonly Id[];
  /** Per sheet (table order): entry index, judge index, weighted total, and its place in the source. */
  readonly entryOf: Int32Array;
  readonly judgeOf: Int32Array;
  readonly total: Float64Array;
  readonly sourceIndex: Int32Array;
  /**
   * The criterion scores of the source's sheet i are `pairs[pairStart[i]] … pairs[pairStart[i + 1] − 1]`
   * (id, score, …): sheet s's are those of `sourceIndex[s]`. Kept in the source's order, not copied.
   */
  readonly pairStart: Int32Array;
  readonly pairs: Float64Array;
  /** Sheets of entry e are entryStart[e] … entryStart[e + 1] − 1 (length E + 1). */
  readonly entryStart: Int32Array;
  /** Sheet indices of judge j are judgeSheets[judgeStart[j] … judgeStart[j + 1] − 1], in entry order. */
  readonly judgeStart: Int32Array;
  readonly judgeSheets: Int32Array;
}

/**
 * Sheets numbered by their entries and judges, in the order they came (per source sheet `i`): what
 * either form of the sheets (objects, columns) gives to be assembled into a table.
 */
export interface NumberedSheets {
  source: object;
  entryIds: readonly Id[];
  judgeIds: readonly Id[];
  entry: Int32Array;
  judge: Int32Array;
  total: Float64Array;
  /** Source sheet i's scores, as the table holds them. */
  pairStart: Int32Array;
  pairs: Float64Array;
  /** Source index of each sheet to keep (a sheet not listed is left out); every sheet when undefined. */
  kept?: Int32Array;
}

/** Canonical (compareIds) order of the ids in `ids`, each mapped to its position. */
export function numberIds(ids: Map<Id, number>): Id[] {
  const sorted = [...ids.keys()].sort(compareIds);
  sorted.forEach((id, i) => ids.set(id, i));
  return sorted;
}

/**
 * Entry ids are row numbers: when every one of the `count` ids `idOf` gives is an integer in
 * [0, 4N + 1024), they are numbered in canonical (ascending) order through an array indexed by id —
 * no map, no sort. Null otherwise.
 */
export function numberSmallIntegers(count: number, idOf: (k: number) => Id): { ids: number[]; index: Int32Array } | null {
  const limit = 4 * count + 1024;
  let max = -1;
  for (let k = 0; k < count; k++) {
    const id = idOf(k);
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= limit) return null;
    if (id > max) max = id;
  }
  const index = new Int32Array(max + 1).fill(-1);
  for (let k = 0; k < count; k++) index[idOf(k) as number] = 0;
  const ids: number[] = [];
  for (let id = 0; id <= max; id++) if (index[id] === 0) index[id] = ids.push(id) - 1;
  return { ids, index };
}

/**
 * Builds the table. Throws a RangeError for an unusable id, a non-finite total, or two sheets of
 * the same judge for the same entry.
 */
export function buildSheetTable(source: readonly ScoredSheet[]): SheetTable {
  const judgeIndex = new Map<Id, number>();
  for (const sheet of source) {
    if (!isId(sheet.entryId) || !isId(sheet.judgeId)) {
      throw new RangeError(`a score sheet has an unusable id (entry ${String(sheet.entryId)}, judge ${String(sheet.judgeId)})`);
    }
    judgeIndex.set(sheet.judgeId, 0);
  }
  const dense = numberSmallIntegers(source.length, (k) => source[k]!.entryId);
  const entryIndex = new Map<Id, number>();
  if (!dense) for (const sheet of source) entryIndex.set(sheet.entryId, 0);
  const entryIds: Id[] = dense ? dense.ids : numberIds(entryIndex);
  const judgeIds = numberIds(judgeIndex);
  const N = source.length;
  const entry = new Int32Array(N);
  const judge = new Int32Array(N);
  const total = new Float64Array(N);
  const pairStart = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) {
    const sheet = source[i]!;
    entry[i] = dense ? dense.index[sheet.entryId as number]! : entryIndex.get(sheet.entryId)!;
    judge[i] = judgeIndex.get(sheet.judgeId)!;
    total[i] = sheet.total;
    pairStart[i + 1] = pairStart[i]! + sheet.criteria.length;
  }
  const pairs = new Float64Array(pairStart[N]!);
  for (let i = 0; i < N; i++) {
    const { criteria } = source[i]!;
    for (let p = 0, q = pairStart[i]!; p < criteria.length; p++, q++) pairs[q] = criteria[p]!;
  }
  return assembleSheetTable({ source, entryIds, judgeIds, entry, judge, total, pairStart, pairs });
}

/** The table of numbered sheets: by entry index, then judge index; each judge's sheets indexed. */
export function assembleSheetTable(numbered: NumberedSheets): SheetTable {
  const { entryIds, judgeIds, entry, judge } = numbered;
  const kept = numbered.kept ?? Int32Array.from(entry.keys());
  const E = entryIds.length;
  const J = judgeIds.length;
  const N = kept.length;
  for (let k = 0; k < N; k++) {
    const i = kept[k]!;
    if (!Number.isFinite(numbered.total[i]!)) {
      throw new RangeError(`the sheet of judge ${judgeIds[judge[i]!]} for entry ${entryIds[entry[i]!]} has a non-finite total`);
    }
  }

  // Counting sort by entry, then insertion sort by judge inside each (small) entry segment.
  const entryStart = new Int32Array(E + 1);
  for (let k = 0; k < N; k++) entryStart[entry[kept[k]!]! + 1]!++;
  for (let e = 0; e < E; e++) entryStart[e + 1]! += entryStart[e]!;
  const fill = entryStart.slice(0, E);
  const order = new Int32Array(N);
  for (let k = 0; k < N; k++) order[fill[entry[kept[k]!]!]!++] = kept[k]!;
  for (let e = 0; e < E; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    for (let a = from + 1; a < to; a++) {
      const item = order[a]!;
      const key = judge[item]!;
      let b = a - 1;
      while (b >= from && judge[order[b]!]! > key) {
        order[b + 1] = order[b]!;
        b--;
      }
      order[b + 1] = item;
    }
    for (let a = from + 1; a < to; a++) {
      if (judge[order[a]!] === judge[order[a - 1]!]) {
        throw new RangeError(`judge ${judgeIds[judge[order[a]!]!]} has two sheets for entry ${entryIds[e]}`);
      }
    }
  }

  const entryOf = new Int32Array(N);
  const judgeOf = new Int32Array(N);
  const total = new Float64Array(N);
  const judgeStart = new Int32Array(J + 1);
  for (let s = 0; s < N; s++) {
    const i = order[s]!;
    entryOf[s] = entry[i]!;
    judgeOf[s] = judge[i]!;
    total[s] = numbered.total[i]!;
    judgeStart[judge[i]! + 1]!++;
  }
  for (let j = 0; j < J; j++) judgeStart[j + 1]! += judgeStart[j]!;
  const judgeFill = judgeStart.slice(0, J);
  const judgeSheets = new Int32Array(N);
  for (let s = 0; s < N; s++) judgeSheets[judgeFill[judgeOf[s]!]!++] = s;

  const { source, pairStart, pairs } = numbered;
  return { source, entryIds, judgeIds, entryOf, judgeOf, total, sourceIndex: order, pairStart, pairs, entryStart, judgeStart, judgeSheets };
}

/** Sheet s's score on criterion `criterionId` (the first it names), undefined when it has none. */
export function sheetScoreOn(table: SheetTable, s: number, criterionId: number): number | undefined {
  const i = table.sourceIndex[s]!;
  return scoreAmong(table.pairs, table.pairStart[i]!, table.pairStart[i + 1]!, criterionId);
}


/** The index of entry `id` in the table (a binary search of the canonical order), −1 without sheets of it. */
export function entryIndexOf(table: SheetTable, id: Id): number {
  if (!isId(id)) return -1;
  let lo = 0;
  let hi = table.entryIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareIds(table.entryIds[mid]!, id);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Number of sheets (readers) of entry e. */
export function readersOf(table: SheetTable, e: number): number {
  return table.entryStart[e + 1]! - table.entryStart[e]!;
}

/** Number of sheets of judge j. */
export function loadOf(table: SheetTable, j: number): number {
  return table.judgeStart[j + 1]! - table.judgeStart[j]!;
}
