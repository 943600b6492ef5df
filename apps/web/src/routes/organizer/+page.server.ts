import { dataOrError, getOrganizerOverview, listContests } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const [list, overview] = await Promise.all([listContests(event), getOrganizerOverview(event)]);
  const contests = dataOrError(list);
  // Where each contest stands and its next step, by contest id.
  const progress = Object.fromEntries(dataOrError(overview).map((o) => [o.id, o]));
  // Newest submission window first: the contest being run now is usually on top.
  contests.sort((a, b) => b.submissionOpensAt.localeCompare(a.submissionOpensAt));
  return { contests, progress };
};
