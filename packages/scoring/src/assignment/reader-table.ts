/**
 * Who reads what, entry by entry, as the local-search phases see it: each entry's readers in one
 * flat array, its existing (fixed) readers first, then the new (movable) ones.
 *
 * A move may only change movable slots, and only to a judge the entry's class allows (not
 * blocked: author, same unit, declared conflict, existing reader) who is not already reading it.
 */
export class ReaderTable {
  readonly entryCount: number;
  readonly judgeCount: number;
  /** Entry e's readers are judge[start[e] … start[e + 1] − 1]; the first fixedCount[e] are fixed. */
  readonly start: Int32Array;
  readonly judge: Int32Array;
  readonly fixedCount: Int32Array;
  readonly entryClass: Int32Array;
  readonly blocked: readonly Uint8Array[];
  readonly load: Int32Array;
  /** How many more entries each judge may take beyond the load it has now (Infinity: no cap). */
  readonly room: Float64Array;

  constructor(args: {
    readers: readonly (readonly number[])[];
    fixedCount: Int32Array;
    entryClass: Int32Array;
    blocked: readonly Uint8Array[];
    judgeCount: number;
    cap: Float64Array;
  }) {
    const n = args.readers.length;
    this.entryCount = n;
    this.judgeCount = args.judgeCount;
    this.start = new Int32Array(n + 1);
    let total = 0;
    for (let e = 0; e < n; e++) {
      this.start[e] = total;
      total += args.readers[e]!.length;
    }
    this.start[n] = total;
    this.judge = new Int32Array(total);
    this.load = new Int32Array(args.judgeCount);
    for (let e = 0; e < n; e++) {
      let s = this.start[e]!;
      for (const j of args.readers[e]!) {
        this.judge[s++] = j;
        this.load[j]! += 1;
      }
    }
    this.fixedCount = args.fixedCount;
    this.entryClass = args.entryClass;
    this.blocked = args.blocked;
    this.room = Float64Array.from(args.cap, (c, j) => c - this.load[j]!);
  }

  readers(e: number): Int32Array {
    return this.judge.subarray(this.start[e]!, this.start[e + 1]!);
  }

  /** First movable slot of e (slots up to start[e + 1] − 1 are movable). */
  firstMovable(e: number): number {
    return this.start[e]! + this.fixedCount[e]!;
  }

  hasMovable(e: number): boolean {
    return this.firstMovable(e) < this.start[e + 1]!;
  }

  /** May judge j take one of e's movable slots (ignoring caps)? */
  canTake(e: number, j: number): boolean {
    const c = this.entryClass[e]!;
    if (c === -1 || this.blocked[c]![j] === 1) return false;
    for (let s = this.start[e]!; s < this.start[e + 1]!; s++) if (this.judge[s] === j) return false;
    return true;
  }

  /** Puts judge j in slot s (of entry e), keeping loads and room up to date. */
  set(s: number, j: number): void {
    const old = this.judge[s]!;
    if (old === j) return;
    this.load[old]! -= 1;
    this.room[old]! += 1;
    this.load[j]! += 1;
    this.room[j]! -= 1;
    this.judge[s] = j;
  }

  /** The entry owning slot s (binary search over start). */
  entryOfSlot(s: number): number {
    let lo = 0;
    let hi = this.entryCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start[mid]! <= s) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
