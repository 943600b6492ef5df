/**
 * "Median rank among judges", the ranking's second tie-break. For each sheet, the entry's place
 * among that judge's sheets of the round, as a percentile:
 *
 *     p = (r − 1) / (n_j − 1),
 *
 * where r is the entry's mid-rank among the judge's n_j totals (1 = the judge's highest total; totals
 * equal up to float noise share the mean of their ranks), so p = 0 is the judge's best entry and
 * p = 1 their lowest; a judge with a single sheet gives p = 0.5 (no information). An entry's median
 * rank is the median of p over its readers (the mean of the middle two for an even count). Lower is
 * better. Percentiles make judges with different loads comparable; only the order within each
 * judge's own sheets matters, so a judge's severity does not move it.
 */
import { median, nearlyEqual } from './descriptive.ts';
import type { SheetTable } from './sheet-table.ts';

/**
 * Writes judge j's percentiles into `out` (per sheet, table order), using `values` and
 * `percentile` (each at least the judge's load long) as room. The judge's totals are sorted as
 * plain numbers (no comparator); each sheet then finds its group by binary search on its own total.
 * Equal totals always fall in one group, so which of them comes first never matters.
 */
function percentilesOfJudge(table: SheetTable, j: number, out: Float64Array, values: Float64Array, percentile: Float64Array): void {
  const { judgeStart, judgeSheets, total } = table;
  const from = judgeStart[j]!;
  const to = judgeStart[j + 1]!;
  const n = to - from;
  if (n === 1) {
    out[judgeSheets[from]!] = 0.5;
    return;
  }
  // Highest first: sort ascending, read from the end.
  const sorted = values.subarray(0, n);
  for (let k = 0; k < n; k++) sorted[k] = total[judgeSheets[from + k]!]!;
  sorted.sort();
  const at = (position: number) => sorted[n - 1 - position]!;
  let i = 0;
  while (i < n) {
    let k = i;
    while (k + 1 < n && nearlyEqual(at(k + 1), at(k))) k++;
    const midRank = (i + k) / 2 + 1;
    for (let t = i; t <= k; t++) percentile[t] = (midRank - 1) / (n - 1);
    i = k + 1;
  }
  for (let k = from; k < to; k++) {
    const x = total[judgeSheets[k]!]!;
    // The first position (highest first) whose value is not above x holds x itself.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(mid) > x) lo = mid + 1;
      else hi = mid;
    }
    out[judgeSheets[k]!] = percentile[lo]!;
  }
}

function mostSheets(table: SheetTable): number {
  let most = 0;
  for (let j = 0; j < table.judgeIds.length; j++) most = Math.max(most, table.judgeStart[j + 1]! - table.judgeStart[j]!);
  return most;
}

/** Per sheet (table order): the percentile p described above. */
export function judgePercentiles(table: SheetTable): Float64Array {
  const out = new Float64Array(table.total.length);
  const most = mostSheets(table);
  const values = new Float64Array(most);
  const percentile = new Float64Array(most);
  for (let j = 0; j < table.judgeIds.length; j++) percentilesOfJudge(table, j, out, values, percentile);
  return out;
}

/** The median of the percentiles p[from … from + m − 1]. */
function medianOf(p: Float64Array, from: number, m: number): number {
  if (m === 1) return p[from]!;
  if (m === 2) return (p[from]! + p[from + 1]!) / 2;
  if (m === 3) {
    const [a, b, c] = [p[from]!, p[from + 1]!, p[from + 2]!];
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
  return median(p.subarray(from, from + m));
}

/**
 * Entry e's median rank: the median of its readers' percentiles, working out only those of the
 * judges who read the entries asked about. The ranking asks only for entries still tied after the
 * score and the top criterion, a handful in a round where sorting every judge's sheets took ~70 ms.
 */
export function medianJudgeRankOf(table: SheetTable): (e: number) => number {
  const p = new Float64Array(table.total.length);
  const done = new Uint8Array(table.judgeIds.length);
  const most = mostSheets(table);
  const values = new Float64Array(most);
  const percentile = new Float64Array(most);
  const { entryStart, judgeOf } = table;
  return (e) => {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    for (let k = from; k < to; k++) {
      const j = judgeOf[k]!;
      if (done[j] === 0) {
        percentilesOfJudge(table, j, p, values, percentile);
        done[j] = 1;
      }
    }
    return medianOf(p, from, to - from);
  };
}
