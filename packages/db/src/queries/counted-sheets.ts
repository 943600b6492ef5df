/**
 * A round's counted sheets (submitted sheets of active assignments) as columns: results read
 * 220,000 of them at 100,000 entries, and an object per sheet with an array of its scores was most
 * of a first read's time (JSON.parse of the text, then ~450,000 objects to make and collect). The
 * text SQLite writes is scanned here straight into typed arrays, with every check the object read
 * made: each value's type, the count, the order, a criterion named twice.
 */

import { checkedCount, criterionNamedTwice, JudgeIds, scanSheets, SheetHeads } from './sheets-text-scan.ts';

/** A text of sheets as SQLite writes it (judging.ts) and how many sheets it holds. */
export interface SheetsText {
  sheets: number;
  values: string | null;
}

/** Sheets by entry then assignment; sheet k's judge is `judgeIds[judge[k]]`. */
export interface CountedSheets {
  count: number;
  assignmentId: Float64Array;
  entryId: Float64Array;
  judge: Int32Array;
  judgeIds: string[];
  /** Sheet k's scores are `pairs[pairStart[k]] … pairs[pairStart[k + 1] − 1]`: criterion id, score, … */
  pairStart: Int32Array;
  pairs: Float64Array;
}

/**
 * The counted sheets of a text `assignment id,entry id,"judge",{"criterion id":score,…},…`
 * (judging.ts's countedColumns), `read.sheets` of them, in (entry, assignment) order: the index
 * SQLite walks gives that order, checked rather than trusted (an aggregate's order is SQLite's
 * choice), and sorted when it is not. A criterion id named twice in a sheet is refused: the stored
 * object read by JSON.parse took its last score, the pairs would give the first.
 */
export function countedSheetsOf(read: SheetsText | undefined): CountedSheets {
  return countedSheetsWithRoomOf(read, 0).sheets;
}

/**
 * Counted sheets with room after them for the sheets of a second read that `joinIntoRoom` writes
 * there (a round's upper half, read on another thread): the join then copies that half alone, not
 * both. At 100,000 entries copying both into new memory took ~80 ms of the first results.
 */
export interface CountedSheetsWithRoom {
  sheets: CountedSheets;
  /** The columns whole: `sheets` are their first views. Written once, by the one join. */
  room: Omit<CountedSheets, 'count' | 'judgeIds'> | undefined;
}

/**
 * Counted sheets read as `countedSheetsOf` reads them, with room for ~`roomShare` times as many
 * after them; none when the read came out of order (it is sorted into columns of their own).
 */
export function countedSheetsWithRoomOf(read: SheetsText | undefined, roomShare: number): CountedSheetsWithRoom {
  const text = read?.values ?? '';
  const count = checkedCount(text, read?.sheets ?? 0);
  const heads = new SheetHeads(count, Math.ceil(count * roomShare));
  scanSheets(text, heads.count, (scanner, k) => heads.scan(scanner, k));
  const sheets: CountedSheets = heads.columns();
  if (!heads.ordered) return { sheets: gatherCountedSheets([sheets], inEntryOrder(sheets)), room: undefined };
  const { assignmentId, entryId, judge, pairStart, pairs } = heads;
  return { sheets, room: { assignmentId, entryId, judge, pairStart, pairs: pairs.array } };
}

/** The picks that put `sheets` in (entry, assignment) order. */
export function inEntryOrder({ count, entryId, assignmentId }: CountedSheets): SheetPicks {
  const order = Int32Array.from({ length: count }, (_, k) => k)
    .sort((a, b) => entryId[a]! - entryId[b]! || assignmentId[a]! - assignmentId[b]!);
  return { count, part: new Uint8Array(count), sheet: order };
}

/** Sheets picked one at a time from parts: the k-th is sheet `sheet[k]` of part `part[k]`. */
export interface SheetPicks {
  count: number;
  part: Uint8Array;
  sheet: Int32Array;
}

/**
 * Sheets taken from `parts` as `picks` say, in that order (the caller keeps the order by entry then
 * assignment), each judge listed once, as the picked sheets name them.
 */
export function gatherCountedSheets(parts: readonly CountedSheets[], picks: SheetPicks): CountedSheets {
  const judges = new JudgeIds();
  const judgeOf = parts.map((part) => new Int32Array(part.judgeIds.length).fill(-1));
  // Each part's columns taken out once: the parts are objects of different shapes, and reading
  // them in the loop below was most of its time.
  const partAssignmentIds = parts.map((part) => part.assignmentId);
  const partEntryIds = parts.map((part) => part.entryId);
  const partJudges = parts.map((part) => part.judge);
  const partPairStarts = parts.map((part) => part.pairStart);
  const partPairs = parts.map((part) => part.pairs);
  const { count } = picks;
  const assignmentId = new Float64Array(count);
  const entryId = new Float64Array(count);
  const judge = new Int32Array(count);
  const pairStart = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const starts = partPairStarts[picks.part[k]!]!;
    const sheet = picks.sheet[k]!;
    pairStart[k + 1] = pairStart[k]! + starts[sheet + 1]! - starts[sheet]!;
  }
  const pairs = new Float64Array(pairStart[count]!);
  for (let k = 0; k < count; k++) {
    const part = picks.part[k]!;
    const sheet = picks.sheet[k]!;
    assignmentId[k] = partAssignmentIds[part]![sheet]!;
    entryId[k] = partEntryIds[part]![sheet]!;
    const known = judgeOf[part]!;
    const j = partJudges[part]![sheet]!;
    // −1 is no judge (the details of a submitted sheet, listed-sheets.ts).
    if (j >= 0 && known[j] === -1) known[j] = judges.indexOf(parts[part]!.judgeIds[j]!);
    judge[k] = j >= 0 ? known[j]! : -1;
    const starts = partPairStarts[part]!;
    const from = partPairs[part]!;
    const end = starts[sheet + 1]!;
    for (let p = starts[sheet]!, q = pairStart[k]!; p < end; p++, q++) pairs[q] = from[p]!;
  }
  return { count, assignmentId, entryId, judge, judgeIds: judges.ids, pairStart, pairs };
}

/** Throws unless both reads are in entry order, the upper's first sheet after the lower's last. */
function checkJoinOrder(lower: CountedSheets, upper: CountedSheets): void {
  for (const part of [lower, upper]) {
    for (let k = 1; k < part.count; k++) {
      if ((part.entryId[k]! - part.entryId[k - 1]! || part.assignmentId[k]! - part.assignmentId[k - 1]!) < 0) {
        throw new Error('a read of sheets joined out of entry order');
      }
    }
  }
  const last = lower.count - 1;
  if (last >= 0 && upper.count > 0 && (upper.entryId[0]! - lower.entryId[last]! || upper.assignmentId[0]! - lower.assignmentId[last]!) < 0) {
    throw new Error('two reads of sheets joined out of entry order');
  }
}

/** Two reads of entries one after the other (a round's lower and upper halves) as one. */
export function joinCountedSheets(lower: CountedSheets, upper: CountedSheets): CountedSheets {
  checkJoinOrder(lower, upper);
  const count = lower.count + upper.count;
  const joined = (a: Float64Array, b: Float64Array) => {
    const both = new Float64Array(a.length + b.length);
    both.set(a);
    both.set(b, a.length);
    return both;
  };
  const lowerPairs = lower.pairStart[lower.count]!;
  const upperPairs = upper.pairStart[upper.count]!;
  const pairStart = new Int32Array(count + 1);
  pairStart.set(lower.pairStart);
  for (let k = 1; k <= upper.count; k++) pairStart[lower.count + k] = lowerPairs + upper.pairStart[k]!;
  const judges = new JudgeIds();
  const judge = new Int32Array(count);
  judge.set(takeJudges(lower, judges));
  judge.set(takeJudges(upper, judges), lower.count);
  return {
    count,
    assignmentId: joined(lower.assignmentId, upper.assignmentId),
    entryId: joined(lower.entryId, upper.entryId),
    judge,
    judgeIds: judges.ids,
    pairStart,
    pairs: joined(lower.pairs.subarray(0, lowerPairs), upper.pairs.subarray(0, upperPairs)),
  };
}

/**
 * `part`'s judges listed in `judges` as its sheets name them (as one read of both halves would list
 * them), and its sheets' judges in that numbering.
 */
function takeJudges(part: CountedSheets, judges: JudgeIds): Int32Array {
  const known = new Int32Array(part.judgeIds.length).fill(-1);
  const judge = new Int32Array(part.count);
  for (let k = 0; k < part.count; k++) {
    const j = part.judge[k]!;
    if (known[j] === -1) known[j] = judges.indexOf(part.judgeIds[j]!);
    judge[k] = known[j]!;
  }
  return judge;
}

/** Whether `part`'s judges are numbered as its sheets first name them (0, 1, 2, … as they come). */
function judgesInFirstOrder(part: CountedSheets): boolean {
  let next = 0;
  for (let k = 0; k < part.count; k++) {
    const j = part.judge[k]!;
    if (j > next) return false;
    if (j === next) next++;
  }
  return next === part.judgeIds.length;
}

/**
 * `joinCountedSheets(lower.sheets, upper)`, the upper's sheets written into the room after the
 * lower's (which are left as they are: a read numbers its judges as its sheets name them) when they
 * fit, else copied with them. The room is taken, so a second join copies. It is the lower read's own
 * memory, which no other view sees.
 */
export function joinIntoRoom(lower: CountedSheetsWithRoom, upper: CountedSheets): CountedSheets {
  const { sheets, room } = lower;
  lower.room = undefined;
  const count = sheets.count + upper.count;
  const lowerPairs = sheets.pairStart[sheets.count]!;
  const upperPairs = upper.pairStart[upper.count]!;
  if (!room || room.assignmentId.length < count || room.pairs.length < lowerPairs + upperPairs || !judgesInFirstOrder(sheets)) {
    return joinCountedSheets(sheets, upper);
  }
  checkJoinOrder(sheets, upper);
  const judges = new JudgeIds();
  for (const id of sheets.judgeIds) judges.indexOf(id);
  room.judge.set(takeJudges(upper, judges), sheets.count);
  room.assignmentId.set(upper.assignmentId.subarray(0, upper.count), sheets.count);
  room.entryId.set(upper.entryId.subarray(0, upper.count), sheets.count);
  for (let k = 1; k <= upper.count; k++) room.pairStart[sheets.count + k] = lowerPairs + upper.pairStart[k]!;
  room.pairs.set(upper.pairs.subarray(0, upperPairs), lowerPairs);
  return {
    count,
    assignmentId: room.assignmentId.subarray(0, count),
    entryId: room.entryId.subarray(0, count),
    judge: room.judge.subarray(0, count),
    judgeIds: judges.ids,
    pairStart: room.pairStart.subarray(0, count + 1),
    pairs: room.pairs.subarray(0, lowerPairs + upperPairs),
  };
}

/**
 * The sheets of entries up to `lastEntryId` (the first ones: sheets run by entry), as views on the
 * columns of `sheets`, not copies.
 */
export function countedSheetsUpTo(sheets: CountedSheets, lastEntryId: number): CountedSheets {
  let [low, high] = [0, sheets.count];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sheets.entryId[middle]! <= lastEntryId) low = middle + 1;
    else high = middle;
  }
  return {
    count: low,
    assignmentId: sheets.assignmentId.subarray(0, low),
    entryId: sheets.entryId.subarray(0, low),
    judge: sheets.judge.subarray(0, low),
    judgeIds: sheets.judgeIds,
    pairStart: sheets.pairStart.subarray(0, low + 1),
    pairs: sheets.pairs,
  };
}

/** Sheets given an object each (a few: those written since a read), in the order given. */
export function countedSheetsOfRows(rows: readonly RoundSheetRow[]): CountedSheets {
  const judges = new JudgeIds();
  const pairStart = new Int32Array(rows.length + 1);
  rows.forEach((row, k) => { pairStart[k + 1] = pairStart[k]! + row.criteria.length; });
  return {
    count: rows.length,
    assignmentId: Float64Array.from(rows, (row) => row.assignmentId),
    entryId: Float64Array.from(rows, (row) => row.entryId),
    judge: Int32Array.from(rows, (row) => judges.indexOf(row.judgeId)),
    judgeIds: judges.ids,
    pairStart,
    pairs: Float64Array.from(rows.flatMap((row) => row.criteria)),
  };
}

/** A counted sheet as an object: its assignment, entry, judge and scores (criterion id, score, …). */
export interface RoundSheetRow {
  assignmentId: number;
  entryId: number;
  judgeId: string;
  criteria: readonly number[];
}

/**
 * Whether `value` (another thread's answer) is counted sheets whose parts agree: arrays of the
 * right kinds and lengths, judges among those listed, each sheet's scores within the pairs. A
 * thread from another build may answer with something else; it is then read here instead.
 */
export function isCountedSheets(value: unknown): value is CountedSheets {
  return areSheetHeads(value, false);
}

/**
 * Whether `value` holds the columns of counted sheets, as isCountedSheets says; with `noJudge`, a
 * sheet may have judge −1 and then no scores (the details of listed sheets, listed-sheets.ts).
 */
export function areSheetHeads(value: unknown, noJudge: boolean): value is CountedSheets {
  if (typeof value !== 'object' || value === null) return false;
  const sheets = value as Partial<Record<keyof CountedSheets, unknown>>;
  const { count, assignmentId, entryId, judge, judgeIds, pairStart, pairs } = sheets;
  if (!Number.isInteger(count) || (count as number) < 0 || !(assignmentId instanceof Float64Array) || !(entryId instanceof Float64Array)
    || !(judge instanceof Int32Array) || !(pairStart instanceof Int32Array) || !(pairs instanceof Float64Array) || !Array.isArray(judgeIds)) return false;
  const n = count as number;
  if (assignmentId.length !== n || entryId.length !== n || judge.length !== n || pairStart.length !== n + 1 || pairStart[0] !== 0) return false;
  // Every judge a string, listed once: a for loop, not every(), which skips the holes of a sparse array.
  const distinct = new Set<string>();
  for (let j = 0; j < judgeIds.length; j++) {
    const id: unknown = judgeIds[j];
    if (typeof id !== 'string' || distinct.has(id)) return false;
    distinct.add(id);
  }
  for (let k = 0; k < n; k++) {
    if (!(judge[k]! >= 0 && judge[k]! < judgeIds.length) && !(noJudge && judge[k] === -1 && pairStart[k + 1] === pairStart[k])) return false;
    if (pairStart[k + 1]! < pairStart[k]! || (pairStart[k + 1]! - pairStart[k]!) % 2 !== 0) return false;
    // What a read of the text checks: integer ids, by entry then assignment.
    if (!Number.isInteger(assignmentId[k]) || !Number.isInteger(entryId[k])) return false;
    if (k > 0 && (entryId[k]! - entryId[k - 1]! || assignmentId[k]! - assignmentId[k - 1]!) < 0) return false;
  }
  if (pairStart[n]! > pairs.length) return false;
  for (let k = 0; k < n; k++) {
    // Integer criterion ids, each named once, and scores that are numbers (a text gives no NaN).
    for (let p = pairStart[k]!; p < pairStart[k + 1]!; p += 2) {
      if (!Number.isInteger(pairs[p]) || Number.isNaN(pairs[p + 1])) return false;
    }
    if (criterionNamedTwice(pairs, pairStart[k]!, pairStart[k + 1]!) !== undefined) return false;
  }
  return true;
}

/** The buffers of counted sheets, to hand to another thread rather than copy. */
export function countedSheetsBuffers(sheets: CountedSheets): ArrayBuffer[] {
  const { assignmentId, entryId, judge, pairStart, pairs } = sheets;
  return [...new Set([assignmentId.buffer, entryId.buffer, judge.buffer, pairStart.buffer, pairs.buffer])] as ArrayBuffer[];
}

/** Sheet k's scores as an array of pairs (criterion id, score, …). */
export function countedSheetScores(sheets: CountedSheets, k: number): number[] {
  const from = sheets.pairStart[k]!;
  const scores = new Array<number>(sheets.pairStart[k + 1]! - from);
  for (let p = 0; p < scores.length; p++) scores[p] = sheets.pairs[from + p]!;
  return scores;
}
