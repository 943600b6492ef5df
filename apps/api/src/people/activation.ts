import {
  appendAudit, deactivateUser, getPerson, getUser, reactivateUser, usePasswordTokens, type DbOrTx, type PersonRow,
} from '@guong-sang/db';
import { DomainError, notFound } from '../lib/errors.ts';
import { refuseLosingLastOrganizer } from './roles.ts';

/**
 * Deactivates a person: they can no longer sign in (login says why once their password is
 * right) and the caller ends their sessions. Nothing of theirs is deleted: entries, scores and
 * the audit trail stay, and reactivation gives the account back as it was. An organizer cannot
 * deactivate themself (they would lock themself out) nor the last active organizer.
 */
export function deactivatePerson(tx: DbOrTx, actorId: string, userId: string, now: Date): PersonRow {
  const user = getUser(tx, userId);
  if (!user) throw notFound();
  if (userId === actorId) throw new DomainError(409, 'cannot_deactivate_self');
  if (!user.deactivatedAt) {
    refuseLosingLastOrganizer(tx, user);
    deactivateUser(tx, userId, now);
    // Links issued before (reset, invitation) must not work again after a reactivation.
    usePasswordTokens(tx, [userId], now);
    appendAudit(tx, { actorId, action: 'user.deactivated', subjectType: 'user', subjectId: userId });
  }
  return person(tx, userId);
}

export function reactivatePerson(tx: DbOrTx, actorId: string, userId: string): PersonRow {
  const user = getUser(tx, userId);
  if (!user) throw notFound();
  if (user.deactivatedAt) {
    reactivateUser(tx, userId);
    appendAudit(tx, { actorId, action: 'user.reactivated', subjectType: 'user', subjectId: userId });
  }
  return person(tx, userId);
}

function person(tx: DbOrTx, userId: string): PersonRow {
  const found = getPerson(tx, userId);
  if (!found) throw notFound();
  return found;
}
