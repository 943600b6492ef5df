import type { BlindSummary } from './types';

/*
 * A judge's assignments grouped by contest and round, for the judge's dashboard and the
 * "next entry" link after a sheet is submitted. The API gives no contest or round id (blindness
 * keeps ids out of the judge's view): the contest's title and the round's name and window tell
 * them apart.
 */

export interface RoundGroup {
  key: string;
  round: BlindSummary['round'];
  closed: boolean;
  /** Every assignment of the round, in code order. */
  assignments: BlindSummary[];
  submitted: number;
}

export interface ContestGroup {
  title: string;
  rounds: RoundGroup[];
}

const roundKey = (round: BlindSummary['round']) =>
  [round.contestTitle, round.name, round.opensAt, round.closesAt].join('\u0000');

/** "Not yet scored": no sheet, or a draft that was never submitted. */
export const unscored = (assignment: BlindSummary) => assignment.status !== 'submitted';

function byRound(assignments: BlindSummary[], now: number): RoundGroup[] {
  const collator = new Intl.Collator('vi');
  const groups = new Map<string, RoundGroup>();
  for (const assignment of assignments) {
    const key = roundKey(assignment.round);
    let group = groups.get(key);
    if (!group) {
      group = { key, round: assignment.round, closed: Date.parse(assignment.round.closesAt) <= now, assignments: [], submitted: 0 };
      groups.set(key, group);
    }
    group.assignments.push(assignment);
    if (assignment.status === 'submitted') group.submitted++;
  }
  for (const group of groups.values()) group.assignments.sort((a, b) => collator.compare(a.code, b.code));
  // Open rounds first, the nearest deadline on top; closed rounds after, the latest first.
  return [...groups.values()].sort((a, b) =>
    a.closed !== b.closed
      ? Number(a.closed) - Number(b.closed)
      : a.closed
        ? b.round.closesAt.localeCompare(a.round.closesAt)
        : a.round.closesAt.localeCompare(b.round.closesAt),
  );
}

/** Contests in the order of their most pressing round; within each, rounds as byRound orders them. */
export function groupAssignments(assignments: BlindSummary[], now: number): ContestGroup[] {
  const contests = new Map<string, ContestGroup>();
  for (const round of byRound(assignments, now)) {
    const title = round.round.contestTitle;
    let contest = contests.get(title);
    if (!contest) {
      contest = { title, rounds: [] };
      contests.set(title, contest);
    }
    contest.rounds.push(round);
  }
  return [...contests.values()];
}

/**
 * The assignment to read after `current`: the next one not yet scored in the same round, in
 * code order, wrapping round to the start; null when every other one is scored.
 */
export function nextUnscored(assignments: BlindSummary[], current: number): BlindSummary | null {
  const here = assignments.find((a) => a.id === current);
  if (!here) return null;
  const round = byRound(assignments, 0).find((group) => group.key === roundKey(here.round));
  const list = round?.assignments ?? [];
  const at = list.findIndex((a) => a.id === current);
  const after = [...list.slice(at + 1), ...list.slice(0, at)];
  return after.find(unscored) ?? null;
}
