import type { ReaderTable } from './reader-table.ts';
import { UnionFind } from './union-find.ts';

/**
 * The judges' co-reading graph: judges with a positive load are its nodes, and two judges are
 * joined once for every entry they both read. Calibration of judges' severities can compare two
 * judges only through a chain of shared entries, hence the wish for one connected component.
 */

/** The key of the unordered pair {a, b} of judges among m. */
export const pairKey = (a: number, b: number, m: number): number => (a < b ? a * m + b : b * m + a);

/** How many entries each pair of judges shares (pairs sharing none are absent). */
export function countPairs(table: ReaderTable): Map<number, number> {
  const counts = new Map<number, number>();
  const m = table.judgeCount;
  for (let e = 0; e < table.entryCount; e++) {
    const from = table.start[e]!;
    const to = table.start[e + 1]!;
    for (let s = from; s < to; s++) {
      for (let t = s + 1; t < to; t++) {
        const key = pairKey(table.judge[s]!, table.judge[t]!, m);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

export interface Components {
  /** Component label per judge (a representative judge), −1 for judges with no load. */
  label: Int32Array;
  count: number;
}

/** Connected components of the co-reading graph. */
export function components(table: ReaderTable): Components {
  const m = table.judgeCount;
  const uf = new UnionFind(m);
  for (let e = 0; e < table.entryCount; e++) {
    const from = table.start[e]!;
    const to = table.start[e + 1]!;
    for (let s = from + 1; s < to; s++) uf.union(table.judge[from]!, table.judge[s]!);
  }
  const label = new Int32Array(m).fill(-1);
  const roots = new Set<number>();
  for (let j = 0; j < m; j++) {
    if (table.load[j]! === 0) continue;
    label[j] = uf.find(j);
    roots.add(label[j]!);
  }
  const count = roots.size;
  return { label, count };
}

/** Σ over pairs of count²; the quantity pair spreading lowers. */
export function pairSquares(counts: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c * c;
  return sum;
}
