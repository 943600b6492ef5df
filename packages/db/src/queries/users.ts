import { and, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { ROLES, type Role, userRoles, users } from '../schema/index.ts';

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

const roleOrder = (a: Role, b: Role) => ROLES.indexOf(a) - ROLES.indexOf(b);

export function getUser(db: DbOrTx, id: string): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** `email` must already be normalized (trimmed, NFC, lower-case). */
export function findUserByEmail(db: DbOrTx, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function createUser(db: DbOrTx, values: NewUser, roles: Role[] = ['entrant']): User {
  const user = db.insert(users).values(values).returning().get();
  if (roles.length > 0) {
    db.insert(userRoles).values(roles.map((role) => ({ userId: user.id, role }))).run();
  }
  return user;
}

export function getUserRoles(db: DbOrTx, userId: string): Role[] {
  return db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId))
    .all().map((r) => r.role).sort(roleOrder);
}

/** Replaces a user's roles. Callers end the user's sessions: a role change must log them out. */
export function setUserRoles(db: DbOrTx, userId: string, roles: Role[]): void {
  db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
  if (roles.length > 0) {
    db.insert(userRoles).values(roles.map((role) => ({ userId, role }))).run();
  }
}

export function countActiveOrganizers(db: DbOrTx): number {
  const row = db.select({ n: sql<number>`count(*)` }).from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, 'organizer'), isNull(users.deactivatedAt))).get();
  return row?.n ?? 0;
}

export function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string): void {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export function deactivateUser(db: DbOrTx, userId: string, at: Date): void {
  db.update(users).set({ deactivatedAt: at }).where(eq(users.id, userId)).run();
}

/** Organizers' people search: by name or e-mail fragment, at most `limit` rows. */
export function searchUsers(
  db: DbOrTx,
  query: string,
  options: { role?: Role; limit?: number } = {},
): User[] {
  const pattern = `%${query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const matches = or(
    like(users.fullName, sql`${pattern} escape '\\'`),
    like(users.email, sql`${pattern} escape '\\'`),
  );
  const withRole = options.role
    ? inArray(users.id, db.select({ id: userRoles.userId }).from(userRoles)
      .where(eq(userRoles.role, options.role)))
    : undefined;
  return db.select().from(users).where(and(matches, withRole)).limit(options.limit ?? 50).all();
}

/** The language a person chose for the interface and their mail. */
export function setUserLocale(db: DbOrTx, userId: string, locale: 'vi' | 'en'): void {
  db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}
