import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';
import { contests, prizeTiers } from './contests.ts';
import { entries } from './entries.ts';
import { users } from './users.ts';

/** The organizer's award decision for one entry; the ranking only proposes. */
export const awards = sqliteTable('awards', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contestId: integer('contest_id').notNull().references(() => contests.id),
  entryId: integer('entry_id').notNull().unique().references(() => entries.id),
  tierId: integer('tier_id').notNull().references(() => prizeTiers.id),
  /** Why the organizer departed from the proposed ranking, if they did. */
  adjustmentReason: text('adjustment_reason'),
  decidedBy: text('decided_by').notNull().references(() => users.id),
  createdAt: createdAt(),
});

/** The public version of a winning story, approved by its author and the organizer. */
export const publications = sqliteTable('publications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entryId: integer('entry_id').notNull().unique().references(() => entries.id),
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  /** Real name or pen name, as the author chose. */
  displayName: text('display_name').notNull(),
  showUnit: integer('show_unit', { mode: 'boolean' }).notNull().default(true),
  authorApprovedAt: instant('author_approved_at'),
  organizerApprovedAt: instant('organizer_approved_at'),
  publishAt: instant('publish_at'),
  createdAt: createdAt(),
});
