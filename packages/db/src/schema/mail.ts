import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';
import { users } from './users.ts';

export const MAIL_KINDS = [
  'receipt', 'assignment', 'reminder', 'award', 'publication', 'password_reset', 'invitation',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The outbox: every mail is written here inside the transaction of the action that caused it,
 * then sent by the server's loop with retries, so a mail-server outage delays mail and loses none.
 */
export const mailQueue = sqliteTable('mail_queue', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  toAddress: text('to_address').notNull(),
  /** The person it is addressed to (their notices page); null for an address alone. */
  userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  kind: text('kind', { enum: MAIL_KINDS }).notNull(),
  locale: text('locale', { enum: ['vi', 'en'] }).notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
  attempts: integer('attempts').notNull().default(0),
  /** Not sent before this instant: backoff after a failure, or a scheduled notice. */
  nextAttemptAt: instant('next_attempt_at').notNull(),
  lastError: text('last_error'),
  /** Mail that must go at most once (deadline reminders): a second queueing is a no-op. */
  onceKey: text('once_key').unique(),
  createdAt: createdAt(),
  sentAt: instant('sent_at'),
}, (t) => [
  index('mail_queue_due_idx').on(t.status, t.nextAttemptAt),
  index('mail_queue_user_idx').on(t.userId, t.createdAt),
]);

/** One-time links to set a password: a reset asked for, or an invitation. Only the hash is kept. */
export const passwordTokens = sqliteTable('password_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['reset', 'invitation'] }).notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
  createdAt: createdAt(),
}, (t) => [index('password_tokens_user_idx').on(t.userId)]);
