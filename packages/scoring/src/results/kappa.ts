/**
 * Quadratic weighted kappa of two raters over the same items (Cohen 1968):
 *
 *     κ_w = 1 − Σ_ij w_ij O_ij / Σ_ij w_ij E_ij,   w_ij = (v_i − v_j)²,
 *
 * O the observed joint proportions, E the product of the marginals. With the weights on the values
 * themselves this reduces exactly to κ_w = 2 cov(a, b) / (var(a) + var(b) + (ā − b̄)²) (population
 * moments), computed here in O(n); unobserved categories add nothing, so the category set does not
 * matter. R psych::cohen.kappa builds its categories from the union of the observed values and weighs
 * by category index, (i − j)²/(k − 1)²: identical whenever the observed values are consecutive
 * integers (as in its 1…6 reference example), different when a value in the middle is never used.
 * Returns null when no item is given or neither rater varies and they agree on a constant (0/0).
 */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length) throw new RangeError(`the two raters have ${a.length} and ${b.length} ratings`);
  const n = a.length;
  if (n === 0) return null;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(a[i]!) || !Number.isFinite(b[i]!)) throw new RangeError(`rating ${i} is not finite`);
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let va = 0;
  let vb = 0;
  let cov = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    va += da * da;
    vb += db * db;
    cov += da * db;
  }
  const denominator = (va + vb) / n + (ma - mb) ** 2;
  if (!(denominator > 0)) return null;
  return (2 * cov) / n / denominator;
}
