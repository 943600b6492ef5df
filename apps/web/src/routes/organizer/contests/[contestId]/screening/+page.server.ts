import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import {
  dataOrError,
  disqualifyEntry,
  errorStatus,
  getContest,
  getScreening,
  reinstateEntry,
} from '$lib/server/api';
import { textField } from '$lib/server/form';
import { idParam, requireRole } from '$lib/server/guard';
import { apiFilters, filterQuery, readScreeningFilters } from '$lib/server/screening';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  const filters = readScreeningFilters(event.url.searchParams);
  const [contest, screening] = await Promise.all([
    getContest(event, contestId),
    getScreening(event, contestId, apiFilters(filters)),
  ]);
  const done = event.url.searchParams.get('done');
  const listed = dataOrError(screening);
  const pages = Math.max(1, Math.ceil(listed.total / listed.pageSize));
  // The pager's links keep the filters and the sort; built here, where the query rules live.
  const pageQueries: Record<number, string> = {};
  for (let page = 1; page <= pages; page++) {
    if (page === 1 || page === pages || Math.abs(page - filters.page) <= 2) pageQueries[page] = filterQuery({ ...filters, page });
  }
  return {
    contest: dataOrError(contest),
    screening: listed,
    pageQueries,
    filters,
    notice:
      done === 'disqualified' || done === 'reinstated'
        ? { done, code: event.url.searchParams.get('code') ?? '' }
        : null,
  };
};

/** Both actions come back to the list as it was filtered, saying what happened to which code. */
async function readAction(event: RequestEvent) {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  const data = await event.request.formData();
  const entryId = idParam(textField(data, 'entryId'));
  const code = textField(data, 'code');
  const filters = readScreeningFilters(data);
  const back = (done: string) =>
    `/organizer/contests/${contestId}/screening${filterQuery(filters, { done, code })}`;
  return { data, entryId, back };
}

export const actions: Actions = {
  disqualify: async (event) => {
    const { data, entryId, back } = await readAction(event);
    const reason = textField(data, 'reason');
    const t = translator(event.locals.locale);
    if (!reason) {
      return fail(400, { action: 'disqualify' as const, entryId, reason, message: t('screening.reasonRequired') });
    }
    const result = await disqualifyEntry(event, entryId, reason);
    if (!result.ok) {
      if (result.status === 404) error(404);
      return fail(errorStatus(result.status), { action: 'disqualify' as const, entryId, reason, message: result.message });
    }
    redirect(303, back('disqualified'));
  },

  reinstate: async (event) => {
    const { entryId, back } = await readAction(event);
    const result = await reinstateEntry(event, entryId);
    if (!result.ok) {
      if (result.status === 404) error(404);
      return fail(errorStatus(result.status), { action: 'reinstate' as const, entryId, reason: '', message: result.message });
    }
    redirect(303, back('reinstated'));
  },
};
