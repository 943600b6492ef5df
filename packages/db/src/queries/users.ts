import { fold, vietnameseNameSortKey } from '@guong-sang/text';
import { and, asc, eq, exists, inArray, isNotNull, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedInsert, preparedOnce } from '../prepared.ts';
import { bumpResultsRevision } from './results-revision.ts';
import { ROLES, type Role, units, userRoles, users } from '../schema/index.ts';

export type User = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'nameSortKey' | 'nameFolded'>;

/** The columns derived from a name: its Vietnamese sort key and its accent-free form. */
function nameKeys(fullName: string) {
  return { nameSortKey: vietnameseNameSortKey(fullName), nameFolded: fold(fullName) };
}

const roleOrder = (a: Role, b: Role) => ROLES.indexOf(a) - ROLES.indexOf(b);

const userById = preparedOnce((db) => db.select().from(users).where(eq(users.id, sql.placeholder('id'))).prepare());

export function getUser(db: DbOrTx, id: string): User | undefined {
  return userById(db).get({ id });
}

/** `email` must already be normalized (trimmed, NFC, lower-case). */
export function findUserByEmail(db: DbOrTx, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function createUser(db: DbOrTx, values: NewUser, roles: Role[] = ['entrant']): User {
  const user = db.insert(users).values({ ...values, ...nameKeys(values.fullName) }).returning().get();
  if (roles.length > 0) {
    db.insert(userRoles).values(roles.map((role) => ({ userId: user.id, role }))).run();
  }
  return user;
}

const insertUser = preparedInsert(users);
const insertUserRole = preparedInsert(userRoles);

/** Many people at once with the same roles (seeding a large contest, bulk imports): one prepared insert a row. */
export function createUsers(db: DbOrTx, values: NewUser[], roles: Role[] = ['entrant']): void {
  for (const row of values) {
    insertUser(db, { ...row, ...nameKeys(row.fullName) });
    for (const role of roles) insertUserRole(db, { userId: row.id, role });
  }
}

/** Which of these (normalized) e-mails already belong to someone: asked in chunks of 500. */
export function existingEmails(db: DbOrTx, emails: string[]): Set<string> {
  const found = new Set<string>();
  for (let start = 0; start < emails.length; start += 500) {
    const chunk = emails.slice(start, start + 500);
    for (const row of db.select({ email: users.email }).from(users).where(inArray(users.email, chunk)).all()) {
      found.add(row.email);
    }
  }
  return found;
}

const rolesOfUser = preparedOnce((db) => db.select({ role: userRoles.role }).from(userRoles)
  .where(eq(userRoles.userId, sql.placeholder('userId'))).prepare());

export function getUserRoles(db: DbOrTx, userId: string): Role[] {
  return rolesOfUser(db).all({ userId }).map((r) => r.role).sort(roleOrder);
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

export function reactivateUser(db: DbOrTx, userId: string): void {
  db.update(users).set({ deactivatedAt: null }).where(eq(users.id, userId)).run();
}

export function setUserName(db: DbOrTx, userId: string, fullName: string): void {
  db.update(users).set({ fullName, ...nameKeys(fullName) }).where(eq(users.id, userId)).run();
  // Results name judges and (once awards are final) authors.
  bumpResultsRevision(db, 'every-contest');
}

/** Fills the name keys of rows written before they existed (run after migrating). */
export function fillMissingNameKeys(db: DbOrTx): number {
  const rows = db.select({ id: users.id, fullName: users.fullName }).from(users)
    .where(eq(users.nameSortKey, '')).all();
  for (const row of rows) {
    db.update(users).set(nameKeys(row.fullName)).where(eq(users.id, row.id)).run();
  }
  return rows.length;
}

export interface PeopleFilter {
  /** Part of a name (accents ignored) or of an e-mail address. */
  q?: string;
  role?: Role;
  unitId?: number;
  status?: 'active' | 'deactivated';
  limit: number;
  offset: number;
}

export interface PersonRow {
  id: string;
  email: string;
  fullName: string;
  unitId: number;
  unitName: string;
  roles: Role[];
  deactivatedAt: Date | null;
}

const likePattern = (text: string) => sql`${`%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** A name by its Vietnamese folding (accents and đ ignored: "nguyen" finds "Nguyễn") or an e-mail fragment; none when blank. */
function nameOrEmailMatches(query: string | undefined) {
  const q = query?.trim().toLowerCase();
  return q ? or(like(users.nameFolded, likePattern(fold(q))), like(users.email, likePattern(q))) : undefined;
}

/**
 * The organizers' people list: one page in Vietnamese name order (users_name_sort_idx) and the
 * number of people the filter matches.
 */
export function listPeople(db: DbOrTx, filter: PeopleFilter): { total: number; people: PersonRow[] } {
  const where = and(
    nameOrEmailMatches(filter.q),
    filter.role
      ? exists(db.select({ one: sql`1` }).from(userRoles)
        .where(and(eq(userRoles.userId, users.id), eq(userRoles.role, filter.role))))
      : undefined,
    filter.unitId === undefined ? undefined : eq(users.unitId, filter.unitId),
    filter.status === 'active' ? isNull(users.deactivatedAt) : undefined,
    filter.status === 'deactivated' ? isNotNull(users.deactivatedAt) : undefined,
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(users).where(where).get()?.n ?? 0;
  const rows = personSelect(db).where(where)
    .orderBy(asc(users.nameSortKey), asc(users.id)).limit(filter.limit).offset(filter.offset).all();
  return { total, people: rows.map(personRow) };
}

/** One person as the people list shows them. */
export function getPerson(db: DbOrTx, userId: string): PersonRow | undefined {
  const row = personSelect(db).where(eq(users.id, userId)).get();
  return row && personRow(row);
}

function personSelect(db: DbOrTx) {
  return db.select({
    id: users.id, email: users.email, fullName: users.fullName, unitId: users.unitId,
    unitName: units.name, deactivatedAt: users.deactivatedAt,
    roles: sql<string | null>`(select group_concat(${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id})`,
  }).from(users).innerJoin(units, eq(units.id, users.unitId));
}

function personRow(row: Omit<PersonRow, 'roles'> & { roles: string | null }): PersonRow {
  return { ...row, roles: (row.roles ? row.roles.split(',') as Role[] : []).sort(roleOrder) };
}

/** Organizers' people search (judging panels): by name, accents ignored, or e-mail fragment; at most `limit` rows. */
export function searchUsers(
  db: DbOrTx,
  query: string,
  options: { role?: Role; limit?: number } = {},
): User[] {
  const matches = nameOrEmailMatches(query);
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
