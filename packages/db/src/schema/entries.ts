import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';
import { ATTACHMENT_KINDS, contests } from './contests.ts';
import { users } from './users.ts';

export const ENTRY_STATUSES = ['draft', 'submitted', 'withdrawn', 'disqualified'] as const;

export const entries = sqliteTable('entries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contestId: integer('contest_id').notNull().references(() => contests.id),
  authorId: text('author_id').notNull().references(() => users.id),
  /** Blind code (mã bài dự thi), random so it reveals neither order nor author. */
  code: text('code').notNull().unique(),
  status: text('status', { enum: ENTRY_STATUSES }).notNull().default('draft'),
  title: text('title').notNull(),
  /** The person or collective the story is about (nhân vật được viết về). */
  subject: text('subject').notNull().default(''),
  category: text('category'),
  /** Sanitized HTML from the editor, NFC. */
  body: text('body').notNull().default(''),
  wordCount: integer('word_count').notNull().default(0),
  consentToPublish: integer('consent_to_publish', { mode: 'boolean' }).notNull().default(false),
  penName: text('pen_name'),
  disqualifiedReason: text('disqualified_reason'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().$defaultFn(() => new Date()),
  submittedAt: instant('submitted_at'),
}, (t) => [
  index('entries_contest_status_idx').on(t.contestId, t.status),
  index('entries_author_idx').on(t.authorId),
]);

/** Every submitted state of an entry, immutable once written. */
export const entryVersions = sqliteTable('entry_versions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entryId: integer('entry_id').notNull().references(() => entries.id),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  subject: text('subject').notNull(),
  category: text('category'),
  body: text('body').notNull(),
  wordCount: integer('word_count').notNull(),
  /** SHA-256 of the canonical submitted content, printed on the receipt. */
  sha256: text('sha256').notNull(),
  attachmentIds: text('attachment_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
  submittedAt: instant('submitted_at').notNull(),
}, (t) => [uniqueIndex('entry_versions_entry_version_idx').on(t.entryId, t.version)]);

/** Content-addressed blobs under DATA_DIR/files; written to disk before any row points here. */
export const files = sqliteTable('files', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  createdAt: createdAt(),
});

export const attachments = sqliteTable('attachments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  entryId: integer('entry_id').notNull().references(() => entries.id),
  kind: text('kind', { enum: ['document', 'photo'] }).notNull(),
  /** The type decided from the file's content, never from its name. */
  fileKind: text('file_kind', { enum: ATTACHMENT_KINDS }).notNull(),
  size: integer('size').notNull(),
  /** The entrant's file name: shown to the entrant and organizers, never to judges. */
  originalName: text('original_name').notNull(),
  originalSha256: text('original_sha256').notNull().references(() => files.sha256),
  /** The copy judges get, without author metadata. */
  sanitizedSha256: text('sanitized_sha256').references(() => files.sha256),
  mime: text('mime').notNull(),
  extractedText: text('extracted_text'),
  altText: text('alt_text').notNull().default(''),
  position: integer('position').notNull().default(0),
  removedAt: instant('removed_at'),
  createdAt: createdAt(),
}, (t) => [index('attachments_entry_idx').on(t.entryId)]);
