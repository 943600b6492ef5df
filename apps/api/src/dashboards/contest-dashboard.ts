import {
  contestProgress, countEntriesByStatus, getContest, judgingProgressByJudge, judgingProgressByRound,
  listContests, participationByUnit, submissionsPerDay, type DbOrTx,
} from '@guong-sang/db';
import { notFound } from '../lib/errors.ts';
import { nextStep } from './next-step.ts';
import { sortParticipation, type ParticipationSort } from './participation.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const collator = new Intl.Collator('vi');

/** One contest's figures for its organizer: submissions, participation, judging and the queues. */
export function contestDashboard(
  db: DbOrTx,
  contestId: number,
  options: { sort: ParticipationSort; order: 'asc' | 'desc' },
) {
  const contest = getContest(db, contestId);
  if (!contest) throw notFound();
  const entries = countEntriesByStatus(db, contest.id);
  const units = participationByUnit(db, contest.id);
  const rounds = judgingProgressByRound(db, contest.id);
  const judges = judgingProgressByJudge(db, contest.id);
  const submitted = entries.submitted + entries.disqualified;
  const headcount = units.reduce((sum, u) => sum + u.headcount, 0);
  return {
    contest: {
      id: contest.id,
      title: contest.title,
      status: contest.status,
      submissionOpensAt: contest.submissionOpensAt.toISOString(),
      submissionClosesAt: contest.submissionClosesAt.toISOString(),
    },
    entries,
    submissionsPerDay: submissionsPerDay(db, contest.id),
    participation: {
      entries: submitted,
      headcount,
      rate: headcount > 0 ? submitted / headcount : null,
      unitsTakingPart: units.filter((u) => u.entries > 0).length,
      sort: options.sort,
      order: options.order,
      units: sortParticipation(units, options.sort, options.order),
    },
    rounds: rounds.map((round) => ({
      id: round.roundId,
      name: round.name,
      kind: round.kind,
      opensAt: iso(round.opensAt),
      closesAt: iso(round.closesAt),
      assigned: round.assigned,
      submitted: round.submitted,
      judges: judges.filter((j) => j.roundId === round.roundId)
        .sort((a, b) => collator.compare(a.name, b.name))
        .map(({ judgeId, name, assigned, submitted: done }) => ({ id: judgeId, name, assigned, submitted: done })),
    })),
    queues: {
      /** Submitted entries the organizer may still screen (disqualified ones were screened). */
      screening: { submitted: entries.submitted, disqualified: entries.disqualified },
      adjudication: rounds.filter((r) => r.adjudication > 0).map((r) => ({
        roundId: r.roundId, name: r.name, thirdReadings: r.adjudication, pending: r.adjudicationPending,
      })),
    },
  };
}

/** Every contest with its figures and the organizer's next step, the contest being run now first. */
export function organizerOverview(db: DbOrTx, now: Date) {
  const progress = new Map(contestProgress(db).map((p) => [p.contestId, p]));
  return listContests(db)
    .sort((a, b) => b.submissionOpensAt.getTime() - a.submissionOpensAt.getTime() || b.id - a.id)
    .flatMap((contest) => {
      const p = progress.get(contest.id);
      if (!p) return [];
      return [{
        id: contest.id,
        title: contest.title,
        status: contest.status,
        submissionOpensAt: contest.submissionOpensAt.toISOString(),
        submissionClosesAt: contest.submissionClosesAt.toISOString(),
        entries: p.entries,
        rounds: p.rounds,
        lastRoundId: p.lastRoundId,
        awards: p.awards,
        nextStep: nextStep(contest, p, now),
      }];
    });
}
