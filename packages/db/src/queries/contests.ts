import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce } from '../prepared.ts';
import { bumpResultsRevision } from './results-revision.ts';
import { contests, criteria, prizeTiers } from '../schema/index.ts';

export type Contest = typeof contests.$inferSelect;
export type NewContest = typeof contests.$inferInsert;
export type ContestStatus = Contest['status'];
export type Criterion = typeof criteria.$inferSelect;
export type PrizeTier = typeof prizeTiers.$inferSelect;
/** A criterion or prize tier as the organizer gives it: its position is its place in the list. */
export type CriterionInput = Omit<typeof criteria.$inferInsert, 'id' | 'contestId' | 'position'>;
export type PrizeTierInput = Omit<typeof prizeTiers.$inferInsert, 'id' | 'contestId' | 'position'>;

/**
 * Creates a contest with its rubric and prize tiers. Runs in a (nested) transaction so a contest
 * never exists without them. A taken slug throws SQLite's UNIQUE constraint error.
 */
export function createContest(
  db: DbOrTx,
  values: NewContest,
  parts: { criteria?: CriterionInput[]; prizeTiers?: PrizeTierInput[] } = {},
): Contest {
  return db.transaction((tx) => {
    // A new contest's revision starts where the highest of the others is: sheets are stamped with
    // their contest's revision, and results look up a round's sheets stamped after theirs by one
    // index over every contest's stamps, which then skips last year's.
    const contest = tx.insert(contests).values({
      ...values, resultsRevision: sql`(select coalesce(max(${contests.resultsRevision}), 0) from ${contests})`,
    }).returning().get();
    const withPlace = <T>(rows: T[]) =>
      rows.map((row, position) => ({ ...row, contestId: contest.id, position }));
    if (parts.criteria?.length) tx.insert(criteria).values(withPlace(parts.criteria)).run();
    if (parts.prizeTiers?.length) tx.insert(prizeTiers).values(withPlace(parts.prizeTiers)).run();
    return contest;
  });
}

const contestById = preparedOnce((db) => db.select().from(contests).where(eq(contests.id, sql.placeholder('id'))).prepare());

export function getContest(db: DbOrTx, id: number): Contest | undefined {
  return contestById(db).get({ id });
}

export function getContestBySlug(db: DbOrTx, slug: string): Contest | undefined {
  return db.select().from(contests).where(eq(contests.slug, slug)).get();
}

/** Newest submission window first. */
export function listContests(db: DbOrTx): Contest[] {
  return db.select().from(contests)
    .orderBy(desc(contests.submissionOpensAt), desc(contests.id)).all();
}

/** Updates the contest's own fields; `updatedAt` is stamped unless the caller gives one. */
export function updateContest(
  db: DbOrTx,
  id: number,
  values: Partial<Omit<NewContest, 'id' | 'createdAt' | 'resultsRevision'>>,
): Contest | undefined {
  // The bump in the same statement, after the fields: a revision passed in (a copy of the row read
  // earlier) must never send it back, or results kept at a later one would miss what follows.
  return db.update(contests).set({ updatedAt: new Date(), ...values, resultsRevision: sql`${contests.resultsRevision} + 1` })
    .where(eq(contests.id, id)).returning().get();
}

/** The rubric in the organizer's order. */
export function listCriteria(db: DbOrTx, contestId: number): Criterion[] {
  return db.select().from(criteria).where(eq(criteria.contestId, contestId))
    .orderBy(asc(criteria.position), asc(criteria.id)).all();
}

/** Prize tiers from the highest (Giải Nhất) down, as the organizer listed them. */
export function listPrizeTiers(db: DbOrTx, contestId: number): PrizeTier[] {
  return db.select().from(prizeTiers).where(eq(prizeTiers.contestId, contestId))
    .orderBy(asc(prizeTiers.position), asc(prizeTiers.id)).all();
}

/**
 * Makes a contest's rubric equal to `inputs`, updating criteria in place by position so their
 * ids (which score sheets reference) survive an edit of names or weights.
 */
export function replaceCriteria(db: DbOrTx, contestId: number, inputs: CriterionInput[]): Criterion[] {
  const existing = listCriteria(db, contestId);
  inputs.forEach((input, position) => {
    const current = existing[position];
    if (current) db.update(criteria).set(input).where(eq(criteria.id, current.id)).run();
    else db.insert(criteria).values({ ...input, contestId, position }).run();
  });
  for (const surplus of existing.slice(inputs.length)) db.delete(criteria).where(eq(criteria.id, surplus.id)).run();
  bumpResultsRevision(db, { contestId });
  return listCriteria(db, contestId);
}

/** Makes a contest's prize tiers equal to `inputs`, keeping ids by position (awards reference them). */
export function replacePrizeTiers(db: DbOrTx, contestId: number, inputs: PrizeTierInput[]): PrizeTier[] {
  // The prize lines decide which comparative entries are flagged as too close to call.
  bumpResultsRevision(db, { contestId });
  const existing = listPrizeTiers(db, contestId);
  inputs.forEach((input, position) => {
    const current = existing[position];
    if (current) db.update(prizeTiers).set(input).where(eq(prizeTiers.id, current.id)).run();
    else db.insert(prizeTiers).values({ ...input, contestId, position }).run();
  });
  for (const surplus of existing.slice(inputs.length)) db.delete(prizeTiers).where(eq(prizeTiers.id, surplus.id)).run();
  return listPrizeTiers(db, contestId);
}
