import { resolve } from '$app/paths';
import { dataOrError, listPublicStories, listPublishedContests } from '$lib/server/api';
import { buildSitemap, type SitemapUrl } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

/** Every public page: home, the showcase list, each showcase and each published story. */
export const GET: RequestHandler = async (event) => {
  const [contests, stories] = await Promise.all([
    listPublishedContests(event).then(dataOrError),
    listPublicStories(event).then(dataOrError),
  ]);
  const absolute = (path: string) => new URL(path, event.url.origin).href;
  const newest = [...contests.map((c) => c.publishedAt), ...stories.map((s) => s.publishedAt)].sort().at(-1);

  const urls: SitemapUrl[] = [
    { loc: absolute(resolve('/')) },
    { loc: absolute(resolve('/showcase')), lastmod: newest },
    ...contests.map((contest) => ({
      loc: absolute(resolve('/showcase/[slug]', { slug: contest.slug })),
      lastmod: [contest.publishedAt, ...stories.filter((s) => s.contestSlug === contest.slug).map((s) => s.publishedAt)]
        .sort()
        .at(-1),
    })),
    ...stories.map((story) => ({
      loc: absolute(resolve('/showcase/[slug]/[story]', { slug: story.contestSlug, story: story.slug })),
      lastmod: story.publishedAt,
    })),
  ];

  return new Response(buildSitemap(urls), {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  });
};
