/**
 * Small descriptive statistics over numeric arrays, shared by the results modules.
 * Variances use the n − 1 divisor (sample variance) unless the name says otherwise.
 */

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** Arithmetic mean; NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}

/** Sample variance (n − 1 divisor), two-pass; NaN for fewer than two values. */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    ss += d * d;
  }
  return ss / (n - 1);
}

/** Median (mean of the two middle values for an even count); NaN for no values. Does not modify the input. */
export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Harmonic mean of positive values; NaN for none. */
export function harmonicMean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += 1 / values[i]!;
  return values.length / s;
}

/**
 * Whether two unrounded scores are equal up to floating-point noise: within 1e-9 of the larger
 * magnitude (or of 1). Sums such as 0.4 × 8 + 0.2 × 6 and 0.4 × 6 + 0.2 × 10 are the same number
 * on paper but can differ in their last bits; this is not rounding to a display precision.
 */
export const RELATIVE_EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A finite number or null (NaN and ±∞ become null), for JSON-friendly results. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
