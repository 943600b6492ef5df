/**
 * The Bradley–Terry model of comparative judgement: entry i beats entry j with probability
 *     P(i ≻ j) = 1 / (1 + exp(−(θ_i − θ_j))),
 * θ on the logit scale. Fitted by maximum likelihood with a small prior so that an entry that won (or
 * lost) every comparison keeps a finite ability: every entry is given `prior` pseudo-wins and `prior`
 * pseudo-losses against a virtual entry of ability 0, i.e. the penalised log-likelihood is
 *     Σ_comparisons log σ(θ_winner − θ_loser) + prior · Σ_i [log σ(θ_i) + log σ(−θ_i)].
 * (The same prior as pseudo-observations in a logistic regression is how the R reference in the test
 * was computed.) Newton–Raphson with step halving; the objective is strictly concave for prior > 0,
 * so the maximum is unique.
 *
 * Abilities are reported centred on mean 0; standard errors are those of the centred abilities
 * (θ_i − θ̄), from the inverse of the information matrix at the maximum.
 */
import { choleskyFactor, choleskyInverse, choleskySolve } from './cholesky.ts';
import type { Comparison } from './types.ts';

export interface BradleyTerryOptions {
  /** Pseudo-wins and pseudo-losses per entry against a virtual entry of ability 0. Default 0.5; must be > 0. */
  prior?: number;
  /** Newton iterations at most. Default 100. */
  maxIterations?: number;
  /** Converged when Newton's step moves no ability by more than this. Default 1e-10. */
  tolerance?: number;
}

export interface ItemEstimate {
  id: string;
  /** Logit scale, centred on mean 0 over the items fitted. */
  ability: number;
  /** Standard error of the centred ability. */
  standardError: number;
  /** Comparisons this item took part in. */
  comparisons: number;
  wins: number;
}

export interface BradleyTerryFit {
  /** In the order of the items given. */
  items: ItemEstimate[];
  iterations: number;
  converged: boolean;
}

export const DEFAULT_BT_PRIOR = 0.5;

const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
/** log σ(x), stable for large |x|. */
const logSigmoid = (x: number): number => (x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x)));

/** Indices of the items; throws on a repeated id. */
export function indexItems(items: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((id, i) => {
    if (index.has(id)) throw new RangeError(`item ${id} is listed twice`);
    index.set(id, i);
  });
  return index;
}

interface AbilityEstimate {
  /** At the maximum, not yet centred. */
  theta: Float64Array;
  /** The information matrix at the maximum (row-major n × n). */
  information: () => Float64Array;
  comparisons: Float64Array;
  wins: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * The penalised maximum-likelihood abilities alone, without standard errors (what pairing needs).
 * Comparisons naming an item not in `items` are left out (so a withdrawn entry's comparisons drop
 * out of the fit); a comparison of an item with itself is an error.
 */
export function estimateAbilities(
  items: readonly string[],
  comparisons: readonly Comparison[],
  options: BradleyTerryOptions = {},
): AbilityEstimate {
  const prior = options.prior ?? DEFAULT_BT_PRIOR;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-10;
  if (!(prior > 0) || !Number.isFinite(prior)) throw new RangeError(`prior must be a positive number, got ${prior}`);
  const n = items.length;
  const index = indexItems(items);

  // Pair table: wins of the lower index over the higher and the reverse.
  const pairs = new Map<number, { a: number; b: number; aWins: number; bWins: number }>();
  const wins = new Float64Array(n);
  const counts = new Float64Array(n);
  for (const c of comparisons) {
    if (c.winner === c.loser) throw new RangeError(`comparison of ${c.winner} with itself`);
    const w = index.get(c.winner);
    const l = index.get(c.loser);
    if (w === undefined || l === undefined) continue;
    wins[w]!++;
    counts[w]!++;
    counts[l]!++;
    const a = Math.min(w, l);
    const b = Math.max(w, l);
    const key = a * n + b;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a, b, aWins: 0, bWins: 0 }));
    if (w === a) pair.aWins++;
    else pair.bWins++;
  }
  const pairList = [...pairs.values()];

  const theta = new Float64Array(n);
  const objective = (t: Float64Array): number => {
    let sum = 0;
    for (const p of pairList) {
      const d = t[p.a]! - t[p.b]!;
      sum += p.aWins * logSigmoid(d) + p.bWins * logSigmoid(-d);
    }
    for (let i = 0; i < n; i++) sum += prior * (logSigmoid(t[i]!) + logSigmoid(-t[i]!));
    return sum;
  };
  // Gradient and information (negative Hessian) at t.
  const derivatives = (t: Float64Array): { gradient: Float64Array; information: Float64Array } => {
    const gradient = new Float64Array(n);
    const information = new Float64Array(n * n);
    for (const p of pairList) {
      const pa = sigmoid(t[p.a]! - t[p.b]!);
      const total = p.aWins + p.bWins;
      const g = p.aWins - total * pa;
      gradient[p.a]! += g;
      gradient[p.b]! -= g;
      const w = total * pa * (1 - pa);
      information[p.a * n + p.a]! += w;
      information[p.b * n + p.b]! += w;
      information[p.a * n + p.b]! -= w;
      information[p.b * n + p.a]! -= w;
    }
    for (let i = 0; i < n; i++) {
      const s = sigmoid(t[i]!);
      gradient[i]! += prior * (1 - 2 * s);
      information[i * n + i]! += 2 * prior * s * (1 - s);
    }
    return { gradient, information };
  };

  let iterations = 0;
  let converged = n === 0;
  let current = objective(theta);
  while (!converged && iterations < maxIterations) {
    iterations++;
    const { gradient, information } = derivatives(theta);
    const step = choleskySolve(choleskyFactor(information, n), n, gradient);
    let largest = 0;
    for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(step[i]!));
    // Step halving: Newton's full step may overshoot far from the maximum. Near it the objective
    // changes by less than its rounding error, so a fall within that slack is not a fall.
    const slack = 1e-12 * (1 + Math.abs(current));
    let scale = 1;
    let next = theta;
    let value = current;
    for (let halvings = 0; halvings < 40; halvings++, scale /= 2) {
      next = theta.map((x, i) => x + scale * step[i]!);
      value = objective(next);
      if (value >= current - slack) break;
    }
    theta.set(next);
    current = value;
    if (largest <= tolerance) converged = true;
  }

  return { theta, information: () => derivatives(theta).information, comparisons: counts, wins, iterations, converged };
}

/** Fits the model: centred abilities with their standard errors (comparisons as in estimateAbilities). */
export function fitBradleyTerry(
  items: readonly string[],
  comparisons: readonly Comparison[],
  options: BradleyTerryOptions = {},
): BradleyTerryFit {
  const estimate = estimateAbilities(items, comparisons, options);
  const { theta } = estimate;
  const n = items.length;
  // Covariance of the centred abilities: C − row means − column means + grand mean.
  const covariance = n ? choleskyInverse(choleskyFactor(estimate.information(), n), n) : new Float64Array(0);
  const rowMean = new Float64Array(n);
  let grandMean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) rowMean[i]! += covariance[i * n + j]! / n;
    grandMean += rowMean[i]! / n;
  }
  const meanTheta = n ? theta.reduce((s, x) => s + x, 0) / n : 0;
  return {
    items: items.map((id, i) => ({
      id,
      ability: theta[i]! - meanTheta,
      standardError: Math.sqrt(Math.max(0, covariance[i * n + i]! - 2 * rowMean[i]! + grandMean)),
      comparisons: estimate.comparisons[i]!,
      wins: estimate.wins[i]!,
    })),
    iterations: estimate.iterations,
    converged: estimate.converged,
  };
}
