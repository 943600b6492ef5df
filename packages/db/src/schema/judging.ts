import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, instant } from './columns.ts';
import { contests } from './contests.ts';
import { entries } from './entries.ts';
import { users } from './users.ts';

export const rounds = sqliteTable('rounds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contestId: integer('contest_id').notNull().references(() => contests.id),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['preliminary', 'final'] }).notNull(),
  /** How the round ranks: judges score a rubric, or choose the better of two entries. */
  method: text('method', { enum: ['rubric', 'comparative'] }).notNull().default('rubric'),
  readersPerEntry: integer('readers_per_entry').notNull().default(2),
  /** A comparative round's target: comparisons each entry takes part in. */
  comparisonsPerEntry: integer('comparisons_per_entry').notNull().default(10),
  opensAt: instant('opens_at').notNull(),
  closesAt: instant('closes_at').notNull(),
  /** The round a final round's shortlist came from. */
  sourceRoundId: integer('source_round_id'),
  /** Seed of the last committed assignment, so it can be reproduced. */
  assignmentSeed: integer('assignment_seed'),
  createdAt: createdAt(),
}, (t) => [index('rounds_contest_idx').on(t.contestId)]);

/** The entries a final round reads: the shortlist drawn from an earlier round's results. */
export const roundEntries = sqliteTable('round_entries', {
  roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
  entryId: integer('entry_id').notNull().references(() => entries.id),
  /** Why it is on the shortlist: in the top N, or within one standard error of the cut. */
  reason: text('reason', { enum: ['top', 'within-error'] }).notNull(),
}, (t) => [primaryKey({ columns: [t.roundId, t.entryId] })]);

/** A round's judging panel, with an optional cap on each judge's load. */
export const roundJudges = sqliteTable('round_judges', {
  roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => users.id),
  maxLoad: integer('max_load'),
  leftAt: instant('left_at'),
}, (t) => [primaryKey({ columns: [t.roundId, t.userId] })]);

/** A judge's declared conflict with an entry (known author, close colleague…). */
export const conflicts = sqliteTable('conflicts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  judgeId: text('judge_id').notNull().references(() => users.id),
  entryId: integer('entry_id').notNull().references(() => entries.id),
  reason: text('reason').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [
  // A pair is in conflict once, however it came to be (declared, or a recusal in any round): listed
  // twice, withdrawing one row would leave the other keeping the pair apart. Also the judge's index.
  uniqueIndex('conflicts_judge_entry_unique').on(t.judgeId, t.entryId),
]);

export const assignments = sqliteTable('assignments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id').notNull().references(() => rounds.id),
  entryId: integer('entry_id').notNull().references(() => entries.id),
  judgeId: text('judge_id').notNull().references(() => users.id),
  /** Why this reader was added: the initial run, a top-up, or a third reader. */
  origin: text('origin', { enum: ['initial', 'reassignment', 'adjudication'] }).notNull().default('initial'),
  status: text('status', { enum: ['active', 'recused', 'removed'] }).notNull().default('active'),
  recusalReason: text('recusal_reason'),
  createdAt: createdAt(),
}, (t) => [
  index('assignments_round_judge_idx').on(t.roundId, t.judgeId),
  index('assignments_round_entry_idx').on(t.roundId, t.entryId),
  // The judge's dashboard: their active assignments across rounds.
  index('assignments_judge_status_idx').on(t.judgeId, t.status),
  // A round's adjudicated entries, which results read on every change: a fifth of its assignments.
  index('assignments_adjudication_idx').on(t.roundId, t.status, t.entryId).where(sql`${t.origin} = 'adjudication'`),
]);

/** One judge's score sheet for one assignment. */
export const scoreSheets = sqliteTable('score_sheets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  assignmentId: integer('assignment_id').notNull().unique().references(() => assignments.id),
  status: text('status', { enum: ['draft', 'submitted'] }).notNull().default('draft'),
  /**
   * Criterion id → the judge's score on it. One row a sheet, not one a score: results read every
   * sheet of a round, and at 100,000 entries pivoting 1.1 million score rows took a second in
   * SQLite alone.
   */
  scores: text('scores', { mode: 'json' }).$type<Record<string, number>>().notNull().default({}),
  comment: text('comment').notNull().default(''),
  updatedAt: instant('updated_at').notNull().$defaultFn(() => new Date()),
  submittedAt: instant('submitted_at'),
  /**
   * The contest's results revision this sheet was last saved at: a round's sheets kept in memory are
   * brought up to date by reading again only those saved since (queries/results-revision.ts).
   */
  resultsRevision: integer('results_revision').notNull().default(0),
}, (t) => [index('score_sheets_results_revision_idx').on(t.resultsRevision)]);

/** The organizer's order for entries the declared tie-breaks left tied (the last tie-break). */
export const tieDecisions = sqliteTable('tie_decisions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
  /** Entry ids, best first. */
  entryIds: text('entry_ids', { mode: 'json' }).$type<number[]>().notNull(),
  reason: text('reason').notNull(),
  decidedBy: text('decided_by').notNull().references(() => users.id),
  createdAt: createdAt(),
}, (t) => [index('tie_decisions_round_idx').on(t.roundId)]);

/**
 * One judge's choice in a comparative round: of the pair served (left, right), which is better.
 * Kept like score sheets: never edited, audited when made.
 */
export const comparisons = sqliteTable('comparisons', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id').notNull().references(() => rounds.id),
  judgeId: text('judge_id').notNull().references(() => users.id),
  leftEntryId: integer('left_entry_id').notNull().references(() => entries.id),
  rightEntryId: integer('right_entry_id').notNull().references(() => entries.id),
  winnerEntryId: integer('winner_entry_id').notNull().references(() => entries.id),
  /** The judge's optional short note (at most 500 characters). */
  note: text('note').notNull().default(''),
  createdAt: createdAt(),
}, (t) => [index('comparisons_round_judge_idx').on(t.roundId, t.judgeId)]);

/**
 * A judge taken off an entry in a comparative round still being judged, after comparing it (a
 * conflict declared since): their choices in the round holding the entry count for nothing, and the
 * pair stays apart in the round, as a recused assignment does in a rubric round. Kept when the
 * conflict is withdrawn. Never written for a closed round, whose choices stand.
 */
export const comparisonRecusals = sqliteTable('comparison_recusals', {
  roundId: integer('round_id').notNull().references(() => rounds.id),
  judgeId: text('judge_id').notNull().references(() => users.id),
  entryId: integer('entry_id').notNull().references(() => entries.id),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.roundId, t.judgeId, t.entryId] })]);
