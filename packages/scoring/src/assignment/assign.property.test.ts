/**
 * The acceptance properties of the assignment (issue 4), over random instances (fast-check,
 * fixed seeds so every run checks the same cases):
 *
 * - every result keeps every rule: coverage exactly as required, no own entry, no same-unit entry
 *   (when on), no declared conflict, caps, existing assignments untouched (checkAssignment, an
 *   independent checker);
 * - on small instances (≤ 7 entries × ≤ 5 judges) the objective Σ load² equals the exact optimum
 *   found by brute force over every feasible assignment, the sorted load vector is the brute
 *   force's decreasingly-minimal one, and max − min equals the least spread any assignment
 *   reaches — this is how "loads differ by at most one wherever caps allow" is tested: where the
 *   caps and rules allow a spread ≤ 1, ours is ≤ 1, and where they don't, ours is the least there is;
 * - on medium instances (≤ 40 entries × ≤ 10 judges) Σ load² equals that of an independent
 *   textbook min-cost flow over entries × judges;
 * - without caps or rules (everyone may read everything), max − min ≤ 1 outright, up to 300 × 30;
 * - the co-reading graph is connected whenever some assignment of optimal Σ load² is connected
 *   (decided by brute force);
 * - same seed ⇒ same result (also with the input shuffled); different seeds vary the result;
 * - incremental runs keep every existing assignment and only top up, optimally;
 * - infeasible instances name exactly the entries that cannot be served and why, and those reasons
 *   hold up against brute force.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignReaders } from './assign.ts';
import { bruteForce } from './brute-force.ts';
import { checkAssignment } from './check.ts';
import { referenceOptimum } from './reference-flow.ts';
import type { AssignmentInput, AssignmentResult, Id, JudgeEntryPair } from './types.ts';

interface Shape {
  judges: { unit: number; cap: number | undefined }[];
  entries: { unit: number; author: number | undefined }[];
  k: number;
  sameUnit: boolean;
  conflicts: readonly (readonly [number, number])[];
  existing: readonly (readonly [number, number])[];
  required: readonly (readonly [number, number])[];
  seed: number;
}

const toInput = (shape: Shape): AssignmentInput => {
  const m = shape.judges.length;
  const n = shape.entries.length;
  return {
    judges: shape.judges.map((j, i) => ({ id: `j${i}`, unitId: j.unit, cap: j.cap })),
    entries: shape.entries.map((e, i) => ({ id: i, unitId: e.unit, authorId: e.author === undefined ? `w${i}` : `j${e.author % m}` })),
    readersPerEntry: shape.k,
    sameUnitConflict: shape.sameUnit,
    conflicts: shape.conflicts.map(([j, e]) => ({ judgeId: `j${j % m}`, entryId: e % n })),
    existing: shape.existing.map(([j, e]) => ({ judgeId: `j${j % m}`, entryId: e % n })),
    required: new Map(shape.required.map(([e, r]) => [e % n, r])),
    seed: shape.seed,
  };
};

/** A value from `arb` one time in `odds`, else undefined. */
const sometimes = <T,>(arb: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: odds - 1 }, { arbitrary: arb, weight: 1 });

const shapeArb = (size: { judges: number; entries: number; units: number; caps: boolean; rules: boolean; existing: number }) => fc.record({
  judges: fc.array(fc.record({
    unit: fc.nat(size.units - 1),
    cap: size.caps ? sometimes(fc.nat(4), 4) : fc.constant(undefined),
  }), { minLength: 1, maxLength: size.judges }),
  entries: fc.array(fc.record({
    unit: fc.nat(size.units - 1),
    author: size.rules ? sometimes(fc.nat(9), 3) : fc.constant(undefined),
  }), { minLength: 1, maxLength: size.entries }),
  k: fc.constantFrom(1, 2, 2, 2, 2, 3),
  sameUnit: size.rules ? fc.boolean() : fc.constant(false),
  conflicts: size.rules ? fc.array(fc.tuple(fc.nat(9), fc.nat(60)), { maxLength: 4 }) : fc.constant([]),
  existing: fc.array(fc.tuple(fc.nat(9), fc.nat(60)), { maxLength: size.existing }),
  required: fc.array(fc.tuple(fc.nat(60), fc.nat(3)), { maxLength: 2 }),
  seed: fc.integer(),
}).map(toInput);

const small = shapeArb({ judges: 5, entries: 7, units: 3, caps: true, rules: true, existing: 4 });

/** Brute force, or a skipped case when the instance has too many assignments to enumerate. */
const exact = (input: AssignmentInput) => {
  try {
    return bruteForce(input, 150_000);
  } catch {
    return null;
  }
};

const sortedLoads = (result: AssignmentResult): number[] => [...result.loads.values()].sort((a, b) => b - a);

/** Connectivity of the co-reading graph, recomputed from the assignments alone. */
const connectedFromScratch = (result: AssignmentResult): boolean => {
  const loaded = [...result.loads].filter(([, load]) => load > 0).map(([id]) => id);
  if (loaded.length <= 1) return true;
  const reached = new Set<Id>([loaded[0]!]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const readers of result.assignments.values()) {
      if (readers.some((j) => reached.has(j)) && readers.some((j) => !reached.has(j))) {
        for (const j of readers) reached.add(j);
        grew = true;
      }
    }
  }
  return reached.size === loaded.length;
};

const RUNS = { seed: 20240501, numRuns: 300 };

describe('assignReaders: properties on small instances against brute force', () => {
  it('keeps every rule, always', () => {
    fc.assert(fc.property(small, (input) => {
      const result = assignReaders(input);
      expect(result.errors).toEqual([]);
      expect(checkAssignment(input, result)).toEqual([]);
      expect(result.coReading.connected).toBe(connectedFromScratch(result));
    }), { ...RUNS, numRuns: 1000 });
  });

  it('reaches the exact optimum: Σ load², the dec-min load vector, and the least max − min', () => {
    let compared = 0;
    fc.assert(fc.property(small, (input) => {
      const bf = exact(input);
      if (bf === null) return;
      const result = assignReaders(input);
      expect(result.ok).toBe(bf.feasible);
      if (!bf.feasible) return;
      compared++;
      expect(result.objective.loadSquares).toBe(bf.minLoadSquares);
      expect(sortedLoads(result)).toEqual(bf.decMin);
      expect(result.objective.maxLoad - result.objective.minLoad).toBe(bf.minSpread);
      if (bf.minSpread <= 1) expect(result.objective.maxLoad - result.objective.minLoad).toBeLessThanOrEqual(1);
    }), RUNS);
    expect(compared).toBeGreaterThan(100);
  });

  it('connects the co-reading graph whenever some optimal assignment is connected', () => {
    let connectable = 0;
    // How often the connecting phase is what made it connected (compared with a run with it off).
    let repaired = 0;
    fc.assert(fc.property(small, (input) => {
      const bf = exact(input);
      if (bf === null || !bf.feasible) return;
      const result = assignReaders(input);
      if (bf.connectableAtOptimum) {
        connectable++;
        expect(result.coReading.connected).toBe(true);
      }
      expect(result.coReading.connected).toBe(connectedFromScratch(result));
    }), { ...RUNS, numRuns: 1500 });
    expect(connectable).toBeGreaterThan(300);
    // Same, on instances built to be hard to connect: two readers, units, conflicts, 4–6 judges.
    const hard = fc.record({
      judges: fc.array(fc.record({ unit: fc.nat(2), cap: sometimes(fc.integer({ min: 1, max: 4 }), 5) }), { minLength: 4, maxLength: 6 }),
      entries: fc.array(fc.record({ unit: fc.nat(2), author: sometimes(fc.nat(9), 3) }), { minLength: 3, maxLength: 7 }),
      k: fc.constant(2),
      sameUnit: fc.constant(true),
      conflicts: fc.array(fc.tuple(fc.nat(9), fc.nat(60)), { maxLength: 6 }),
      existing: fc.constant([]),
      required: fc.constant([]),
      seed: fc.integer(),
    }).map(toInput);
    fc.assert(fc.property(hard, (input) => {
      const bf = exact(input);
      if (bf === null || !bf.feasible || !bf.connectableAtOptimum) return;
      connectable++;
      expect(assignReaders(input).coReading.connected).toBe(true);
      if (!assignReaders(input, { connectWorkBudget: 0 }).coReading.connected) repaired++;
    }), { ...RUNS, numRuns: 1500 });
    expect(repaired).toBeGreaterThan(0);
  });

  it('gives the same result for the same seed, whatever the input order', () => {
    fc.assert(fc.property(small, fc.integer(), (input, shuffleSeed) => {
      const first = assignReaders(input);
      const order = <T,>(list: readonly T[]): T[] => list.map((x, i) => [x, (i * 7919 + shuffleSeed) % 104729] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
      const again = assignReaders({ ...input, entries: order(input.entries), judges: order(input.judges) });
      expect(again).toEqual(first);
      expect(assignReaders(input)).toEqual(first);
    }), RUNS);
  });

  it('varies with the seed where there are several optimal assignments', () => {
    let several = 0;
    let varied = 0;
    fc.assert(fc.property(small, (input) => {
      const bf = exact(input);
      if (bf === null || !bf.feasible || bf.optimalCount < 4) return;
      several++;
      const layouts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify([...assignReaders({ ...input, seed }).assignments])));
      if (layouts.size > 1) varied++;
    }), { ...RUNS, numRuns: 800 });
    expect(several).toBeGreaterThan(80);
    expect(varied / several).toBeGreaterThan(0.9);
  });
});

describe('assignReaders: incremental mode', () => {
  const event = fc.record({ kind: fc.constantFrom('recusal', 'leave', 'adjudication'), pick: fc.nat(), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) });
  const fresh = shapeArb({ judges: 5, entries: 6, units: 3, caps: true, rules: true, existing: 0 });

  it('keeps every existing assignment, only tops up, and tops up optimally', () => {
    let checked = 0;
    fc.assert(fc.property(fresh, event, (input, { kind, pick, picks }) => {
      const first = assignReaders(input);
      if (!first.ok || first.added.length === 0) return;
      let next: AssignmentInput;
      let removed: JudgeEntryPair[] = [];
      if (kind === 'recusal') {
        const gone = first.added[pick % first.added.length]!;
        removed = [gone];
        next = { ...input, existing: first.added.filter((a) => a !== gone), conflicts: [...input.conflicts ?? [], gone] };
      } else if (kind === 'leave') {
        const judgeId = input.judges[pick % input.judges.length]!.id;
        removed = first.added.filter((a) => a.judgeId === judgeId);
        next = { ...input, judges: input.judges.filter((j) => j.id !== judgeId), existing: first.added.filter((a) => a.judgeId !== judgeId) };
      } else {
        const required = new Map(input.required);
        for (const p of picks) {
          const entryId = input.entries[p % input.entries.length]!.id;
          required.set(entryId, first.assignments.get(entryId)!.length + 1);
        }
        next = { ...input, existing: first.added, required };
      }
      const result = assignReaders(next);
      expect(checkAssignment(next, result)).toEqual([]); // includes: existing readers kept, first, in order
      for (const a of next.existing ?? []) expect(result.added).not.toContainEqual(a);
      if (result.ok) {
        const topUps = kind === 'adjudication' ? new Set(picks.map((p) => p % input.entries.length)).size : removed.length;
        expect(result.added).toHaveLength(topUps);
      }
      const bf = exact(next);
      if (bf === null) return;
      expect(result.ok).toBe(bf.feasible);
      if (bf.feasible) {
        checked++;
        expect(result.objective.loadSquares).toBe(bf.minLoadSquares);
        if (bf.connectableAtOptimum) expect(result.coReading.connected).toBe(true);
      }
    }), { ...RUNS, numRuns: 1000 });
    expect(checked).toBeGreaterThan(100);
  });
});

describe('assignReaders: infeasible instances say exactly which entries and why', () => {
  it('every reason holds up against brute force, and everything else is served', () => {
    let infeasible = 0;
    fc.assert(fc.property(small, (input) => {
      const result = assignReaders(input);
      if (result.ok) return;
      infeasible++;
      const k = input.readersPerEntry ?? 2;
      const existingOf = (entryId: Id) => new Set((input.existing ?? []).filter((a) => a.entryId === entryId).map((a) => a.judgeId));
      const needOf = (entryId: Id) => Math.max(0, (input.required?.get(entryId) ?? k) - existingOf(entryId).size);
      const onlyThese = (ids: Set<Id>): AssignmentInput => ({
        ...input,
        required: new Map(input.entries.map((e) => [e.id, ids.has(e.id) ? input.required?.get(e.id) ?? k : 0])),
      });

      for (const u of result.unassignable) {
        if (u.reason.kind === 'too-few-eligible-judges') {
          // Recount the judges allowed on the entry, and those with room, from the rules alone.
          const entry = input.entries.find((e) => e.id === u.entryId)!;
          const fixed = existingOf(entry.id);
          const allowed = input.judges.filter((j) => j.id !== entry.authorId
            && !(input.sameUnitConflict && j.unitId === entry.unitId)
            && !(input.conflicts ?? []).some((c) => c.judgeId === j.id && c.entryId === entry.id)
            && !fixed.has(j.id));
          const base = (id: Id) => (input.existing ?? []).filter((a) => a.judgeId === id && input.entries.some((e) => e.id === a.entryId))
            .filter((a, i, all) => all.findIndex((b) => b.entryId === a.entryId && b.judgeId === a.judgeId) === i).length;
          const withRoom = allowed.filter((j) => base(j.id) < (j.cap ?? Number.POSITIVE_INFINITY));
          expect(u.reason).toEqual({ kind: 'too-few-eligible-judges', required: input.required?.get(entry.id) ?? k, existing: fixed.size, eligible: allowed.length, eligibleWithCapacity: withRoom.length });
          expect(withRoom.length).toBeLessThan(needOf(entry.id));
        }
      }
      result.shortfalls.forEach((s, index) => {
        expect(s.shortfall).toBe(s.demand - s.capacity);
        expect(s.shortfall).toBeGreaterThan(0);
        expect(s.demand).toBe(s.entryIds.reduce<number>((sum, id) => sum + needOf(id), 0));
        for (const id of s.entryIds) {
          expect(result.unassignable.find((u) => u.entryId === id)?.reason).toEqual({ kind: 'insufficient-capacity', shortfall: index });
        }
        // These entries alone (everyone else asking for nothing more) cannot all be served.
        const alone = exact(onlyThese(new Set(s.entryIds)));
        if (alone !== null) expect(alone.feasible).toBe(false);
      });
      // Everything not reported is served, and optimally so.
      const reported = new Set(result.unassignable.map((u) => u.entryId));
      const rest = exact(onlyThese(new Set(input.entries.map((e) => e.id).filter((id) => !reported.has(id)))));
      if (rest !== null) {
        expect(rest.feasible).toBe(true);
        expect(result.objective.loadSquares).toBe(rest.minLoadSquares);
      }
    }), { ...RUNS, numRuns: 600 });
    expect(infeasible).toBeGreaterThan(50);
  });
});

describe('assignReaders: properties on medium instances', () => {
  it('matches an independent min-cost flow over entries × judges (Σ load², feasibility)', () => {
    const medium = shapeArb({ judges: 10, entries: 40, units: 5, caps: true, rules: true, existing: 12 });
    fc.assert(fc.property(medium, (input) => {
      const result = assignReaders(input);
      expect(checkAssignment(input, result)).toEqual([]);
      const reference = referenceOptimum(input);
      expect(result.ok).toBe(reference.feasible);
      if (reference.feasible) expect(result.objective.loadSquares).toBe(reference.loadSquares);
    }), { ...RUNS, numRuns: 150 });
  });

  it('without caps or rules, loads are within one, and with k = 2 and enough entries the graph is connected', () => {
    const open = fc.record({
      judges: fc.integer({ min: 1, max: 30 }),
      entries: fc.integer({ min: 1, max: 300 }),
      k: fc.integer({ min: 1, max: 4 }),
      seed: fc.integer(),
    }).filter(({ judges, k }) => k <= judges);
    fc.assert(fc.property(open, ({ judges, entries, k, seed }) => {
      const input: AssignmentInput = {
        judges: Array.from({ length: judges }, (_, i) => ({ id: i })),
        entries: Array.from({ length: entries }, (_, i) => ({ id: i, authorId: `w${i}` })),
        readersPerEntry: k,
        sameUnitConflict: false,
        seed,
      };
      const result = assignReaders(input);
      expect(result.ok).toBe(true);
      expect(checkAssignment(input, result)).toEqual([]);
      expect(result.objective.maxLoad - result.objective.minLoad).toBeLessThanOrEqual(1);
      // Balanced degrees with Σ = 2·entries ≥ 2(judges − 1) are realizable as a connected loopless multigraph.
      if (k === 2 && entries >= judges - 1) expect(result.coReading.connected).toBe(true);
    }), { ...RUNS, numRuns: 200 });
  });
});
