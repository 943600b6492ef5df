import { and, eq } from 'drizzle-orm';
import { assignments, entries } from '../schema/index.ts';

/**
 * An assignment a judge is asked to read: active, on an entry still in the contest (the query
 * joins `entries`). A withdrawn or disqualified entry's readings count for nothing, so it leaves
 * the judge's list, counts and reminders; reinstated, it is back with its sheet as it was.
 */
export const liveAssignment = and(eq(assignments.status, 'active'), eq(entries.status, 'submitted'));
