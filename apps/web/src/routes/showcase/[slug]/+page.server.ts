import { anthologyUrl, dataOrError, getShowcase } from '$lib/server/api';
import { slugParam } from '$lib/server/slug';
import type { PageServerLoad } from './$types';

// Public reading pages ship no JavaScript: links and GET forms are all they need.
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const showcase = dataOrError(await getShowcase(event, slugParam(event.params.slug)));
  const photo = showcase.tiers
    .flatMap((tier) => tier.winners)
    .find((winner) => winner.story?.photo)?.story?.photo;
  return {
    showcase,
    origin: event.url.origin,
    // The first photo stands for the contest in link previews.
    image: photo ?? null,
    downloads: { pdf: anthologyUrl(showcase.slug, 'pdf'), epub: anthologyUrl(showcase.slug, 'epub') },
  };
};
