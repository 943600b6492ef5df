import {
  appendAudit, createPasswordToken, deleteUserSessions, findPasswordToken, findUserByEmail, getUser, setPasswordHash,
  usePasswordTokens, writeTransaction, type Db, type DbOrTx, type Tx, type User,
} from '@guong-sang/db';
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, notFound } from '../lib/errors.ts';
import { queueUserMail } from '../mail/queue.ts';
import { invitationMail, passwordResetMail } from '../mail/templates.ts';
import { hashPassword, isAcceptablePassword } from './passwords.ts';

/** A reset link works for an hour; an invitation for a week. */
export const RESET_LINK_MS = 3600_000;
export const INVITATION_LINK_MS = 7 * 24 * 3600_000;

/** Only the hash is stored: a copy of the database cannot be used to set anyone's password. */
const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new one-time link for `user`; the unused ones it had stop working. */
function newPasswordLink(tx: DbOrTx, userId: string, purpose: 'reset' | 'invitation', now: Date) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + (purpose === 'reset' ? RESET_LINK_MS : INVITATION_LINK_MS));
  usePasswordTokens(tx, [userId], now);
  createPasswordToken(tx, { tokenHash: tokenHash(token), userId, purpose, expiresAt, createdAt: now });
  return { token, expiresAt };
}

/**
 * "Quên mật khẩu": mails a one-time reset link to the active account with this (normalized)
 * e-mail, if there is one. Says nothing either way: the caller answers the same for any e-mail.
 */
export function requestPasswordReset(tx: Tx, email: string, now: Date): void {
  const user = findUserByEmail(tx, email);
  if (!user || user.deactivatedAt) return;
  const link = newPasswordLink(tx, user.id, 'reset', now);
  queueUserMail(tx, user.id, 'password_reset', (locale, person) => passwordResetMail(locale, person.fullName, link), now);
  appendAudit(tx, { actorId: null, action: 'user.password_reset_requested', subjectType: 'user', subjectId: user.id });
}

/**
 * Invites people the organizers added (the people import calls this): each gets a link to set
 * their password, valid for a week, by mail. Answers how many were invited (active people only).
 */
export function inviteUsers(tx: Tx, userIds: string[], actorId: string, now: Date): number {
  let invited = 0;
  for (const userId of userIds) {
    const user = getUser(tx, userId);
    if (!user || user.deactivatedAt) continue;
    const link = newPasswordLink(tx, user.id, 'invitation', now);
    queueUserMail(tx, user.id, 'invitation', (locale, person) =>
      invitationMail(locale, person.fullName, { ...link, email: user.email }), now);
    appendAudit(tx, { actorId, action: 'user.invited', subjectType: 'user', subjectId: user.id });
    invited += 1;
  }
  return invited;
}

/**
 * An organizer sends a person a new set-password link (an invitation, valid a week) in place of
 * one they cannot read in the outbox; the person's earlier links stop working. Refused for a
 * deactivated person.
 */
export function sendNewPasswordLink(tx: Tx, userId: string, actorId: string, now: Date): void {
  const user = getUser(tx, userId);
  if (!user) throw notFound();
  if (user.deactivatedAt) throw new DomainError(409, 'person_deactivated');
  inviteUsers(tx, [userId], actorId, now);
}

/** The active person a link serves, while it is unused and unexpired; otherwise a clear refusal. */
export function passwordLinkHolder(db: DbOrTx, token: string, now: Date): { user: User; purpose: 'reset' | 'invitation' } {
  const found = findPasswordToken(db, tokenHash(token));
  const user = found && getUser(db, found.userId);
  if (!found || !user || user.deactivatedAt || found.usedAt || found.expiresAt <= now) {
    throw new DomainError(400, 'password_link_invalid');
  }
  return { user, purpose: found.purpose };
}

/**
 * Sets a password through a one-time link: the link (and any other of theirs) is spent, and every
 * session of the person ends, in one transaction; audited. Answers whose password it set.
 */
export async function setPasswordWithLink(db: Db, token: string, newPassword: string, now: () => Date): Promise<User> {
  const { user } = passwordLinkHolder(db, token, now());
  if (!isAcceptablePassword(newPassword, [user.email, user.fullName])) throw new DomainError(400, 'weak_password');
  const passwordHash = await hashPassword(newPassword);
  return writeTransaction(db, (tx) => {
    // Checked again inside the write: the same link used twice at once sets one password.
    const { user: holder, purpose } = passwordLinkHolder(tx, token, now());
    setPasswordHash(tx, holder.id, passwordHash);
    usePasswordTokens(tx, [holder.id], now());
    deleteUserSessions(tx, holder.id);
    appendAudit(tx, {
      actorId: holder.id, action: purpose === 'reset' ? 'user.password_reset' : 'user.invitation_accepted',
      subjectType: 'user', subjectId: holder.id,
    });
    return holder;
  });
}
