import { isEntryPublic, type Contest, type DbOrTx, type Publication } from '@guong-sang/db';

/*
 * What the public may see, the one rule (DESIGN: "the public only what was published"): a story is
 * public when its author and the organizer both approved it, its contest's showcase is published
 * by `now`, and its award still stands for an entry still in the running. Lists, search, feeds and
 * books must filter in SQL (paging and FTS happen in the query), so packages/db holds the rule's
 * query form (`isPublic` in queries/publications.ts, asked through `storyIsPublic` below); the API
 * asks only the functions here and never restates the conditions.
 */

export type PublicationStatus = 'awaiting_author' | 'declined' | 'awaiting_organizer' | 'approved';

/** Where a public version stands between the author's and the organizer's approvals. */
export function publicationStatus(publication: Publication): PublicationStatus {
  if (publication.authorDeclinedAt) return 'declined';
  if (!publication.authorApprovedAt) return 'awaiting_author';
  return publication.organizerApprovedAt ? 'approved' : 'awaiting_organizer';
}

/** Whether the showcase of `contest` is public at `now` (the contest half of the rule). */
export const showcaseIsPublic = (contest: Contest, now: Date) =>
  contest.publishedAt !== null && contest.publishedAt.getTime() <= now.getTime();

/** Whether the entry's story is public at `now`: the whole rule, as packages/db states it in SQL. */
export const storyIsPublic = (db: DbOrTx, entryId: number, now: Date) => isEntryPublic(db, entryId, now);
