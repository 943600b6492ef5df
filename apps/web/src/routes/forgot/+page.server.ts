import { fail, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { errorStatus, requestPasswordReset } from '$lib/server/api';
import { textField } from '$lib/server/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, '/');
};

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const errors: FieldErrors<'email'> = {};
    const invalid = (status: number, message?: string) => fail(status, { email, errors, message });
    if (!email) {
      errors.email = t('validation.emailRequired');
      return invalid(400);
    }
    const result = await requestPasswordReset(event, email);
    if (!result.ok) return invalid(errorStatus(result.status), result.message);
    // The same answer whether or not the e-mail has an account.
    return { sent: true };
  },
};
