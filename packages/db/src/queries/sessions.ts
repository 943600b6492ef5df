import { eq, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce, setPlaceholder } from '../prepared.ts';
import { sessions, users } from '../schema/index.ts';

/** A sign-in session; expiresAt and createdAt are Unix seconds. */
export type Session = typeof sessions.$inferSelect;

/** The session, if it exists and its user does too. */
const sessionById = preparedOnce((db) => db
  .select({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt })
  .from(sessions).innerJoin(users, eq(users.id, sessions.userId))
  .where(eq(sessions.id, sql.placeholder('id'))).prepare());

/** The session, if it exists and its user does too (every API request asks: prepared once). */
export function getSession(db: DbOrTx, id: string): Session | undefined {
  return sessionById(db).get({ id });
}

export function listUserSessions(db: DbOrTx, userId: string): Session[] {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).all();
}

export function createSession(db: DbOrTx, session: Session): void {
  db.insert(sessions).values(session).run();
}

const sessionExpiryUpdate = preparedOnce((db) => db.update(sessions)
  .set({ expiresAt: setPlaceholder<number>('expiresAt') }).where(eq(sessions.id, sql.placeholder('id'))).prepare());

export function setSessionExpiry(db: DbOrTx, id: string, expiresAt: number): void {
  sessionExpiryUpdate(db).run({ id, expiresAt });
}

export function deleteSession(db: DbOrTx, id: string): void {
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteUserSessions(db: DbOrTx, userId: string): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Sessions whose expiry (Unix seconds) is at or before `now`. */
export function deleteExpiredSessions(db: DbOrTx, now: number): void {
  db.delete(sessions).where(lte(sessions.expiresAt, now)).run();
}
