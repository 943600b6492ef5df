import {
  appendAudit, createAssignments, getRound, listActiveAssignments, updateRound, type DbOrTx, type Round, type Tx,
} from '@guong-sang/db';
import { createRng, type JudgeEntryPair } from '@guong-sang/scoring';
import { assertResultsOpen } from '../contests/finality.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { queueAssignmentNotices } from '../mail/contest-notices.ts';
import { planAssignment, type AssignmentPlan } from './plan.ts';

/** Commits a plan of the whole round (see `commitAdded`). */
export function commitPlan(
  tx: DbOrTx,
  round: Round,
  plan: AssignmentPlan,
  actorId: string | null,
  now: Date,
  seed: number,
  origin?: 'initial' | 'reassignment',
): void {
  commitAdded(tx, round, { added: plan.result.added, unassignable: plan.result.unassignable.length }, actorId, now, seed, origin);
}

/**
 * Inserts new assignments in an order shuffled by the seed, so assignment ids say nothing about
 * entry order, and records the seed and an audit row; the judges are told by mail.
 */
export function commitAdded(
  tx: DbOrTx,
  round: Round,
  plan: { added: readonly JudgeEntryPair[]; unassignable: number },
  actorId: string | null,
  now: Date,
  seed: number,
  origin: 'initial' | 'reassignment' | 'adjudication' = listActiveAssignments(tx, round.id).length === 0 ? 'initial' : 'reassignment',
  /** Keep the organizer's seed on the round: automatic top-ups (recusal, adjudication) pass false. */
  recordSeed = true,
): void {
  const rows = createRng(seed).shuffle(plan.added.map((pair) => ({
    roundId: round.id, entryId: Number(pair.entryId), judgeId: String(pair.judgeId), origin, createdAt: now,
  })));
  createAssignments(tx, rows);
  queueAssignmentNotices(tx, round, rows, now);
  if (recordSeed) updateRound(tx, round.id, { assignmentSeed: seed });
  appendAudit(tx, {
    actorId, action: 'assignment.committed', subjectType: 'round', subjectId: round.id,
    details: { seed, added: rows.length, origin, unassignable: plan.unassignable },
  });
}

/** The organizer's run: plans the round's assignment from `seed` and commits it. */
export function assignRound(tx: Tx, roundId: number, seed: number, actorId: string, now: Date): { round: Round; plan: AssignmentPlan } {
  const round = getRound(tx, roundId);
  if (!round) throw notFound();
  assertResultsOpen(tx, round.contestId);
  // A comparative round has no assignments: its judges are served pairs (judging/comparisons.ts).
  if (round.method === 'comparative') throw new DomainError(409, 'round_is_comparative');
  const plan = planAssignment(tx, round, { seed });
  commitPlan(tx, round, plan, actorId, now, seed);
  return { round, plan };
}
