import { describe, expect, it } from 'vitest';
import { groupAssignments, nextUnscored } from './judging-groups';
import type { BlindSummary } from './types';

const round = (contestTitle: string, name: string, closesAt: string) => ({
  contestTitle, name, kind: 'preliminary' as const, opensAt: '2026-12-01T00:00:00Z', closesAt, open: true,
});
const sample = (id: number, code: string, status: BlindSummary['status'], r: BlindSummary['round']): BlindSummary => ({
  id, code, title: `Bài ${code}`, category: null, wordCount: 500, status, round: r,
});

const a = round('Gương sáng 2026', 'Sơ khảo', '2026-12-20T00:00:00Z');
const b = round('Gương sáng 2026', 'Chung khảo', '2026-12-30T00:00:00Z');
const c = round('Người tốt việc tốt', 'Sơ khảo', '2026-12-10T00:00:00Z');
const list = [
  sample(1, 'GS-CCCCCC', 'pending', a),
  sample(2, 'GS-AAAAAA', 'submitted', a),
  sample(3, 'GS-BBBBBB', 'draft', a),
  sample(4, 'GS-DDDDDD', 'pending', b),
  sample(5, 'GS-EEEEEE', 'pending', c),
];
const now = Date.parse('2026-12-05T00:00:00Z');

describe('groupAssignments', () => {
  it('groups by contest, then round, with the nearest deadline first and codes in order', () => {
    const groups = groupAssignments(list, now);
    expect(groups.map((g) => [g.title, g.rounds.map((r) => r.round.name)])).toEqual([
      ['Người tốt việc tốt', ['Sơ khảo']],
      ['Gương sáng 2026', ['Sơ khảo', 'Chung khảo']],
    ]);
    const first = groups[1]!.rounds[0]!;
    expect(first.assignments.map((x) => x.code)).toEqual(['GS-AAAAAA', 'GS-BBBBBB', 'GS-CCCCCC']);
    expect(first.submitted).toBe(1);
  });
});

describe('nextUnscored', () => {
  it('goes to the next unscored entry of the same round, wrapping to the start', () => {
    expect(nextUnscored(list, 2)?.code).toBe('GS-BBBBBB');
    expect(nextUnscored(list, 3)?.code).toBe('GS-CCCCCC');
    expect(nextUnscored(list, 1)?.code).toBe('GS-BBBBBB');
  });

  it('never leaves the round: null when every other entry in it is scored', () => {
    expect(nextUnscored(list, 4)).toBeNull();
    const done = list.map((x) => (x.round === a ? { ...x, status: 'submitted' as const } : x));
    expect(nextUnscored(done, 2)).toBeNull();
  });
});
