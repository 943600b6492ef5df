/**
 * The score sheets of a round as dense arrays: entries and judges numbered in canonical id order
 * (compareIds), sheets grouped by entry (then judge), and an index of each judge's sheets. Every
 * statistic is computed on this table, so results never depend on the order sheets came in.
 */
import { compareIds, isId } from '../assignment/ids.ts';
import type { Id } from '../assignment/types.ts';
import type { ScoredSheet } from './types.ts';

export interface SheetTable {
  /** The array the table was built from (lets callers check a fit belongs to these sheets). */
  readonly source: readonly ScoredSheet[];
  /** Entry ids in canonical order; an entry's index is its position here. */
  readonly entryIds: readonly Id[];
  /** Judge ids in canonical order. */
  readonly judgeIds: readonly Id[];
  /** The sheets in table order: by entry index, then judge index. */
  readonly sheets: readonly ScoredSheet[];
  /** Per sheet (table order): entry index, judge index, weighted total. */
  readonly entryOf: Int32Array;
  readonly judgeOf: Int32Array;
  readonly total: Float64Array;
  /** Sheets of entry e are entryStart[e] … entryStart[e + 1] − 1 (length E + 1). */
  readonly entryStart: Int32Array;
  /** Sheet indices of judge j are judgeSheets[judgeStart[j] … judgeStart[j + 1] − 1], in entry order. */
  readonly judgeStart: Int32Array;
  readonly judgeSheets: Int32Array;
}

function numberIds(ids: Map<Id, number>): Id[] {
  const sorted = [...ids.keys()].sort(compareIds);
  sorted.forEach((id, i) => ids.set(id, i));
  return sorted;
}

/**
 * Entry ids are row numbers: when every one is an integer in [0, 4N + 1024), they are numbered in
 * canonical (ascending) order through an array indexed by id — no map, no sort. Null otherwise.
 */
function numberSmallIntegers(source: readonly ScoredSheet[]): { ids: number[]; index: Int32Array } | null {
  const limit = 4 * source.length + 1024;
  let max = -1;
  for (const { entryId } of source) {
    if (typeof entryId !== 'number' || !Number.isInteger(entryId) || entryId < 0 || entryId >= limit) return null;
    if (entryId > max) max = entryId;
  }
  const index = new Int32Array(max + 1).fill(-1);
  for (const { entryId } of source) index[entryId as number] = 0;
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
    if (!Number.isFinite(sheet.total)) {
      throw new RangeError(`the sheet of judge ${sheet.judgeId} for entry ${sheet.entryId} has a non-finite total`);
    }
    judgeIndex.set(sheet.judgeId, 0);
  }
  const dense = numberSmallIntegers(source);
  const entryIndex = new Map<Id, number>();
  if (!dense) for (const sheet of source) entryIndex.set(sheet.entryId, 0);
  const entryIds: Id[] = dense ? dense.ids : numberIds(entryIndex);
  const judgeIds = numberIds(judgeIndex);
  const E = entryIds.length;
  const J = judgeIds.length;
  const N = source.length;

  // Counting sort by entry, then insertion sort by judge inside each (small) entry segment.
  const entryStart = new Int32Array(E + 1);
  const srcEntry = new Int32Array(N);
  const srcJudge = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    const sheet = source[i]!;
    const e = dense ? dense.index[sheet.entryId as number]! : entryIndex.get(sheet.entryId)!;
    srcEntry[i] = e;
    srcJudge[i] = judgeIndex.get(sheet.judgeId)!;
    entryStart[e + 1]!++;
  }
  for (let e = 0; e < E; e++) entryStart[e + 1]! += entryStart[e]!;
  const fill = entryStart.slice(0, E);
  const order = new Int32Array(N);
  for (let i = 0; i < N; i++) order[fill[srcEntry[i]!]!++] = i;
  for (let e = 0; e < E; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    for (let a = from + 1; a < to; a++) {
      const item = order[a]!;
      const key = srcJudge[item]!;
      let b = a - 1;
      while (b >= from && srcJudge[order[b]!]! > key) {
        order[b + 1] = order[b]!;
        b--;
      }
      order[b + 1] = item;
    }
    for (let a = from + 1; a < to; a++) {
      if (srcJudge[order[a]!] === srcJudge[order[a - 1]!]) {
        throw new RangeError(`judge ${judgeIds[srcJudge[order[a]!]!]} has two sheets for entry ${entryIds[e]}`);
      }
    }
  }

  const sheets = new Array<ScoredSheet>(N);
  const entryOf = new Int32Array(N);
  const judgeOf = new Int32Array(N);
  const total = new Float64Array(N);
  const judgeStart = new Int32Array(J + 1);
  for (let s = 0; s < N; s++) {
    const i = order[s]!;
    const sheet = source[i]!;
    sheets[s] = sheet;
    entryOf[s] = srcEntry[i]!;
    judgeOf[s] = srcJudge[i]!;
    total[s] = sheet.total;
    judgeStart[srcJudge[i]! + 1]!++;
  }
  for (let j = 0; j < J; j++) judgeStart[j + 1]! += judgeStart[j]!;
  const judgeFill = judgeStart.slice(0, J);
  const judgeSheets = new Int32Array(N);
  for (let s = 0; s < N; s++) judgeSheets[judgeFill[judgeOf[s]!]!++] = s;

  return { source, entryIds, judgeIds, sheets, entryOf, judgeOf, total, entryStart, judgeStart, judgeSheets };
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
