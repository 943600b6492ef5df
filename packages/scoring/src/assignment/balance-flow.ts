import { Network, type NetworkClass } from './network.ts';
import type { Rng } from './prng.ts';

/**
 * Coverage and balance, exactly: a minimum-cost flow on the classes × judges network (network.ts)
 * with the strictly convex cost Φ = Σ_j load_j² on the judge → sink arcs.
 *
 * 1. Feasibility. Classes are taken most constrained first; each water-fills its |c|·r units
 *    onto its eligible judges with room (lowest load first, at most |c| per judge). Units that do
 *    not fit directly are routed along augmenting paths of the residual graph. A class left short
 *    when no augmenting path remains is reported as deficient (the flow is then a maximum flow
 *    and shortfall.ts turns the residual graph into a minimum-cut explanation).
 * 2. Optimality. A flow minimizes a separable convex cost iff its residual graph has no negative
 *    cycle. Every arc except judge → sink costs 0, so a negative cycle is exactly a residual path
 *    from a judge a (one unit leaves it: saves 2·load_a − 1) to a judge b with room (one unit
 *    arrives: costs 2·load_b + 1) with load_b ≤ load_a − 2. We remove them level by level: take
 *    the judges of highest load M that hold movable units, search from all of them at once, and
 *    push a unit along every still-valid path to a judge of load ≤ (root's load) − 2. When the
 *    search finds none, every node it reached is final: nothing reachable from there has load
 *    below M − 1, and augmentations elsewhere never add residual arcs leaving that closed set —
 *    so it is skipped from then on, and the next lower level is taken. Each augmentation lowers
 *    Φ by at least 2, so this ends, with no improving path anywhere: optimal.
 *
 * Square-sum minimality on these load vectors (an M-convex set: the integer points of the base
 * polyhedron of a polymatroid) is the same as decreasing minimality (Frank & Murota, "Discrete
 * decreasing minimization", 2019/2022): the sorted load vector is lexicographically smallest, so
 * the maximum load is as small as possible, the minimum as large as possible (dec-min = inc-max),
 * and max − min is the least any feasible assignment achieves.
 */
export interface FlowOutcome {
  network: Network;
  /** Classes that could not place all their units, with how many are missing. */
  deficient: { cls: number; missing: number }[];
  searches: number;
  augmentations: number;
}

export interface FlowClass extends NetworkClass {
  eligible: number;
}

export function solveBalancedFlow(
  classes: readonly FlowClass[],
  baseLoad: Int32Array,
  room: Float64Array,
  rng: Rng,
): FlowOutcome {
  const network = new Network(classes, baseLoad, room);
  const m = network.judgeCount;
  const stats = { searches: 0, augmentations: 0 };

  // A seeded rank of the judges breaks ties between equally loaded ones.
  const rank = new Int32Array(m);
  rng.shuffle(Array.from({ length: m }, (_, i) => i)).forEach((j, i) => (rank[j] = i));

  const order = classes.map((_, c) => c).sort((a, b) => classes[a]!.eligible - classes[b]!.eligible || a - b);
  const deficient: { cls: number; missing: number }[] = [];
  for (const c of order) {
    const demand = classes[c]!.size * classes[c]!.need;
    const offset = m > 0 ? rng.nextInt(m) : 0;
    let missing = demand - waterFill(network, c, demand, rank, offset);
    while (missing > 0) {
      stats.searches++;
      const targets = network.search([], c, null, (j) => network.spare(j), Number.POSITIVE_INFINITY);
      if (targets.length === 0) break;
      targets.sort((a, b) => network.load[a]! - network.load[b]! || rank[a]! - rank[b]!);
      for (const t of targets) {
        if (missing === 0) break;
        if (!network.spare(t) || !network.pathValid(t)) continue;
        network.augment(t);
        stats.augmentations++;
        missing--;
      }
    }
    if (missing > 0) deficient.push({ cls: c, missing });
  }
  if (deficient.length === 0) balance(network, stats);
  return { network, deficient, ...stats };
}

/**
 * Places up to `demand` units of class c directly on its eligible judges, raising the lowest
 * loads first (at most |c| per judge, within room). Judges left level at the last step are
 * chosen by rank, rotated by `offset` so no judge is always first. Returns the units placed.
 */
function waterFill(network: Network, c: number, demand: number, rank: Int32Array, offset: number): number {
  const m = network.judgeCount;
  const { size, blocked } = network.classes[c]!;
  const judges: number[] = [];
  const take: number[] = [];
  let total = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    if (blocked[j] === 1) continue;
    const t = Math.min(size - network.flow[c]![j]!, network.room[j]! - network.added[j]!);
    if (t <= 0) continue;
    judges.push(j);
    take.push(t);
    total += t;
    lo = Math.min(lo, network.load[j]!);
    hi = Math.max(hi, network.load[j]! + t);
  }
  if (total <= demand) {
    judges.forEach((j, i) => network.place(c, j, take[i]!));
    return total;
  }
  // Smallest level λ with Σ clamp(λ − load_j, 0, take_j) ≥ demand.
  const filled = (level: number): number => {
    let sum = 0;
    for (let i = 0; i < judges.length; i++) sum += Math.min(Math.max(0, level - network.load[judges[i]!]!), take[i]!);
    return sum;
  };
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (filled(mid) >= demand) hi = mid;
    else lo = mid + 1;
  }
  const level = lo;
  let placed = 0;
  const atLevel: number[] = [];
  for (let i = 0; i < judges.length; i++) {
    const j = judges[i]!;
    const units = Math.min(Math.max(0, level - 1 - network.load[j]!), take[i]!);
    if (network.load[j]! + units === level - 1 && units < take[i]!) atLevel.push(j);
    if (units > 0) network.place(c, j, units);
    placed += units;
  }
  // The last demand − placed units go to the judges at that level with the smallest rotated rank.
  const rotated = (j: number): number => (rank[j]! - offset + m) % m;
  const rest = demand - placed;
  if (rest * 16 < atLevel.length) {
    for (let k = 0; k < rest; k++) {
      let best = -1;
      for (let i = 0; i < atLevel.length; i++) {
        const j = atLevel[i]!;
        if (j !== -1 && (best === -1 || rotated(j) < rotated(atLevel[best]!))) best = i;
      }
      network.place(c, atLevel[best]!, 1);
      atLevel[best] = -1;
    }
  } else {
    atLevel.sort((a, b) => rotated(a) - rotated(b));
    for (let i = 0; i < rest; i++) network.place(c, atLevel[i]!, 1);
  }
  return demand;
}

/** Removes every improving path (see the file comment), level by level from the top. */
function balance(network: Network, stats: { searches: number; augmentations: number }): void {
  const m = network.judgeCount;
  const done = new Uint8Array(m + network.classCount);
  const { load, added } = network;
  for (;;) {
    let top = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < m; j++) if (done[j] === 0 && added[j]! > 0 && load[j]! > top) top = load[j]!;
    if (top === Number.NEGATIVE_INFINITY) return;
    const sources: number[] = [];
    for (let j = 0; j < m; j++) if (done[j] === 0 && added[j]! > 0 && load[j] === top) sources.push(j);
    stats.searches++;
    const targets = network.search(
      sources, -1, done, (j) => load[j]! <= top - 2 && network.spare(j), Number.POSITIVE_INFINITY,
    );
    let moved = 0;
    for (const t of targets) {
      if (!network.spare(t) || !network.pathValid(t)) continue;
      const root = network.rootOf(t);
      if (load[root]! - load[t]! < 2) continue;
      network.augment(t);
      moved++;
    }
    stats.augmentations += moved;
    if (moved === 0) for (const node of network.reached()) done[node] = 1;
  }
}

/**
 * The optimality certificate, checked from scratch (for tests): no judge with movable units has a
 * residual path to a judge with room whose load is at least two lower.
 */
export function hasImprovingPath(network: Network): boolean {
  const { load } = network;
  for (let a = 0; a < network.judgeCount; a++) {
    if (network.added[a]! === 0) continue;
    const limit = load[a]! - 2;
    const found = network.search([a], -1, null, (j) => load[j]! <= limit && network.spare(j), 1);
    if (found.length > 0) return true;
  }
  return false;
}
