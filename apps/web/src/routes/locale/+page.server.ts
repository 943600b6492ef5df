import { redirect } from '@sveltejs/kit';
import { isLocale, LOCALE_COOKIE } from '$lib/i18n';
import { saveLocale } from '$lib/server/api';
import { safeLocalPath } from '$lib/server/safe-path';
import type { Actions, PageServerLoad } from './$types';

// Only the language switch in the header posts here; there is nothing to show on GET.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    const { request, cookies, url } = event;
    const data = await request.formData();
    const locale = data.get('locale');
    if (isLocale(locale)) {
      cookies.set(LOCALE_COOKIE, locale, {
        path: '/',
        // The API reads this cookie too, to answer errors in the same language.
        httpOnly: true,
        sameSite: 'lax',
        secure: url.protocol === 'https:',
        maxAge: 60 * 60 * 24 * 365,
      });
      // A signed-in person's mail follows the language they chose; a failure here costs only that.
      if (event.locals.user) await saveLocale(event, locale);
    }
    const back = data.get('redirectTo');
    redirect(303, safeLocalPath(typeof back === 'string' ? back : null) ?? '/');
  },
};
