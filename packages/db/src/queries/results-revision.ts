import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce } from '../prepared.ts';
import { contests, entries, rounds } from '../schema/index.ts';

/**
 * A contest's results revision: the results, reliability report and exports of its rounds, and
 * screening's near-duplicate pairs, are cached under this number (apps/api results-cache.ts).
 * Every query function here that writes something those read — sheets and scores, assignments
 * (recusal, adjudication), comparative choices and their recusals, rounds, rubric and contest
 * rules, entries and their versions (disqualification, titles, texts), tie decisions, the names of
 * people and units — bumps it in the same statement sequence, so the caller's transaction commits
 * both or neither. Writers outside these functions do not exist: only packages/db touches the
 * database. Writes to a score sheet or an assignment are the exception: triggers bump the revision
 * and stamp the sheet with it (migration 0013), since results keep a round's sheets and take in
 * only those stamped since.
 */
export function getResultsRevision(db: DbOrTx, contestId: number): number | undefined {
  return db.select({ revision: contests.resultsRevision }).from(contests).where(eq(contests.id, contestId)).get()?.revision;
}

type ResultsScope = { contestId: number } | { roundIds: number[] } | { entryId: number } | 'every-contest';

const next = { resultsRevision: sql`${contests.resultsRevision} + 1` };

// The single-row scopes run on every submission and autosave: prepared once (building the
// update with its subquery in drizzle cost more than running it).
const bumpContest = preparedOnce((db) => db.update(contests).set(next)
  .where(eq(contests.id, sql.placeholder('contestId'))).prepare());
const bumpEntryContest = preparedOnce((db) => db.update(contests).set(next)
  .where(inArray(contests.id, db.select({ id: entries.contestId }).from(entries).where(eq(entries.id, sql.placeholder('entryId')))))
  .prepare());

/** Bumps the results revision of the contest(s) `scope` belongs to (see `getResultsRevision`). */
export function bumpResultsRevision(db: DbOrTx, scope: ResultsScope): void {
  if (scope === 'every-contest') db.update(contests).set(next).run();
  else if ('contestId' in scope) bumpContest(db).run(scope);
  else if ('entryId' in scope) bumpEntryContest(db).run(scope);
  else {
    db.update(contests).set(next)
      .where(inArray(contests.id, db.select({ id: rounds.contestId }).from(rounds).where(inArray(rounds.id, scope.roundIds))))
      .run();
  }
}

