/**
 * Scanning the texts of sheets SQLite writes (judging.ts): JSON values read as JSON.parse would read
 * them, for the values a sheet holds, straight into columns (counted-sheets.ts, listed-sheets.ts).
 */

export function malformed(text: string, at: number): never {
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
export class JudgeIds {
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
export class Values {
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
export class Scanner {
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

  /** A JSON string, as a string of its own: never a view that would keep the whole text alive. */
  string(): string {
    this.skipSpace();
    const { text } = this;
    const start = this.at;
    if (text.charCodeAt(start) !== 34) malformed(text, start);
    let p = start + 1;
    let escaped = false;
    for (let ch = text.charCodeAt(p); ch !== 34; ch = text.charCodeAt(++p)) {
      if (!(ch >= 32)) malformed(text, start);
      if (ch === 92) {
        escaped = true;
        p++;
      }
    }
    this.at = p + 1;
    if (p === start + 1) return '';
    // V8 makes a slice of 13 characters or more a view on the text; JSON.parse makes a string of its own.
    if (!escaped && p - start - 1 < 13) return text.slice(start + 1, p);
    try {
      return JSON.parse(text.slice(start, p + 1)) as string;
    } catch {
      return malformed(text, start);
    }
  }

  /** The index among `words` (quoted, as `"draft"`) of the JSON string here: matched in place, no string made. */
  word(words: readonly string[]): number {
    this.skipSpace();
    for (let w = 0; w < words.length; w++) {
      if (this.text.startsWith(words[w]!, this.at)) {
        this.at += words[w]!.length;
        return w;
      }
    }
    // Written another way (an escape): read as the string it is.
    return words.indexOf(JSON.stringify(this.string()));
  }

  /**
   * A criterion id as a sheet's stored scores name it: the key `"56"`, its integer as String()
   * writes it (what saveScoreSheet and migration 0011 store). A key written any other way (`"056"`,
   * `"-0"`, `"1e2"`, an escape, more than 15 digits) is refused: read as JSON.parse reads the
   * object, it would not be the criterion the number names.
   */
  criterionKey(): number {
    this.skipSpace();
    const { text } = this;
    const start = this.at;
    if (text.charCodeAt(start) !== ASCII.quote) malformed(text, start);
    let p = start + 1;
    let ch = text.charCodeAt(p);
    const negative = ch === 45;
    if (negative) ch = text.charCodeAt(++p);
    const first = p;
    let id = 0;
    for (; ch >= 48 && ch <= 57; ch = text.charCodeAt(++p)) id = id * 10 + (ch - 48);
    const digits = p - first;
    if (ch !== ASCII.quote || digits === 0 || digits > 15 || (text.charCodeAt(first) === 48 && (digits > 1 || negative))) malformed(text, start);
    this.at = p + 1;
    return negative ? -id : id;
  }

  /** Whether the next value is `null`, taken if so. */
  takeNull(): boolean {
    if (this.skipSpace() !== 110 || !this.text.startsWith('null', this.at)) return false;
    this.at += 4;
    return true;
  }
}

export const ASCII = { comma: 44, quote: 34, colon: 58, openBrace: 123, closeBrace: 125 } as const;

/** An integer id read from the text, or the read refused. */
export function idAt(scanner: Scanner): number {
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
export function criterionNamedTwice(pairs: ArrayLike<number>, from: number, to: number): number | undefined {
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
 * A sheet's stored scores `{"56":7,"57":8.5}` added to `pairs` as criterion id, score, … in the
 * order written. A criterion named twice is refused: JSON.parse of the object took its last score,
 * the pairs would give the first.
 */
function scanScores(scanner: Scanner, pairs: Values): void {
  scanner.expect(ASCII.openBrace);
  if (scanner.take(ASCII.closeBrace)) return;
  const first = pairs.length;
  do {
    pairs.push(scanner.criterionKey());
    scanner.expect(ASCII.colon);
    pairs.push(scanner.number());
  } while (scanner.take(ASCII.comma));
  scanner.expect(ASCII.closeBrace);
  const twice = criterionNamedTwice(pairs.array, first, pairs.length);
  if (twice !== undefined) throw new Error(`a stored score sheet names criterion ${twice} twice: a stored text is malformed`);
}

/** A sheet's stored scores text as pairs (criterion id, score, …), read as {@link scanScores} reads them in a text of sheets. */
export function scorePairsOf(text: string): number[] {
  const scanner = new Scanner(text);
  const pairs = new Values(0);
  scanScores(scanner, pairs);
  scanner.skipSpace();
  if (scanner.at !== text.length) malformed(text, scanner.at);
  return Array.from(pairs.array.subarray(0, pairs.length));
}

/** The columns every text of sheets starts with (assignment, entry, judge, scores), filled as it is scanned. */
export class SheetHeads {
  readonly judges = new JudgeIds();
  readonly assignmentId: Float64Array;
  readonly entryId: Float64Array;
  readonly judge: Int32Array;
  readonly pairStart: Int32Array;
  readonly pairs: Values;
  /** Whether the sheets so far came by entry then assignment. */
  ordered = true;

  /** With `room`, the columns have room for that many sheets more after the `count` scanned. */
  constructor(readonly count: number, room = 0) {
    this.assignmentId = new Float64Array(count + room);
    this.entryId = new Float64Array(count + room);
    this.judge = new Int32Array(count + room);
    this.pairStart = new Int32Array(count + room + 1);
    this.pairs = new Values((count + room) * 10);
  }

  /**
   * Sheet k's assignment, entry, judge and scores. With `absent`, a judge and scores both null are
   * taken (judge −1, no scores): a submitted sheet's details leave them to the counted sheets.
   */
  scan(scanner: Scanner, k: number, absent = false): void {
    const { assignmentId, entryId, pairs } = this;
    assignmentId[k] = idAt(scanner);
    scanner.expect(ASCII.comma);
    entryId[k] = idAt(scanner);
    scanner.expect(ASCII.comma);
    if (absent && scanner.takeNull()) {
      this.judge[k] = -1;
      scanner.expect(ASCII.comma);
      if (!scanner.takeNull()) malformed(scanner.text, scanner.at);
    } else {
      this.judge[k] = scanner.judge(this.judges);
      scanner.expect(ASCII.comma);
      scanScores(scanner, pairs);
    }
    this.pairStart[k + 1] = pairs.length;
    if (k > 0 && (entryId[k]! - entryId[k - 1]! || assignmentId[k]! - assignmentId[k - 1]!) < 0) this.ordered = false;
  }

  /** The columns filled, judges listed as the sheets named them. */
  columns() {
    const { count, assignmentId, entryId, judge, pairStart, pairs } = this;
    return {
      count, assignmentId: assignmentId.subarray(0, count), entryId: entryId.subarray(0, count), judge: judge.subarray(0, count),
      judgeIds: this.judges.ids, pairStart: pairStart.subarray(0, count + 1), pairs: pairs.array.subarray(0, pairs.length),
    };
  }
}

/**
 * A text's count of sheets, checked before anything is made for it: a count the text cannot hold
 * is refused (a sheet is at least `0,0,"",{}`, 9 characters, and a comma between two; the JSON.parse
 * read refused it as a count of values that did not match).
 */
export function checkedCount(text: string, count: number): number {
  if (!Number.isInteger(count) || count < 0 || 10 * count - 1 > text.length) {
    throw new Error(`${String(count)} score sheets read from a text of ${text.length} characters: a stored text is malformed`);
  }
  return count;
}

/**
 * A text of `count` sheets (checked), their values one after another with commas between, scanned
 * by `sheet`, given the scanner and the sheet's index; nothing may follow.
 */
export function scanSheets(text: string, count: number, sheet: (scanner: Scanner, k: number) => void): void {
  const scanner = new Scanner(text);
  for (let k = 0; k < count; k++) {
    if (k > 0) scanner.expect(ASCII.comma);
    sheet(scanner, k);
  }
  scanner.skipSpace();
  if (scanner.at !== text.length) malformed(text, scanner.at);
}
