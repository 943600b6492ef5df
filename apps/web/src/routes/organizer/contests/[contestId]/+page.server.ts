import { fail, redirect } from '@sveltejs/kit';
import { dataOrError, errorStatus, getContest, updateContest } from '$lib/server/api';
import {
  changedContestFields,
  contestValues,
  placeContestApiError,
  readContestForm,
  sameRows,
} from '$lib/server/contest-form';
import { idParam, requireRole } from '$lib/server/guard';
import type { ContestInput } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contest = dataOrError(await getContest(event, idParam(event.params.contestId)));
  return {
    contest,
    values: contestValues(contest, event.locals.locale),
    created: event.url.searchParams.has('created'),
    saved: event.url.searchParams.has('saved'),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, 'organizer');
    const contestId = idParam(event.params.contestId);
    const { values, input, errors } = readContestForm(await event.request.formData(), event.locals.locale);
    if (!input) return fail(400, { values, errors, message: undefined });

    const current = dataOrError(await getContest(event, contestId));
    // The API replaces the rubric and the prize tiers whenever they are sent (new ids), so send
    // them only when they changed: scores and awards may already point at the current ones.
    const patch: Partial<ContestInput> = changedContestFields(input, values, current, event.locals.locale);
    const currentCriteria = current.criteria.map(({ name, description, weight, min, max }) => ({
      name,
      description,
      weight,
      min,
      max,
    }));
    if (sameRows(currentCriteria, input.criteria)) delete patch.criteria;
    const currentTiers = current.prizeTiers.map(({ name, count }) => ({ name, count }));
    if (sameRows(currentTiers, input.prizeTiers)) delete patch.prizeTiers;

    const result = await updateContest(event, contestId, patch);
    if (!result.ok) {
      const message = placeContestApiError(result.code, result.message, errors);
      return fail(errorStatus(result.status), { values, errors, message });
    }
    redirect(303, `/organizer/contests/${contestId}?saved=1`);
  },
};
