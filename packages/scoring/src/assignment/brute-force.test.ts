import { describe, expect, it } from 'vitest';
import { bruteForce } from './brute-force.ts';
import type { AssignmentInput } from './types.ts';

const judges = (ids: string[], unit?: number) => ids.map((id) => ({ id, unitId: unit }));

describe('bruteForce (test oracle)', () => {
  it.each<[string, AssignmentInput, Partial<ReturnType<typeof bruteForce>>]>([
    ['forced by units', {
      entries: [{ id: 1, authorId: 'x', unitId: 1 }, { id: 2, authorId: 'y', unitId: 2 }],
      judges: [{ id: 'A', unitId: 1 }, { id: 'B', unitId: 2 }],
      readersPerEntry: 1, sameUnitConflict: true, seed: 0,
    }, { feasible: true, count: 1, minLoadSquares: 2, minSpread: 0, decMin: [1, 1], connectableAtOptimum: false, connectableAnyhow: false }],
    ['a triangle', {
      entries: [1, 2, 3].map((id) => ({ id, authorId: 'x' })), judges: judges(['A', 'B', 'C']), sameUnitConflict: false, seed: 0,
    }, { feasible: true, count: 27, minLoadSquares: 12, optimalCount: 6, minSpread: 0, decMin: [2, 2, 2], connectableAtOptimum: true }],
    ['two disjoint pairs at the optimum', {
      entries: [1, 2].map((id) => ({ id, authorId: 'x' })), judges: judges(['A', 'B', 'C', 'D']), sameUnitConflict: false, seed: 0,
    }, { feasible: true, minLoadSquares: 4, decMin: [1, 1, 1, 1], connectableAtOptimum: false, connectableAnyhow: true }],
    ['too few judges', {
      entries: [{ id: 1, authorId: 'x' }], judges: judges(['A']), sameUnitConflict: false, seed: 0,
    }, { feasible: false, count: 0 }],
    ['caps too tight', {
      entries: [1, 2, 3].map((id) => ({ id, authorId: 'x' })),
      judges: [{ id: 'A', cap: 1 }, { id: 'B', cap: 1 }, { id: 'C' }], sameUnitConflict: false, seed: 0,
    }, { feasible: false }],
    ['an existing reader is kept and counted', {
      entries: [{ id: 1, authorId: 'x' }], judges: judges(['A', 'B', 'C']), sameUnitConflict: false, seed: 0,
      existing: [{ judgeId: 'A', entryId: 1 }],
    }, { feasible: true, count: 2, minLoadSquares: 2, decMin: [1, 1, 0] }],
  ])('%s', (_, input, expected) => {
    expect(bruteForce(input)).toMatchObject(expected);
  });

  it('refuses instances beyond its limit', () => {
    const input: AssignmentInput = {
      entries: Array.from({ length: 8 }, (_, id) => ({ id, authorId: 'x' })), judges: judges(['A', 'B', 'C', 'D', 'E']),
      sameUnitConflict: false, seed: 0,
    };
    expect(() => bruteForce(input, 1000)).toThrow(RangeError);
  });
});
