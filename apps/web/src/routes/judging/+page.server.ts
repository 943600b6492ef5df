import { redirect } from '@sveltejs/kit';
import { dataOrError, listAssignments, listComparativeRounds } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import { groupByContest } from '$lib/judging-groups';
import type { PageServerLoad } from './$types';

/*
 * Blindness: this page loads only the judge's own assignments and comparative rounds, which the
 * API builds from an allow-list. Nothing else is fetched here — no entry, user or contest routes.
 */

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  const params = event.url.searchParams;
  // "?show=unscored" hides what is scored and "?page=" pages: plain links, so they work without JavaScript.
  const show = params.get('show') === 'unscored' ? ('unscored' as const) : ('all' as const);
  const asked = Number(params.get('page') ?? 1);
  const page = Number.isSafeInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  const [assignmentList, comparativeList] = await Promise.all([listAssignments(event, { page, show }), listComparativeRounds(event)]);
  // A page that is no longer there (its entries scored since, off the "not yet scored" list): the first one.
  if (!assignmentList.ok && assignmentList.status === 400 && page > 1) {
    redirect(303, show === 'unscored' ? '/judging?show=unscored' : '/judging');
  }
  const dashboard = dataOrError(assignmentList);
  const recused = params.get('recused');
  return {
    dashboard,
    contests: groupByContest(dashboard.rounds),
    comparative: dataOrError(comparativeList),
    onlyUnscored: show === 'unscored',
    recused: recused && /^[A-Za-z0-9-]{1,20}$/.test(recused)
      ? { code: recused, reassigned: params.get('reassigned') === '1' }
      : null,
  };
};
