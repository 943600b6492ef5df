import type { Contest, ContestProgress } from '@guong-sang/db';

export const NEXT_STEPS = ['setup', 'submissions', 'screening', 'rounds', 'results', 'awards', 'publication', 'done'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

/**
 * Where a contest stands, as the organizer's next piece of work: the first step of the contest
 * (DESIGN.md, "The contest, step by step") that is not yet done.
 */
export function nextStep(contest: Contest, progress: ContestProgress, now: Date): NextStep {
  if (contest.status === 'draft') return 'setup';
  if (now < contest.submissionClosesAt) return 'submissions';
  if (progress.rounds === 0) return 'screening';
  if (progress.roundsUnassigned > 0 || (progress.lastRoundClosesAt ?? 0) > now.getTime()) return 'rounds';
  if (!contest.awardsFinalizedAt) return progress.awards === 0 ? 'results' : 'awards';
  if (!contest.publishedAt || contest.publishedAt > now) return 'publication';
  return 'done';
}
