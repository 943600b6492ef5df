import { eq, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { sessions, users } from '../schema/index.ts';

/** A sign-in session; expiresAt and createdAt are Unix seconds. */
export type Session = typeof sessions.$inferSelect;

/** The session, if it exists and its user does too. */
export function getSession(db: DbOrTx, id: string): Session | undefined {
  return db.select({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt })
    .from(sessions).innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id)).get();
}

export function listUserSessions(db: DbOrTx, userId: string): Session[] {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).all();
}

export function createSession(db: DbOrTx, session: Session): void {
  db.insert(sessions).values(session).run();
}

export function setSessionExpiry(db: DbOrTx, id: string, expiresAt: number): void {
  db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
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
