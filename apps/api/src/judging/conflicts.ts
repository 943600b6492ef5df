import {
  appendAudit, createConflict, deleteConflict, findEntryByCode, getConflict, getUser, listConflictsForEntries, listEntryAssignments,
  type Conflict, type Tx,
} from '@guong-sang/db';
import { notFound } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';
import { reassignAway, recuseChoices } from './recusal.ts';
import { roundsBeingJudged } from './round-lock.ts';

/*
 * Conflicts the organizer declares: the judge never reads the entry (judging/plan.ts keeps the
 * pair apart; a pair already assigned goes to another judge at once, and choices already made on
 * it stop counting). Audited; withdrawing one lets the next assignment run use the pair again, in
 * rounds where the judge had not been taken off the entry.
 */

/** Declares that `judgeId` must not read the contest's entry `entryCode`. */
export function declareConflict(
  tx: Tx,
  contestId: number,
  input: { judgeId: string; entryCode: string; reason: string },
  actorId: string,
  now: Date,
): Conflict {
  const entry = findEntryByCode(tx, input.entryCode.trim().toUpperCase());
  if (!entry || entry.contestId !== contestId || !getUser(tx, input.judgeId)) throw notFound();
  const reason = cleanLine(input.reason);
  // A pair in conflict already (declared, or a recusal) is kept once: a form sent twice would list
  // it twice, and withdrawing one row would leave the other. Its assignments are still handed over.
  const created = listConflictsForEntries(tx, [entry.id]).find((c) => c.judgeId === input.judgeId) ?? declare(tx, {
    judgeId: input.judgeId, entryId: entry.id, reason, createdAt: now,
  }, actorId);
  // A round still being judged hands the entry over, as a recusal does, or (comparative) stops
  // counting the judge's choices holding it.
  const why = reason ? `conflict: ${reason}` : 'conflict';
  for (const round of roundsBeingJudged(tx, contestId, now)) {
    if (round.method === 'comparative') {
      recuseChoices(tx, round, input.judgeId, entry.id, why, actorId, now);
      continue;
    }
    for (const assignment of listEntryAssignments(tx, round.id, entry.id)) {
      if (assignment.judgeId === input.judgeId && assignment.status === 'active') reassignAway(tx, round, assignment, why, actorId, now);
    }
  }
  return created;
}

/** Records a new conflict, audited. */
function declare(tx: Tx, conflict: { judgeId: string; entryId: number; reason: string; createdAt: Date }, actorId: string): Conflict {
  const created = createConflict(tx, conflict);
  appendAudit(tx, { actorId, action: 'conflict.declared', subjectType: 'entry', subjectId: conflict.entryId, details: { judgeId: conflict.judgeId } });
  return created;
}

/** Withdraws a declared conflict. */
export function withdrawConflict(tx: Tx, conflictId: number, actorId: string): void {
  const conflict = getConflict(tx, conflictId);
  if (!conflict || !deleteConflict(tx, conflict.id)) throw notFound();
  appendAudit(tx, {
    actorId, action: 'conflict.withdrawn', subjectType: 'entry', subjectId: conflict.entryId, details: { judgeId: conflict.judgeId },
  });
}
