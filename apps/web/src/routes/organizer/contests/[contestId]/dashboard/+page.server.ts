import { dataOrError, getContestDashboard } from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import type { ParticipationSort, SortOrder } from '$lib/types';
import type { PageServerLoad } from './$types';

const SORTS: readonly ParticipationSort[] = ['rate', 'entries', 'headcount', 'name'];

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  // Sorting is a link (?sort=…&order=…), so it works without JavaScript; anything else: the default.
  const sort = SORTS.find((s) => s === event.url.searchParams.get('sort'));
  const order = (['asc', 'desc'] as const).find((o: SortOrder) => o === event.url.searchParams.get('order'));
  return { dashboard: dataOrError(await getContestDashboard(event, contestId, { sort, order })) };
};
