import { fail, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { completeSetup, dataOrError, errorStatus, getSetupStatus } from '$lib/server/api';
import { newPasswordField, placeRefusal, textField } from '$lib/server/form';
import type { Actions, PageServerLoad } from './$types';

type Field = 'token' | 'fullName' | 'email' | 'unitName' | 'password' | 'confirmPassword';

/** API error codes that belong to one field, so the message is shown beside it. */
const fieldForCode = new Map<string, Field>([
  ['setup_token_invalid', 'token'],
  ['invalid_email', 'email'],
  ['weak_password', 'password'],
]);

export const load: PageServerLoad = async (event) => {
  const status = dataOrError(await getSetupStatus(event));
  return {
    needed: status.needed,
    // The start-up log prints a link with the token, so the person only has to open it.
    token: event.url.searchParams.get('token') ?? '',
  };
};

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const values = {
      token: textField(data, 'token'),
      fullName: textField(data, 'fullName'),
      email: textField(data, 'email'),
      unitName: textField(data, 'unitName'),
    };
    const errors: FieldErrors<Field> = {};
    // Passwords are never sent back to the page.
    const invalid = (status: number, message?: string) => fail(status, { values, errors, message });
    if (!values.token) errors.token = t('validation.tokenRequired');
    if (!values.fullName) errors.fullName = t('validation.fullNameRequired');
    if (!values.email) errors.email = t('validation.emailRequired');
    if (!values.unitName) errors.unitName = t('validation.unitNameRequired');
    const password = newPasswordField(data, errors, t);
    if (Object.keys(errors).length > 0) return invalid(400);

    const result = await completeSetup(event, { ...values, password });
    if (!result.ok) return invalid(errorStatus(result.status), placeRefusal(result, fieldForCode, errors));
    redirect(303, '/');
  },
};
