import { describe, expect, it } from 'vitest';
import { assignReaders } from './assign.ts';
import { checkAssignment } from './check.ts';
import type { AssignmentInput, Id } from './types.ts';

const entries = (units: (string | null)[], author = (i: number): Id => `author-${i}`) =>
  units.map((unitId, i) => ({ id: i + 1, authorId: author(i), unitId }));

/** Three units with one judge each, two entries per unit. */
const threeUnits: AssignmentInput = {
  entries: entries(['A', 'A', 'B', 'B', 'C', 'C']),
  judges: [{ id: 'jA', unitId: 'A' }, { id: 'jB', unitId: 'B' }, { id: 'jC', unitId: 'C' }],
  sameUnitConflict: true,
  seed: 7,
};

const expectValid = (input: AssignmentInput, result: ReturnType<typeof assignReaders>) => {
  expect(checkAssignment(input, result)).toEqual([]);
};

describe('assignReaders: rules and balance', () => {
  it('gives every entry the two judges outside its unit', () => {
    const result = assignReaders(threeUnits);
    expectValid(threeUnits, result);
    expect(result.ok).toBe(true);
    expect(result.assignments).toEqual(new Map<Id, Id[]>([
      [1, ['jB', 'jC']], [2, ['jB', 'jC']], [3, ['jA', 'jC']], [4, ['jA', 'jC']], [5, ['jA', 'jB']], [6, ['jA', 'jB']],
    ]));
    expect(result.loads).toEqual(new Map([['jA', 4], ['jB', 4], ['jC', 4]]));
    expect(result.objective).toEqual({ loadSquares: 48, maxLoad: 4, minLoad: 4, pairSquares: 12 });
    expect(result.pairs).toEqual({ distinct: 3, maxCount: 2, repeats: 3, histogram: [0, 0, 3] });
    expect(result.coReading).toEqual({ connected: true, components: [['jA', 'jB', 'jC']] });
    expect(result.added).toHaveLength(12);
  });

  it.each<[string, AssignmentInput, number, number]>([
    ['uncapped, no rules: loads within one', {
      entries: entries(Array(7).fill(null)), judges: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), sameUnitConflict: false, seed: 1,
    }, 2, 3],
    ['a cap holds one judge down, the others stay level', {
      entries: entries(Array(9).fill(null)), judges: [{ id: 'a', cap: 1 }, { id: 'b' }, { id: 'c' }, { id: 'd' }], sameUnitConflict: false, seed: 1,
    }, 1, 6],
    ['k = 3 readers', {
      entries: entries(Array(5).fill(null)), judges: ['a', 'b', 'c', 'd'].map((id) => ({ id })), readersPerEntry: 3, sameUnitConflict: false, seed: 1,
    }, 3, 4],
    ['k = 0 assigns nothing', {
      entries: entries([null, null]), judges: [{ id: 'a' }], readersPerEntry: 0, sameUnitConflict: false, seed: 1,
    }, 0, 0],
  ])('%s', (_, input, min, max) => {
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.ok).toBe(true);
    expect([result.objective.minLoad, result.objective.maxLoad]).toEqual([min, max]);
  });

  it('never gives a judge their own entry or a declared conflict', () => {
    const input: AssignmentInput = {
      entries: entries([null, null, null], (i) => ['a', 'b', 'x'][i]!),
      judges: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      conflicts: [{ judgeId: 'c', entryId: 3 }],
      sameUnitConflict: false,
      seed: 3,
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.assignments.get(1)).toEqual(['b', 'c']);
    expect(result.assignments.get(2)).toEqual(['a', 'c']);
    expect(result.assignments.get(3)).toEqual(['a', 'b']);
  });

  it('lets a judge read their own unit when the contest turns the rule off', () => {
    const input = { ...threeUnits, entries: entries(['A', 'A', 'A']), readersPerEntry: 3, sameUnitConflict: false };
    const result = assignReaders(input);
    expect(result.ok).toBe(true);
    expect(result.loads.get('jA')).toBe(3);
  });

  it('reports a disconnected co-reading graph when no balanced assignment connects it', () => {
    const input: AssignmentInput = { entries: entries([null, null]), judges: ['a', 'b', 'c', 'd'].map((id) => ({ id })), sameUnitConflict: false, seed: 1 };
    const result = assignReaders(input);
    expect(result.objective.loadSquares).toBe(4);
    expect(result.coReading.connected).toBe(false);
    expect(result.coReading.components).toHaveLength(2);
    expect(result.coReading.components.flat().sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('accepts numeric and string ids side by side', () => {
    const input: AssignmentInput = {
      entries: [{ id: 'e-2', authorId: 1 }, { id: 5, authorId: 2 }],
      judges: [{ id: 1 }, { id: 2 }, { id: 'three' }],
      sameUnitConflict: false,
      seed: 1,
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect([...result.assignments.keys()]).toEqual([5, 'e-2']);
  });
});

describe('assignReaders: reproducibility', () => {
  const big: AssignmentInput = {
    entries: Array.from({ length: 60 }, (_, i) => ({ id: i, authorId: `x${i}`, unitId: i % 4 })),
    judges: Array.from({ length: 9 }, (_, i) => ({ id: `j${i}`, unitId: i % 4 })),
    sameUnitConflict: true,
    seed: 42,
  };

  it('gives the same result for the same seed, whatever the input order', () => {
    const a = assignReaders(big);
    const b = assignReaders({ ...big, entries: [...big.entries].reverse(), judges: [...big.judges].reverse() });
    expect(b).toEqual(a);
  });

  it('varies with the seed', () => {
    const results = [1, 2, 3, 4].map((seed) => JSON.stringify([...assignReaders({ ...big, seed }).assignments]));
    expect(new Set(results).size).toBeGreaterThan(1);
  });
});

describe('assignReaders: incremental', () => {
  const base: AssignmentInput = {
    entries: Array.from({ length: 12 }, (_, i) => ({ id: i + 1, authorId: `x${i}`, unitId: i % 3 })),
    judges: Array.from({ length: 6 }, (_, i) => ({ id: `j${i}`, unitId: i % 3 })),
    sameUnitConflict: true,
    seed: 9,
  };
  const first = assignReaders(base);

  const expectKept = (before: Map<Id, Id[]>, after: Map<Id, Id[]>, except: (entryId: Id, judgeId: Id) => boolean = () => false) => {
    for (const [entryId, readers] of before) {
      const kept = readers.filter((j) => !except(entryId, j));
      expect(after.get(entryId)!.slice(0, kept.length)).toEqual(kept);
    }
  };

  it('after a recusal, keeps everything else and gives the entry one new reader', () => {
    const [judgeId] = first.assignments.get(4)!;
    const input: AssignmentInput = {
      ...base,
      existing: first.added.filter((a) => !(a.entryId === 4 && a.judgeId === judgeId)),
      conflicts: [{ judgeId: judgeId!, entryId: 4 }],
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.added).toHaveLength(1);
    expect(result.added[0]!.entryId).toBe(4);
    expect(result.added[0]!.judgeId).not.toBe(judgeId);
    expectKept(first.assignments, result.assignments, (e, j) => e === 4 && j === judgeId);
  });

  it('after a judge leaves, tops up exactly their entries and rebalances only the new readers', () => {
    const input: AssignmentInput = {
      ...base,
      judges: base.judges.filter((j) => j.id !== 'j0'),
      existing: first.added.filter((a) => a.judgeId !== 'j0'),
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.added).toHaveLength(first.added.filter((a) => a.judgeId === 'j0').length);
    expectKept(first.assignments, result.assignments, (_, j) => j === 'j0');
  });

  it('adds one adjudicator to the entries that need a third reader', () => {
    const input: AssignmentInput = { ...base, existing: first.added, required: new Map([[2, 3], [7, 3]]) };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.added.map((a) => a.entryId)).toEqual([2, 7]);
    expectKept(first.assignments, result.assignments);
    // The two adjudications go to the two least loaded judges allowed.
    expect(result.objective.maxLoad - result.objective.minLoad).toBeLessThanOrEqual(1);
  });

  it('does nothing when every entry already has its readers', () => {
    const result = assignReaders({ ...base, existing: first.added });
    expect(result.ok).toBe(true);
    expect(result.added).toEqual([]);
    expect(result.assignments).toEqual(first.assignments);
  });
});

describe('assignReaders: when it cannot be done', () => {
  it('lists entries with too few eligible judges, with the counts, and assigns the rest', () => {
    const input: AssignmentInput = {
      entries: entries(['A', 'B', 'B']),
      judges: [{ id: 'a1', unitId: 'A' }, { id: 'a2', unitId: 'A' }, { id: 'b1', unitId: 'B', cap: 0 }],
      sameUnitConflict: true,
      seed: 1,
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.ok).toBe(false);
    expect(result.unassignable).toEqual([{
      entryId: 1,
      reason: { kind: 'too-few-eligible-judges', required: 2, existing: 0, eligible: 1, eligibleWithCapacity: 0 },
      message: 'entry 1 needs 2 more reader(s) (2 in all, 0 already), but only 1 judge(s) may read it and 0 of them have room under their cap',
    }]);
    expect(result.assignments.get(1)).toEqual([]);
    expect(result.assignments.get(2)).toEqual(['a1', 'a2']);
  });

  it('explains a capacity shortfall with the entries, the saturated judges and the numbers', () => {
    const input: AssignmentInput = {
      entries: entries([null, null, null]),
      judges: [{ id: 'a', cap: 1 }, { id: 'b', cap: 1 }, { id: 'c' }],
      sameUnitConflict: false,
      seed: 1,
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.ok).toBe(false);
    expect(result.shortfalls).toEqual([{
      entryIds: [1, 2, 3], judgeIds: ['a', 'b'], demand: 6, capacity: 5, shortfall: 1,
      message: '3 entries need 6 more reader slot(s) in all, but the judges allowed to read them can take only 5: '
        + '2 judge(s) are at their cap (a, b); 1 more slot(s) of capacity are needed',
    }]);
    expect(result.unassignable.map((u) => [u.entryId, u.reason])).toEqual([1, 2, 3].map((id) => [id, { kind: 'insufficient-capacity', shortfall: 0 }]));
    expect(result.added).toEqual([]);
  });

  it('keeps serving the entries outside a shortfall', () => {
    const input: AssignmentInput = {
      entries: entries(['A', 'A', 'A', 'B']),
      judges: [{ id: 'b1', unitId: 'B', cap: 1 }, { id: 'b2', unitId: 'B', cap: 1 }, { id: 'c1', unitId: 'C' }, { id: 'a1', unitId: 'A' }],
      sameUnitConflict: true,
      seed: 1,
    };
    const result = assignReaders(input);
    expectValid(input, result);
    expect(result.shortfalls.map((s) => [s.entryIds, s.judgeIds, s.demand, s.capacity])).toEqual([[[1, 2, 3], ['b1', 'b2'], 6, 5]]);
    expect(result.assignments.get(4)).toEqual(['a1', 'c1']);
  });

  it('returns errors and assigns nothing on invalid input', () => {
    const result = assignReaders({ ...threeUnits, judges: [{ id: 'x' }, { id: 'x' }] });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(['duplicate judge id x']);
    expect(result.assignments.size).toBe(0);
  });

  it('with no judges at all, every entry is unassignable', () => {
    const result = assignReaders({ ...threeUnits, judges: [] });
    expect(result.unassignable).toHaveLength(6);
    expect(result.unassignable[0]!.reason).toMatchObject({ eligible: 0, eligibleWithCapacity: 0 });
  });
});
