import {
  appendAudit, createRound, getContestBySlug, listActiveAssignments, listContests, listCriteria, listRounds,
  saveScoreSheet, searchUsers, setRoundEntries, setRoundJudges, writeTransaction, type Assignment, type Db, type Tx,
} from '@guong-sang/db';
import { adjudicateIfNeeded } from '../judging/adjudication.ts';
import { commitPlan } from '../judging/commit.ts';
import { planAssignment } from '../judging/plan.ts';
import { entryRoundScores, shortlist } from '../judging/round-scores.ts';
import { DEMO_CONTEST_SLUG } from './contests.ts';
import { createRng, hashString } from './prng.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The earlier demo contest after its preliminary round (closed two days ago: every sheet
 * submitted, third readers where two disagreed) and in its final round (open: the shortlist
 * read by every judge, about half scored). Scores follow a hidden quality per entry plus each
 * judge's own severity, as real panels do, so the results have something to calibrate.
 */
export function seedDemoJudging(db: Db, now: Date, seed = 2026): void {
  const contest = listContests(db).find((c) => c.slug !== DEMO_CONTEST_SLUG && c.status === 'judging');
  if (!contest || !getContestBySlug(db, DEMO_CONTEST_SLUG) || listRounds(db, contest.id).length > 0) return;
  const judges = searchUsers(db, '', { role: 'judge', limit: 100 });
  const rng = createRng(hashString(`${seed}:judging`));
  const criteria = listCriteria(db, contest.id);
  const quality = new Map<number, number>();
  const severity = new Map(judges.map((j) => [j.id, rng.next() * 2.4 - 1.2]));
  const scoresFor = (entryId: number, judgeId: string) => {
    if (!quality.has(entryId)) quality.set(entryId, 4.5 + rng.next() * 4.5);
    const base = (quality.get(entryId) ?? 6) + (severity.get(judgeId) ?? 0);
    return new Map(criteria.map((c) => {
      const value = Math.round(Math.min(c.max, Math.max(c.min, base + (rng.next() - 0.5) * 1.6)) * 2) / 2;
      return [c.id, value];
    }));
  };
  const score = (tx: Tx, assignment: Assignment, at: Date, submitted: boolean) => {
    const scores = scoresFor(assignment.entryId, assignment.judgeId);
    saveScoreSheet(tx, {
      assignmentId: assignment.id, comment: submitted ? 'Bài viết chân thực, có sức lan tỏa.' : '',
      status: submitted ? 'submitted' : 'draft', scores, at,
    });
    appendAudit(tx, {
      actorId: assignment.judgeId, action: submitted ? 'score.submitted' : 'score.saved',
      subjectType: 'assignment', subjectId: assignment.id, details: { scores: Object.fromEntries(scores) },
    });
  };
  const between = (from: Date, to: Date) => new Date(from.getTime() + rng.next() * (to.getTime() - from.getTime()));

  writeTransaction(db, (tx) => {
    const organizer = searchUsers(tx, '', { role: 'organizer', limit: 1 })[0];
    const newRound = (values: { name: string; kind: 'preliminary' | 'final'; opensAt: Date; closesAt: Date }) => {
      const round = createRound(tx, { ...values, contestId: contest.id, readersPerEntry: 2, createdAt: new Date(values.opensAt.getTime() - DAY) });
      appendAudit(tx, { actorId: organizer?.id ?? null, action: 'round.created', subjectType: 'round', subjectId: round.id, details: { name: round.name } });
      setRoundJudges(tx, round.id, judges.map((j) => ({ userId: j.id, maxLoad: null })), round.createdAt);
      return round;
    };

    const preliminary = newRound({
      name: 'Vòng sơ khảo', kind: 'preliminary', opensAt: new Date(now.getTime() - 20 * DAY), closesAt: new Date(now.getTime() - 2 * DAY),
    });
    commitPlan(tx, preliminary, planAssignment(tx, preliminary, { seed }), organizer?.id ?? null, preliminary.createdAt, seed, 'initial');
    for (const assignment of listActiveAssignments(tx, preliminary.id)) {
      const at = between(preliminary.opensAt, preliminary.closesAt);
      score(tx, assignment, at, true);
      adjudicateIfNeeded(tx, preliminary, assignment.entryId, at);
    }
    // Third readers added by adjudication score too, before the round closed.
    for (const assignment of listActiveAssignments(tx, preliminary.id).filter((a) => a.origin === 'adjudication')) {
      score(tx, assignment, new Date(preliminary.closesAt.getTime() - DAY), true);
    }

    const final = newRound({
      name: 'Vòng chung khảo', kind: 'final', opensAt: new Date(now.getTime() - DAY), closesAt: new Date(now.getTime() + 7 * DAY),
    });
    setRoundEntries(tx, final.id, shortlist(entryRoundScores(tx, preliminary), 10));
    commitPlan(tx, final, planAssignment(tx, final, { seed }), organizer?.id ?? null, final.createdAt, seed, 'initial');
    for (const assignment of listActiveAssignments(tx, final.id)) {
      const roll = rng.next();
      if (roll < 0.6) score(tx, assignment, between(final.opensAt, now), roll < 0.45);
    }
  });
}
