import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  // Every page's data (and its __data.json) carries this: only what the header needs, so no
  // page — a judge's least of all — holds an id, e-mail or unit it does not itself show.
  user: locals.user ? { fullName: locals.user.fullName, roles: locals.user.roles } : null,
});
