import { error, fail, redirect } from '@sveltejs/kit';
import { dataOrError, errorStatus, getPublication, setPublicationApproval } from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const publication = dataOrError(await getPublication(event, idParam(event.params.entryId)));
  if (publication.contest.id !== idParam(event.params.contestId)) error(404);
  return { publication };
};

export const actions: Actions = {
  approval: async (event) => {
    requireRole(event.locals, 'organizer');
    const contestId = idParam(event.params.contestId);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    const approval = data.get('approved') === 'true'
      ? { approved: true as const, reviewed: String(data.get('reviewed') ?? '') }
      : { approved: false as const };
    const result = await setPublicationApproval(event, entryId, approval);
    if (!result.ok) return fail(errorStatus(result.status), { message: result.message });
    redirect(303, `/organizer/contests/${contestId}/publication/${entryId}`);
  },
};
