import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';
import { contests, prizeTiers } from './contests.ts';
import { entries } from './entries.ts';
import { users } from './users.ts';

/**
 * The organizer's award decision for one entry; the ranking only proposes. Once final, an award
 * changes only by being revoked (who, when, why): the row stays and its prize stays vacant.
 */
export const awards = sqliteTable('awards', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contestId: integer('contest_id').notNull().references(() => contests.id),
  entryId: integer('entry_id').notNull().unique().references(() => entries.id),
  tierId: integer('tier_id').notNull().references(() => prizeTiers.id),
  /** Why the organizer departed from the proposed ranking, if they did. */
  adjustmentReason: text('adjustment_reason'),
  decidedBy: text('decided_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  revokedAt: instant('revoked_at'),
  revokedBy: text('revoked_by').references(() => users.id),
  revocationReason: text('revocation_reason'),
});

/**
 * The public version of a winning story. The author reviews it (typos, real or pen name, private
 * details of colleagues removed) and approves; the organizer approves; it is public once both did
 * and the contest's showcase is published (contests.published_at has passed).
 */
export const publications = sqliteTable('publications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entryId: integer('entry_id').notNull().unique().references(() => entries.id),
  /** The story's address under its contest; includes the entry code, so it cannot be guessed. */
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  /** Sanitized HTML, NFC. */
  body: text('body').notNull(),
  /** The body as plain text: what search indexes (see the publication_search triggers). */
  bodyText: text('body_text').notNull().default(''),
  wordCount: integer('word_count').notNull().default(0),
  /** Real name or pen name, as the author chose. */
  displayName: text('display_name').notNull(),
  usesPenName: integer('uses_pen_name', { mode: 'boolean' }).notNull().default(false),
  showUnit: integer('show_unit', { mode: 'boolean' }).notNull().default(true),
  /** The photos (attachment ids of the judged version) the author lets the public see, in order. */
  photoIds: text('photo_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
  authorApprovedAt: instant('author_approved_at'),
  /** The author keeps the story private: the showcase lists it by code and title only. */
  authorDeclinedAt: instant('author_declined_at'),
  organizerApprovedAt: instant('organizer_approved_at'),
  createdAt: createdAt(),
});
