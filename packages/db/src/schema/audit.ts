import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns.ts';
import { contests } from './contests.ts';
import { users } from './users.ts';

/** Append-only record of everything that matters: who, when, what. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: createdAt(),
  /** Null for the system itself (first-run setup from the environment, schedulers). */
  actorId: text('actor_id').references(() => users.id),
  action: text('action').notNull(),
  subjectType: text('subject_type').notNull(),
  subjectId: text('subject_id').notNull(),
  details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  /** The contest the subject belongs to, derived at append time so the log filters by contest. */
  contestId: integer('contest_id').references(() => contests.id),
}, (t) => [
  index('audit_subject_idx').on(t.subjectType, t.subjectId),
  index('audit_contest_idx').on(t.contestId),
  index('audit_actor_idx').on(t.actorId),
  index('audit_action_idx').on(t.action),
]);

/** Small installation-wide values, such as the hash of the one-time setup token. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
});
