import { getEntry, getUnit, getUser, listAttachmentsByIds, type DbOrTx } from '@guong-sang/db';
import { notFound } from '../../lib/errors.ts';
import { comparableText, diffPublicVersion } from '../../publishing/public-version.ts';
import { loadPublication } from '../../publishing/review.ts';
import { essayHtmlForDisplay } from '../../files/html.ts';
import { publicationStatus, storyIsPublic } from '../../publishing/visibility.ts';

/** What the author and the organizer see of a public version (never shown to the public as is). */
export function publicationDetail(db: DbOrTx, entryId: number, now: Date, origin: string) {
  const entry = getEntry(db, entryId);
  if (!entry) throw notFound();
  const { publication, contest, tierName, version } = loadPublication(db, entry);
  const author = getUser(db, entry.authorId);
  const photos = listAttachmentsByIds(db, version.attachmentIds).filter((a) => a.kind === 'photo' && a.sanitizedSha256);
  return {
    entryId: entry.id,
    code: entry.code,
    contest: { id: contest.id, slug: contest.slug, title: contest.title, publishedAt: contest.publishedAt?.toISOString() ?? null },
    tierName,
    status: publicationStatus(publication),
    consentAtSubmission: entry.consentToPublish,
    realName: author?.fullName ?? '',
    unitName: (author && getUnit(db, author.unitId)?.name) ?? '',
    judged: { title: version.title, body: essayHtmlForDisplay(version.body) },
    public: {
      slug: publication.slug,
      title: publication.title,
      body: essayHtmlForDisplay(publication.body),
      wordCount: publication.wordCount,
      displayName: publication.displayName,
      usesPenName: publication.usesPenName,
      showUnit: publication.showUnit,
      photoIds: publication.photoIds,
    },
    photos: photos.map((p) => ({ id: p.id, altText: p.altText, url: `/api/entries/${entry.id}/attachments/${p.id}` })),
    diff: diffPublicVersion({ title: version.title, text: comparableText(version.body) }, { title: publication.title, text: comparableText(publication.body) }),
    authorApprovedAt: publication.authorApprovedAt?.toISOString() ?? null,
    authorDeclinedAt: publication.authorDeclinedAt?.toISOString() ?? null,
    organizerApprovedAt: publication.organizerApprovedAt?.toISOString() ?? null,
    publicUrl: storyIsPublic(db, entry.id, now) ? `${origin}/showcase/${contest.slug}/${publication.slug}` : null,
  };
}
