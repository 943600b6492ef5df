import { pairKey } from './co-reading.ts';
import type { ReaderTable } from './reader-table.ts';

/**
 * Changing one reader of one entry while keeping the pair counts of the co-reading graph (and so
 * Σ count²) up to date. The local-search phases build their moves from this: a swap (two entries
 * trade one reader each; loads unchanged) and a shift (one entry's reader changes from a to b with
 * load_b = load_a − 1, which trades the two loads and so keeps Σ load² unchanged).
 */
export class PairTracker {
  readonly table: ReaderTable;
  readonly counts: Map<number, number>;
  pairSquares: number;

  constructor(table: ReaderTable, counts: Map<number, number>, pairSquares: number) {
    this.table = table;
    this.counts = counts;
    this.pairSquares = pairSquares;
  }

  /** Puts judge j in slot s of entry e; returns the change of Σ count². */
  replace(e: number, s: number, j: number): number {
    const { table, counts } = this;
    const m = table.judgeCount;
    const old = table.judge[s]!;
    if (old === j) return 0;
    let delta = 0;
    for (let t = table.start[e]!; t < table.start[e + 1]!; t++) {
      if (t === s) continue;
      const other = table.judge[t]!;
      const gone = pairKey(old, other, m);
      const c = counts.get(gone)!;
      delta -= 2 * c - 1;
      if (c === 1) counts.delete(gone);
      else counts.set(gone, c - 1);
      const come = pairKey(j, other, m);
      const d = counts.get(come) ?? 0;
      delta += 2 * d + 1;
      counts.set(come, d + 1);
    }
    table.set(s, j);
    this.pairSquares += delta;
    return delta;
  }

  /** Entries e and f trade the readers in slots s (of e) and t (of f); returns Δ Σ count². */
  swap(e: number, s: number, f: number, t: number): number {
    const a = this.table.judge[s]!;
    const b = this.table.judge[t]!;
    return this.replace(e, s, b) + this.replace(f, t, a);
  }

  /**
   * What swap(e, s, f, t) would change Σ count² by, without doing it. Requires e ≠ f and that
   * neither incoming judge already reads the other entry (as every allowed swap does).
   */
  swapDelta(e: number, s: number, f: number, t: number): number {
    const { table, counts } = this;
    const m = table.judgeCount;
    const a = table.judge[s]!;
    const b = table.judge[t]!;
    const keys = this.scratchKeys;
    const steps = this.scratchSteps;
    keys.length = 0;
    steps.length = 0;
    const note = (key: number, step: number): void => {
      const i = keys.indexOf(key);
      if (i === -1) {
        keys.push(key);
        steps.push(step);
      } else steps[i]! += step;
    };
    for (let u = table.start[e]!; u < table.start[e + 1]!; u++) {
      if (u === s) continue;
      const other = table.judge[u]!;
      note(pairKey(a, other, m), -1);
      note(pairKey(b, other, m), +1);
    }
    for (let u = table.start[f]!; u < table.start[f + 1]!; u++) {
      if (u === t) continue;
      const other = table.judge[u]!;
      note(pairKey(b, other, m), -1);
      note(pairKey(a, other, m), +1);
    }
    let delta = 0;
    for (let i = 0; i < keys.length; i++) {
      const step = steps[i]!;
      if (step === 0) continue;
      const c = counts.get(keys[i]!) ?? 0;
      delta += (c + step) * (c + step) - c * c;
    }
    return delta;
  }

  private readonly scratchKeys: number[] = [];
  private readonly scratchSteps: number[] = [];

  /** The most entries judge j shares with any other reader of e. */
  worstPairOf(e: number, j: number): number {
    const { table, counts } = this;
    let worst = 0;
    for (let t = table.start[e]!; t < table.start[e + 1]!; t++) {
      const other = table.judge[t]!;
      if (other === j) continue;
      worst = Math.max(worst, counts.get(pairKey(j, other, table.judgeCount)) ?? 0);
    }
    return worst;
  }
}
