import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';
import { units } from './units.ts';

export const ROLES = ['entrant', 'judge', 'organizer'] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable('users', {
  /** Random text id (lucia's user id); never shown to judges. */
  id: text('id').primaryKey(),
  /** Lower-cased and NFC-normalized: the login name. */
  email: text('email').notNull().unique(),
  fullName: text('full_name').notNull(),
  /** Vietnamese collation key of fullName (packages/text), set by the user queries: SQL paging sorts on it. */
  nameSortKey: text('name_sort_key').notNull().default(''),
  /** fullName folded (lower case, no diacritics) for searches that ignore accents. */
  nameFolded: text('name_folded').notNull().default(''),
  phone: text('phone'),
  unitId: integer('unit_id').notNull().references(() => units.id),
  passwordHash: text('password_hash').notNull(),
  deactivatedAt: instant('deactivated_at'),
  /** The interface language the person chose; their mail is written in it (null: Vietnamese). */
  locale: text('locale', { enum: ['vi', 'en'] }),
  createdAt: createdAt(),
}, (t) => [
  index('users_unit_idx').on(t.unitId),
  index('users_name_sort_idx').on(t.nameSortKey),
]);

/** Everyone who registers is an entrant; organizers grant judge and organizer. */
export const userRoles = sqliteTable('user_roles', {
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ROLES }).notNull(),
  grantedAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.userId, t.role] })]);

/**
 * Lucia's session table. expiresAt is in seconds (the adapter's convention);
 * createdAt (seconds) gives sessions an absolute lifetime that lucia lacks.
 */
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);
