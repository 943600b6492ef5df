import { resolve } from '$app/paths';
import { translator } from '$lib/i18n';
import { dataOrError, getShowcase, listPublicStories } from '$lib/server/api';
import { buildAtomFeed } from '$lib/server/atom';
import { slugParam } from '$lib/server/slug';
import type { RequestHandler } from './$types';

/** Atom 1.0 feed of a published contest's stories; 404 like the showcase when unpublished. */
export const GET: RequestHandler = async (event) => {
  const slug = slugParam(event.params.slug);
  const showcase = dataOrError(await getShowcase(event, slug));
  const stories = dataOrError(await listPublicStories(event, { contestSlug: slug, text: true }));
  const t = translator(event.locals.locale);
  const origin = event.url.origin;
  const absolute = (path: string) => new URL(path, origin).href;

  const xml = buildAtomFeed({
    url: absolute(resolve('/showcase/[slug]', { slug })),
    selfUrl: absolute(resolve('/showcase/[slug]/feed.xml', { slug })),
    title: t('feed.title', { contest: showcase.title }),
    subtitle: t('feed.subtitle', { organizer: showcase.organizerTitle }),
    authorName: showcase.organizerTitle || t('app.name'),
    updated: showcase.publishedAt,
    language: 'vi',
    generator: t('app.name'),
    entries: stories.map((story) => ({
      url: absolute(resolve('/showcase/[slug]/[story]', { slug: story.contestSlug, story: story.slug })),
      title: story.title,
      authorName: story.displayName,
      published: story.publishedAt,
      category: story.tierName,
      summary: story.excerpt,
      contentHtml: story.bodyHtml ?? '',
    })),
  });

  return new Response(xml, {
    headers: {
      'content-type': 'application/atom+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  });
};
