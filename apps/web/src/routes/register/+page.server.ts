import { fail, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { dataOrError, errorStatus, listEntrantUnits, register } from '$lib/server/api';
import { newPasswordField, placeRefusal, textField } from '$lib/server/form';
import type { Actions, PageServerLoad } from './$types';

type Field = 'email' | 'fullName' | 'unitId' | 'password' | 'confirmPassword';

/** API error codes that belong to one field, so the message is shown beside it. */
const fieldForCode = new Map<string, Field>([
  ['invalid_email', 'email'],
  ['email_taken', 'email'],
  ['unknown_unit', 'unitId'],
  ['unit_closed_to_entrants', 'unitId'],
  ['weak_password', 'password'],
]);

export const load: PageServerLoad = async (event) => {
  if (event.locals.user) redirect(303, '/');
  return { units: dataOrError(await listEntrantUnits(event)) };
};

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const values = {
      email: textField(data, 'email'),
      fullName: textField(data, 'fullName'),
      unitId: textField(data, 'unitId'),
    };
    const errors: FieldErrors<Field> = {};
    // Passwords are never sent back to the page.
    const invalid = (status: number, message?: string) => fail(status, { values, errors, message });
    if (!values.email) errors.email = t('validation.emailRequired');
    if (!values.fullName) errors.fullName = t('validation.fullNameRequired');
    const unitId = Number(values.unitId);
    if (!/^\d+$/.test(values.unitId) || !Number.isSafeInteger(unitId)) {
      errors.unitId = t('validation.unitRequired');
    }
    const password = newPasswordField(data, errors, t);
    if (Object.keys(errors).length > 0) return invalid(400);

    const result = await register(event, {
      email: values.email,
      password,
      fullName: values.fullName,
      unitId,
    });
    if (!result.ok) return invalid(errorStatus(result.status), placeRefusal(result, fieldForCode, errors));
    redirect(303, '/');
  },
};
