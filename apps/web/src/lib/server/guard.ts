import { error } from '@sveltejs/kit';
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
