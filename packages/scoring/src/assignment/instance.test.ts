import { describe, expect, it } from 'vitest';
import { buildInstance, isEligible } from './instance.ts';
import type { AssignmentInput } from './types.ts';

const base: AssignmentInput = {
  entries: [
    { id: 20, authorId: 'u-2', unitId: 'B' },
    { id: 10, authorId: 'J1', unitId: 'A' },
    { id: 30, authorId: 'u-3', unitId: null },
  ],
  judges: [{ id: 'J2', unitId: 'B', cap: 3 }, { id: 'J1', unitId: 'A' }, { id: 'J3' }],
  sameUnitConflict: true,
  conflicts: [{ judgeId: 'J3', entryId: 30 }, { judgeId: 'nobody', entryId: 30 }, { judgeId: 'J3', entryId: 99 }],
  existing: [{ judgeId: 'J2', entryId: 10 }, { judgeId: 'J2', entryId: 10 }, { judgeId: 'J2', entryId: 20 }],
  required: new Map([[30, 1], [77, 3]]),
  seed: 5,
};

describe('buildInstance', () => {
  const instance = buildInstance(base);

  it('sorts entries and judges into canonical order', () => {
    expect(instance.entryIds).toEqual([10, 20, 30]);
    expect(instance.judgeIds).toEqual(['J1', 'J2', 'J3']);
  });

  it('maps units, authors, caps, requirements and existing readers to indices', () => {
    expect(Array.from(instance.entryAuthor)).toEqual([0, -1, -1]);
    expect(instance.entryUnit[2]).toBe(-1);
    expect(instance.judgeUnit[2]).toBe(-1);
    expect(instance.judgeUnit[0]).toBe(instance.entryUnit[0]);
    expect(Array.from(instance.cap)).toEqual([Number.POSITIVE_INFINITY, 3, Number.POSITIVE_INFINITY]);
    expect(Array.from(instance.required)).toEqual([2, 2, 1]);
    expect(instance.existing).toEqual([[1], [1], []]);
    expect(Array.from(instance.baseLoad)).toEqual([0, 2, 0]);
    expect(Array.from(instance.room)).toEqual([Number.POSITIVE_INFINITY, 1, Number.POSITIVE_INFINITY]);
    expect(Array.from(instance.need)).toEqual([1, 1, 1]);
    expect(instance.conflicts).toEqual(new Map([[2, [2]]]));
  });

  it('warns about unknown ids, duplicates and existing assignments that break a rule', () => {
    expect(instance.warnings).toEqual(expect.arrayContaining([
      { kind: 'unknown-judge', judgeId: 'nobody', where: 'conflicts' },
      { kind: 'unknown-entry', entryId: 99, where: 'conflicts' },
      { kind: 'unknown-entry', entryId: 77, where: 'required' },
      { kind: 'duplicate-existing', entryId: 10, judgeId: 'J2' },
      { kind: 'existing-conflict', entryId: 20, judgeId: 'J2' },
    ]));
    expect(instance.warnings).toHaveLength(5);
    expect(instance.errors).toEqual([]);
  });

  it.each([
    ['entry 10 / J1: own entry and unit', 0, 0, false],
    ['entry 10 / J2: already reading it', 0, 1, false],
    ['entry 10 / J3', 0, 2, true],
    ['entry 20 / J2: same unit (and already reading it)', 1, 1, false],
    ['entry 20 / J1', 1, 0, true],
    ['entry 30 / J3: declared conflict', 2, 2, false],
    ['entry 30 / J1: no unit', 2, 0, true],
  ])('eligibility: %s', (_, e, j, expected) => {
    expect(isEligible(instance, e, j)).toBe(expected);
  });

  it('ignores units when the same-unit rule is off', () => {
    const off = buildInstance({ ...base, sameUnitConflict: false, existing: [] });
    expect(isEligible(off, 1, 1)).toBe(true);
  });

  it.each<[string, Partial<AssignmentInput>, RegExp]>([
    ['duplicate entry', { entries: [{ id: 1, authorId: 'a' }, { id: 1, authorId: 'b' }] }, /duplicate entry id 1/],
    ['duplicate judge', { judges: [{ id: 'J' }, { id: 'J' }] }, /duplicate judge id J/],
    ['bad id', { judges: [{ id: Number.NaN }] }, /not a string or finite number/],
    ['negative cap', { judges: [{ id: 'J', cap: -1 }] }, /cap of judge J/],
    ['fractional readers', { readersPerEntry: 1.5 }, /readersPerEntry/],
    ['bad required', { required: new Map([[10, -1]]) }, /required readers of entry 10/],
    ['bad seed', { seed: Number.NaN }, /seed/],
  ])('reports invalid input: %s', (_, patch, message) => {
    const instance = buildInstance({ ...base, ...patch });
    expect(instance.errors.join('\n')).toMatch(message);
  });

  it('warns when existing loads exceed a cap or an entry already has more readers than required', () => {
    const instance = buildInstance({
      entries: [{ id: 1, authorId: 'x' }], judges: [{ id: 'A', cap: 0 }, { id: 'B' }, { id: 'C' }], readersPerEntry: 1,
      existing: [{ judgeId: 'A', entryId: 1 }, { judgeId: 'B', entryId: 1 }], sameUnitConflict: false, seed: 0,
    });
    expect(instance.warnings).toEqual([
      { kind: 'existing-over-cap', judgeId: 'A', load: 1, cap: 0 },
      { kind: 'existing-above-required', entryId: 1, existing: 2, required: 1 },
    ]);
    expect(Array.from(instance.room)).toEqual([0, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
    expect(instance.need[0]).toBe(0);
  });
});
