import { fail, redirect } from '@sveltejs/kit';
import { createRound, dataOrError, errorStatus, getContest, listRounds } from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import { newRoundValues, readRoundForm } from '$lib/server/round-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  const [contest, rounds] = await Promise.all([getContest(event, contestId), listRounds(event, contestId)]);
  const now = Date.now();
  return {
    contest: dataOrError(contest),
    rounds: dataOrError(rounds),
    values: newRoundValues(event.locals.locale, now),
    now,
  };
};

export const actions: Actions = {
  create: async (event) => {
    requireRole(event.locals, 'organizer');
    const contestId = idParam(event.params.contestId);
    const { values, errors, input } = readRoundForm(await event.request.formData(), event.locals.locale);
    if (!input) return fail(400, { values, errors, message: undefined });
    const result = await createRound(event, contestId, input);
    if (!result.ok) {
      const message = result.code === 'invalid_round_window' ? undefined : result.message;
      if (!message) errors.closesDate = result.message;
      return fail(errorStatus(result.status), { values, errors, message });
    }
    redirect(303, `/organizer/rounds/${result.data.id}?created=1`);
  },
};
