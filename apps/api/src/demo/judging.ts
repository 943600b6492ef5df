import {
  appendAudit, createComparison, createRound, getContestBySlug, listActiveAssignments, listContests, listCriteria,
  listRoundEntryIds, listRoundJudges, listRounds,
  saveScoreSheet, searchUsers, setRoundEntries, setRoundJudges, writeTransaction, type Assignment, type Contest,
  type Db, type Round, type Tx,
} from '@guong-sang/db';
import { comparisonsTarget } from '@guong-sang/scoring';
import { roundToScoreStep } from '@guong-sang/text';
import { adjudicateIfNeeded } from '../judging/adjudication.ts';
import { commitPlan } from '../judging/commit.ts';
import { servedPair } from '../judging/comparisons.ts';
import { planAssignment } from '../judging/plan.ts';
import { entryRoundScores, shortlist } from '../judging/round-scores.ts';
import { queueDeadlineReminders } from '../mail/reminders.ts';
import { DEMO_CONTEST_SLUG, DEMO_JUDGING_SLUG_PREFIX } from './contests.ts';
import { hashString } from '../lib/hash-string.ts';
import { createRng } from './prng.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * A demo panel for one contest: every demo judge, each with their own severity. Scores follow a
 * hidden quality per entry plus the judge's severity, as real panels do, so the results have
 * something to calibrate.
 */
export function demoPanel(db: Db | Tx, contest: Contest, seed: number) {
  const judges = searchUsers(db, '', { role: 'judge', limit: 100 });
  const rng = createRng(hashString(`${seed}:judging:${contest.slug}`));
  const criteria = listCriteria(db, contest.id);
  const quality = new Map<number, number>();
  const qualityOf = (entryId: number) => {
    if (!quality.has(entryId)) quality.set(entryId, 4.5 + rng.next() * 4.5);
    return quality.get(entryId) ?? 6;
  };
  const severity = new Map(judges.map((j) => [j.id, rng.next() * 2.4 - 1.2]));
  const organizerId = searchUsers(db, '', { role: 'organizer', limit: 1 })[0]?.id ?? null;
  const scoresFor = (entryId: number, judgeId: string) => {
    const base = qualityOf(entryId) + (severity.get(judgeId) ?? 0);
    return new Map(criteria.map((c) => {
      const value = roundToScoreStep(Math.min(c.max, Math.max(c.min, base + (rng.next() - 0.5) * 1.6)));
      return [c.id, value];
    }));
  };
  const between = (from: Date, to: Date) => new Date(from.getTime() + rng.next() * (to.getTime() - from.getTime()));
  return {
    rng,
    organizerId,
    between,
    score(tx: Tx, assignment: Assignment, at: Date, submitted: boolean) {
      const scores = scoresFor(assignment.entryId, assignment.judgeId);
      saveScoreSheet(tx, {
        assignmentId: assignment.id, comment: submitted ? 'Bài viết chân thực, có sức lan tỏa.' : '',
        status: submitted ? 'submitted' : 'draft', scores, at,
      });
      appendAudit(tx, {
        actorId: assignment.judgeId, action: submitted ? 'score.submitted' : 'score.saved',
        subjectType: 'assignment', subjectId: assignment.id, details: { scores: Object.fromEntries(scores) },
      });
    },
    /** A judge's choice between two entries: the better one wins more often, as real panels choose. */
    choose(tx: Tx, round: Round, judgeId: string, pair: [number, number], at: Date) {
      const [left, right] = pair;
      const leftWins = rng.next() < 1 / (1 + Math.exp(qualityOf(right) - qualityOf(left)));
      const winner = leftWins ? left : right;
      const made = createComparison(tx, { roundId: round.id, judgeId, leftEntryId: left, rightEntryId: right, winnerEntryId: winner, note: '', createdAt: at });
      appendAudit(tx, {
        actorId: judgeId, action: 'comparison.made', subjectType: 'round', subjectId: round.id,
        details: { comparisonId: made.id, left, right, winner },
      });
    },
    newRound(tx: Tx, values: { name: string; kind: 'preliminary' | 'final'; method?: Round['method']; opensAt: Date; closesAt: Date }): Round {
      const round = createRound(tx, {
        ...values, contestId: contest.id, readersPerEntry: 2, createdAt: new Date(values.opensAt.getTime() - DAY),
        ...(values.method === 'comparative' && { assignmentSeed: seed }),
      });
      appendAudit(tx, { actorId: organizerId, action: 'round.created', subjectType: 'round', subjectId: round.id, details: { name: round.name } });
      setRoundJudges(tx, round.id, judges.map((j) => ({ userId: j.id, maxLoad: null })), round.createdAt);
      return round;
    },
    assign(tx: Tx, round: Round) {
      commitPlan(tx, round, planAssignment(tx, round, { seed }), organizerId, round.createdAt, seed, 'initial');
    },
  };
}

/** A closed preliminary round: every sheet submitted, third readers where two disagreed. */
export function runPreliminaryRound(tx: Tx, panel: ReturnType<typeof demoPanel>, window: { opensAt: Date; closesAt: Date }): Round {
  const round = panel.newRound(tx, { name: 'Vòng sơ khảo', kind: 'preliminary', ...window });
  panel.assign(tx, round);
  for (const assignment of listActiveAssignments(tx, round.id)) {
    const at = panel.between(round.opensAt, round.closesAt);
    panel.score(tx, assignment, at, true);
    adjudicateIfNeeded(tx, round, assignment.entryId, at);
  }
  // Third readers added by adjudication score too, before the round closed.
  for (const assignment of listActiveAssignments(tx, round.id).filter((a) => a.origin === 'adjudication')) {
    panel.score(tx, assignment, new Date(round.closesAt.getTime() - DAY), true);
  }
  return round;
}

/** The final round on the preliminary round's shortlist, read by every judge. */
export function startFinalRound(tx: Tx, panel: ReturnType<typeof demoPanel>, preliminary: Round, window: { opensAt: Date; closesAt: Date }, size: number): Round {
  const round = panel.newRound(tx, { name: 'Vòng chung khảo', kind: 'final', ...window });
  setRoundEntries(tx, round.id, shortlist(entryRoundScores(tx, preliminary), size));
  panel.assign(tx, round);
  return round;
}

/**
 * The final round judged by comparison instead, on the same shortlist: open, with most of the
 * panel's choices already made (pairs served as a judge would get them).
 */
export function startComparativeFinalRound(tx: Tx, panel: ReturnType<typeof demoPanel>, final: Round, now: Date): Round {
  const round = panel.newRound(tx, { name: 'Vòng chung khảo (so sánh từng cặp)', kind: 'final', method: 'comparative', opensAt: final.opensAt, closesAt: final.closesAt });
  setRoundEntries(tx, round.id, listRoundEntryIds(tx, final.id));
  const judges = listRoundJudges(tx, round.id).map((j) => j.userId);
  const choices = Math.floor(comparisonsTarget(listRoundEntryIds(tx, round.id).length, round.comparisonsPerEntry) * 0.8);
  // Judges take turns; one with nothing left to compare is skipped, and when none has, it stops.
  let made = 0;
  for (let turn = 0, idle = 0; made < choices && idle < judges.length; turn += 1) {
    const judgeId = judges[turn % judges.length] ?? '';
    const pair = servedPair(tx, round, judgeId, now);
    idle = pair ? 0 : idle + 1;
    if (!pair) continue;
    panel.choose(tx, round, judgeId, pair, panel.between(round.opensAt, now));
    made += 1;
  }
  return round;
}

/**
 * The earlier demo contest after its preliminary round (closed two days ago) and in its final
 * round (open: the shortlist read by every judge, about half scored, closing in 40 hours so the
 * outbox holds its deadline reminders), also offered as a comparative round with most choices made.
 */
export function seedDemoJudging(db: Db, now: Date, seed = 2026): void {
  const contest = listContests(db).find((c) => c.slug.startsWith(DEMO_JUDGING_SLUG_PREFIX));
  if (!contest || !getContestBySlug(db, DEMO_CONTEST_SLUG) || listRounds(db, contest.id).length > 0) return;
  const panel = demoPanel(db, contest, seed);
  writeTransaction(db, (tx) => {
    const preliminary = runPreliminaryRound(tx, panel, { opensAt: new Date(now.getTime() - 20 * DAY), closesAt: new Date(now.getTime() - 2 * DAY) });
    // Closing in 40 hours: the judges with sheets left get their 48-hour reminder (below).
    const final = startFinalRound(tx, panel, preliminary, { opensAt: new Date(now.getTime() - DAY), closesAt: new Date(now.getTime() + 40 * HOUR) }, 10);
    for (const assignment of listActiveAssignments(tx, final.id)) {
      const roll = panel.rng.next();
      if (roll < 0.6) panel.score(tx, assignment, panel.between(final.opensAt, now), roll < 0.45);
    }
    startComparativeFinalRound(tx, panel, final, now);
  });
  queueDeadlineReminders(db, now);
}
