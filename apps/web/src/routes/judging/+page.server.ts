import { dataOrError, listAssignments } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import { groupAssignments, unscored } from '$lib/judging-groups';
import type { PageServerLoad } from './$types';

/*
 * Blindness: this page loads only the judge's own assignments, which the API builds from an
 * allow-list. Nothing else is fetched here — no entry, user or contest routes.
 */

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  const now = Date.now();
  const assignments = dataOrError(await listAssignments(event));
  // "?show=unscored" hides what is scored: a plain link, so it works without JavaScript.
  const onlyUnscored = event.url.searchParams.get('show') === 'unscored';
  const contests = groupAssignments(assignments, now);
  const recused = event.url.searchParams.get('recused');
  return {
    contests,
    onlyUnscored,
    total: assignments.length,
    unscoredTotal: assignments.filter(unscored).length,
    recused: recused && /^[A-Za-z0-9-]{1,20}$/.test(recused)
      ? { code: recused, reassigned: event.url.searchParams.get('reassigned') === '1' }
      : null,
    now,
  };
};
