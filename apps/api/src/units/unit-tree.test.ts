import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inCycle } from './unit-tree.ts';

/** The slow way: every unit met walking up from `start`, by brute force over all paths. */
function aboveItself(start: number, parentOf: ReadonlyMap<number, number | null>): boolean {
  let current = parentOf.get(start) ?? null;
  for (let step = 0; step <= parentOf.size; step += 1) {
    if (current === null) return false;
    if (current === start) return true;
    current = parentOf.get(current) ?? null;
  }
  return false;
}

describe('a unit above itself', () => {
  it('is found exactly when walking up from the unit comes back to it, in any parent map', () => {
    const parents = fc.array(fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(parents, (list) => {
      const parentOf = new Map(list.map((parent, unit) => [unit, parent]));
      for (const unit of parentOf.keys()) expect(inCycle(unit, parentOf)).toBe(aboveItself(unit, parentOf));
    }), { numRuns: 500 });
  });

  it('ends on a loop above the unit that does not pass through it', () => {
    expect(inCycle(0, new Map([[0, 1], [1, 2], [2, 1]]))).toBe(false);
    expect(inCycle(1, new Map([[0, 1], [1, 2], [2, 1]]))).toBe(true);
  });
});
