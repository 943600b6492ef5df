import { fail, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { errorStatus, login } from '$lib/server/api';
import { passwordField, textField } from '$lib/server/form';
import { safeLocalPath } from '$lib/server/safe-path';
import type { Actions, PageServerLoad } from './$types';

function afterLogin(url: URL): string {
  return safeLocalPath(url.searchParams.get('next')) ?? '/';
}

export const load: PageServerLoad = ({ locals, url }) => {
  if (locals.user) redirect(303, afterLogin(url));
};

export const actions: Actions = {
  default: async (event) => {
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const email = textField(data, 'email');
    const password = passwordField(data, 'password');

    const errors: FieldErrors<'email' | 'password'> = {};
    // Passwords are never sent back to the page.
    const invalid = (status: number, message?: string) => fail(status, { email, errors, message });
    if (!email) errors.email = t('validation.emailRequired');
    if (!password) errors.password = t('validation.passwordRequired');
    if (Object.keys(errors).length > 0) return invalid(400);

    const result = await login(event, { email, password });
    if (!result.ok) return invalid(errorStatus(result.status), result.message);
    redirect(303, afterLogin(event.url));
  },
};
