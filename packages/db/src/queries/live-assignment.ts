import { and, eq, sql } from 'drizzle-orm';
import { assignments, entries } from '../schema/index.ts';

/**
 * An assignment a judge is asked to read: active, on an entry still in the contest. A withdrawn
 * or disqualified entry's readings count for nothing, so it leaves the judge's list, counts and
 * reminders and the organizer's progress; reinstated, it is back with its sheet as it was.
 * A condition on `assignments` alone (unaliased), so any query over them can use it.
 */
export const liveAssignment = and(
  eq(assignments.status, 'active'),
  sql`exists (select 1 from ${entries} where ${entries.id} = ${assignments.entryId} and ${entries.status} = 'submitted')`,
);
