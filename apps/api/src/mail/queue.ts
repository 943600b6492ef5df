import { enqueueMail, getUser, type DbOrTx, type MailKind } from '@guong-sang/db';
import type { Locale } from '../lib/locale.ts';

export interface MailContent { subject: string; text: string; html?: string }

export interface MailToQueue extends MailContent {
  to: string;
  /** The person it is addressed to, who also reads it in the app; null for an address alone. */
  userId: string | null;
  kind: MailKind;
  locale: Locale;
  now: Date;
  /** Not sent before this time (a notice scheduled with what it announces). */
  notBefore?: Date;
  /** Queued at most once under this key, ever (deadline reminders). */
  onceKey?: string;
}

/**
 * Writes a mail to the outbox inside the caller's transaction, so it is sent if and only if the
 * action that caused it commits. Answers false when `onceKey` was already queued.
 */
export function queueMail(tx: DbOrTx, mail: MailToQueue): boolean {
  return enqueueMail(tx, {
    toAddress: mail.to,
    userId: mail.userId,
    kind: mail.kind,
    locale: mail.locale,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    nextAttemptAt: mail.notBefore && mail.notBefore > mail.now ? mail.notBefore : mail.now,
    onceKey: mail.onceKey ?? null,
    createdAt: mail.now,
  });
}

/**
 * Queues a mail to a person, written in the language they chose; nothing for a deactivated or
 * unknown person. Answers whether a mail was queued.
 */
export function queueUserMail(
  tx: DbOrTx,
  userId: string,
  kind: MailKind,
  write: (locale: Locale, person: { fullName: string }) => MailContent,
  now: Date,
  options: { notBefore?: Date; onceKey?: string } = {},
): boolean {
  const user = getUser(tx, userId);
  if (!user || user.deactivatedAt) return false;
  const locale = user.locale ?? 'vi';
  return queueMail(tx, { ...write(locale, user), to: user.email, userId: user.id, kind, locale, now, ...options });
}
