import { resolve } from '$app/paths';
import { translator } from '$lib/i18n';
import { dataOrError, getStory } from '$lib/server/api';
import { articleJsonLd, jsonLdScript } from '$lib/server/seo';
import { slugParam } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

// Public reading pages ship no JavaScript: links and GET forms are all they need.
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const story = dataOrError(await getStory(event, slugParam(event.params.slug), slugParam(event.params.story)));
  const origin = event.url.origin;
  const path = resolve('/showcase/[slug]/[story]', { slug: story.contest.slug, story: story.slug });
  const canonical = new URL(path, origin).href;
  const images = story.photos.map((photo) => new URL(photo.url, origin).href);
  const t = translator(event.locals.locale);
  return {
    story,
    canonical,
    image: story.photos[0] ? { ...story.photos[0], url: images[0] } : null,
    jsonLd: jsonLdScript(articleJsonLd(story, { canonical, images }, t('app.name'))),
  };
};
