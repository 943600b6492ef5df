import { dataOrError, getSetupStatus } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Someone signed in proves setup was done; only visitors need the question asked.
  if (event.locals.user) return { setupNeeded: false, unitName: event.locals.user.unitName };
  const status = dataOrError(await getSetupStatus(event));
  return { setupNeeded: status.needed, unitName: null };
};
