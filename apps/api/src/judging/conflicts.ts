import {
  appendAudit, createConflict, deleteConflict, findEntryByCode, getConflict, getUser, type Conflict, type Tx,
} from '@guong-sang/db';
import { notFound } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';

/*
 * Conflicts the organizer declares: the judge never reads the entry (judging/plan.ts keeps the
 * pair apart). Audited; withdrawing one lets the next assignment run use the pair again.
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
  const created = createConflict(tx, { judgeId: input.judgeId, entryId: entry.id, reason: cleanLine(input.reason), createdAt: now });
  appendAudit(tx, { actorId, action: 'conflict.declared', subjectType: 'entry', subjectId: entry.id, details: { judgeId: input.judgeId } });
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
