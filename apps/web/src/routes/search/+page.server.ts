import { dataOrError, listPublishedContests, searchStories } from '$lib/server/api';
import { searchParams } from '$lib/search-params';
import type { PageServerLoad } from './$types';

// Public reading pages ship no JavaScript: the search is a plain GET form.
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const params = searchParams(event.url.searchParams);
  // The contest picker is a convenience: without it the search still works.
  const listed = await listPublishedContests(event);
  const contests = listed.ok ? listed.data.map(({ slug, title }) => ({ slug, title })) : [];
  const found = params.q
    ? dataOrError(await searchStories(event, { q: params.q, contest: params.contest, page: params.page }))
    : null;
  return { ...params, contests, found };
};
