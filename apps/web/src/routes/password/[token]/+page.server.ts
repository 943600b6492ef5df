import { fail, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { errorStatus, getPasswordLink, setPasswordWithLink } from '$lib/server/api';
import { newPasswordField, placeRefusal } from '$lib/server/form';
import type { Actions, PageServerLoad } from './$types';

type Field = 'password' | 'confirmPassword';

const fieldForCode = new Map<string, Field>([['weak_password', 'password']]);

/** A set-password link from a reset or an invitation mail; whoever holds it may use it once. */
export const load: PageServerLoad = async (event) => {
  const link = await getPasswordLink(event, event.params.token);
  return link.ok ? { link: link.data, refusal: null } : { link: null, refusal: link.message };
};

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const errors: FieldErrors<Field> = {};
    const invalid = (status: number, message?: string) => fail(status, { errors, message });
    const password = newPasswordField(data, errors, t);
    if (Object.keys(errors).length > 0) return invalid(400);
    const result = await setPasswordWithLink(event, event.params.token, password);
    if (!result.ok) return invalid(errorStatus(result.status), placeRefusal(result, fieldForCode, errors));
    // Signed in with the new password: straight on to what they came for.
    redirect(303, '/');
  },
};
