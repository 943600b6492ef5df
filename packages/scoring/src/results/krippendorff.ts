/**
 * Krippendorff's alpha with missing data (Krippendorff, "Computing Krippendorff's Alpha-Reliability",
 * 2011). Data are units (entries), each with the values its coders (judges) gave; units with fewer
 * than two values are not pairable and are dropped. With n the number of pairable values,
 *
 *     α = 1 − (n − 1) · Σ_u [ Σ_{i≠j in u} δ²(x_i, x_j) / (m_u − 1) ] / Σ_{i≠j over all n values} δ²(x_i, x_j)
 *
 * δ² by level of measurement: nominal [c ≠ k]; interval (c − k)²; ratio ((c − k)/(c + k))²; ordinal
 * (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the coincidence matrix's marginal counts n_g.
 * Interval alpha is computed in closed form, O(n): Σ_{i≠j in u}(x_i − x_j)² = 2 m_u SS_u and likewise
 * for the pooled values, so α = 1 − (n − 1) Σ_u [2 m_u SS_u / (m_u − 1)] / (2 n SS). The other levels
 * build the coincidence matrix over the distinct values (meant for rating scales).
 * Returns null when fewer than two values are pairable or the pooled values do not vary.
 */

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Interval alpha over values grouped into units: unit u holds values[start[u] … start[u + 1] − 1]. */
export function intervalAlphaGrouped(values: ArrayLike<number>, start: ArrayLike<number>): number | null {
  let n = 0;
  let sum = 0;
  let observed = 0;
  for (let u = 0; u + 1 < start.length; u++) {
    const from = start[u]!;
    const to = start[u + 1]!;
    const m = to - from;
    if (m < 2) continue;
    let mean = 0;
    for (let i = from; i < to; i++) mean += values[i]!;
    mean /= m;
    let ss = 0;
    for (let i = from; i < to; i++) ss += (values[i]! - mean) ** 2;
    observed += (2 * m * ss) / (m - 1);
    n += m;
    sum += mean * m;
  }
  if (n < 2) return null;
  const grand = sum / n;
  let ssTotal = 0;
  for (let u = 0; u + 1 < start.length; u++) {
    const from = start[u]!;
    const to = start[u + 1]!;
    if (to - from < 2) continue;
    for (let i = from; i < to; i++) ssTotal += (values[i]! - grand) ** 2;
  }
  if (!(ssTotal > 0)) return null;
  return 1 - ((n - 1) * observed) / (2 * n * ssTotal);
}

function coincidenceAlpha(units: readonly (readonly number[])[], level: Exclude<AlphaLevel, 'interval'>): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  const distinct = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const V = distinct.length;
  const index = new Map(distinct.map((v, i) => [v, i]));
  const o = new Float64Array(V * V);
  for (const unit of pairable) {
    const m = unit.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i !== j) o[index.get(unit[i]!)! * V + index.get(unit[j]!)!]! += 1 / (m - 1);
      }
    }
  }
  const marginal = new Float64Array(V);
  for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) marginal[c]! += o[c * V + k]!;
  const n = marginal.reduce((s, x) => s + x, 0);
  if (n < 2) return null;
  const cumulative = new Float64Array(V + 1);
  for (let c = 0; c < V; c++) cumulative[c + 1] = cumulative[c]! + marginal[c]!;
  const delta = (c: number, k: number): number => {
    if (level === 'nominal') return c === k ? 0 : 1;
    if (level === 'ratio') {
      const a = distinct[c]!;
      const b = distinct[k]!;
      return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    }
    const lo = Math.min(c, k);
    const hi = Math.max(c, k);
    return (cumulative[hi + 1]! - cumulative[lo]! - (marginal[c]! + marginal[k]!) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      const d = delta(c, k);
      observed += o[c * V + k]! * d;
      expected += marginal[c]! * marginal[k]! * d;
    }
  }
  if (!(expected > 0)) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Alpha over units, each the list of values its coders gave (missing ones simply absent). */
export function krippendorffAlpha(units: readonly (readonly number[])[], level: AlphaLevel = 'interval'): number | null {
  for (const unit of units) {
    for (const x of unit) if (!Number.isFinite(x)) throw new RangeError(`alpha needs finite values, got ${x}`);
  }
  if (level === 'interval') {
    const start = new Int32Array(units.length + 1);
    units.forEach((u, i) => (start[i + 1] = start[i]! + u.length));
    return intervalAlphaGrouped(units.flat(), start);
  }
  if (level !== 'nominal' && level !== 'ordinal' && level !== 'ratio') throw new RangeError(`unknown level ${String(level)}`);
  return coincidenceAlpha(units, level);
}

/**
 * Units from a reliability-data matrix as Krippendorff writes it: one row per coder, one column per
 * unit, null/undefined (or NaN) for a missing value.
 */
export function unitsFromReliabilityData(data: readonly (readonly (number | null | undefined)[])[]): number[][] {
  const columns = Math.max(0, ...data.map((row) => row.length));
  return Array.from({ length: columns }, (_, u) =>
    data.map((row) => row[u]).filter((x): x is number => typeof x === 'number' && !Number.isNaN(x)));
}
