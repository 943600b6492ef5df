import {
  appendAudit, countActiveOrganizers, getUser, getUserRoles, setUserRoles, type DbOrTx, type Role, type User,
} from '@guong-sang/db';
import { DomainError, notFound } from '../lib/errors.ts';

/**
 * The contest needs someone who can run it: the last active organizer can neither lose the role
 * nor be deactivated. `tx` must be a write transaction, so two organizers removing each other at
 * once cannot both pass.
 */
export function refuseLosingLastOrganizer(tx: DbOrTx, user: User): void {
  const isActiveOrganizer = !user.deactivatedAt && getUserRoles(tx, user.id).includes('organizer');
  if (isActiveOrganizer && countActiveOrganizers(tx) <= 1) throw new DomainError(409, 'last_organizer');
}

/** Grants and removes roles (audited). The caller ends the person's sessions. */
export function changeRoles(tx: DbOrTx, actorId: string, userId: string, roles: Role[]): void {
  const user = getUser(tx, userId);
  if (!user) throw notFound();
  const before = getUserRoles(tx, userId);
  if (before.includes('organizer') && !roles.includes('organizer')) refuseLosingLastOrganizer(tx, user);
  setUserRoles(tx, userId, roles);
  appendAudit(tx, {
    actorId, action: 'user.roles_changed', subjectType: 'user', subjectId: userId,
    details: { before, after: roles },
  });
}
