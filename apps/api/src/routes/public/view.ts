import {
  getEntry, getUnit, getUser, listAttachmentsByIds, listAwards, listPrizeTiers, listPublicStories,
  type Attachment, type Contest, type DbOrTx, type Entry, type Publication,
} from '@guong-sang/db';
import { renderMarkdown } from '../../lib/markdown.ts';

/** The first words of a story, for lists and link previews. */
export function excerpt(text: string, words = 40): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

/** The byline's parts the author allowed: chosen name, unit only when they said so. */
export function byline(db: DbOrTx, entry: Entry, publication: Publication) {
  const author = getUser(db, entry.authorId);
  const unitName = publication.showUnit && author ? (getUnit(db, author.unitId)?.name ?? null) : null;
  return { displayName: publication.displayName, unitName };
}

/**
 * A contest's prize tiers and its winners' places: the tier name of each winning entry, and its
 * rank in the showcase (tier by tier in the contest's order, then in the order the awards were
 * decided), by which story lists (previous/next, the anthology) sort.
 */
export function tierNames(db: DbOrTx, contestId: number) {
  const tiers = listPrizeTiers(db, contestId);
  const awards = listAwards(db, contestId);
  const tierPlace = new Map(tiers.map((t, i) => [t.id, i]));
  const names = new Map(tiers.map((t) => [t.id, t.name]));
  const byEntry = new Map(awards.map((a, i) => [a.entryId, { tierId: a.tierId, rank: (tierPlace.get(a.tierId) ?? 0) * awards.length + i }]));
  return {
    tiers,
    tierOf: (entryId: number) => names.get(byEntry.get(entryId)?.tierId ?? -1) ?? '',
    rankOf: (entryId: number) => byEntry.get(entryId)?.rank ?? Number.MAX_SAFE_INTEGER,
  };
}

/** Tier names by contest and entry, each contest's awards read once per lookup table. */
export function tierLookup(db: DbOrTx) {
  const byContest = new Map<number, (entryId: number) => string>();
  return (contestId: number, entryId: number) => {
    let tierOf = byContest.get(contestId);
    if (!tierOf) {
      tierOf = tierNames(db, contestId).tierOf;
      byContest.set(contestId, tierOf);
    }
    return tierOf(entryId);
  };
}

/** Photos the author chose to show, in their order, that still have a sanitized copy. */
export function publicPhotos(db: DbOrTx, publication: Publication) {
  const byId = new Map(listAttachmentsByIds(db, publication.photoIds).map((a) => [a.id, a]));
  return publication.photoIds.flatMap((id) => {
    const photo = byId.get(id);
    return photo?.kind === 'photo' && photo.sanitizedSha256 ? [photo] : [];
  });
}

export interface ShowcaseWinner {
  code: string;
  title: string;
  story: {
    slug: string;
    displayName: string;
    unitName: string | null;
    excerpt: string;
    wordCount: number;
    photo: Attachment | null;
  } | null;
}

/**
 * The showcase: winners grouped by tier in the tiers' order. A story both sides approved links to
 * its page; any other winner shows only its code and title (no consent, no name).
 */
export function showcaseView(db: DbOrTx, contest: Contest, now: Date) {
  const { tiers } = tierNames(db, contest.id);
  const stories = new Map(listPublicStories(db, now, { contestId: contest.id }).map((s) => [s.entry.id, s]));
  const awards = listAwards(db, contest.id);
  return {
    slug: contest.slug,
    title: contest.title,
    descriptionHtml: renderMarkdown(contest.description),
    organizerTitle: contest.organizerTitle,
    publishedAt: contest.publishedAt?.toISOString() ?? '',
    storyCount: stories.size,
    tiers: tiers.map((tier) => ({
      name: tier.name,
      winners: awards.filter((a) => a.tierId === tier.id).flatMap((award): ShowcaseWinner[] => {
        const story = stories.get(award.entryId);
        if (story) {
          const photo = publicPhotos(db, story.publication)[0];
          return [{
            code: story.entry.code,
            title: story.publication.title,
            story: {
              slug: story.publication.slug,
              ...byline(db, story.entry, story.publication),
              excerpt: excerpt(story.publication.bodyText),
              wordCount: story.publication.wordCount,
              photo: photo ?? null,
            },
          }];
        }
        return winnerWithoutStory(db, award.entryId);
      }),
    })).filter((tier) => tier.winners.length > 0),
  };
}

/** A winner without a public story: the judged title and the code, nothing about the author. */
function winnerWithoutStory(db: DbOrTx, entryId: number): ShowcaseWinner[] {
  const entry = getEntry(db, entryId);
  return entry ? [{ code: entry.code, title: entry.title, story: null }] : [];
}
