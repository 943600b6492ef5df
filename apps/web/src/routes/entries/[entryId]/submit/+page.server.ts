import { fail, redirect } from '@sveltejs/kit';
import { dataOrError, errorStatus, getAnonymityCheck, getEntry, submitEntry } from '$lib/server/api';
import { textField } from '$lib/server/form';
import { idParam, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad, Actions } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  const entryId = idParam(event.params.entryId);
  const entry = dataOrError(await getEntry(event, entryId));
  const check = await getAnonymityCheck(event, entryId);
  return {
    entry,
    // A failed check must not block submitting: the page says it could not run.
    warnings: check.ok ? check.data.warnings : null,
    now: Date.now(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    const values = { consent: data.get('consent') === 'on', penName: textField(data, 'penName') };
    const baseUpdatedAt = textField(data, 'baseUpdatedAt');
    const result = await submitEntry(event, entryId, {
      consentToPublish: values.consent,
      ...(values.penName ? { penName: values.penName } : {}),
      // The version the page showed: one saved in another tab since is refused, not submitted unseen.
      ...(baseUpdatedAt ? { baseUpdatedAt } : {}),
    });
    if (!result.ok) {
      return fail(errorStatus(result.status), { values, message: result.message, code: result.code });
    }
    redirect(303, `/entries/${entryId}/receipt?version=${result.data.version}&submitted=1`);
  },
};
