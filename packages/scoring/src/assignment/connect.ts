import { components } from './co-reading.ts';
import type { PairTracker } from './moves.ts';
import type { Rng } from './prng.ts';

/**
 * Joins the components of the co-reading graph with moves that keep everything the flow settled:
 * coverage, rules, caps, and Σ load² (the load vector at most has two of its values traded).
 *
 * A move is an ejection chain: entry e₀'s new reader a is replaced by b₀; b₀ gives up one of its
 * other new slots (entry e₁) to b₁; b₁ gives one to b₂; … and the chain closes either on a itself
 * (a cycle: every load unchanged — a swap is the shortest) or on a judge c whose load is exactly
 * load_a − 1 and who has room (a and c trade loads — a shift is the shortest). Every step must put
 * an allowed judge on an entry that judge is not already reading.
 *
 * Each round builds candidate chains — for every first step, a breadth-first search over "judge x
 * can hand one of its entries to judge y" finds the ways to close it; on small instances every
 * first step and every closing arc, on large ones a seeded sample within a work budget — and
 * evaluates them by recomputing the components. It keeps the chain that lowers their number the
 * most (then raises Σ pair² the least). When none helps, it makes a few seeded neutral moves (same
 * number of components) and tries again.
 */
export interface ConnectOptions {
  /** Upper bound on work, counted in slot and arc visits (searches and evaluations). */
  workBudget: number;
  /** Neutral moves allowed when stuck, per component to merge. */
  kicksPerComponent: number;
}

/** Put judge `to` in slot `s` of entry `e`. */
interface Step {
  e: number;
  s: number;
  to: number;
}

export function connectComponents(tracker: PairTracker, rng: Rng, options: ConnectOptions): { moves: number; work: number } {
  const table = tracker.table;
  const m = table.judgeCount;
  let work = 0;
  let moves = 0;
  const movableSlots: number[] = [];
  const slotEntry: number[] = [];
  for (let e = 0; e < table.entryCount; e++) {
    for (let s = table.firstMovable(e); s < table.start[e + 1]!; s++) {
      movableSlots.push(s);
      slotEntry.push(e);
    }
  }
  const S = movableSlots.length;
  if (S === 0) return { moves, work };

  // The number of judges with a load never changes (moves only trade loads), so a spanning tree
  // needs Σ over entries of (readers − 1) ≥ loaded judges − 1: if not, stop now.
  let links = 0;
  for (let e = 0; e < table.entryCount; e++) links += Math.max(0, table.start[e + 1]! - table.start[e]! - 1);
  let loaded = 0;
  for (let j = 0; j < m; j++) if (table.load[j]! > 0) loaded++;
  if (links < loaded - 1) return { moves, work };

  const evaluationCost = table.start[table.entryCount]! + m;
  // Small enough to try every first step and every way to close it.
  const exhaustive = S * m * (S * m + S * m * evaluationCost) <= options.workBudget / 4;

  /** Applies the steps in order, each checked first; on a failed check undoes and returns null. */
  const apply = (steps: readonly Step[]): { delta: number; before: number[] } | null => {
    const before: number[] = [];
    const loadBefore = steps.map((step) => table.load[step.to]!);
    let delta = 0;
    for (const step of steps) {
      if (!table.canTake(step.e, step.to)) {
        undo(steps.slice(0, before.length), before);
        return null;
      }
      before.push(table.judge[step.s]!);
      delta += tracker.replace(step.e, step.s, step.to);
    }
    // Caps: a judge who ends with more than before must have had room for it. (A judge already
    // over their cap through existing assignments may stay there, but not grow.)
    for (let i = 0; i < steps.length; i++) {
      const j = steps[i]!.to;
      if (table.load[j]! > loadBefore[i]! && table.room[j]! < 0) {
        undo(steps, before);
        return null;
      }
    }
    return { delta, before };
  };
  const undo = (steps: readonly Step[], before: readonly number[]): void => {
    for (let i = steps.length - 1; i >= 0; i--) tracker.replace(steps[i]!.e, steps[i]!.s, before[i]!);
  };

  // Scratch for the searches: slots held per judge, BFS parents.
  const slotsOf: number[][] = Array.from({ length: m }, () => []);
  const parentJudge = new Int32Array(m);
  const parentSlot = new Int32Array(m);
  const seen = new Int32Array(m);
  let stamp = 0;

  /**
   * Chains starting with e.s → b (a = the judge there now): the path b → … → x found by a BFS,
   * then one closing arc from x to a or to a judge of load load_a − 1 with room.
   */
  function* chainsFrom(i: number, b: number, limit: number): Generator<Step[]> {
    const s = movableSlots[i]!;
    const e = slotEntry[i]!;
    const a = table.judge[s]!;
    const closes = (y: number): boolean => y === a || (table.load[y]! === table.load[a]! - 1 && table.room[y]! >= 1);
    const first: Step = { e, s, to: b };
    if (b !== a && closes(b)) yield [first]; // a shift
    stamp++;
    seen[b] = stamp;
    parentJudge[b] = -1;
    const queue = [b];
    let made = 0;
    for (let head = 0; head < queue.length && made < limit; head++) {
      const x = queue[head]!;
      for (const t of slotsOf[x]!) {
        const f = slotEntry[t]!;
        if (f === e) continue;
        const slot = movableSlots[t]!;
        for (let y = 0; y < m && made < limit; y++) {
          work++;
          if (y === x || !table.canTake(f, y)) continue;
          if (closes(y) && (y !== b || y === a)) {
            const steps: Step[] = [first];
            const tail: Step[] = [{ e: f, s: slot, to: y }];
            for (let v = x; parentJudge[v] !== -1; v = parentJudge[v]!) {
              tail.push({ e: slotEntry[parentSlot[v]!]!, s: movableSlots[parentSlot[v]!]!, to: v });
            }
            made++;
            yield steps.concat(tail.reverse());
          }
          if (seen[y] !== stamp) {
            seen[y] = stamp;
            parentJudge[y] = x;
            parentSlot[y] = t;
            queue.push(y);
          }
        }
      }
    }
  }

  let current = components(table).count;
  let kicks = options.kicksPerComponent * Math.max(0, current - 1);
  while (current > 1 && work < options.workBudget) {
    const { label } = components(table);
    for (const list of slotsOf) list.length = 0;
    for (let t = 0; t < S; t++) slotsOf[table.judge[movableSlots[t]!]!]!.push(t);
    const home = (e: number): number => label[table.judge[table.start[e]!]!]!;

    const firstSteps = function* (): Generator<[number, number]> {
      if (exhaustive) {
        for (let i = 0; i < S; i++) for (let b = 0; b < m; b++) yield [i, b];
        return;
      }
      for (let draw = 0; draw < 64 * S && work < options.workBudget; draw++) {
        const i = rng.nextInt(S);
        const b = rng.nextInt(m);
        // Sampled first steps reach across components (or to an idle judge).
        if (label[b] !== home(slotEntry[i]!)) yield [i, b];
      }
    };

    let best: Step[] | null = null;
    let bestCount = current;
    let bestDelta = Number.POSITIVE_INFINITY;
    const neutral: Step[][] = [];
    search: for (const [i, b] of firstSteps()) {
      if (b === table.judge[movableSlots[i]!] || !table.canTake(slotEntry[i]!, b)) continue;
      for (const steps of chainsFrom(i, b, exhaustive ? Number.POSITIVE_INFINITY : 4)) {
        if (work >= options.workBudget) break search;
        const done = apply(steps);
        if (done === null) continue;
        work += evaluationCost;
        const count = components(table).count;
        undo(steps, done.before);
        if (count < bestCount || (count === bestCount && best !== null && done.delta < bestDelta)) {
          best = steps;
          bestCount = count;
          bestDelta = done.delta;
          if (!exhaustive) break search;
        } else if (count === current && neutral.length < 64) {
          neutral.push(steps);
        }
      }
    }
    if (best !== null && apply(best) !== null) {
      moves++;
      current = bestCount;
      continue;
    }
    if (kicks <= 0 || neutral.length === 0) break;
    kicks--;
    if (apply(neutral[rng.nextInt(neutral.length)]!) !== null) moves++;
  }
  return { moves, work };
}
