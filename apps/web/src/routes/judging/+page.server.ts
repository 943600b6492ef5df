import { dataOrError, listAssignments, listComparativeRounds } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import { groupAssignments, unscored } from '$lib/judging-groups';
import type { PageServerLoad } from './$types';

/*
 * Blindness: this page loads only the judge's own assignments and comparative rounds, which the
 * API builds from an allow-list. Nothing else is fetched here — no entry, user or contest routes.
 */

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  const now = Date.now();
  const [assignmentList, comparativeList] = await Promise.all([listAssignments(event), listComparativeRounds(event)]);
  const assignments = dataOrError(assignmentList);
  // "?show=unscored" hides what is scored: a plain link, so it works without JavaScript.
  const onlyUnscored = event.url.searchParams.get('show') === 'unscored';
  const contests = groupAssignments(assignments, now);
  const recused = event.url.searchParams.get('recused');
  return {
    contests,
    comparative: dataOrError(comparativeList),
    onlyUnscored,
    total: assignments.length,
    unscoredTotal: assignments.filter(unscored).length,
    recused: recused && /^[A-Za-z0-9-]{1,20}$/.test(recused)
      ? { code: recused, reassigned: event.url.searchParams.get('reassigned') === '1' }
      : null,
    now,
  };
};
