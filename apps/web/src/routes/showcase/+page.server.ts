import { dataOrError, listPublishedContests } from '$lib/server/api';
import type { PageServerLoad } from './$types';

// Public reading pages ship no JavaScript: links and GET forms are all they need.
export const csr = false;

export const load: PageServerLoad = async (event) => {
  const contests = dataOrError(await listPublishedContests(event));
  return { contests };
};
