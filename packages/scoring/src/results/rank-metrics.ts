/**
 * How well one scoring recovers another (used to compare scoring methods against known truth in
 * simulations): Spearman's rank correlation and top-k recall.
 */

/** Average ranks (1-based, ascending values; tied values share the mean of their ranks). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Pearson correlation; NaN when either side has no spread or the lengths differ. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length || n < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** Spearman's rho: the Pearson correlation of average ranks. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/** Indices of the k highest values (ties broken by lower index). */
function topIndices(values: ArrayLike<number>, k: number): Set<number> {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  return new Set(order.slice(0, k));
}

/** Share of the true top k that the estimate also puts in its top k. */
export function topRecall(estimate: ArrayLike<number>, truth: ArrayLike<number>, k: number): number {
  if (estimate.length !== truth.length) throw new RangeError('estimate and truth differ in length');
  if (!Number.isInteger(k) || k < 1 || k > truth.length) throw new RangeError(`k must be within 1–${truth.length}`);
  const top = topIndices(truth, k);
  let hits = 0;
  for (const i of topIndices(estimate, k)) if (top.has(i)) hits++;
  return hits / k;
}
