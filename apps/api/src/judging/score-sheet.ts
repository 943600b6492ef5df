import { isOnScoreStep } from '@guong-sang/text';
import { appendAudit, getScoreSheet, listCriteria, saveScoreSheet, type Assignment, type Criterion, type Tx } from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';
import { adjudicateIfNeeded } from './adjudication.ts';
import { ownAssignment } from './own-assignment.ts';
import { assertRoundOpen } from './round-lock.ts';

/*
 * The score sheet, the one home of what a valid score is: a finite number on the criterion's
 * scale (min and max included) and on packages/text's half-point step, every criterion scored before a sheet is submitted. The rubric's
 * level bands (contests) are held to the same scale through `scoreOnScale`. The scoring package
 * re-checks the range as an invariant before adding up, so a bad value can never rank.
 */

/** Whether `value` is a score the criterion's scale allows. */
export function scoreOnScale(criterion: Pick<Criterion, 'min' | 'max'>, value: number): boolean {
  return Number.isFinite(value) && value >= criterion.min && value <= criterion.max;
}

/**
 * A judge's scores by criterion id, checked against the rubric: 400 for a criterion not in it,
 * a score off its scale, or (when submitting) a criterion left unscored.
 */
export function checkScores(
  criteria: readonly Criterion[],
  input: Readonly<Record<string, number>>,
  submit: boolean,
): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [key, value] of Object.entries(input)) {
    const criterion = criteria.find((c) => String(c.id) === key);
    if (!criterion) throw new DomainError(400, 'unknown_criterion');
    if (!scoreOnScale(criterion, value)) {
      throw new DomainError(400, 'score_out_of_range', { criterion: criterion.name, min: criterion.min, max: criterion.max });
    }
    if (!isOnScoreStep(value)) throw new DomainError(400, 'score_off_step', { criterion: criterion.name });
    scores.set(criterion.id, value);
  }
  const missing = criteria.filter((c) => !scores.has(c.id));
  if (submit && missing.length > 0) {
    throw new DomainError(400, 'scores_incomplete', { missing: missing.map((c) => c.name).join(', ') });
  }
  return scores;
}

/**
 * Saves (autosave) or submits the judge's sheet on their own assignment while its round is open;
 * audited. A submitted sheet can bring in a third reader at once (judging/adjudication.ts).
 */
export function saveJudgeScores(
  tx: Tx,
  judgeId: string,
  assignmentId: number,
  input: { scores: Readonly<Record<string, number>>; comment: string; submit: boolean; base?: string | null },
  now: Date,
): { assignment: Assignment; contestId: number } {
  const { assignment, round, contestId } = ownAssignment(tx, judgeId, assignmentId);
  assertRoundOpen(tx, round, now);
  const scores = checkScores(listCriteria(tx, contestId), input.scores, input.submit);
  const existing = getScoreSheet(tx, assignment.id);
  // Made on a sheet saved since (another tab): refused rather than replacing it, or turning the
  // sheet that tab submitted back into a draft. No base given: not checked.
  if (input.base !== undefined && input.base !== (existing?.updatedAt.toISOString() ?? null)) {
    throw new DomainError(409, 'sheet_changed_elsewhere');
  }
  // A submitted sheet changes only by submitting again: a draft saved on it (a stale page, a
  // script) would make the judge's submitted score stop counting without their knowing.
  if (!input.submit && existing?.status === 'submitted') throw new DomainError(409, 'sheet_submitted');
  // Each save gets a later `updatedAt` than the one before, even within a millisecond: it names one sheet.
  const at = !existing || now.getTime() > existing.updatedAt.getTime() ? now : new Date(existing.updatedAt.getTime() + 1);
  saveScoreSheet(tx, {
    assignmentId: assignment.id, comment: input.comment, status: input.submit ? 'submitted' : 'draft', scores, at,
  });
  appendAudit(tx, {
    actorId: judgeId, action: input.submit ? 'score.submitted' : 'score.saved', subjectType: 'assignment',
    subjectId: assignment.id, details: { scores: Object.fromEntries(scores) },
  });
  if (input.submit) adjudicateIfNeeded(tx, round, assignment.entryId, now);
  return { assignment, contestId };
}
