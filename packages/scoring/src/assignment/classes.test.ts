import { describe, expect, it } from 'vitest';
import { buildClasses } from './classes.ts';
import { buildInstance, isEligible } from './instance.ts';
import type { AssignmentInput } from './types.ts';

const input: AssignmentInput = {
  judges: [
    { id: 'a1', unitId: 'A' }, { id: 'a2', unitId: 'A' }, { id: 'b1', unitId: 'B' }, { id: 'c1', unitId: 'C' },
  ],
  entries: [
    { id: 1, authorId: 'x', unitId: 'A' },
    { id: 2, authorId: 'y', unitId: 'A' },
    { id: 3, authorId: 'a1', unitId: 'A' }, // author is a judge of the entry's own unit: nothing extra
    { id: 4, authorId: 'b1', unitId: 'A' }, // a judge of another unit wrote it: extra exclusion
    { id: 5, authorId: 'z', unitId: 'B' },
    { id: 6, authorId: 'w', unitId: 'B' }, // declared conflict
    { id: 7, authorId: 'v', unitId: 'B' }, // needs 3
    { id: 8, authorId: 'u', unitId: 'C' }, // needs nothing
  ],
  conflicts: [{ judgeId: 'c1', entryId: 6 }],
  required: new Map([[7, 3], [8, 0]]),
  sameUnitConflict: true,
  seed: 1,
};

describe('buildClasses', () => {
  const instance = buildInstance(input);
  const { classes, entryClass } = buildClasses(instance);
  const members = classes.map((c) => c.entries.map((e) => instance.entryIds[e]));

  it('groups entries with the same allowed judges and the same need', () => {
    expect(members).toEqual([[1, 2, 3], [4], [5], [6], [7]]);
    expect(classes.map((c) => c.need)).toEqual([2, 2, 2, 2, 3]);
    expect(entryClass[7]).toBe(-1);
  });

  it('blocks exactly the judges that may not read the entries', () => {
    for (let e = 0; e < instance.entryIds.length; e++) {
      const c = entryClass[e]!;
      if (c === -1) continue;
      for (let j = 0; j < instance.judgeIds.length; j++) {
        expect(classes[c]!.blocked[j] === 0).toBe(isEligible(instance, e, j));
      }
    }
    expect(classes.map((c) => c.eligible)).toEqual([2, 1, 3, 2, 3]);
  });

  it('without the same-unit rule, unit does not split classes', () => {
    const open = buildInstance({ ...input, sameUnitConflict: false });
    const { classes: flat } = buildClasses(open);
    expect(flat.map((c) => c.entries.map((e) => open.entryIds[e]))).toEqual([[1, 2, 5], [3], [4], [6], [7]]);
  });
});
