import {
  countEntriesByStatus, listCriteria, listPrizeTiers, type Contest, type DbOrTx,
} from '@guong-sang/db';
import { renderMarkdown } from '../../lib/markdown.ts';
import { acceptingSubmissions } from '../../entries/deadline.ts';
import { showcaseIsPublic } from '../../publishing/visibility.ts';

export function contestSummary(db: DbOrTx, contest: Contest, now: Date, forOrganizer: boolean) {
  const counts = forOrganizer ? countEntriesByStatus(db, contest.id) : undefined;
  return {
    id: contest.id,
    slug: contest.slug,
    title: contest.title,
    status: contest.status,
    submissionOpensAt: contest.submissionOpensAt.toISOString(),
    submissionClosesAt: contest.submissionClosesAt.toISOString(),
    minWords: contest.minWords,
    maxWords: contest.maxWords,
    categories: contest.categories,
    acceptingSubmissions: acceptingSubmissions(contest, now),
    showcasePublic: showcaseIsPublic(contest, now),
    ...(counts && { entryCount: counts.submitted + counts.disqualified }),
  };
}

export function contestDetail(db: DbOrTx, contest: Contest, now: Date, forOrganizer: boolean) {
  return {
    ...contestSummary(db, contest, now, forOrganizer),
    description: contest.description,
    rules: contest.rules,
    descriptionHtml: renderMarkdown(contest.description),
    rulesHtml: renderMarkdown(contest.rules),
    sameUnitConflict: contest.sameUnitConflict,
    allowedAttachmentKinds: contest.allowedAttachmentKinds,
    maxAttachments: contest.maxAttachments,
    maxAttachmentBytes: contest.maxAttachmentBytes,
    disagreementThreshold: contest.disagreementThreshold,
    adjudicationMethod: contest.adjudicationMethod,
    entriesPerAuthor: contest.entriesPerAuthor,
    criteria: listCriteria(db, contest.id).map(({ id, name, description, weight, min, max, levels }) =>
      ({ id, name, description, weight, min, max, levels })),
    prizeTiers: listPrizeTiers(db, contest.id).map(({ id, name, count }) => ({ id, name, count })),
    createdAt: contest.createdAt.toISOString(),
    updatedAt: contest.updatedAt.toISOString(),
  };
}
