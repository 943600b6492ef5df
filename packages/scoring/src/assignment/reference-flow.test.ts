import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForce } from './brute-force.ts';
import { referenceOptimum } from './reference-flow.ts';
import type { AssignmentInput } from './types.ts';

describe('referenceOptimum (test oracle)', () => {
  it.each<[string, AssignmentInput, { feasible: boolean; loadSquares?: number }]>([
    ['balanced triangle', { entries: [1, 2, 3].map((id) => ({ id, authorId: 'x' })), judges: [{ id: 'A' }, { id: 'B' }, { id: 'C' }], sameUnitConflict: false, seed: 0 }, { feasible: true, loadSquares: 12 }],
    ['a cap pushes load elsewhere', {
      entries: [1, 2, 3, 4].map((id) => ({ id, authorId: 'x' })), readersPerEntry: 1,
      judges: [{ id: 'A', cap: 0 }, { id: 'B' }, { id: 'C' }], sameUnitConflict: false, seed: 0,
    }, { feasible: true, loadSquares: 8 }],
    ['infeasible', { entries: [{ id: 1, authorId: 'A' }], judges: [{ id: 'A' }, { id: 'B' }], sameUnitConflict: false, seed: 0 }, { feasible: false }],
  ])('%s', (_, input, expected) => {
    expect(referenceOptimum(input)).toMatchObject(expected);
  });

  it('agrees with brute force on tiny instances', () => {
    const arb = fc.record({
      judges: fc.array(fc.record({ unit: fc.nat(1), cap: fc.option(fc.nat(3), { nil: undefined }) }), { minLength: 1, maxLength: 4 }),
      entries: fc.array(fc.record({ unit: fc.nat(1), author: fc.nat(5) }), { minLength: 1, maxLength: 4 }),
      k: fc.integer({ min: 1, max: 2 }),
      sameUnit: fc.boolean(),
    });
    fc.assert(fc.property(arb, ({ judges, entries, k, sameUnit }) => {
      const input: AssignmentInput = {
        judges: judges.map((j, i) => ({ id: `j${i}`, unitId: j.unit, cap: j.cap })),
        entries: entries.map((e, i) => ({ id: i, unitId: e.unit, authorId: `j${e.author}` })),
        readersPerEntry: k, sameUnitConflict: sameUnit, seed: 0,
      };
      const exact = bruteForce(input);
      const reference = referenceOptimum(input);
      expect(reference.feasible).toBe(exact.feasible);
      if (exact.feasible) expect(reference.loadSquares).toBe(exact.minLoadSquares);
    }), { seed: 11, numRuns: 150 });
  });
});
