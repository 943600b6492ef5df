/**
 * TEST ORACLE — not part of the package's API. An exhaustive search over every assignment of a
 * small instance, written from the rules alone (it shares no code with the algorithm), so tests
 * can compare the algorithm's objective and connectivity with the true optimum.
 */
import type { AssignmentInput, Id } from './types.ts';

export interface BruteForceSummary {
  /** Some assignment covers every entry. */
  feasible: boolean;
  /** Assignments enumerated (feasible ones). */
  count: number;
  /** Least Σ load² over feasible assignments. */
  minLoadSquares: number;
  /** How many feasible assignments reach it. */
  optimalCount: number;
  /** Least max − min load over feasible assignments. */
  minSpread: number;
  /** Lexicographically least load vector sorted in decreasing order. */
  decMin: number[];
  /** Some assignment with the least Σ load² has a connected co-reading graph. */
  connectableAtOptimum: boolean;
  /** Some feasible assignment at all has a connected co-reading graph. */
  connectableAnyhow: boolean;
}

export function bruteForce(input: AssignmentInput, limit = 2_000_000): BruteForceSummary {
  const judges = input.judges;
  const k = input.readersPerEntry ?? 2;
  const existing = input.existing ?? [];
  const conflicts = input.conflicts ?? [];
  const load = new Map<Id, number>(judges.map((j) => [j.id, 0]));
  const entryIds = new Set<Id>(input.entries.map((e) => e.id));
  const fixedReaders = new Map<Id, Id[]>();
  for (const a of existing) {
    if (!load.has(a.judgeId) || !entryIds.has(a.entryId)) continue;
    const list = fixedReaders.get(a.entryId) ?? [];
    if (list.includes(a.judgeId)) continue;
    list.push(a.judgeId);
    fixedReaders.set(a.entryId, list);
    load.set(a.judgeId, load.get(a.judgeId)! + 1);
  }
  const slots = input.entries.map((entry) => {
    const fixed = fixedReaders.get(entry.id) ?? [];
    const required = input.required?.get(entry.id) ?? k;
    const allowed = judges.filter((j) =>
      j.id !== entry.authorId
      && !(input.sameUnitConflict && j.unitId !== undefined && j.unitId !== null && j.unitId === entry.unitId)
      && !conflicts.some((c) => c.judgeId === j.id && c.entryId === entry.id)
      && !fixed.includes(j.id)).map((j) => j.id);
    return { fixed, need: Math.max(0, required - fixed.length), allowed };
  });
  const capOf = new Map<Id, number>(judges.map((j) => [j.id, j.cap ?? Number.POSITIVE_INFINITY]));

  const summary: BruteForceSummary = {
    feasible: false, count: 0, minLoadSquares: Number.POSITIVE_INFINITY, optimalCount: 0, minSpread: Number.POSITIVE_INFINITY,
    decMin: [], connectableAtOptimum: false, connectableAnyhow: false,
  };
  const chosen: Id[][] = slots.map(() => []);

  const connected = (): boolean => {
    const loaded = judges.filter((j) => load.get(j.id)! > 0).map((j) => j.id);
    if (loaded.length <= 1) return true;
    const adjacency = new Map<Id, Set<Id>>(loaded.map((id) => [id, new Set()]));
    slots.forEach((slot, i) => {
      const all = [...slot.fixed, ...chosen[i]!];
      for (const a of all) for (const b of all) if (a !== b) adjacency.get(a)!.add(b);
    });
    const seen = new Set<Id>([loaded[0]!]);
    const stack = [loaded[0]!];
    while (stack.length > 0) {
      for (const next of adjacency.get(stack.pop()!)!) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen.size === loaded.length;
  };

  const leaf = (): void => {
    summary.feasible = true;
    summary.count++;
    if (summary.count > limit) throw new RangeError('instance too large for brute force');
    const loads = judges.map((j) => load.get(j.id)!);
    const squares = loads.reduce((s, x) => s + x * x, 0);
    const spread = loads.length === 0 ? 0 : Math.max(...loads) - Math.min(...loads);
    const isConnected = connected();
    summary.minSpread = Math.min(summary.minSpread, spread);
    if (isConnected) summary.connectableAnyhow = true;
    if (squares < summary.minLoadSquares) {
      summary.minLoadSquares = squares;
      summary.optimalCount = 1;
      summary.connectableAtOptimum = isConnected;
    } else if (squares === summary.minLoadSquares) {
      summary.optimalCount++;
      if (isConnected) summary.connectableAtOptimum = true;
    }
    const sorted = [...loads].sort((a, b) => b - a);
    const i = sorted.findIndex((x, p) => x !== summary.decMin[p]);
    if (summary.decMin.length === 0 || (i !== -1 && sorted[i]! < summary.decMin[i]!)) summary.decMin = sorted;
  };

  const visit = (entry: number, from: number): void => {
    if (entry === slots.length) return leaf();
    const slot = slots[entry]!;
    const picked = chosen[entry]!;
    if (picked.length === slot.need) return visit(entry + 1, 0);
    for (let i = from; i < slot.allowed.length; i++) {
      const judge = slot.allowed[i]!;
      if (load.get(judge)! >= capOf.get(judge)!) continue;
      picked.push(judge);
      load.set(judge, load.get(judge)! + 1);
      visit(entry, i + 1);
      load.set(judge, load.get(judge)! - 1);
      picked.pop();
    }
  };
  visit(0, 0);
  return summary;
}
