import { fail, redirect } from '@sveltejs/kit';
import { createContest, errorStatus } from '$lib/server/api';
import { newContestValues, placeContestApiError, readContestForm } from '$lib/server/contest-form';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  requireRole(locals, 'organizer');
  return { values: newContestValues(locals.locale) };
};

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, 'organizer');
    const { values, input, errors } = readContestForm(await event.request.formData(), event.locals.locale);
    if (!input) return fail(400, { values, errors, message: undefined });

    const result = await createContest(event, input);
    if (!result.ok) {
      const message = placeContestApiError(result.code, result.message, errors);
      return fail(errorStatus(result.status), { values, errors, message });
    }
    redirect(303, `/organizer/contests/${result.data.id}?created=1`);
  },
};
