import { getContest, getEntry, type Contest, type DbOrTx, type Entry } from '@guong-sang/db';
import { notFound } from '../lib/errors.ts';

/** Who is asking: the signed-in person's id and roles (the route reads them from the session). */
export interface Viewer {
  id: string;
  roles: readonly string[];
}

/**
 * The entry `entryId` if `viewer` may see it: its author, or an organizer when `organizers` is
 * set. Anybody else gets 404, as if it did not exist.
 */
export function visibleEntry(
  db: DbOrTx,
  viewer: Viewer,
  entryId: number,
  { organizers }: { organizers: boolean },
): { entry: Entry; contest: Contest } {
  const entry = getEntry(db, entryId);
  const allowed = entry && (entry.authorId === viewer.id || (organizers && viewer.roles.includes('organizer')));
  const contest = entry && getContest(db, entry.contestId);
  if (!allowed || !contest) throw notFound();
  return { entry, contest };
}
