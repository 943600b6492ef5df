import { dataOrError, listMyEntries } from '$lib/server/api';
import { requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  const entries = dataOrError(await listMyEntries(event));
  entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { entries, withdrawn: event.url.searchParams.has('withdrawn') };
};
