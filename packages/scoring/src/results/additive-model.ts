/**
 * The `corrected` method's model: every sheet's total = entry effect + judge severity + noise,
 *
 *     x_s = a_e(s) + b_j(s) + ε_s,     ε ~ (0, σ²_r),   b_j ~ (0, σ²_j),
 *
 * fitted by alternating least squares (ALS) over the sheets:
 *
 *     entry step:  a_e = mean over e's sheets of (x_s − b_j)
 *     judge step:  b_j = λ_j · mean over j's sheets of (x_s − a_e),   λ_j = n_j / (n_j + σ²_r/σ²_j)
 *     then severities are centred to sum to zero within each connected part of the design,
 *
 * repeated until no severity moves by more than `tolerance`. Its fixed point is reached by conjugate
 * gradients (`solveSeverities`), which stop where a sweep from the severities found would move none
 * by more than `tolerance` — or by more than the totals' rounding, once they get no closer — (or
 * after `maxIterations` steps).
 * n_j is the judge's number of sheets. With λ_j in the judge step the fixed point is the ridge /
 * BLUP solution of the mixed model with fixed entries and random judges (Henderson's mixed-model
 * equations, solved block-wise); with the same σ²_r/σ²_j for every judge the ridge solution already
 * sums to zero, so the centring only pins down the free constant of the unshrunk fit.
 *
 * The variance components come from the data in two steps:
 *  1. An unshrunk ALS fit (λ = 1). σ²_r = RSS / (N − E − J + c): the residual mean square of the
 *     additive two-way model, whose design has rank E + J − c (c connected parts).
 *  2. σ²_j = MSW − σ²_r, where MSW = Σ_e Σ_s (x_s − x̄_e)² / Σ_e (m_e − 1) is the pooled spread of
 *     totals among the readers of the same entry: two readers of one entry differ by their
 *     severities and their noise, so E[MSW] = σ²_j + σ²_r. (On a complete design this is exactly
 *     the two-way ANOVA estimate (JMS − EMS)/n.)
 *     Negative estimates are set to 0 for shrinking (σ²_j = 0 ⇒ every severity is 0 and the
 *     corrected score is the mean).
 *  3. σ²_e (entries) = var(â) − σ²_r · mean(1/m_e), with â the unshrunk entry effects
 *     (on a complete design: (BMS − EMS)/k). Used only by the variance-component ICCs.
 *
 * Standard errors: the information the design carries about b_j once entry effects are estimated
 * is I_j = Σ over j's sheets of (1 − 1/m_e) (a sheet of a two-reader entry carries half a sheet's
 * worth). The unshrunk SE is √(σ²_r / I_j); the shrunk severity's SE (prediction error) is
 * √(σ²_r / (I_j + σ²_r/σ²_j)). Both ignore the covariance with other judges' estimates: exact for
 * many judges with spread-out co-readers, conservative (too large) for a few judges who all read
 * the same entries.
 */
import { UnionFind } from '../assignment/union-find.ts';
import { loadOf, readersOf, type SheetTable } from './sheet-table.ts';

export interface AdditiveModelOptions {
  /**
   * Stop when an ALS sweep would move no severity by more than this (score points), or by no more
   * than 4 units in the last place of the largest total once the solver gets no closer. Default 1e-10.
   */
  tolerance?: number;
  /**
   * At most this many steps in each of the fit's two solves (unshrunk, shrunk). A step is one pass
   * over the sheets; each true sweep the gradients check against (at the start and after a restart)
   * is one more, so a solve reads the sheets at most 2 × this + 1 times. Default 1000.
   */
  maxIterations?: number;
}

export interface VarianceEstimates {
  /** σ²_r, residual variance of the unshrunk additive fit; null when its degrees of freedom are 0. */
  residual: number | null;
  /** Degrees of freedom of σ²_r: N − E − J + c. */
  residualDf: number;
  /** MSW, pooled variance of totals among the readers of the same entry; null when no entry has two readers. */
  withinEntry: number | null;
  /** σ²_j = MSW − σ²_r, unclamped (may be negative: then judges differ less than noise explains). */
  judge: number | null;
  /** σ²_e = var(â) − σ²_r · mean(1/m_e), unclamped. */
  entry: number | null;
  /** σ²_r / σ²_j as used in shrinking: Infinity when σ²_j ≤ 0 or unknown (full shrinkage). */
  shrinkageRatio: number;
}

export interface AdditiveFit {
  table: SheetTable;
  /** 'fitted', or 'insufficient-data' when σ²_r cannot be estimated (then all severities are 0). */
  status: 'fitted' | 'insufficient-data';
  /** Per entry: the entry effect with shrunk severities — the corrected score (an average judge's view). */
  entryEffect: Float64Array;
  /** Per entry: the entry effect of the unshrunk fit. */
  entryEffectUnshrunk: Float64Array;
  /** Per judge: shrunk severity (positive = lenient: scores above the average judge). */
  severity: Float64Array;
  /** Per judge: severity from the unshrunk fit. */
  severityUnshrunk: Float64Array;
  /** Per judge: SE of the shrunk severity (NaN when unknown). */
  severitySe: Float64Array;
  /** Per judge: SE of the unshrunk severity (NaN or Infinity when unknown). */
  severityUnshrunkSe: Float64Array;
  /** Per judge: λ_j = n_j / (n_j + σ²_r/σ²_j), the judge step's shrinkage factor. */
  shrinkage: Float64Array;
  /** Per judge: I_j = Σ (1 − 1/m_e) over the judge's sheets. */
  information: Float64Array;
  /** Per judge: index of the connected part of the design the judge belongs to. */
  part: Int32Array;
  /** Number of connected parts (severities are comparable only within one). */
  parts: number;
  variance: VarianceEstimates;
  iterations: { unshrunk: number; shrunk: number };
  converged: boolean;
}

/** Entry effects `a` and severities `b` at the ALS's fixed point, and the passes it took. */
export interface SeveritySolution {
  a: Float64Array;
  b: Float64Array;
  iterations: number;
  converged: boolean;
}

/** Entry e's effect: the mean over its sheets of (x − b_j). */
function entryEffect(entryStart: Int32Array, judgeOf: Int32Array, total: Float64Array, b: Float64Array, e: number): number {
  const from = entryStart[e]!;
  const to = entryStart[e + 1]!;
  let s = 0;
  for (let k = from; k < to; k++) s += total[k]! - b[judgeOf[k]!]!;
  return s / (to - from);
}

/** Entry step: every entry's effect into `a`. */
function entryStep(table: SheetTable, b: Float64Array, a: Float64Array): void {
  const { entryStart, judgeOf, total } = table;
  for (let e = 0; e < a.length; e++) a[e] = entryEffect(entryStart, judgeOf, total, b, e);
}

/** Each part's mean of `x` (a value per judge, `part[j]` its part). */
function partMeans(x: Float64Array, part: Int32Array, parts: number): Float64Array {
  const partSum = new Float64Array(parts);
  const partCount = new Int32Array(parts);
  for (let j = 0; j < x.length; j++) {
    partSum[part[j]!]! += x[j]!;
    partCount[part[j]!]!++;
  }
  for (let p = 0; p < parts; p++) partSum[p] = partSum[p]! / partCount[p]!;
  return partSum;
}

function centre(b: Float64Array, part: Int32Array, parts: number): void {
  const mean = partMeans(b, part, parts);
  for (let j = 0; j < b.length; j++) b[j]! -= mean[part[j]!]!;
}

/**
 * An ALS sweep's pass over the sheets: each entry's effect into `a`, its sheets' residuals added to
 * their judges' sums in `next` (the judge step divides them).
 */
function sweep(
  entryStart: Int32Array, judgeOf: Int32Array, total: Float64Array, b: Float64Array, a: Float64Array, next: Float64Array,
): void {
  next.fill(0);
  const E = a.length;
  for (let e = 0; e < E; e++) {
    const effect = entryEffect(entryStart, judgeOf, total, b, e);
    a[e] = effect;
    for (let k = entryStart[e]!; k < entryStart[e + 1]!; k++) next[judgeOf[k]!]! += total[k]! - effect;
  }
}

/**
 * C·p into `out`: each judge's sum, over its sheets, of the mean of `p` over the entry's readers. A
 * function of its own, called once per pass: V8 then optimizes it after the first few passes, where
 * one loop over every pass ran on-stack-replaced code at a third of the speed for the whole first
 * fit of a fresh process.
 */
function spread(entryStart: Int32Array, judgeOf: Int32Array, p: Float64Array, E: number, out: Float64Array): void {
  out.fill(0);
  for (let e = 0; e < E; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    let s = 0;
    for (let k = from; k < to; k++) s += p[judgeOf[k]!]!;
    const mean = s / (to - from);
    for (let k = from; k < to; k++) out[judgeOf[k]!]! += mean;
  }
}

/** The largest move of a severity by `z` once centred within its part (what a sweep's centring leaves). */
function centredMove(z: Float64Array, part: Int32Array, parts: number): number {
  const mean = partMeans(z, part, parts);
  let move = 0;
  for (let j = 0; j < z.length; j++) move = Math.max(move, Math.abs(z[j]! - mean[part[j]!]!));
  return move;
}

function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let j = 0; j < x.length; j++) s += x[j]! * y[j]!;
  return s;
}

/**
 * The severities at the ALS's fixed point, found by conjugate gradients. Eliminating the entry
 * effects leaves J equations in the severities, S·b = g with S = D + ratio·I − C (D the judges'
 * sheet counts, C_jk = Σ over the entries both read of 1/m_e, g_j = Σ over j's sheets of x − x̄_e);
 * an ALS sweep is exactly one step b ← b + M⁻¹(g − S·b) with M = D + ratio·I, the judge step's
 * denominator. Conjugate gradients preconditioned by M reach that point in a third of the passes over
 * the sheets (19 against 61 at 100,000 entries, each ~2 ms), and closer: where ALS converges slowly
 * (few shared readers) its stop leaves severities ~3e-9 off, these ~2e-10.
 *
 * Stops as ALS did, and checked as ALS would check it: a true sweep from the severities reached
 * (not the gradients' running residual) would move no centred severity by more than `tolerance`.
 * Below 4 ulp of the largest total that move is rounding (from totals in the millions, 1e-10 is),
 * which the ALS got under only when it happened on an exact fixed point: there it also stops once a
 * restart from the true residual got it no smaller. Where the gradients find no finite descent
 * (totals so large their dot products overflow) it goes on by plain ALS sweeps, as before.
 * `iterations` counts the gradients' and sweeps' steps; the entry effects are the entry step of the
 * severities returned.
 */
export function solveSeverities(
  table: SheetTable,
  ratio: number,
  start: Float64Array,
  part: Int32Array,
  parts: number,
  tolerance: number,
  maxIterations: number,
): SeveritySolution {
  const E = table.entryIds.length;
  const J = table.judgeIds.length;
  const a = new Float64Array(E);
  const b = Float64Array.from(start);
  if (!Number.isFinite(ratio)) {
    b.fill(0);
    entryStep(table, b, a);
    return { a, b, iterations: 0, converged: true };
  }
  const { judgeStart, entryStart, judgeOf, total } = table;
  const m = new Float64Array(J);
  for (let j = 0; j < J; j++) m[j] = judgeStart[j + 1]! - judgeStart[j]! + ratio;
  const r = new Float64Array(J);
  const z = new Float64Array(J);
  const p = new Float64Array(J);
  const q = new Float64Array(J);
  let largest = 0;
  for (let k = 0; k < total.length; k++) largest = Math.max(largest, Math.abs(total[k]!));
  const rounding = 4 * Number.EPSILON * largest;
  let lastMove = Number.POSITIVE_INFINITY;
  let sweepsOnly = false;
  let iterations = 0;
  let converged = false;
  centre(b, part, parts);
  for (;;) {
    // The true residual g − S·b, from a sweep: its sums are g + C·b, and it leaves b's entry effects in `a`.
    sweep(entryStart, judgeOf, total, b, a, r);
    for (let j = 0; j < J; j++) {
      r[j] = r[j]! - m[j]! * b[j]!;
      z[j] = r[j]! / m[j]!;
    }
    const move = centredMove(z, part, parts);
    if (move <= tolerance || (move <= rounding && !(move < lastMove))) {
      converged = true;
      break;
    }
    lastMove = move;
    if (iterations >= maxIterations) break;
    if (sweepsOnly) {
      // The ALS's own step, b + z: it squares nothing.
      for (let j = 0; j < J; j++) b[j] = b[j]! + z[j]!;
      iterations++;
      centre(b, part, parts);
      continue;
    }
    p.set(z);
    let rz = dot(r, z);
    while (iterations < maxIterations) {
      iterations++;
      spread(entryStart, judgeOf, p, E, q);
      for (let j = 0; j < J; j++) q[j] = m[j]! * p[j]! - q[j]!;
      const step = rz / dot(p, q);
      // No finite descent along p: rounding, or dot products past the largest double (totals beyond
      // ~1e154). Where restarting would only find it again, plain ALS sweeps from here.
      if (!(step > 0 && step < Number.POSITIVE_INFINITY)) {
        sweepsOnly = true;
        break;
      }
      for (let j = 0; j < J; j++) {
        b[j] = b[j]! + step * p[j]!;
        r[j] = r[j]! - step * q[j]!;
        z[j] = r[j]! / m[j]!;
      }
      if (centredMove(z, part, parts) <= tolerance) break;
      const rzNext = dot(r, z);
      const beta = rzNext / rz;
      rz = rzNext;
      for (let j = 0; j < J; j++) p[j] = z[j]! + beta * p[j]!;
    }
    centre(b, part, parts);
  }
  return { a, b, iterations, converged };
}

/** Connected parts of the judge–entry design, numbered by their smallest judge index. */
function designParts(table: SheetTable): { part: Int32Array; parts: number } {
  const J = table.judgeIds.length;
  const uf = new UnionFind(J);
  const { entryStart, judgeOf } = table;
  for (let e = 0; e < table.entryIds.length; e++) {
    const first = judgeOf[entryStart[e]!]!;
    for (let k = entryStart[e]! + 1; k < entryStart[e + 1]!; k++) uf.union(first, judgeOf[k]!);
  }
  const part = new Int32Array(J);
  const label = new Map<number, number>();
  for (let j = 0; j < J; j++) {
    const root = uf.find(j);
    let p = label.get(root);
    if (p === undefined) {
      p = label.size;
      label.set(root, p);
    }
    part[j] = p;
  }
  return { part, parts: label.size };
}

/** Fits the additive model (see the file comment for the method and its estimates). */
export function fitAdditiveModel(table: SheetTable, options: AdditiveModelOptions = {}): AdditiveFit {
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 1000;
  if (!(tolerance >= 0) || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError('tolerance must be ≥ 0 and maxIterations a positive integer');
  }
  const E = table.entryIds.length;
  const J = table.judgeIds.length;
  const N = table.total.length;
  const { part, parts } = designParts(table);
  const { entryStart, entryOf, judgeOf, total } = table;

  // 1. Unshrunk fit and σ²_r.
  const free = solveSeverities(table, 0, new Float64Array(J), part, parts, tolerance, maxIterations);
  let rss = 0;
  for (let s = 0; s < N; s++) {
    const r = total[s]! - free.a[entryOf[s]!]! - free.b[judgeOf[s]!]!;
    rss += r * r;
  }
  const residualDf = N - E - J + parts;
  const residual = residualDf > 0 ? rss / residualDf : null;

  // 2. MSW and σ²_j; 3. σ²_e.
  let within = 0;
  let withinDf = 0;
  let invReaders = 0;
  for (let e = 0; e < E; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    const m = to - from;
    invReaders += 1 / m;
    if (m < 2) continue;
    let mean = 0;
    for (let k = from; k < to; k++) mean += total[k]!;
    mean /= m;
    for (let k = from; k < to; k++) within += (total[k]! - mean) ** 2;
    withinDf += m - 1;
  }
  const withinEntry = withinDf > 0 ? within / withinDf : null;
  const judge = residual !== null && withinEntry !== null ? withinEntry - residual : null;
  let entry: number | null = null;
  if (residual !== null && E >= 2) {
    let m = 0;
    for (let e = 0; e < E; e++) m += free.a[e]!;
    m /= E;
    let v = 0;
    for (let e = 0; e < E; e++) v += (free.a[e]! - m) ** 2;
    entry = v / (E - 1) - residual * (invReaders / E);
  }
  const status = residual === null ? 'insufficient-data' : 'fitted';
  const shrinkageRatio = residual !== null && judge !== null && judge > 0 ? residual / judge : Number.POSITIVE_INFINITY;

  // The shrunk fit, warm-started from the unshrunk severities.
  const fit = shrinkageRatio === 0
    ? free
    : solveSeverities(table, shrinkageRatio, free.b, part, parts, tolerance, maxIterations);

  const information = new Float64Array(J);
  for (let s = 0; s < N; s++) information[judgeOf[s]!]! += 1 - 1 / readersOf(table, entryOf[s]!);
  const shrinkage = new Float64Array(J);
  const severitySe = new Float64Array(J);
  const severityUnshrunkSe = new Float64Array(J);
  for (let j = 0; j < J; j++) {
    const n = loadOf(table, j);
    shrinkage[j] = Number.isFinite(shrinkageRatio) ? n / (n + shrinkageRatio) : 0;
    if (residual === null) {
      severitySe[j] = Number.NaN;
      severityUnshrunkSe[j] = Number.NaN;
    } else {
      severitySe[j] = Number.isFinite(shrinkageRatio) ? Math.sqrt(residual / (information[j]! + shrinkageRatio)) : 0;
      severityUnshrunkSe[j] = Math.sqrt(residual / information[j]!);
    }
  }
  return {
    table,
    status,
    entryEffect: fit.a,
    entryEffectUnshrunk: free.a,
    severity: fit.b,
    severityUnshrunk: free.b,
    severitySe,
    severityUnshrunkSe,
    shrinkage,
    information,
    part,
    parts,
    variance: { residual, residualDf, withinEntry, judge, entry, shrinkageRatio },
    iterations: { unshrunk: free.iterations, shrunk: fit === free ? 0 : fit.iterations },
    converged: free.converged && fit.converged,
  };
}
