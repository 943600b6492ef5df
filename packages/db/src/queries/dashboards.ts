import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { liveAssignment } from './live-assignment.ts';

/*
 * Aggregates for the organizer's dashboards, computed in SQL so they stay fast at 61,000 people
 * and tens of thousands of entries. An entry counts once it was submitted and until it is
 * withdrawn (disqualified entries were submitted, so they count).
 */

/** Vietnam has no daylight saving: its day is the UTC day of the instant plus 7 hours. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface DayCount { day: string; count: number; cumulative: number }

/** Entries by the Vietnam day of their first submission, with the running total. */
export function submissionsPerDay(db: DbOrTx, contestId: number): DayCount[] {
  return db.all<DayCount>(sql`
    select day, count, sum(count) over (order by day) as cumulative from (
      select strftime('%Y-%m-%d', (v.submitted_at + ${VIETNAM_OFFSET_MS}) / 1000, 'unixepoch') as day, count(*) as count
      from entries e join entry_versions v on v.entry_id = e.id and v.version = 1
      where e.contest_id = ${contestId} and e.status in ('submitted', 'disqualified')
      group by day
    ) order by day`);
}

export interface EntryStatusCounts { draft: number; submitted: number; withdrawn: number; disqualified: number }

export interface UnitParticipation { unitId: number; name: string; headcount: number; entries: number }

/** Every unit with its headcount and its submitted entries in the contest (zero included). */
export function participationByUnit(db: DbOrTx, contestId: number): UnitParticipation[] {
  return db.all<UnitParticipation>(sql`
    select u.id as unitId, u.name as name, u.headcount as headcount, coalesce(c.n, 0) as entries
    from units u left join (
      select p.unit_id as unit_id, count(*) as n
      from entries e join users p on p.id = e.author_id
      where e.contest_id = ${contestId} and e.status in ('submitted', 'disqualified')
      group by p.unit_id
    ) c on c.unit_id = u.id`);
}

export interface RoundProgress {
  roundId: number;
  name: string;
  kind: 'preliminary' | 'final';
  opensAt: number;
  closesAt: number;
  /** Live readings (live-assignment.ts: active, on an entry still in the contest). */
  assigned: number;
  submitted: number;
  /** Readings by third readers, and how many of them are still unscored. */
  adjudication: number;
  adjudicationPending: number;
}

export function judgingProgressByRound(db: DbOrTx, contestId: number): RoundProgress[] {
  return db.all<RoundProgress>(sql`
    select r.id as roundId, r.name as name, r.kind as kind, r.opens_at as opensAt, r.closes_at as closesAt,
      count(assignments.id) as assigned,
      coalesce(sum(s.status = 'submitted'), 0) as submitted,
      coalesce(sum(assignments.origin = 'adjudication'), 0) as adjudication,
      coalesce(sum(assignments.origin = 'adjudication' and coalesce(s.status, '') <> 'submitted'), 0) as adjudicationPending
    from rounds r
    left join assignments on assignments.round_id = r.id and ${liveAssignment}
    left join score_sheets s on s.assignment_id = assignments.id
    where r.contest_id = ${contestId}
    group by r.id order by r.opens_at, r.id`);
}

export interface JudgeProgress { roundId: number; judgeId: string; name: string; assigned: number; submitted: number }

/** Each judge's live readings per round of the contest. */
export function judgingProgressByJudge(db: DbOrTx, contestId: number): JudgeProgress[] {
  return db.all<JudgeProgress>(sql`
    select assignments.round_id as roundId, assignments.judge_id as judgeId, p.full_name as name,
      count(*) as assigned, coalesce(sum(s.status = 'submitted'), 0) as submitted
    from rounds r
    join assignments on assignments.round_id = r.id and ${liveAssignment}
    join users p on p.id = assignments.judge_id
    left join score_sheets s on s.assignment_id = assignments.id
    where r.contest_id = ${contestId}
    group by assignments.round_id, assignments.judge_id`);
}

export interface ContestProgress {
  contestId: number;
  entries: EntryStatusCounts;
  rounds: number;
  /** Rounds without any reading assigned yet. */
  roundsUnassigned: number;
  /** The round that closes last (the latest results), if any. */
  lastRoundId: number | null;
  lastRoundClosesAt: number | null;
  awards: number;
}

/** What the organizer's home needs to say where each contest stands. */
export function contestProgress(db: DbOrTx): ContestProgress[] {
  const rows = db.all<{
    contestId: number; draft: number; submitted: number; withdrawn: number; disqualified: number;
    rounds: number; roundsUnassigned: number; lastRoundId: number | null; lastRoundClosesAt: number | null; awards: number;
  }>(sql`
    select c.id as contestId,
      (select count(*) from entries e where e.contest_id = c.id and e.status = 'draft') as draft,
      (select count(*) from entries e where e.contest_id = c.id and e.status = 'submitted') as submitted,
      (select count(*) from entries e where e.contest_id = c.id and e.status = 'withdrawn') as withdrawn,
      (select count(*) from entries e where e.contest_id = c.id and e.status = 'disqualified') as disqualified,
      (select count(*) from rounds r where r.contest_id = c.id) as rounds,
      (select count(*) from rounds r where r.contest_id = c.id
        and not exists (select 1 from assignments a where a.round_id = r.id)) as roundsUnassigned,
      (select r.id from rounds r where r.contest_id = c.id order by r.closes_at desc, r.id desc limit 1) as lastRoundId,
      (select max(r.closes_at) from rounds r where r.contest_id = c.id) as lastRoundClosesAt,
      (select count(*) from awards w where w.contest_id = c.id and w.revoked_at is null) as awards
    from contests c`);
  return rows.map(({ draft, submitted, withdrawn, disqualified, ...rest }) =>
    ({ ...rest, entries: { draft, submitted, withdrawn, disqualified } }));
}
