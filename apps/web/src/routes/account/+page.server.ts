import { fail } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { changePassword, errorStatus, updateMe } from '$lib/server/api';
import { newPasswordField, passwordField, placeRefusal, textField } from '$lib/server/form';
import { requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

type PasswordField = 'currentPassword' | 'password' | 'confirmPassword';

const passwordFieldForCode = new Map<string, PasswordField>([
  ['wrong_current_password', 'currentPassword'],
  ['weak_password', 'password'],
]);

export const load: PageServerLoad = (event) => {
  const { email, fullName, unitName } = requireSignedIn(event);
  // The root layout keeps only name and roles; this page is the person's own, e-mail and unit too.
  return { account: { email, fullName, unitName } };
};

export const actions: Actions = {
  name: async (event) => {
    requireSignedIn(event);
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const fullName = textField(data, 'fullName');
    const errors: FieldErrors<'fullName'> = {};
    const invalid = (status: number, message?: string) =>
      fail(status, { action: 'name' as const, fullName, errors, message });
    if (!fullName) errors.fullName = t('validation.fullNameRequired');
    if (Object.keys(errors).length > 0) return invalid(400);
    const result = await updateMe(event, { fullName });
    if (!result.ok) return invalid(errorStatus(result.status), result.message);
    return { action: 'name' as const, saved: t('account.nameSaved') };
  },

  password: async (event) => {
    requireSignedIn(event);
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const currentPassword = passwordField(data, 'currentPassword');
    const errors: FieldErrors<PasswordField> = {};
    // Passwords are never sent back to the page.
    const invalid = (status: number, message?: string) =>
      fail(status, { action: 'password' as const, errors, message });
    if (!currentPassword) errors.currentPassword = t('validation.passwordRequired');
    const newPassword = newPasswordField(data, errors, t);
    if (Object.keys(errors).length > 0) return invalid(400);
    const result = await changePassword(event, { currentPassword, newPassword });
    if (!result.ok) {
      return invalid(errorStatus(result.status), placeRefusal(result, passwordFieldForCode, errors));
    }
    return { action: 'password' as const, saved: t('account.passwordChanged') };
  },
};
