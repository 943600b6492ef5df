import { fail, redirect } from '@sveltejs/kit';
import { dataOrError, errorStatus, getEntry, withdrawEntry } from '$lib/server/api';
import { idParam, requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  return { entry: dataOrError(await getEntry(event, idParam(event.params.entryId))) };
};

export const actions: Actions = {
  default: async (event) => {
    requireSignedIn(event);
    const result = await withdrawEntry(event, idParam(event.params.entryId));
    if (!result.ok) return fail(errorStatus(result.status), { message: result.message });
    redirect(303, '/entries?withdrawn=1');
  },
};
