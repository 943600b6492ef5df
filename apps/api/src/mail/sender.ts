import {
  listDueMail, markMailAttemptFailed, markMailSent, type Db, type QueuedMail,
} from '@guong-sang/db';
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.ts';
import { withOrigin, withoutSecrets } from './links.ts';
import { clip } from '../lib/text.ts';

/** First retry after a minute, then twice as long each time, at most six hours apart. */
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3600_000;
/** After this many attempts (about four days of trying) the mail is marked failed in the outbox. */
export const MAIL_MAX_ATTEMPTS = 20;
/** Mail sent in one pass; the rest waits for the next. */
const BATCH = 50;

/** When a mail that failed its `attempts`-th attempt is tried again. */
export function nextAttemptAfter(now: Date, attempts: number): Date {
  const delay = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
  return new Date(now.getTime() + delay);
}

interface SendError { message: string; responseCode?: number }

const asSendError = (error: unknown): SendError =>
  (typeof error === 'object' && error !== null && 'message' in error
    ? error as SendError
    : { message: String(error) });

export interface MailSender {
  /** Sends every queued mail whose time has come by `now`; answers what happened. */
  sendDueMail(now: Date): Promise<{ sent: number; retrying: number; failed: number }>;
}

/** Sends queued mail through the SMTP server of `smtp`, with links completed for `origin`. */
export function createMailSender(options: { db: Db; smtp: SmtpConfig; origin: string }): MailSender {
  const { db, smtp, origin } = options;
  // A fresh connection per mail: nothing stale survives a mail-server restart.
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.auth,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });

  const send = (mail: QueuedMail) => transport.sendMail({
    from: smtp.from,
    to: mail.toAddress,
    subject: mail.subject,
    text: withOrigin(mail.text, origin),
    html: mail.html === null ? undefined : withOrigin(mail.html, origin),
  });

  return {
    async sendDueMail(now) {
      const outcome = { sent: 0, retrying: 0, failed: 0 };
      for (const mail of listDueMail(db, now, BATCH)) {
        const attempts = mail.attempts + 1;
        try {
          await send(mail);
          markMailSent(db, mail.id, now, attempts, withoutSecrets(mail.text), mail.html === null ? null : withoutSecrets(mail.html));
          outcome.sent += 1;
        } catch (error) {
          const { message, responseCode } = asSendError(error);
          // 5xx: the server refused this mail for good (an unknown mailbox); anything else may pass later.
          const permanent = responseCode !== undefined && responseCode >= 500;
          const failed = permanent || attempts >= MAIL_MAX_ATTEMPTS;
          markMailAttemptFailed(db, mail.id, {
            attempts, nextAttemptAt: nextAttemptAfter(now, attempts), lastError: clip(message, 500),
            status: failed ? 'failed' : 'queued',
          });
          if (failed) outcome.failed += 1;
          else outcome.retrying += 1;
          // No answer from the server at all: the rest of the batch would fail the same way.
          if (responseCode === undefined) break;
        }
      }
      return outcome;
    },
  };
}
