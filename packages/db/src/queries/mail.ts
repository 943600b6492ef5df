import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce } from '../prepared.ts';
import { liveAssignment } from './live-assignment.ts';
import {
  assignments, mailQueue, passwordTokens, rounds, scoreSheets, type MailStatus,
} from '../schema/index.ts';

export type QueuedMail = typeof mailQueue.$inferSelect;
export type NewQueuedMail = typeof mailQueue.$inferInsert;
export type PasswordToken = typeof passwordTokens.$inferSelect;

/** Writes a mail to the outbox; with a `onceKey` already queued, writes nothing and answers false. */
const insertMail = preparedOnce((db) => db.insert(mailQueue).values({
  toAddress: sql.placeholder('toAddress'), userId: sql.placeholder('userId'), kind: sql.placeholder('kind'),
  locale: sql.placeholder('locale'), subject: sql.placeholder('subject'), text: sql.placeholder('text'),
  html: sql.placeholder('html'), nextAttemptAt: sql.placeholder('nextAttemptAt'), onceKey: sql.placeholder('onceKey'),
  createdAt: sql.placeholder('createdAt'),
}).onConflictDoNothing({ target: mailQueue.onceKey }).prepare());

export function enqueueMail(db: DbOrTx, mail: Omit<NewQueuedMail, 'id' | 'status' | 'attempts' | 'lastError' | 'sentAt'>): boolean {
  return insertMail(db).run({
    toAddress: mail.toAddress, userId: mail.userId ?? null, kind: mail.kind, locale: mail.locale, subject: mail.subject,
    text: mail.text, html: mail.html ?? null, nextAttemptAt: mail.nextAttemptAt, onceKey: mail.onceKey ?? null,
    createdAt: mail.createdAt ?? new Date(),
  }).changes > 0;
}

/** Queued mail whose time has come, oldest first. */
export function listDueMail(db: DbOrTx, now: Date, limit: number): QueuedMail[] {
  return db.select().from(mailQueue)
    .where(and(eq(mailQueue.status, 'queued'), lte(mailQueue.nextAttemptAt, now)))
    .orderBy(asc(mailQueue.nextAttemptAt), asc(mailQueue.id)).limit(limit).all();
}

export function getQueuedMail(db: DbOrTx, id: number): QueuedMail | undefined {
  return db.select().from(mailQueue).where(eq(mailQueue.id, id)).get();
}

/** Marks a mail sent, keeping its text as given (the sender drops one-time links from it). */
export function markMailSent(db: DbOrTx, id: number, at: Date, attempts: number, text: string, html: string | null): void {
  db.update(mailQueue).set({ status: 'sent', sentAt: at, attempts, lastError: null, text, html })
    .where(eq(mailQueue.id, id)).run();
}

export function markMailAttemptFailed(
  db: DbOrTx, id: number, values: { attempts: number; nextAttemptAt: Date; lastError: string; status: MailStatus },
): void {
  db.update(mailQueue).set(values).where(eq(mailQueue.id, id)).run();
}

/** The organizer's outbox, newest first, optionally of one status. */
export function listOutbox(db: DbOrTx, options: { status?: MailStatus; limit: number; offset: number }) {
  const where = options.status ? eq(mailQueue.status, options.status) : undefined;
  const rows = db.select().from(mailQueue).where(where)
    .orderBy(desc(mailQueue.createdAt), desc(mailQueue.id)).limit(options.limit).offset(options.offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(mailQueue).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Mail addressed to one person (their notices), newest first. */
export function listUserMail(db: DbOrTx, userId: string, options: { limit: number; offset: number }) {
  const where = eq(mailQueue.userId, userId);
  const rows = db.select().from(mailQueue).where(where)
    .orderBy(desc(mailQueue.createdAt), desc(mailQueue.id)).limit(options.limit).offset(options.offset).all();
  const total = db.select({ n: sql<number>`count(*)` }).from(mailQueue).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Rounds whose deadline falls in (from, until]: the ones due a reminder. */
export function listRoundsClosingBetween(db: DbOrTx, from: Date, until: Date) {
  return db.select().from(rounds).where(and(gt(rounds.closesAt, from), lte(rounds.closesAt, until))).all();
}

/** Judges of a round with live assignments whose sheet is missing or not submitted, and how many. */
export function listJudgesWithUnfinishedSheets(db: DbOrTx, roundId: number): { judgeId: string; unfinished: number }[] {
  return db.select({ judgeId: assignments.judgeId, unfinished: sql<number>`count(*)` })
    .from(assignments)
    .leftJoin(scoreSheets, eq(scoreSheets.assignmentId, assignments.id))
    .where(and(
      eq(assignments.roundId, roundId), liveAssignment,
      sql`(${scoreSheets.status} is null or ${scoreSheets.status} <> 'submitted')`,
    ))
    .groupBy(assignments.judgeId).all();
}

export function createPasswordToken(db: DbOrTx, token: typeof passwordTokens.$inferInsert): void {
  db.insert(passwordTokens).values(token).run();
}

export function findPasswordToken(db: DbOrTx, tokenHash: string): PasswordToken | undefined {
  return db.select().from(passwordTokens).where(eq(passwordTokens.tokenHash, tokenHash)).get();
}

/** Spends every unused link of these people: a new link, or a password set, voids the older ones. */
export function usePasswordTokens(db: DbOrTx, userIds: string[], at: Date): void {
  if (userIds.length === 0) return;
  db.update(passwordTokens).set({ usedAt: at })
    .where(and(inArray(passwordTokens.userId, userIds), isNull(passwordTokens.usedAt))).run();
}

/** Drops mail not yet sent whose once-key starts with `prefix` (a notice whose event was called off). */
export function cancelQueuedMail(db: DbOrTx, onceKeyPrefix: string): number {
  const pattern = `${onceKeyPrefix.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db.delete(mailQueue)
    .where(and(eq(mailQueue.status, 'queued'), sql`${mailQueue.onceKey} like ${pattern} escape '\\'`)).run().changes;
}
