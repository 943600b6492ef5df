import type { JudgeDashboardRound } from './types';

/*
 * The judge's dashboard page under its contests' headings. The API lists every round in the
 * dashboard's order (contests by their most pressing round, a contest's rounds together) and
 * gives no contest or round id (blindness keeps ids out of the judge's view): the contest's title
 * tells them apart.
 */

export interface ContestGroup {
  title: string;
  rounds: JudgeDashboardRound[];
}

/** Consecutive rounds of one contest under one heading, in the order the API gave them. */
export function groupByContest(rounds: JudgeDashboardRound[]): ContestGroup[] {
  const contests: ContestGroup[] = [];
  for (const round of rounds) {
    const last = contests.at(-1);
    if (last?.title === round.round.contestTitle) last.rounds.push(round);
    else contests.push({ title: round.round.contestTitle, rounds: [round] });
  }
  return contests;
}
