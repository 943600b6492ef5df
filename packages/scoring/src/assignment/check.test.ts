import { describe, expect, it } from 'vitest';
import { checkAssignment } from './check.ts';
import type { AssignmentInput, AssignmentResult, Id } from './types.ts';

const input: AssignmentInput = {
  entries: [{ id: 1, authorId: 'A', unitId: 'u' }, { id: 2, authorId: 'x', unitId: 'v' }],
  judges: [{ id: 'A', unitId: 'w' }, { id: 'B', unitId: 'u' }, { id: 'C', unitId: 'w', cap: 1 }, { id: 'D' }],
  readersPerEntry: 2,
  sameUnitConflict: true,
  conflicts: [{ judgeId: 'D', entryId: 2 }],
  existing: [{ judgeId: 'B', entryId: 2 }],
  seed: 0,
};

const result = (assignments: [Id, Id[]][], unassignable: Id[] = []): Pick<AssignmentResult, 'assignments' | 'loads' | 'added' | 'unassignable'> => {
  const map = new Map(assignments);
  const loads = new Map<Id, number>(input.judges.map((j) => [j.id, 0]));
  const added: { judgeId: Id; entryId: Id }[] = [];
  for (const [entryId, readers] of map) {
    for (const j of readers) loads.set(j, (loads.get(j) ?? 0) + 1);
    for (const j of readers) if (!(entryId === 2 && j === 'B')) added.push({ judgeId: j, entryId });
  }
  return {
    assignments: map, loads, added,
    unassignable: unassignable.map((entryId) => ({ entryId, reason: { kind: 'insufficient-capacity', shortfall: 0 }, message: '' })),
  };
};

describe('checkAssignment', () => {
  it('accepts a result that keeps every rule', () => {
    expect(checkAssignment(input, result([[1, ['C', 'D']], [2, ['B', 'A']]]))).toEqual([]);
  });

  it.each<[string, [Id, Id[]][], RegExp]>([
    ['own entry', [[1, ['A', 'D']], [2, ['B', 'C']]], /judge A on entry 1: own entry/],
    ['same unit', [[1, ['B', 'D']], [2, ['B', 'C']]], /judge B on entry 1: same unit/],
    ['declared conflict', [[1, ['C', 'A']], [2, ['B', 'D']]], /judge D on entry 2: declared conflict/],
    ['too few readers', [[1, ['C']], [2, ['B', 'A']]], /entry 1 has 1 readers, expected 2/],
    ['a reader twice', [[1, ['D', 'D']], [2, ['B', 'A']]], /entry 1 has a reader twice/],
    ['existing reader dropped', [[1, ['C', 'D']], [2, ['A', 'C']]], /entry 2 lost or moved its existing reader B/],
    ['over the cap', [[1, ['C', 'D']], [2, ['B', 'C']]], /judge C takes 2 new entries, room for 1/],
    ['unknown judge', [[1, ['C', 'Z']], [2, ['B', 'A']]], /judge Z on entry 1: unknown judge/],
    ['missing entry', [[1, ['C', 'D']]], /entry 2 is missing/],
  ])('flags %s', (_, assignments, message) => {
    expect(checkAssignment(input, result(assignments)).join('\n')).toMatch(message);
  });

  it('expects only existing readers on an entry reported unassignable', () => {
    expect(checkAssignment(input, result([[1, ['C', 'D']], [2, ['B']]], [2]))).toEqual([]);
    expect(checkAssignment(input, result([[1, ['C', 'D']], [2, ['B', 'A']]], [2])).join('\n')).toMatch(/expected 1/);
  });

  it('flags loads and added lists that disagree with the assignments', () => {
    const bad = result([[1, ['C', 'D']], [2, ['B', 'A']]]);
    bad.loads.set('A', 7);
    bad.added.pop();
    const problems = checkAssignment(input, bad).join('\n');
    expect(problems).toMatch(/load of judge A is 7, counted 1/);
    expect(problems).toMatch(/`added` does not list exactly the new assignments/);
  });
});
