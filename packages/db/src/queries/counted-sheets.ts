/**
 * A round's counted sheets (submitted sheets of active assignments) as columns: results read
 * 220,000 of them at 100,000 entries, and an object per sheet with an array of its scores was most
 * of a first read's time (JSON.parse of the text, then ~450,000 objects to make and collect). The
 * text SQLite writes is scanned here straight into typed arrays, with every check the object read
 * made: each value's type, the count, the order, a criterion named twice.
 */

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

function malformed(text: string, at: number): never {
  const near = JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  throw new Error(`score sheets read as text malformed near ${near}: a stored text is malformed`);
}

/** Powers of ten a decimal of up to 15 digits is divided by exactly (one correctly rounded division). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** `id` as a string of its own (JSON.parse makes one), not a view on the string it was sliced from. */
function ownCopy(id: string): string {
  return JSON.parse(JSON.stringify(id)) as string;
}

/** Judge ids by their characters in the text, without a string made per sheet (FNV-1a, open addressing). */
class JudgeIds {
  readonly ids: string[] = [];
  private slots = new Int32Array(64).fill(-1);

  static readonly hashStart = 0x811c9dc5;

  /** The hash `h` of the characters before `ch` taken on by `ch`. */
  static hashOn(h: number, ch: number): number {
    return Math.imul(h ^ ch, 0x01000193);
  }

  private static hash(text: string, from: number, to: number): number {
    let h = JudgeIds.hashStart;
    for (let i = from; i < to; i++) h = JudgeIds.hashOn(h, text.charCodeAt(i));
    return h;
  }

  /** The index of the id written as `text[from … to)` (no escapes in it), whose hash is `hash` when known. */
  indexOfRange(text: string, from: number, to: number, hash = JudgeIds.hash(text, from, to)): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;; slot = (slot + 1) & mask) {
      const k = this.slots[slot]!;
      // A copy of its own, not text.slice(): V8 makes a slice of 13 characters or more a view that
      // keeps the whole text of the read alive as long as the id is kept (results keep them).
      if (k === -1) return this.add(from === 0 && to === text.length ? text : ownCopy(text.slice(from, to)));
      const id = this.ids[k]!;
      if (id.length !== to - from) continue;
      let same = true;
      for (let i = 0; i < id.length && same; i++) same = id.charCodeAt(i) === text.charCodeAt(from + i);
      if (same) return k;
    }
  }

  /** The index of `id`, however it was written. */
  indexOf(id: string): number {
    return this.indexOfRange(id, 0, id.length);
  }

  private add(id: string): number {
    const k = this.ids.push(id) - 1;
    if (this.ids.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      this.ids.forEach((known, index) => this.place(known, index));
    } else this.place(id, k);
    return k;
  }

  private place(id: string, k: number): void {
    const mask = this.slots.length - 1;
    let slot = JudgeIds.hash(id, 0, id.length) & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = k;
  }
}

/** A Float64Array that grows as values are added. */
class Values {
  array: Float64Array;
  length = 0;
  constructor(capacity: number) {
    this.array = new Float64Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new Float64Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
}

/**
 * Reads JSON as JSON.parse would, for the values a counted sheet holds: numbers (the value
 * JSON.parse gives: a decimal of up to 15 digits as one division, any other by Number), strings,
 * and the punctuation between them. Whitespace is skipped where JSON allows it. Anything else is
 * refused as malformed.
 */
class Scanner {
  at = 0;
  constructor(readonly text: string) {}

  /** The next character after whitespace, where the scan now stands. */
  skipSpace(): number {
    let ch = this.text.charCodeAt(this.at);
    while (ch <= 32 && (ch === 32 || ch === 9 || ch === 10 || ch === 13)) ch = this.text.charCodeAt(++this.at);
    return ch;
  }

  /** Whether the next character (after whitespace) is `ch`, taken if so. */
  take(ch: number): boolean {
    if (this.skipSpace() !== ch) return false;
    this.at++;
    return true;
  }

  expect(ch: number): void {
    if (!this.take(ch)) malformed(this.text, this.at);
  }

  number(): number {
    this.skipSpace();
    const { text } = this;
    const start = this.at;
    let p = start;
    let ch = text.charCodeAt(p);
    const negative = ch === 45;
    if (negative) ch = text.charCodeAt(++p);
    if (!(ch >= 48 && ch <= 57)) malformed(text, start);
    let mantissa = 0;
    let digits = 0;
    const leadingZero = ch === 48;
    for (; ch >= 48 && ch <= 57; ch = text.charCodeAt(++p), digits++) mantissa = mantissa * 10 + (ch - 48);
    if (leadingZero && digits > 1) malformed(text, start);
    let decimals = 0;
    if (ch === 46) {
      ch = text.charCodeAt(++p);
      if (!(ch >= 48 && ch <= 57)) malformed(text, start);
      for (; ch >= 48 && ch <= 57; ch = text.charCodeAt(++p), decimals++) mantissa = mantissa * 10 + (ch - 48);
    }
    let exponent = false;
    if (ch === 101 || ch === 69) {
      exponent = true;
      ch = text.charCodeAt(++p);
      if (ch === 43 || ch === 45) ch = text.charCodeAt(++p);
      if (!(ch >= 48 && ch <= 57)) malformed(text, start);
      while (ch >= 48 && ch <= 57) ch = text.charCodeAt(++p);
    }
    this.at = p;
    if (exponent || digits + decimals > 15) return Number(text.slice(start, p));
    const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!;
    return negative ? -value : value;
  }

  /** A JSON string's index among `judges`: its characters matched in place unless it has escapes. */
  judge(judges: JudgeIds): number {
    this.skipSpace();
    const { text } = this;
    const start = this.at;
    if (text.charCodeAt(start) !== 34) malformed(text, start);
    let p = start + 1;
    let escaped = false;
    let hash = JudgeIds.hashStart;
    for (let ch = text.charCodeAt(p); ch !== 34; ch = text.charCodeAt(++p)) {
      if (!(ch >= 32)) malformed(text, start);
      hash = JudgeIds.hashOn(hash, ch);
      if (ch === 92) {
        escaped = true;
        p++;
      }
    }
    this.at = p + 1;
    if (!escaped) return judges.indexOfRange(text, start + 1, p, hash);
    let id: unknown;
    try {
      id = JSON.parse(text.slice(start, p + 1));
    } catch {
      malformed(text, start);
    }
    return judges.indexOf(id as string);
  }
}

const ASCII = { comma: 44, open: 91, close: 93 } as const;

/** An integer id read from the text, or the read refused. */
function idAt(scanner: Scanner): number {
  const start = scanner.at;
  const id = scanner.number();
  if (!Number.isInteger(id)) malformed(scanner.text, start);
  return id;
}

/**
 * A criterion id named twice among the pairs `pairs[from … to)` (ids compared by ===, as the
 * JSON.parse read did), or undefined: pairwise for a sheet of a few, by a set past that, so a
 * sheet of thousands of criteria typed in by hand is not read in quadratic time.
 */
function criterionNamedTwice(pairs: ArrayLike<number>, from: number, to: number): number | undefined {
  if (to - from <= 64) {
    for (let p = from + 2; p < to; p += 2) {
      for (let q = from; q < p; q += 2) if (pairs[q] === pairs[p]) return pairs[p];
    }
    return undefined;
  }
  // Ids are integers (checked): a Set's SameValueZero is === on them, −0 and 0 alike.
  const seen = new Set<number>();
  for (let p = from; p < to; p += 2) {
    if (seen.has(pairs[p]!)) return pairs[p];
    seen.add(pairs[p]!);
  }
  return undefined;
}

/**
 * The counted sheets of a text `[assignment id, entry id, "judge", [criterion id, score, …], …]`
 * (judging.ts's countedColumns), `read.sheets` of them, in (entry, assignment) order: the index
 * SQLite walks gives that order, checked rather than trusted (an aggregate's order is SQLite's
 * choice), and sorted when it is not. A criterion id named twice in a sheet is refused: the stored
 * object read by JSON.parse took its last score, the pairs would give the first.
 */
export function countedSheetsOf(read: SheetsText | undefined): CountedSheets {
  const count = read?.sheets ?? 0;
  const text = read?.values ?? (count === 0 ? '[]' : '');
  // A sheet is at least `0,0,"",[]` and a comma: a count the text cannot hold is refused before
  // arrays are made for it (the JSON.parse read refused it as a count of values that did not match).
  if (!Number.isInteger(count) || count < 0 || 10 * count + 1 > Math.max(text.length, 2)) {
    throw new Error(`${String(count)} score sheets read from a text of ${text.length} characters: a stored text is malformed`);
  }
  const scanner = new Scanner(text);
  const judges = new JudgeIds();
  const assignmentId = new Float64Array(count);
  const entryId = new Float64Array(count);
  const judge = new Int32Array(count);
  const pairStart = new Int32Array(count + 1);
  const pairs = new Values(count * 10);
  let ordered = true;
  scanner.expect(ASCII.open);
  for (let k = 0; k < count; k++) {
    if (k > 0) scanner.expect(ASCII.comma);
    assignmentId[k] = idAt(scanner);
    scanner.expect(ASCII.comma);
    entryId[k] = idAt(scanner);
    scanner.expect(ASCII.comma);
    judge[k] = scanner.judge(judges);
    scanner.expect(ASCII.comma);
    scanner.expect(ASCII.open);
    const first = pairs.length;
    if (!scanner.take(ASCII.close)) {
      do {
        const id = idAt(scanner);
        scanner.expect(ASCII.comma);
        pairs.push(id);
        pairs.push(scanner.number());
      } while (scanner.take(ASCII.comma));
      scanner.expect(ASCII.close);
      const twice = criterionNamedTwice(pairs.array, first, pairs.length);
      if (twice !== undefined) throw new Error(`a stored score sheet names criterion ${twice} twice: a stored text is malformed`);
    }
    pairStart[k + 1] = pairs.length;
    if (k > 0 && (entryId[k]! - entryId[k - 1]! || assignmentId[k]! - assignmentId[k - 1]!) < 0) ordered = false;
  }
  scanner.expect(ASCII.close);
  scanner.skipSpace();
  if (scanner.at !== text.length) malformed(text, scanner.at);
  const sheets: CountedSheets = {
    count, assignmentId, entryId, judge, judgeIds: judges.ids, pairStart, pairs: pairs.array.subarray(0, pairs.length),
  };
  if (ordered) return sheets;
  const order = Int32Array.from({ length: count }, (_, k) => k)
    .sort((a, b) => entryId[a]! - entryId[b]! || assignmentId[a]! - assignmentId[b]!);
  return gatherCountedSheets([sheets], { count, part: new Uint8Array(count), sheet: order });
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
  const { count } = picks;
  const assignmentId = new Float64Array(count);
  const entryId = new Float64Array(count);
  const judge = new Int32Array(count);
  const pairStart = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const from = parts[picks.part[k]!]!;
    const sheet = picks.sheet[k]!;
    pairStart[k + 1] = pairStart[k]! + from.pairStart[sheet + 1]! - from.pairStart[sheet]!;
  }
  const pairs = new Float64Array(pairStart[count]!);
  for (let k = 0; k < count; k++) {
    const part = picks.part[k]!;
    const from = parts[part]!;
    const sheet = picks.sheet[k]!;
    assignmentId[k] = from.assignmentId[sheet]!;
    entryId[k] = from.entryId[sheet]!;
    const known = judgeOf[part]!;
    const j = from.judge[sheet]!;
    if (known[j] === -1) known[j] = judges.indexOf(from.judgeIds[j]!);
    judge[k] = known[j]!;
    for (let p = from.pairStart[sheet]!, q = pairStart[k]!; p < from.pairStart[sheet + 1]!; p++, q++) pairs[q] = from.pairs[p]!;
  }
  return { count, assignmentId, entryId, judge, judgeIds: judges.ids, pairStart, pairs };
}

/** Two reads of entries one after the other (a round's lower and upper halves) as one. */
export function joinCountedSheets(lower: CountedSheets, upper: CountedSheets): CountedSheets {
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
  // Judges listed as the sheets name them, as one read of both halves would list them.
  const judges = new JudgeIds();
  const judge = new Int32Array(count);
  [lower, upper].forEach((part, index) => {
    const known = new Int32Array(part.judgeIds.length).fill(-1);
    const at = index === 0 ? 0 : lower.count;
    for (let k = 0; k < part.count; k++) {
      const j = part.judge[k]!;
      if (known[j] === -1) known[j] = judges.indexOf(part.judgeIds[j]!);
      judge[at + k] = known[j]!;
    }
  });
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
    if (!(judge[k]! >= 0 && judge[k]! < judgeIds.length) || pairStart[k + 1]! < pairStart[k]! || (pairStart[k + 1]! - pairStart[k]!) % 2 !== 0) return false;
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
