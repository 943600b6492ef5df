import { fail, redirect } from '@sveltejs/kit';
import { fromVietnamInputs } from '$lib/format';
import { translator } from '$lib/i18n';
import { dataOrError, errorStatus, getContestPublications, publishContest, unpublishContest } from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  const overview = dataOrError(await getContestPublications(event, contestId));
  const done = event.url.searchParams.get('done');
  return { overview, notice: (['published', 'unpublished'] as const).find((n) => n === done) ?? null };
};

export const actions: Actions = {
  publish: async (event) => {
    requireRole(event.locals, 'organizer');
    const contestId = idParam(event.params.contestId);
    const data = await event.request.formData();
    const t = translator(event.locals.locale);
    let at: string | undefined;
    if (data.get('when') === 'later') {
      at = fromVietnamInputs(String(data.get('date') ?? ''), String(data.get('time') ?? '')) ?? undefined;
      if (!at) return fail(400, { action: 'publish' as const, message: t('showcaseAdmin.invalidTime') });
    }
    const result = await publishContest(event, contestId, at);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'publish' as const, message: result.message });
    redirect(303, `/organizer/contests/${contestId}/publication?done=published`);
  },

  unpublish: async (event) => {
    requireRole(event.locals, 'organizer');
    const contestId = idParam(event.params.contestId);
    if ((await event.request.formData()).get('confirm') !== 'on') {
      const t = translator(event.locals.locale);
      return fail(400, { action: 'unpublish' as const, message: t('showcaseAdmin.unpublishConfirmRequired') });
    }
    const result = await unpublishContest(event, contestId);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'unpublish' as const, message: result.message });
    redirect(303, `/organizer/contests/${contestId}/publication?done=unpublished`);
  },
};
