import {
  appendAudit, getContest, getEntry, getPublicationByEntry, getUser, latestEntryVersion, listAttachmentsByIds,
  listAwards, listPrizeTiers, updateAttachmentAltText, updatePublication, type DbOrTx, type Entry, type Tx,
} from '@guong-sang/db';
import { countWords } from '@guong-sang/text';
import { htmlToText, sanitizeEssayHtml } from '../files/html.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';
import { assertDecodedText } from '../lib/text-hygiene.ts';
import { comparableText, diffPublicVersion } from './public-version.ts';
import { publicationStatus } from './visibility.ts';

/*
 * The review of a winner's public version: the author edits it within the allowance and approves
 * or declines it; the organizer approves exactly the version they read. Each write is audited.
 */

/** The public version of a winning entry with what it was made from; 404 unless the entry won. */
export function loadPublication(db: DbOrTx, entry: Entry) {
  const publication = getPublicationByEntry(db, entry.id);
  const contest = getContest(db, entry.contestId);
  const award = contest && listAwards(db, contest.id).find((a) => a.entryId === entry.id);
  const version = latestEntryVersion(db, entry.id);
  if (!publication || !contest || !award || !version || !contest.awardsFinalizedAt) throw notFound();
  const tier = listPrizeTiers(db, contest.id).find((t) => t.id === award.tierId);
  return { publication, contest, tierName: tier?.name ?? '', version };
}

export interface AuthorVersionInput {
  title: string;
  body: string;
  usesPenName: boolean;
  penName?: string;
  showUnit: boolean;
  photoIds: number[];
  altTexts?: { id: number; text: string }[];
  approve: boolean;
}

/**
 * The author's edit, checked against the judged version: sanitized, not empty, within the
 * allowance. Sanitizing and comparing take a moment on a long text, so this runs before the
 * write lock is taken.
 */
export function prepareAuthorVersion(db: DbOrTx, authorId: string, entryId: number, input: AuthorVersionInput) {
  const entry = getEntry(db, entryId);
  if (!entry || entry.authorId !== authorId) throw notFound();
  const { version } = loadPublication(db, entry);
  const title = cleanLine(input.title);
  const body = assertDecodedText(sanitizeEssayHtml(input.body), 'body');
  const bodyText = htmlToText(body);
  if (!title || !bodyText) throw new DomainError(400, 'publication_empty');
  const diff = diffPublicVersion({ title: version.title, text: comparableText(version.body) }, { title, text: comparableText(body) });
  if (!diff.withinAllowance) {
    throw new DomainError(400, 'publication_too_different', { added: diff.addedWords, removed: diff.removedWords });
  }
  return { entry, version, title, body, bodyText, diff, input };
}

/** Saves (and, when asked, approves) the author's prepared edit until the organizer has approved it. */
export function saveAuthorVersion(tx: Tx, authorId: string, prepared: ReturnType<typeof prepareAuthorVersion>, now: Date): void {
  const { entry, version, title, body, bodyText, diff, input } = prepared;
  const { publication } = loadPublication(tx, entry);
  if (publication.organizerApprovedAt) throw new DomainError(409, 'publication_locked');
  const penName = cleanLine(input.penName ?? '');
  if (input.usesPenName && !penName) throw new DomainError(400, 'pen_name_required');
  const allowedPhotos = new Set(listAttachmentsByIds(tx, version.attachmentIds).filter((a) => a.kind === 'photo' && a.sanitizedSha256).map((a) => a.id));
  if ([...input.photoIds, ...(input.altTexts ?? []).map((a) => a.id)].some((id) => !allowedPhotos.has(id))) {
    throw new DomainError(400, 'invalid_photo');
  }
  for (const alt of input.altTexts ?? []) updateAttachmentAltText(tx, entry.id, alt.id, cleanLine(alt.text));
  updatePublication(tx, publication.id, {
    title, body, bodyText, wordCount: countWords(bodyText),
    displayName: input.usesPenName ? penName : (getUser(tx, entry.authorId)?.fullName ?? ''),
    usesPenName: input.usesPenName,
    showUnit: input.showUnit,
    photoIds: [...new Set(input.photoIds)],
    // Any change needs the author's approval again; approving also withdraws a refusal.
    authorApprovedAt: input.approve ? now : null,
    authorDeclinedAt: input.approve ? null : publication.authorDeclinedAt,
  });
  appendAudit(tx, {
    actorId: authorId, action: input.approve ? 'publication.author_approved' : 'publication.author_saved',
    subjectType: 'entry', subjectId: entry.id,
    details: { addedWords: diff.addedWords, removedWords: diff.removedWords, usesPenName: input.usesPenName, showUnit: input.showUnit },
  });
}

/** The author keeps the story private: the showcase lists it by code and title only. */
export function declinePublication(tx: Tx, authorId: string, entryId: number, now: Date): void {
  const entry = getEntry(tx, entryId);
  if (!entry || entry.authorId !== authorId) throw notFound();
  const { publication } = loadPublication(tx, entry);
  updatePublication(tx, publication.id, { authorDeclinedAt: now, authorApprovedAt: null, organizerApprovedAt: null });
  appendAudit(tx, { actorId: authorId, action: 'publication.author_declined', subjectType: 'entry', subjectId: entry.id });
}

/**
 * The organizer approves the author-approved version they read (`reviewed`: its authorApprovedAt),
 * or takes the approval back.
 */
export function setOrganizerApproval(
  tx: Tx,
  organizerId: string,
  entryId: number,
  decision: { approved: boolean; reviewed?: string },
  now: Date,
): void {
  const entry = getEntry(tx, entryId);
  if (!entry) throw notFound();
  const { publication } = loadPublication(tx, entry);
  if (decision.approved && publicationStatus(publication) !== 'awaiting_organizer' && !publication.organizerApprovedAt) {
    throw new DomainError(409, 'publication_not_approved_by_author');
  }
  // The author may have changed it since the organizer read it: approve only what was read.
  if (decision.approved && decision.reviewed !== publication.authorApprovedAt?.toISOString()) {
    throw new DomainError(409, 'publication_changed');
  }
  updatePublication(tx, publication.id, { organizerApprovedAt: decision.approved ? now : null });
  appendAudit(tx, {
    actorId: organizerId, action: decision.approved ? 'publication.approved' : 'publication.approval_withdrawn',
    subjectType: 'entry', subjectId: entry.id,
  });
}
