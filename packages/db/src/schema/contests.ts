import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';

export const CONTEST_STATUSES = ['draft', 'open', 'judging', 'awarded', 'published'] as const;
export const ATTACHMENT_KINDS = ['docx', 'odt', 'pdf', 'jpeg', 'png', 'webp'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const contests = sqliteTable('contests', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  /** Markdown, rendered and sanitized on output. */
  description: text('description').notNull().default(''),
  rules: text('rules').notNull().default(''),
  status: text('status', { enum: CONTEST_STATUSES }).notNull().default('draft'),
  submissionOpensAt: instant('submission_opens_at').notNull(),
  submissionClosesAt: instant('submission_closes_at').notNull(),
  minWords: integer('min_words').notNull().default(0),
  maxWords: integer('max_words').notNull().default(5000),
  categories: text('categories', { mode: 'json' }).$type<string[]>().notNull().default([]),
  /** Whether a judge may not read entries from their own unit. */
  sameUnitConflict: integer('same_unit_conflict', { mode: 'boolean' }).notNull().default(true),
  allowedAttachmentKinds: text('allowed_attachment_kinds', { mode: 'json' })
    .$type<AttachmentKind[]>().notNull().default([...ATTACHMENT_KINDS]),
  maxAttachments: integer('max_attachments').notNull().default(5),
  maxAttachmentBytes: integer('max_attachment_bytes').notNull().default(10 * 1024 * 1024),
  /** Two readers further apart than this share of the scale call a third reader. */
  disagreementThreshold: real('disagreement_threshold').notNull().default(0.2),
  adjudicationMethod: text('adjudication_method', { enum: ['closest-two', 'mean-of-three'] })
    .notNull().default('closest-two'),
  /** At most this many entries (withdrawn ones aside) per author; null: no cap. */
  entriesPerAuthor: integer('entries_per_author'),
  /** At most this many prizes go to one unit; null: no cap. (One prize per person always.) */
  awardsPerUnitCap: integer('awards_per_unit_cap'),
  /** Organizer's title printed on certificates, e.g. "TM. Ban Tổ chức". */
  organizerTitle: text('organizer_title').notNull().default(''),
  awardsFinalizedAt: instant('awards_finalized_at'),
  /** Bumped by every write that can change the contest's results (queries/results-revision.ts). */
  resultsRevision: integer('results_revision').notNull().default(0),
  publishedAt: instant('published_at'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().$defaultFn(() => new Date()),
});

/** A rubric criterion; a score sheet's weighted total is Σ weight × score. */
export const criteria = sqliteTable('criteria', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contestId: integer('contest_id').notNull().references(() => contests.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  weight: real('weight').notNull(),
  min: integer('min').notNull().default(0),
  max: integer('max').notNull(),
  /** What each band of the scale means, shown beside the text while judging. */
  levels: text('levels', { mode: 'json' })
    .$type<{ score: number; label: string; description: string }[]>().notNull().default([]),
}, (t) => [index('criteria_contest_idx').on(t.contestId)]);

export const prizeTiers = sqliteTable('prize_tiers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contestId: integer('contest_id').notNull().references(() => contests.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  count: integer('count').notNull(),
}, (t) => [index('prize_tiers_contest_idx').on(t.contestId)]);
