import { eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { assignments, contests, entries, rounds } from '../schema/index.ts';

/**
 * A contest's results revision: the results, reliability report and exports of its rounds, and
 * screening's near-duplicate pairs, are cached under this number (apps/api results-cache.ts).
 * Every query function here that writes something those read — sheets and scores, assignments
 * (recusal, adjudication), rounds, rubric and contest rules, entries and their versions
 * (disqualification, titles, texts), tie decisions, the names of people and units — bumps it in
 * the same statement sequence, so the caller's transaction commits both or neither. Writers
 * outside these functions do not exist: only packages/db touches the database.
 */
export function getResultsRevision(db: DbOrTx, contestId: number): number | undefined {
  return db.select({ revision: contests.resultsRevision }).from(contests).where(eq(contests.id, contestId)).get()?.revision;
}

type ResultsScope = { contestId: number } | { roundIds: number[] } | { assignmentId: number } | { entryId: number } | 'every-contest';

/** Bumps the results revision of the contest(s) `scope` belongs to (see `getResultsRevision`). */
export function bumpResultsRevision(db: DbOrTx, scope: ResultsScope): void {
  const next = { resultsRevision: sql`${contests.resultsRevision} + 1` };
  if (scope === 'every-contest') {
    db.update(contests).set(next).run();
    return;
  }
  const which = 'contestId' in scope ? eq(contests.id, scope.contestId)
    : 'roundIds' in scope ? inArray(contests.id, db.select({ id: rounds.contestId }).from(rounds).where(inArray(rounds.id, scope.roundIds)))
    : 'entryId' in scope ? inArray(contests.id, db.select({ id: entries.contestId }).from(entries).where(eq(entries.id, scope.entryId)))
    : inArray(contests.id, db.select({ id: rounds.contestId }).from(assignments)
      .innerJoin(rounds, eq(rounds.id, assignments.roundId)).where(eq(assignments.id, scope.assignmentId)));
  db.update(contests).set(next).where(which).run();
}
