import { dataOrError, listNotices } from '$lib/server/api';
import { requireSignedIn } from '$lib/server/guard';
import { pageParam } from '$lib/server/paging';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  return { mail: dataOrError(await listNotices(event, pageParam(event.url))) };
};
