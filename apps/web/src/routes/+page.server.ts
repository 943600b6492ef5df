import { dataOrError, getSetupStatus, listPublishedContests } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Published showcases, for everyone; the home page still works if they cannot be listed.
  const listed = await listPublishedContests(event);
  const showcases = listed.ok ? listed.data : [];
  // Someone signed in proves setup was done; only visitors need the question asked.
  if (event.locals.user) return { setupNeeded: false, unitName: event.locals.user.unitName, showcases };
  const status = dataOrError(await getSetupStatus(event));
  return { setupNeeded: status.needed, unitName: null, showcases };
};
