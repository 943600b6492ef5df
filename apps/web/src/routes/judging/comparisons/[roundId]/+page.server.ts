import { fail, redirect } from '@sveltejs/kit';
import { chooseBetter, dataOrError, errorStatus, getComparisonTask } from '$lib/server/api';
import { textField } from '$lib/server/form';
import { idParam, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/*
 * Blindness: the comparison page loads one thing, the judge's next pair, which the API builds
 * from an allow-list (blind codes and texts). No entry, user or contest routes are called here.
 */

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  const task = dataOrError(await getComparisonTask(event, idParam(event.params.roundId)));
  return { task, chosen: event.url.searchParams.has('chosen') };
};

export const actions: Actions = {
  choose: async (event) => {
    requireRole(event.locals, 'judge');
    const roundId = idParam(event.params.roundId);
    const data = await event.request.formData();
    const note = textField(data, 'note').trim();
    const choice = { left: textField(data, 'left'), right: textField(data, 'right'), winner: textField(data, 'winner') };
    const result = await chooseBetter(event, roundId, { ...choice, ...(note && { note }) });
    if (!result.ok) return fail(errorStatus(result.status), { note, message: result.message });
    redirect(303, `/judging/comparisons/${roundId}?chosen=1`);
  },
};
