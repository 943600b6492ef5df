import { countJudgeRounds, listJudgeDashboardPage, type DbOrTx, type JudgeRoundCount } from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';
import { blindDashboardSummary, blindRoundFields } from './blind-view.ts';

/** About a screenful, as the screening list pages. */
export const DASHBOARD_PAGE_SIZE = 50;

export interface DashboardQuery {
  page: number;
  pageSize: number;
  /** `unscored`: only what is not yet submitted (no sheet, or a draft). */
  show: 'all' | 'unscored';
}

const isClosed = (round: JudgeRoundCount, now: Date) => round.closesAt.getTime() <= now.getTime();

/** Open rounds first, the nearest deadline on top; closed rounds after, the latest first. */
function byUrgency(now: Date) {
  return (a: JudgeRoundCount, b: JudgeRoundCount) => {
    const closedA = isClosed(a, now);
    if (closedA !== isClosed(b, now)) return Number(closedA) - Number(isClosed(b, now));
    const byDeadline = closedA ? b.closesAt.getTime() - a.closesAt.getTime() : a.closesAt.getTime() - b.closesAt.getTime();
    return byDeadline || a.roundId - b.roundId;
  };
}

/**
 * The order of the judge's dashboard: contests in the order of their most pressing round, and
 * within each contest its rounds by urgency (a judge has a handful of rounds, so this runs on the
 * counted rows; the assignments themselves are ordered and paged in SQL by this round order).
 */
export function dashboardRoundOrder(rounds: JudgeRoundCount[], now: Date): JudgeRoundCount[] {
  const urgent = [...rounds].sort(byUrgency(now));
  const contestRank = new Map<number, number>();
  for (const round of urgent) if (!contestRank.has(round.contestId)) contestRank.set(round.contestId, contestRank.size);
  return urgent.sort((a, b) => contestRank.get(a.contestId)! - contestRank.get(b.contestId)! || byUrgency(now)(a, b));
}

/**
 * One page of the judge's dashboard: every round with its progress (counted in SQL) and the
 * page's assignments under their round, in the dashboard's order (rounds as
 * dashboardRoundOrder puts them, then entry code). A page past the last is refused, so a stale
 * link says so rather than showing an empty list.
 */
export function judgeDashboardPage(db: DbOrTx, judgeId: string, query: DashboardQuery, now: Date) {
  const rounds = dashboardRoundOrder(countJudgeRounds(db, judgeId), now);
  const unscoredOnly = query.show === 'unscored';
  const listed = (round: JudgeRoundCount) => (unscoredOnly ? round.assigned - round.submitted : round.assigned);
  const total = rounds.reduce((sum, round) => sum + listed(round), 0);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (query.page > pages) throw new DomainError(400, 'page_beyond_last', { page: query.page, pages });
  const rows = listJudgeDashboardPage(db, judgeId, {
    roundOrder: rounds.map((round) => round.roundId), unscoredOnly,
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  });
  let before = 0;
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts: {
      all: rounds.reduce((sum, round) => sum + round.assigned, 0),
      unscored: rounds.reduce((sum, round) => sum + round.assigned - round.submitted, 0),
    },
    rounds: rounds.map((round) => {
      const firstPage = listed(round) === 0 ? null : Math.floor(before / query.pageSize) + 1;
      before += listed(round);
      return {
        round: blindRoundFields(round, now),
        closed: isClosed(round, now),
        assigned: round.assigned,
        submitted: round.submitted,
        unscored: round.assigned - round.submitted,
        firstPage,
        assignments: rows.filter((row) => row.roundId === round.roundId).map((row) => blindDashboardSummary(row, round, now)),
      };
    }),
  };
}
