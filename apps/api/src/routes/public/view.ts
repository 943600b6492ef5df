import {
  listAwardedEntries, listAwards, listPublicStories, type Attachment, type Contest, type DbOrTx,
} from '@guong-sang/db';
import { renderMarkdown } from '../../lib/markdown.ts';
import { bylineOf, publicPhotoLookup, tierNames } from '../../publishing/showcase.ts';

/** The first words of a story, for lists and link previews. */
export function excerpt(text: string, words = 40): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
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
 * its page; any other winner shows only its code and title (no consent, no name). A fixed number
 * of queries, however many winners.
 */
export function showcaseView(db: DbOrTx, contest: Contest, now: Date) {
  const { tiers } = tierNames(db, contest.id);
  const stories = new Map(listPublicStories(db, now, { contestId: contest.id }).map((s) => [s.entry.id, s]));
  const awards = listAwards(db, contest.id);
  const winners = new Map(listAwardedEntries(db, contest.id).map((w) => [w.entryId, w]));
  const photosOf = publicPhotoLookup(db, [...stories.values()].map((s) => s.publication));
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
          const photo = photosOf(story.publication)[0];
          return [{
            code: story.entry.code,
            title: story.publication.title,
            story: {
              slug: story.publication.slug,
              ...bylineOf(story.publication, winners.get(award.entryId)?.authorUnitName ?? null),
              excerpt: excerpt(story.publication.bodyText),
              wordCount: story.publication.wordCount,
              photo: photo ?? null,
            },
          }];
        }
        // A winner without a public story: the judged title and the code, nothing about the author.
        const entry = winners.get(award.entryId);
        return entry ? [{ code: entry.code, title: entry.title, story: null }] : [];
      }),
    })).filter((tier) => tier.winners.length > 0),
  };
}
