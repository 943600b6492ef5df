/**
 * Blind-review assignment: which judges read which entries.
 *
 * WHAT IT GUARANTEES
 *
 * Hard rules — every result, or the entry is reported unassignable with the reason:
 * - every entry gets exactly its required number of distinct readers (readersPerEntry, or its
 *   `required` value), existing readers included and kept untouched;
 * - no judge reads their own entry, an entry of their unit (when sameUnitConflict), an entry they
 *   declared a conflict with, or an entry twice; no judge goes over their cap.
 *
 * Objective, in priority order:
 * 1. Balance — minimized EXACTLY: Φ = Σ over judges of load², loads counting existing
 *    assignments. On these load vectors (an M-convex set) the Φ-minimizers are exactly the
 *    decreasingly-minimal ones (Frank & Murota, "Discrete decreasing minimization", Part I,
 *    2019/2022): the sorted load vector is lexicographically smallest, the largest load is the
 *    least possible, the smallest load the greatest possible, so max − min is the least any
 *    feasible assignment reaches. In particular loads differ by at most one whenever some
 *    assignment within the caps and rules makes them differ by at most one. Φ is reported as
 *    `objective.loadSquares`.
 * 2. Connected co-reading graph (judges with load > 0; an edge when two judges share an entry),
 *    sought among assignments with optimal Φ by local search (connect.ts): ejection chains —
 *    swaps, shifts, and longer cycles of "judge x hands one entry to judge y" — that keep every
 *    rule, cap and Φ. Deciding connectivity exactly is a hard combinatorial problem and this search
 *    is not proven complete. The property tests compare it with brute force over every assignment
 *    of thousands of small random instances, where it has always connected the graph when some
 *    optimal assignment is connected; at contest scale the first layout is connected already.
 *    `coReading` tells the truth either way, listing the components when there are several.
 * 3. Spread pairings: Σ over judge pairs of (entries shared)², lowered by swaps that keep loads,
 *    caps and rules (spread-pairs.ts), before the connecting phase — which, among joining moves,
 *    prefers those adding the least repetition. Reduced, not minimized.
 *
 * Same input (as sets: the input is sorted by id first) and seed ⇒ the same result: every choice
 * among equals is drawn from a seeded generator (prng.ts); there is no clock, I/O or Math.random.
 *
 * HOW
 *
 * 1. instance.ts: dense indices, rules, existing readers, what each entry still needs.
 * 2. classes.ts: entries that need the same number of new readers and have exactly the same
 *    allowed judges form a class (with the same-unit rule: about one per unit, plus small classes
 *    for entries with personal exclusions — an author who is a judge of another unit, a declared
 *    conflict, existing readers). 100,000 entries × 1,000 judges with 80 units is ~80 classes.
 * 3. Entries whose allowed judges with room are fewer than they need are reported at once
 *    ("too-few-eligible-judges", with the counts) and left out.
 * 4. balance-flow.ts: minimum convex-cost flow source → class → judge → sink (arc class→judge of
 *    capacity |class|, judge→sink of capacity cap − existing load, cost load²): greedy water-
 *    filling, then augmenting paths for feasibility, then removal of every negative cycle
 *    level by level — exact, on classes × judges rather than entries × judges. If the maximum
 *    flow is short, shortfall.ts reads the minimum cut off the residual graph: which entries
 *    compete for which saturated judges, demand against capacity; those entries are reported
 *    ("insufficient-capacity") and the rest solved again.
 * 5. disaggregate.ts: per class, counts → readers per entry (wrap-around rule, which is always
 *    possible when every count ≤ |class|, with seeded row shuffles to vary who pairs with whom).
 * 6. spread-pairs.ts, then connect.ts: the local searches above. If pair spreading ever left the
 *    graph with more components than before it, its result is dropped for the pre-spread layout.
 *
 * Cost: O(C·m) memory and O(C·m) per flow search for C classes and m judges; the rest is about
 * linear in entries × readers. C is ~ the number of units plus one class per entry with personal
 * exclusions (~380 in the 100,000 × 1,000 benchmark, which runs in well under a second). An
 * incremental run where many entries keep existing readers makes one class per such entry:
 * 20,000 adjudications among 100,000 entries and 1,000 judges take ~1.3 s and ~100 MB more.
 */
import { solveBalancedFlow, type FlowClass } from './balance-flow.ts';
import { buildClasses } from './classes.ts';
import { components, countPairs, pairSquares } from './co-reading.ts';
import { connectComponents } from './connect.ts';
import { disaggregate } from './disaggregate.ts';
import { compareIds } from './ids.ts';
import { buildInstance, type Instance } from './instance.ts';
import { PairTracker } from './moves.ts';
import { createRng } from './prng.ts';
import { ReaderTable } from './reader-table.ts';
import { findShortGroups } from './shortfall.ts';
import { spreadPairs } from './spread-pairs.ts';
import type {
  AssignmentInput, AssignmentResult, CapacityShortfall, Id, JudgeEntryPair, PairSummary, UnassignableEntry,
} from './types.ts';

/** Tuning of the local searches; the defaults suit every size up to 100,000 × 1,000. */
export interface AssignOptions {
  /** Passes of pair spreading over the entries holding a repeated pair (default 8; 0 turns it off). */
  spreadPasses?: number;
  /** Random swap partners tried per repeated reader and pass (default 16). */
  spreadTries?: number;
  /**
   * Work the connectivity search may spend, in slot and arc visits (it costs one pass when the
   * first layout is already connected). 0 turns it off (tests use that to show it matters).
   */
  connectWorkBudget?: number;
}

export function assignReaders(input: AssignmentInput, options: AssignOptions = {}): AssignmentResult {
  const instance = buildInstance(input);
  if (instance.errors.length > 0) return emptyResult(input, instance);
  const n = instance.entryIds.length;
  const m = instance.judgeIds.length;
  const rng = createRng(instance.seed);
  const { classes } = buildClasses(instance);

  // 3. Entries that cannot be served whatever the others do.
  const unassignable: UnassignableEntry[] = [];
  const shortfalls: CapacityShortfall[] = [];
  const active = classes.map(() => true);
  classes.forEach((cls, c) => {
    let withRoom = 0;
    for (let j = 0; j < m; j++) if (cls.blocked[j] === 0 && instance.room[j]! > 0) withRoom++;
    if (withRoom >= cls.need) return;
    active[c] = false;
    for (const e of cls.entries) {
      const existing = instance.existing[e]!.length;
      const required = instance.required[e]!;
      unassignable.push({
        entryId: instance.entryIds[e]!,
        reason: { kind: 'too-few-eligible-judges', required, existing, eligible: cls.eligible, eligibleWithCapacity: withRoom },
        message: `entry ${String(instance.entryIds[e])} needs ${cls.need} more reader(s) (${required} in all, ${existing} already), `
          + `but only ${cls.eligible} judge(s) may read it and ${withRoom} of them have room under their cap`,
      });
    }
  });

  // 4. The flow, again without any group of entries found short of capacity.
  const flowRng = rng.fork(1);
  let flowClasses: number[];
  let outcome;
  for (;;) {
    flowClasses = classes.flatMap((_, c) => (active[c] ? [c] : []));
    const input: FlowClass[] = flowClasses.map((c) => {
      const cls = classes[c]!;
      return { size: cls.entries.length, need: cls.need, blocked: cls.blocked, eligible: cls.eligible };
    });
    outcome = solveBalancedFlow(input, instance.baseLoad, instance.room, flowRng);
    if (outcome.deficient.length === 0) break;
    const groups = findShortGroups(outcome.network, outcome.deficient.map((d) => d.cls));
    for (const group of groups) {
      const index = shortfalls.length;
      const entryIds: Id[] = [];
      for (const local of group.classes) {
        const c = flowClasses[local]!;
        active[c] = false;
        for (const e of classes[c]!.entries) entryIds.push(instance.entryIds[e]!);
      }
      entryIds.sort(compareIds);
      const judgeIds = group.judges.map((j) => instance.judgeIds[j]!);
      const shortfall = group.demand - group.capacity;
      shortfalls.push({
        entryIds,
        judgeIds,
        demand: group.demand,
        capacity: group.capacity,
        shortfall,
        message: `${entryIds.length} entr${entryIds.length === 1 ? 'y needs' : 'ies need'} ${group.demand} more reader slot(s) in all, `
          + `but the judges allowed to read them can take only ${group.capacity}: `
          + `${judgeIds.length} judge(s) are at their cap (${judgeIds.map(String).join(', ')}); `
          + `${shortfall} more slot(s) of capacity are needed`,
      });
      for (const entryId of entryIds) {
        unassignable.push({
          entryId,
          reason: { kind: 'insufficient-capacity', shortfall: index },
          message: `entry ${String(entryId)} is among ${entryIds.length} entries competing for too little judge capacity (short by ${shortfall})`,
        });
      }
    }
  }

  // 5. Readers per entry.
  const readers: number[][] = instance.existing.map((list) => [...list]);
  const fixedCount = Int32Array.from(instance.existing, (list) => list.length);
  const disaggregateRng = rng.fork(2);
  const tableClass = new Int32Array(n).fill(-1);
  flowClasses.forEach((c, local) => {
    const cls = classes[c]!;
    const layout = disaggregate(cls.entries.length, cls.need, outcome.network.flow[local]!, disaggregateRng);
    cls.entries.forEach((e, i) => {
      for (let t = 0; t < cls.need; t++) readers[e]!.push(layout[i * cls.need + t]!);
      tableClass[e] = c;
    });
  });
  const table = new ReaderTable({
    readers,
    fixedCount,
    entryClass: tableClass,
    blocked: classes.map((cls) => cls.blocked),
    judgeCount: m,
    cap: instance.cap,
  });

  // 6. Local search: spread pairings, then join components.
  const counts = countPairs(table);
  const tracker = new PairTracker(table, counts, pairSquares(counts));
  const classMembers = classes.map((cls) => cls.entries);
  const before = components(table).count;
  const snapshot = Int32Array.from(table.judge);
  spreadPairs(tracker, classMembers, rng.fork(3), { passes: options.spreadPasses ?? 8, tries: options.spreadTries ?? 16 });
  if (components(table).count > before) {
    for (let s = 0; s < snapshot.length; s++) {
      if (table.judge[s] !== snapshot[s]) tracker.replace(table.entryOfSlot(s), s, snapshot[s]!);
    }
  }
  connectComponents(tracker, rng.fork(4), {
    workBudget: options.connectWorkBudget ?? 50_000_000,
    kicksPerComponent: 20,
  });

  return buildResult(input, instance, table, tracker, unassignable, shortfalls);
}

function buildResult(
  input: AssignmentInput,
  instance: Instance,
  table: ReaderTable,
  tracker: PairTracker,
  unassignable: UnassignableEntry[],
  shortfalls: CapacityShortfall[],
): AssignmentResult {
  const { entryIds, judgeIds } = instance;
  const assignments = new Map<Id, Id[]>();
  const added: JudgeEntryPair[] = [];
  for (let e = 0; e < table.entryCount; e++) {
    const entryId = entryIds[e]!;
    const from = table.start[e]!;
    const fixed = table.fixedCount[e]!;
    const fresh = Array.from(table.judge.subarray(from + fixed, table.start[e + 1]!)).sort((a, b) => a - b);
    const list: Id[] = [];
    for (let s = from; s < from + fixed; s++) list.push(judgeIds[table.judge[s]!]!);
    for (const j of fresh) {
      list.push(judgeIds[j]!);
      added.push({ judgeId: judgeIds[j]!, entryId });
    }
    assignments.set(entryId, list);
  }
  const loads = new Map<Id, number>();
  let loadSquares = 0;
  let maxLoad = 0;
  let minLoad = judgeIds.length > 0 ? Number.POSITIVE_INFINITY : 0;
  judgeIds.forEach((id, j) => {
    const load = table.load[j]!;
    loads.set(id, load);
    loadSquares += load * load;
    maxLoad = Math.max(maxLoad, load);
    minLoad = Math.min(minLoad, load);
  });

  const histogram = [0];
  let maxCount = 0;
  let repeats = 0;
  for (const c of tracker.counts.values()) {
    while (histogram.length <= c) histogram.push(0);
    histogram[c]! += 1;
    maxCount = Math.max(maxCount, c);
    repeats += c - 1;
  }
  const pairs: PairSummary = { distinct: tracker.counts.size, maxCount, repeats, histogram };

  const { label, count } = components(table);
  const groups = new Map<number, Id[]>();
  for (let j = 0; j < judgeIds.length; j++) {
    if (label[j] === -1) continue;
    let group = groups.get(label[j]!);
    if (!group) groups.set(label[j]!, (group = []));
    group.push(judgeIds[j]!);
  }
  const componentList = [...groups.values()].sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));

  unassignable.sort((a, b) => compareIds(a.entryId, b.entryId));
  return {
    ok: unassignable.length === 0,
    seed: input.seed,
    assignments,
    added,
    loads,
    objective: { loadSquares, maxLoad, minLoad, pairSquares: tracker.pairSquares },
    pairs,
    coReading: { connected: count <= 1, components: componentList },
    unassignable,
    shortfalls,
    warnings: instance.warnings,
    errors: [],
  };
}

function emptyResult(input: AssignmentInput, instance: Instance): AssignmentResult {
  return {
    ok: false,
    seed: input.seed,
    assignments: new Map(),
    added: [],
    loads: new Map(),
    objective: { loadSquares: 0, maxLoad: 0, minLoad: 0, pairSquares: 0 },
    pairs: { distinct: 0, maxCount: 0, repeats: 0, histogram: [0] },
    coReading: { connected: true, components: [] },
    unassignable: [],
    shortfalls: [],
    warnings: instance.warnings,
    errors: instance.errors,
  };
}
