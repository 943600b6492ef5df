import { error, redirect } from '@sveltejs/kit';
import { errorStatus, logout } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST only; a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    const result = await logout(event);
    // 401: the session had already ended, which is what the person wanted.
    if (!result.ok && result.status !== 401) error(errorStatus(result.status), result.message);
    redirect(303, '/');
  },
};
