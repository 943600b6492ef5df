import { fail, redirect } from '@sveltejs/kit';
import { createEntry, dataOrError, errorStatus, getContest, listMyEntries } from '$lib/server/api';
import { idParam, requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const contestId = idParam(event.params.contestId);
  const contest = dataOrError(await getContest(event, contestId));
  let myEntries: { id: number; title: string; code: string; status: string }[] = [];
  if (event.locals.user?.roles.includes('entrant')) {
    const mine = await listMyEntries(event);
    if (mine.ok) {
      myEntries = mine.data
        .filter((entry) => entry.contestId === contestId)
        .map(({ id, title, code, status }) => ({ id, title, code, status }));
    }
  }
  return { contest, myEntries, now: Date.now() };
};

export const actions: Actions = {
  start: async (event) => {
    requireSignedIn(event);
    const contestId = idParam(event.params.contestId);
    // The title can be written in the editor; the draft exists from the first click.
    const result = await createEntry(event, contestId, { title: '' });
    if (!result.ok) {
      // Over the rules' allowance: point to the entry that uses it.
      const mine = result.code === 'entry_limit_reached' ? await listMyEntries(event) : undefined;
      const existing = mine?.ok
        ? mine.data.find((entry) => entry.contestId === contestId && entry.status !== 'withdrawn')
        : undefined;
      return fail(errorStatus(result.status), { message: result.message, existingEntryId: existing?.id });
    }
    redirect(303, `/entries/${result.data.id}`);
  },
};
