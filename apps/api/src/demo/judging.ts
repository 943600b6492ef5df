import {
  appendAudit, createRound, getContestBySlug, listActiveAssignments, listContests, listCriteria, listRounds,
  saveScoreSheet, searchUsers, setRoundJudges, writeTransaction, type Db,
} from '@guong-sang/db';
import { commitPlan } from '../judging/commit.ts';
import { planAssignment } from '../judging/plan.ts';
import { DEMO_CONTEST_SLUG } from './contests.ts';
import { createRng, hashString } from './prng.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The earlier demo contest in its preliminary round: the eight demo judges assigned two readers
 * per entry, about two thirds of the sheets submitted and some drafts. Scores follow a hidden
 * quality per entry plus each judge's own severity, as real panels do, so results have
 * something to calibrate.
 */
export function seedDemoJudging(db: Db, now: Date, seed = 2026): void {
  const contest = listContests(db).find((c) => c.slug !== DEMO_CONTEST_SLUG && c.status === 'judging');
  if (!contest || !getContestBySlug(db, DEMO_CONTEST_SLUG) || listRounds(db, contest.id).length > 0) return;
  const judges = searchUsers(db, '', { role: 'judge', limit: 100 });
  const rng = createRng(hashString(`${seed}:judging`));
  writeTransaction(db, (tx) => {
    const organizer = searchUsers(tx, '', { role: 'organizer', limit: 1 })[0];
    const round = createRound(tx, {
      contestId: contest.id, name: 'Vòng sơ khảo', kind: 'preliminary', readersPerEntry: 2,
      opensAt: new Date(now.getTime() - 20 * DAY), closesAt: new Date(now.getTime() + 5 * DAY),
      createdAt: new Date(now.getTime() - 21 * DAY),
    });
    setRoundJudges(tx, round.id, judges.map((j) => ({ userId: j.id, maxLoad: null })), round.createdAt);
    const plan = planAssignment(tx, round, { seed });
    commitPlan(tx, round, plan, organizer?.id ?? judges[0]?.id ?? '', round.createdAt, seed, 'initial');
    appendAudit(tx, {
      actorId: organizer?.id ?? null, action: 'round.created', subjectType: 'round', subjectId: round.id, details: { name: round.name },
    });

    const criteria = listCriteria(tx, contest.id);
    const quality = new Map<number, number>();
    const severity = new Map(judges.map((j) => [j.id, rng.next() * 2.4 - 1.2]));
    for (const assignment of listActiveAssignments(tx, round.id)) {
      const roll = rng.next();
      if (roll > 0.75) continue;
      if (!quality.has(assignment.entryId)) quality.set(assignment.entryId, 4.5 + rng.next() * 4.5);
      const base = (quality.get(assignment.entryId) ?? 6) - (severity.get(assignment.judgeId) ?? 0);
      const scores = new Map(criteria.map((c) => {
        const value = Math.round(Math.min(c.max, Math.max(c.min, base + (rng.next() - 0.5) * 2)) * 2) / 2;
        return [c.id, value];
      }));
      const at = new Date(round.opensAt.getTime() + rng.next() * (now.getTime() - round.opensAt.getTime()));
      const submitted = roll < 0.65;
      saveScoreSheet(tx, {
        assignmentId: assignment.id, comment: submitted ? 'Bài viết chân thực, có sức lan tỏa.' : '',
        status: submitted ? 'submitted' : 'draft', scores, at,
      });
      appendAudit(tx, {
        actorId: assignment.judgeId, action: submitted ? 'score.submitted' : 'score.saved',
        subjectType: 'assignment', subjectId: assignment.id, details: { scores: Object.fromEntries(scores) },
      });
    }
  });
}
