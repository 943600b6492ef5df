import { listOutbox, listUserMail, type DbOrTx, type MailStatus, type QueuedMail } from '@guong-sang/db';
import { withLinksHidden, withOrigin } from './links.ts';

/** Rows per page of the outbox and of a person's notices. */
export const MAIL_PAGE_SIZE = 25;

function shown(mail: QueuedMail, origin: string, hideLinks: boolean) {
  const { text, hidden } = hideLinks ? withLinksHidden(mail.text, mail.locale) : { text: mail.text, hidden: false };
  return {
    id: mail.id,
    to: mail.toAddress,
    userId: mail.userId,
    linkHidden: hidden,
    kind: mail.kind,
    locale: mail.locale,
    subject: mail.subject,
    text: withOrigin(text, origin),
    status: mail.status,
    attempts: mail.attempts,
    nextAttemptAt: mail.nextAttemptAt.toISOString(),
    lastError: mail.lastError,
    createdAt: mail.createdAt.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
  };
}

const page = (n: number) => ({ limit: MAIL_PAGE_SIZE, offset: (n - 1) * MAIL_PAGE_SIZE });

/**
 * The organizers' outbox, newest first. Set-password links (invitations, resets) are hidden here
 * with or without SMTP: such a link lets whoever holds it become the person, so only the person
 * sees it (their notices); an organizer can send them a new one instead (auth/password-links.ts).
 */
export function outboxPage(db: DbOrTx, options: { page: number; status?: MailStatus; origin: string; smtpConfigured: boolean }) {
  const { rows, total } = listOutbox(db, { status: options.status, ...page(options.page) });
  return {
    items: rows.map((mail) => shown(mail, options.origin, true)),
    total, page: options.page, pageSize: MAIL_PAGE_SIZE, smtpConfigured: options.smtpConfigured,
  };
}

/** The mail addressed to one person, newest first: their notices in the app. */
export function noticesPage(db: DbOrTx, userId: string, options: { page: number; origin: string; smtpConfigured: boolean }) {
  const { rows, total } = listUserMail(db, userId, page(options.page));
  return {
    items: rows.map((mail) => shown(mail, options.origin, false)),
    total, page: options.page, pageSize: MAIL_PAGE_SIZE, smtpConfigured: options.smtpConfigured,
  };
}
