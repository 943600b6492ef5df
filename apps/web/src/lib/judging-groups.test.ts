import { describe, expect, it } from 'vitest';
import { groupByContest } from './judging-groups';
import type { JudgeDashboardRound } from './types';

const round = (contestTitle: string, name: string): JudgeDashboardRound => ({
  round: { contestTitle, name, kind: 'preliminary', opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-20T00:00:00Z', open: true },
  closed: false, assigned: 3, submitted: 1, unscored: 2, firstPage: 1, assignments: [],
});

describe('groupByContest', () => {
  it('puts consecutive rounds of a contest under one heading, keeping the API\'s order', () => {
    const rounds = [round('Người tốt việc tốt', 'Sơ khảo'), round('Gương sáng 2026', 'Sơ khảo'), round('Gương sáng 2026', 'Chung khảo')];
    expect(groupByContest(rounds).map((contest) => [contest.title, contest.rounds.map((r) => r.round.name)])).toEqual([
      ['Người tốt việc tốt', ['Sơ khảo']],
      ['Gương sáng 2026', ['Sơ khảo', 'Chung khảo']],
    ]);
  });

  it('gives no heading when the judge has no rounds', () => {
    expect(groupByContest([])).toEqual([]);
  });
});
