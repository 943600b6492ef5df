/**
 * TEST ORACLE — not part of the package's API. The textbook exact method, written from the rules
 * alone (it shares no code with the algorithm): a min-cost flow over the full entries × judges
 * network, source → entry (capacity = readers still needed) → judge (capacity 1, if allowed) →
 * sink, the judge → sink side expanded into unit arcs costing 2l + 1 for the judge's (l+1)-th
 * assignment (the marginal cost of load²), shortest paths by Bellman–Ford, one unit at a time.
 * Slow (fine up to a few hundred entries) and obviously right.
 */
import type { AssignmentInput, Id } from './types.ts';

export interface ReferenceOptimum {
  feasible: boolean;
  /** Units of flow the maximum flow carries (Σ readers still needed, when feasible). */
  flow: number;
  demand: number;
  /** Σ load² at the optimum (existing loads included), when feasible. */
  loadSquares: number;
  /** Judge id → load at the optimum found. */
  loads: Map<Id, number>;
}

interface Arc {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

export function referenceOptimum(input: AssignmentInput): ReferenceOptimum {
  const k = input.readersPerEntry ?? 2;
  const entries = input.entries;
  const judges = input.judges;
  const entryIds = new Set<Id>(entries.map((e) => e.id));
  const judgeIds = new Set<Id>(judges.map((j) => j.id));
  const fixed = new Map<Id, Set<Id>>();
  const base = new Map<Id, number>(judges.map((j) => [j.id, 0]));
  for (const a of input.existing ?? []) {
    if (!entryIds.has(a.entryId) || !judgeIds.has(a.judgeId)) continue;
    const set = fixed.get(a.entryId) ?? new Set<Id>();
    if (set.has(a.judgeId)) continue;
    set.add(a.judgeId);
    fixed.set(a.entryId, set);
    base.set(a.judgeId, base.get(a.judgeId)! + 1);
  }

  const n = entries.length;
  const m = judges.length;
  const source = 0;
  const sink = n + m + 1;
  const graph: Arc[][] = Array.from({ length: n + m + 2 }, () => []);
  const addArc = (from: number, to: number, cap: number, cost: number): void => {
    graph[from]!.push({ to, cap, cost, rev: graph[to]!.length });
    graph[to]!.push({ to: from, cap: 0, cost: -cost, rev: graph[from]!.length - 1 });
  };
  let demand = 0;
  entries.forEach((entry, e) => {
    const readers = fixed.get(entry.id) ?? new Set<Id>();
    const need = Math.max(0, (input.required?.get(entry.id) ?? k) - readers.size);
    demand += need;
    if (need > 0) addArc(source, 1 + e, need, 0);
    judges.forEach((judge, j) => {
      const allowed = judge.id !== entry.authorId
        && !(input.sameUnitConflict && judge.unitId !== undefined && judge.unitId !== null && judge.unitId === entry.unitId)
        && !(input.conflicts ?? []).some((c) => c.judgeId === judge.id && c.entryId === entry.id)
        && !readers.has(judge.id);
      if (allowed) addArc(1 + e, 1 + n + j, 1, 0);
    });
  });
  judges.forEach((judge, j) => {
    const from = base.get(judge.id)!;
    const cap = judge.cap ?? Number.POSITIVE_INFINITY;
    for (let l = from; l < Math.min(cap, from + demand); l++) addArc(1 + n + j, sink, 1, 2 * l + 1);
  });

  let flow = 0;
  let cost = 0;
  const nodes = graph.length;
  for (;;) {
    const dist = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
    const prev = new Array<[number, number] | null>(nodes).fill(null);
    dist[source] = 0;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let v = 0; v < nodes; v++) {
        if (dist[v] === Number.POSITIVE_INFINITY) continue;
        graph[v]!.forEach((arc, i) => {
          if (arc.cap > 0 && dist[v]! + arc.cost < dist[arc.to]!) {
            dist[arc.to] = dist[v]! + arc.cost;
            prev[arc.to] = [v, i];
            changed = true;
          }
        });
      }
      if (!changed) break;
    }
    if (dist[sink] === Number.POSITIVE_INFINITY) break;
    for (let v = sink; v !== source;) {
      const [u, i] = prev[v]!;
      const arc = graph[u]![i]!;
      arc.cap -= 1;
      graph[v]![arc.rev]!.cap += 1;
      v = u;
    }
    flow += 1;
    cost += dist[sink]!;
  }

  const loads = new Map<Id, number>();
  let baseSquares = 0;
  judges.forEach((judge, j) => {
    const b = base.get(judge.id)!;
    baseSquares += b * b;
    const used = graph[1 + n + j]!.filter((arc) => arc.to === sink && arc.cost >= 0 && arc.cap === 0).length;
    loads.set(judge.id, b + used);
  });
  return { feasible: flow === demand, flow, demand, loadSquares: baseSquares + cost, loads };
}
