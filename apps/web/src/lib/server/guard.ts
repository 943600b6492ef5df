import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Me, Role } from '$lib/types';

/** Sends a visitor to sign in, with the page they asked for to come back to. */
function toSignIn(url: URL): never {
  redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/**
 * The signed-in user if they hold `role`. A visitor who is not signed in is sent to sign in
 * and brought back (they may well hold the role); a signed-in person without it gets 404, so
 * they do not learn the page exists (SECURITY.md: 404, not 403). Call it in every load AND
 * every action: actions do not run layout loads.
 */
export function requireRole(locals: App.Locals, role: Role): Me {
  const user = locals.user;
  if (!user) toSignIn(getRequestEvent().url);
  if (!user.roles.includes(role)) error(404);
  return user;
}

/**
 * The signed-in user; a visitor is sent to sign in and brought back afterwards. For pages
 * about one's own things (entries), where the API decides what each person may see.
 */
export function requireSignedIn(event: { locals: App.Locals; url: URL }): Me {
  const user = event.locals.user;
  if (!user) toSignIn(event.url);
  return user;
}

/** A numeric route parameter (`[entryId]`); anything else is a page that does not exist. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) error(404);
  return id;
}
