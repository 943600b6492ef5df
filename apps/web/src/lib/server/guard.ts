import { error, redirect } from '@sveltejs/kit';
import type { Me, Role } from '$lib/types';

/**
 * The signed-in user if they hold `role`; otherwise 404, so that people without the role
 * do not learn the page exists (SECURITY.md: 404, not 403). Call it in every load AND every
 * action: actions do not run layout loads.
 */
export function requireRole(locals: App.Locals, role: Role): Me {
  const user = locals.user;
  if (!user || !user.roles.includes(role)) error(404);
  return user;
}

/**
 * The signed-in user; a visitor is sent to sign in and brought back afterwards. For pages
 * about one's own things (entries), where the API decides what each person may see.
 */
export function requireSignedIn(event: { locals: App.Locals; url: URL }): Me {
  const user = event.locals.user;
  if (!user) {
    const next = event.url.pathname + event.url.search;
    redirect(303, `/login?next=${encodeURIComponent(next)}`);
  }
  return user;
}

/** A numeric route parameter (`[entryId]`); anything else is a page that does not exist. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) error(404);
  return id;
}
