import { dataOrError, getAuditPage, listContests } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import type { AuditQuery } from '$lib/types';
import type { PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as the form sent them (a GET form: the address is the filter, so it can be shared). */
function readFilters(params: URLSearchParams): AuditQuery {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const contestId = Number(params.get('contestId'));
  const page = Number(params.get('page'));
  const from = text('from');
  const to = text('to');
  return {
    contestId: Number.isSafeInteger(contestId) && contestId > 0 ? contestId : undefined,
    person: text('person'),
    action: text('action'),
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const filters = readFilters(event.url.searchParams);
  const [contests, audit] = await Promise.all([listContests(event), getAuditPage(event, filters)]);
  return { filters, contests: dataOrError(contests), audit: dataOrError(audit) };
};
