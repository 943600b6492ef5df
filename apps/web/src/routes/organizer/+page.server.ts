import { dataOrError, listContests } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contests = dataOrError(await listContests(event));
  // Newest submission window first: the contest being run now is usually on top.
  contests.sort((a, b) => b.submissionOpensAt.localeCompare(a.submissionOpensAt));
  return { contests };
};
