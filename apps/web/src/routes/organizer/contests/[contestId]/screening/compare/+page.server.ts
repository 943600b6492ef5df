import { error } from '@sveltejs/kit';
import { compareEntries, dataOrError, getContest } from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const CODE = /^[A-Za-z0-9-]{1,20}$/;

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  const a = event.url.searchParams.get('a')?.trim() ?? '';
  const b = event.url.searchParams.get('b')?.trim() ?? '';
  if (!CODE.test(a) || !CODE.test(b)) error(404);
  const [contest, comparison] = await Promise.all([getContest(event, contestId), compareEntries(event, contestId, a, b)]);
  return { contest: dataOrError(contest), comparison: dataOrError(comparison) };
};
