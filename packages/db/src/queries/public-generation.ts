import { gt, lte, max, min } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { contests, publicGeneration } from '../schema/index.ts';

/**
 * The counter the 0007 triggers raise on every write to what the public can read. One indexed
 * row, read on every public request, so its statement is prepared once per connection.
 */
const generationStatements = new WeakMap<object, { get(): { generation: number } | undefined }>();

export function readPublicGeneration(db: DbOrTx): number {
  let statement = generationStatements.get(db);
  if (!statement) {
    statement = db.select({ generation: publicGeneration.generation }).from(publicGeneration).prepare();
    generationStatements.set(db, statement);
  }
  return statement.get()?.generation ?? 0;
}

/**
 * Between which showcase publication times `now` falls: the latest one already passed and the
 * next one still to come (milliseconds; -Infinity / Infinity when there is none). Visibility
 * changes with time only at those instants (a scheduled showcase goes public by itself).
 */
export function publicationTimesAround(db: DbOrTx, now: Date): { since: number; until: number } {
  const passed = db.select({ at: max(contests.publishedAt) }).from(contests).where(lte(contests.publishedAt, now)).get();
  const next = db.select({ at: min(contests.publishedAt) }).from(contests).where(gt(contests.publishedAt, now)).get();
  return { since: passed?.at?.getTime() ?? -Infinity, until: next?.at?.getTime() ?? Infinity };
}
